// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/campaign/CampaignDetailPage.h"

#include "api/FotaClient.h"
#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "core/StatusGroup.h"
#include "core/TimeWindowList.h"
#include "gui/campaign/EditDatesDialog.h"
#include "gui/common/ApiErrorText.h"
#include "gui/common/GuiLogging.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageArea.h"
#include "gui/common/MessageSeam.h"
#include "gui/common/PageTitle.h"
#include "gui/devices/DeviceChangeDialog.h"
#include "gui/devices/DeviceListAutosave.h"
#include "gui/devices/DeviceListEditor.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "store/DraftStore.h"
#include "ui_CampaignDetailPage.h"

#include <QDialog>
#include <QJsonDocument>

#include <utility>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {
QString yesNo(const std::optional<bool>& flag, const QString& yes, const QString& no)
{
    if (!flag)
        return QCoreApplication::translate("CampaignDetailPage", "not stated by the server");
    return *flag ? yes : no;
}
QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}
} // namespace

CampaignDetailPage::CampaignDetailPage(AppContext& context, const QString& campaignId,
                                       QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CampaignDetailPage>())
    , m_context(context)
    , m_campaignId(campaignId)
{
    m_ui->setupUi(this);
    stylePageTitle(m_ui->titleLabel);
    m_ui->titleLabel->setText(tr("Campaign %1").arg(campaignId));
    m_ui->idValue->setText(campaignId);
    m_ui->editDatesButton->setIcon(Icons::get(u"edit-dates"_s));
    m_ui->addDevicesButton->setIcon(Icons::get(u"add-devices"_s));
    m_ui->removeDevicesButton->setIcon(Icons::get(u"remove-devices"_s));
    m_ui->cancelCampaignButton->setIcon(Icons::get(u"cancel-campaign"_s));
    m_ui->reloadButton->setIcon(Icons::get(u"refresh"_s));
    m_ui->tabs->setTabIcon(0, Icons::get(u"details"_s));
    // One line each: a wrapped label in a form row gets clipped instead of growing.
    for (QLabel* value : m_ui->detailsTab->findChildren<QLabel*>()) {
        if (value->objectName().endsWith(u"Value"_s))
            value->setWordWrap(false);
    }

    connect(m_ui->reloadButton, &QPushButton::clicked, this, &CampaignDetailPage::reload);
    connect(m_ui->editDatesButton, &QPushButton::clicked, this, &CampaignDetailPage::editDates);
    connect(m_ui->addDevicesButton, &QPushButton::clicked, this, &CampaignDetailPage::addDevices);
    connect(m_ui->removeDevicesButton, &QPushButton::clicked, this,
            &CampaignDetailPage::removeDevices);
    connect(m_ui->cancelCampaignButton, &QPushButton::clicked, this,
            &CampaignDetailPage::cancelCampaign);
    updateActions();
}

CampaignDetailPage::~CampaignDetailPage() = default;

int CampaignDetailPage::addTab(QWidget* page, const QString& title)
{
    return m_ui->tabs->addTab(page, title);
}

QTabWidget* CampaignDetailPage::tabWidget() const
{
    return m_ui->tabs;
}

QString CampaignDetailPage::cancelOutcome() const
{
    const QDate today = m_context.clock->nowUtc().date();
    if (m_campaign && m_campaign->startDate.isValid() && today < m_campaign->startDate)
        return u"CampaignCancelled"_s;
    return u"CampaignAborted"_s;
}

void CampaignDetailPage::reload()
{
    m_ui->messageArea->clearMessage();
    load();
}

void CampaignDetailPage::refreshHeader()
{
    load();
}

void CampaignDetailPage::load()
{
    if (m_loading || !m_context.client)
        return;
    m_loading = true;
    m_ui->loadStateLabel->setText(tr("Loading…"));
    updateActions();
    auto* job = m_context.client->campaign(m_campaignId);
    connect(job, &ApiJob::finished, this, [this, job] {
        m_loading = false;
        if (job->succeeded()) {
            if (m_context.connection)
                m_context.connection->noteAnswer();
            m_ui->loadStateLabel->setText(
                tr("Loaded %1")
                    .arg(DisplayFormat::time(
                        m_context.clock->nowUtc().toTimeZone(m_context.siteZone).time())));
            showCampaign(job->result());
            openPendingDraft();
        } else {
            if (m_context.connection)
                m_context.connection->noteError(job->error());
            m_ui->loadStateLabel->setText(tr("Not loaded"));
            QString message = ApiErrorText::html(
                tr("The campaign %1 could not be loaded.").arg(m_campaignId), job->error());
            if (m_pendingDraft > 0) {
                m_pendingDraft = 0;
                message += u"<br>"_s +
                           tr("The device list draft is kept on the Drafts page; reopen it from "
                              "there once the campaign loads.");
            }
            m_ui->messageArea->showMessage(
                MessageArea::Severity::Error, message,
                {{tr("Try again"), [this] { reload(); }, tr("Load the campaign again")}});
            updateActions();
            Q_EMIT loadFailed(job->error());
        }
    });
}

void CampaignDetailPage::showCampaign(const wire::Campaign& campaign)
{
    m_campaign = campaign;
    fill(campaign);
    updateActions();
    Q_EMIT campaignLoaded(campaign);
}

void CampaignDetailPage::fill(const wire::Campaign& c)
{
    m_ui->titleLabel->setText(c.campaignName.isEmpty() ? tr("Campaign %1").arg(c.id)
                                                       : c.campaignName);
    m_ui->statusBadge->setStatus(c.status);
    m_ui->idValue->setText(c.id);
    m_ui->nameValue->setText(orDash(c.campaignName));
    m_ui->accountValue->setText(orDash(c.accountName));
    m_ui->protocolValue->setText(orDash(c.protocol));
    m_ui->makeValue->setText(orDash(c.make));
    m_ui->modelValue->setText(orDash(c.model));
    m_ui->firmwareNameValue->setText(orDash(c.firmwareName));
    m_ui->firmwareVersionsValue->setText(
        tr("%1 → %2").arg(orDash(c.firmwareFrom), orDash(c.firmwareTo)));
    m_ui->startDateValue->setText(orDash(DisplayFormat::date(c.startDate)));
    m_ui->endDateValue->setText(orDash(DisplayFormat::date(c.endDate)));
    m_ui->windowsValue->setText(TimeWindowList::toDisplayString(c.timeWindows));
    const QDate localDate = c.startDate.isValid() ? c.startDate : m_context.clock->nowUtc().date();
    m_ui->localWindowsValue->setText(
        c.timeWindows.isEmpty()
            ? tr("any hour")
            : tr("%1 (%2, on %3)")
                  .arg(TimeWindowList::utcToLocalDisplayString(c.timeWindows, m_context.siteZone,
                                                               localDate),
                       QString::fromUtf8(m_context.siteZone.id()), DisplayFormat::date(localDate)));
    m_ui->autoAssignValue->setText(yesNo(
        c.autoAssignLicenseFlag, tr("Yes — devices without a FOTA license get one automatically"),
        tr("No — devices without a FOTA license are refused")));
    m_ui->autoAddValue->setText(
        yesNo(c.autoAddDevicesFlag,
              tr("Yes — devices of the same make, model, firmware and protocol join while it "
                 "runs"),
              tr("No — only the listed devices take part")));
    m_ui->extraValue->setText(c.extra.isEmpty() ? tr("none")
                                                : QString::fromUtf8(QJsonDocument(c.extra).toJson(
                                                      QJsonDocument::Compact)));
}

void CampaignDetailPage::updateActions()
{
    const bool loaded = m_campaign.has_value() && !m_loading;
    const QString status = m_campaign ? m_campaign->status : QString();
    const QString label = StatusClassifier::campaignStatusLabel(status);
    const QString notLoaded = m_loading ? tr("Wait until the campaign has loaded.")
                                        : tr("The campaign is not loaded: use Reload.");
    const bool busy = m_dialog || m_cancelling;
    const QString busyText = tr("Finish the open dialog or running action first.");

    auto apply = [&](QPushButton* button, bool allowed, const QString& enabledTip,
                     const QString& deniedTip) {
        const bool enabled = loaded && allowed && !busy;
        button->setEnabled(enabled);
        button->setToolTip(enabled   ? enabledTip
                           : !loaded ? notLoaded
                           : busy    ? busyText
                                     : deniedTip);
    };
    apply(m_ui->editDatesButton, StatusClassifier::canChangeDates(status),
          tr("Change the start and end date and the time windows"),
          tr("The campaign is %1: its dates and windows can no longer change.").arg(label));
    const bool canDevices = StatusClassifier::canAddRemoveDevices(status);
    const QString devicesDenied =
        tr("The campaign is %1: devices can only be added or removed before it is scheduled.")
            .arg(label);
    apply(m_ui->addDevicesButton, canDevices, tr("Add devices to this campaign"), devicesDenied);
    apply(m_ui->removeDevicesButton, canDevices, tr("Remove devices from this campaign"),
          devicesDenied);
    apply(m_ui->cancelCampaignButton, StatusClassifier::canCancel(status),
          tr("Cancel the campaign (it ends as %1)")
              .arg(StatusClassifier::campaignStatusLabel(cancelOutcome())),
          tr("The campaign is %1: it has already ended and cannot be cancelled.").arg(label));
}

void CampaignDetailPage::showMessage(const QString& html, bool isError)
{
    m_ui->messageArea->showMessage(
        isError ? MessageArea::Severity::Error : MessageArea::Severity::Info, html);
}

MessageArea* CampaignDetailPage::messageArea() const
{
    return m_ui->messageArea;
}

void CampaignDetailPage::editDates()
{
    if (!m_campaign || m_dialog || !m_ui->editDatesButton->isEnabled())
        return;
    auto* dialog = new EditDatesDialog(m_context, *m_campaign, this);
    connect(dialog, &EditDatesDialog::campaignChanged, this, [this](const wire::Campaign& c) {
        showMessage(tr("The dates and time windows were changed (status now %1).")
                        .arg(StatusClassifier::campaignStatusLabel(c.status)),
                    false);
        showCampaign(c);
        load();
        Q_EMIT changedOnServer(m_campaignId);
    });
    adoptDialog(dialog);
}

void CampaignDetailPage::addDevices()
{
    openDeviceChange(true);
}

void CampaignDetailPage::removeDevices()
{
    openDeviceChange(false);
}

bool CampaignDetailPage::removeTheseDevices(const QStringList& imeis)
{
    DeviceChangeDialog* dialog = openDeviceChange(false);
    if (!dialog) {
        showMessage(tr("The devices cannot be removed now: %1")
                        .arg(m_dialog ? tr("finish the open dialog first.")
                                      : m_ui->removeDevicesButton->toolTip())
                        .toHtmlEscaped(),
                    true);
        return false;
    }
    return dialog->editor()->importText(
        imeis.join(u'\n'), tr("the %Ln selected device(s)", nullptr, int(imeis.size())));
}

DeviceChangeDialog* CampaignDetailPage::openDeviceChange(bool append)
{
    if (!m_campaign || m_dialog)
        return nullptr;
    if (!(append ? m_ui->addDevicesButton : m_ui->removeDevicesButton)->isEnabled())
        return nullptr;
    auto* dialog = new DeviceChangeDialog(
        m_context, *m_campaign,
        append ? DeviceChangeDialog::Mode::Add : DeviceChangeDialog::Mode::Remove, this);
    connect(dialog, &DeviceChangeDialog::runFinished, this, [this] {
        load();
        Q_EMIT changedOnServer(m_campaignId);
    });
    adoptDialog(dialog);
    return dialog;
}

bool CampaignDetailPage::reopenDeviceDraft(qint64 draftId)
{
    if (!m_context.drafts)
        return false;
    const auto draft = m_context.drafts->load(draftId);
    if (!draft || draft->kind != Draft::Kind::DeviceList || draft->campaignId != m_campaignId)
        return false;
    m_pendingDraft = draftId;
    if (m_campaign && !m_loading)
        openPendingDraft();
    return true;
}

void CampaignDetailPage::openPendingDraft()
{
    const qint64 id = std::exchange(m_pendingDraft, 0);
    if (id <= 0 || !m_context.drafts)
        return;
    const auto draft = m_context.drafts->load(id);
    if (!draft)
        return;
    const bool append = DeviceListAutosave::modeOf(*draft) == DeviceListAutosave::Mode::Add;
    if (m_dialog) {
        showMessage(tr("Finish the open dialog first, then reopen the device list draft from "
                       "the Drafts page."),
                    true);
        return;
    }
    DeviceChangeDialog* dialog = openDeviceChange(append);
    if (!dialog) {
        showMessage(
            tr("The device list draft “%1” was not reopened: %2 It is kept on the Drafts page.")
                .arg(draft->displayTitle().toHtmlEscaped(),
                     (append ? m_ui->addDevicesButton : m_ui->removeDevicesButton)
                         ->toolTip()
                         .toHtmlEscaped()),
            true);
        return;
    }
    if (!dialog->restoreDraft(id))
        showMessage(tr("The device list draft “%1” could not be read from the workspace; it is "
                       "kept, the log in the data directory says why.")
                        .arg(draft->displayTitle().toHtmlEscaped()),
                    true);
}

void CampaignDetailPage::adoptDialog(QDialog* dialog)
{
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Closed (accepted or not): the page's actions are free again. (destroyed() comes later,
    // with WA_DeleteOnClose, and a QPointer is not reliably cleared while it is emitted.)
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
        updateActions();
    });
    updateActions();
    dialog->open();
}

void CampaignDetailPage::cancelCampaign()
{
    if (!m_campaign || m_cancelling || !m_context.client)
        return;
    const QString outcome = cancelOutcome();
    const QString name =
        m_campaign->campaignName.isEmpty() ? m_campaign->id : m_campaign->campaignName;
    const QString text =
        outcome == u"CampaignCancelled"_s
            ? tr("Cancel the campaign \"%1\" (%2)?\n\nIt has not started yet (start date %3), so "
                 "it ends as Cancelled and no device is upgraded.")
                  .arg(name, m_campaign->id, DisplayFormat::date(m_campaign->startDate))
            : tr("Cancel the campaign \"%1\" (%2)?\n\nIt has already started (start date %3), so "
                 "it ends as Aborted: devices already upgraded keep the new firmware, the others "
                 "are not upgraded.")
                  .arg(name, m_campaign->id, DisplayFormat::date(m_campaign->startDate));
    if (!m_context.messages ||
        !m_context.messages->confirm(this, tr("Cancel campaign"), text, tr("Cancel campaign")))
        return;
    m_cancelling = true;
    updateActions();
    showMessage(tr("Cancelling…"), false);
    auto* job = m_context.client->cancelCampaign(m_campaign->id);
    connect(job, &ApiJob::finished, this, [this, job, name] {
        m_cancelling = false;
        const bool ok = job->succeeded() && job->result().success;
        if (ok) {
            if (m_context.connection)
                m_context.connection->noteAnswer();
            showMessage(tr("The campaign \"%1\" was cancelled.").arg(name.toHtmlEscaped()), false);
        } else if (job->succeeded()) {
            showMessage(tr("The server answered that the campaign \"%1\" was not cancelled "
                           "(success: false). Reload to see its status.")
                            .arg(name.toHtmlEscaped()),
                        true);
        } else {
            if (m_context.connection)
                m_context.connection->noteError(job->error());
            const QString what =
                job->error().kind() == ApiError::Kind::OutcomeUnknown
                    ? tr("No answer came to the cancel request: whether \"%1\" was cancelled is "
                         "unknown. Reload to see its status before trying again.")
                          .arg(name)
                    : tr("The campaign \"%1\" was not cancelled.").arg(name);
            showMessage(ApiErrorText::html(what, job->error()), true);
        }
        updateActions();
        Q_EMIT cancelFinished(ok);
        load();
        // Also without an answer: the cancel may have been applied.
        if (ok || !job->succeeded())
            Q_EMIT changedOnServer(m_campaignId);
    });
}

} // namespace fotadesk
