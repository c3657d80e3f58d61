// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/create/CreateResultPage.h"

#include "api/DeviceStatusPager.h"
#include "api/FotaClient.h"
#include "core/DisplayFormat.h"
#include "core/StatusGroup.h"
#include "core/TimeWindowList.h"
#include "gui/common/ApiErrorText.h"
#include "gui/common/ColumnFit.h"
#include "gui/common/GroupedNumber.h"
#include "gui/common/Icons.h"
#include "gui/create/CreateSession.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "models/DeviceStatusFilterModel.h"
#include "models/DeviceStatusModel.h"
#include "ui_CreateResultPage.h"
#include "workflow/CreateDeviceAudit.h"

#include <QHeaderView>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

CreateResultPage::CreateResultPage(AppContext& context, CreateSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::CreateResultPage>())
    , m_session(session)
    , m_context(context)
    , m_results(new DeviceStatusModel(this))
    , m_filter(new DeviceStatusFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_results);
    m_ui->resultView->setModel(m_filter);
    m_ui->resultView->verticalHeader()->hide();
    m_ui->resultView->horizontalHeader()->setStretchLastSection(true);
    m_results->setDisplayTimeZone(context.siteZone);
    m_ui->resultView->setColumnWidth(DeviceStatusModel::ReasonColumn, 340);
    // A new campaign's devices have not upgraded yet: nothing to verify.
    m_ui->resultView->setColumnHidden(DeviceStatusModel::FirmwareCheckColumn, true);
    // Statuses, groups and times are as wide as they read in the user's language.
    ColumnFit::onFirstRows(m_ui->resultView,
                           {DeviceStatusModel::ImeiColumn, DeviceStatusModel::StatusColumn,
                            DeviceStatusModel::GroupColumn, DeviceStatusModel::UpdatedColumn,
                            DeviceStatusModel::RecentAttemptColumn,
                            DeviceStatusModel::NextAttemptColumn});
    m_ui->openButton->setIcon(Icons::get(u"campaign"_s));
    m_ui->filterEdit->setPlaceholderText(tr("digits of an IMEI, or words of the reason"));
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        QString digits = text;
        digits.remove(u' ');
        const bool isDigits = !digits.isEmpty() && std::all_of(digits.cbegin(), digits.cend(),
                                                               [](QChar c) { return c.isDigit(); });
        m_filter->setImeiText(isDigits ? digits : QString());
        m_filter->setReasonText(isDigits ? QString() : text);
    });
    connect(m_ui->failedOnlyCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setStatusGroups(on ? QList<StatusGroup>{StatusGroup::Failed}
                                     : QList<StatusGroup>{});
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (!m_campaignId.isEmpty())
            Q_EMIT openCampaignRequested(m_campaignId);
    });
}

CreateResultPage::~CreateResultPage()
{
    if (m_pager)
        m_pager->cancel();
}

QTableView* CreateResultPage::resultView() const
{
    return m_ui->resultView;
}

QString CreateResultPage::campaignText() const
{
    return m_ui->campaignLabel->text();
}

void CreateResultPage::initializePage()
{

    if (!m_session.createdCampaign())
        return;
    const wire::Campaign c = *m_session.createdCampaign();
    m_campaignId = c.id;
    m_ui->statusBadge->setStatus(c.status);
    m_ui->campaignLabel->setText(
        tr("<b>%1</b> (id %2)<br>%3 %4: %5 → %6 (%7)<br>%8 to %9, %10")
            .arg((c.campaignName.isEmpty() ? tr("Campaign") : c.campaignName).toHtmlEscaped(),
                 c.id.toHtmlEscaped(), c.make.toHtmlEscaped(), c.model.toHtmlEscaped(),
                 c.firmwareFrom.toHtmlEscaped(), c.firmwareTo.toHtmlEscaped(),
                 c.protocol.toHtmlEscaped(), DisplayFormat::date(c.startDate),
                 DisplayFormat::date(c.endDate),
                 TimeWindowList::toDisplayString(c.timeWindows).toHtmlEscaped()));
    loadOutcomes(c, m_session.form().toRequest().deviceList);
}

void CreateResultPage::loadOutcomes(const wire::Campaign& campaign, const QStringList& sent)
{
    if (m_pager)
        m_pager->cancel();
    m_results->clear();
    if (!m_context.client)
        return;
    auto* pager = new DeviceStatusPager(m_context.client, campaign.id, this);
    // The result page merges pages into a seen-set: read in order, no restart to undo.
    pager->setStrategy(Pager::Strategy::Sequential);
    m_pager = pager;
    auto seen = std::make_shared<QSet<QString>>();
    m_ui->devicesStateLabel->setText(tr("Reading the campaign's device report…"));
    connect(pager, &DeviceStatusPager::pageArrived, this,
            [this, seen](const QList<wire::DeviceStatus>& devices) {
                for (const auto& d : devices)
                    seen->insert(d.deviceId);
                m_results->appendPage(devices);
            });
    connect(pager, &Pager::progress, this, [this](qint64 items, qint64 total, int) {
        m_ui->devicesStateLabel->setText(
            total < 0
                ? tr("Reading the campaign's device report: %Ln device(s)…", nullptr, int(items))
                : tr("Reading the campaign's device report: %1 of %Ln device(s)…", nullptr,
                     int(total))
                      .arg(number(items)));
    });
    connect(pager, &ApiJob::finished, this, [this, pager, seen, sent] {
        pager->deleteLater();
        m_pager = nullptr;
        if (!pager->succeeded()) {
            if (m_context.connection)
                m_context.connection->noteError(pager->error());
            m_ui->devicesStateLabel->setText(ApiErrorText::html(
                tr("The device report could not be read; the campaign page shows it later."),
                pager->error()));
            Q_EMIT outcomesLoaded(false);
            return;
        }
        QList<wire::DeviceStatus> missing;
        for (const QString& id : sent) {
            if (!seen->contains(id)) {
                wire::DeviceStatus d;
                d.deviceId = id;
                d.resultReason = tr("not in the campaign's device report");
                missing << d;
            }
        }
        if (!missing.isEmpty())
            m_results->appendPage(missing);
        m_ui->devicesStateLabel->setText(
            tr("%1 of %Ln device(s) are in the campaign's report: %2 pending, %3 in progress, %4 "
               "succeeded, %5 failed, %6 other.",
               nullptr, int(sent.size()))
                .arg(number(sent.size() - missing.size()),
                     number(m_results->count(StatusGroup::Pending)),
                     number(m_results->count(StatusGroup::InProgress)),
                     number(m_results->count(StatusGroup::Succeeded)),
                     number(m_results->count(StatusGroup::Failed)),
                     number(m_results->count(StatusGroup::Unknown) +
                            m_results->count(StatusGroup::Ended) +
                            m_results->count(StatusGroup::Cancelled))));
        Q_EMIT outcomesLoaded(true);
        // The create's audit row says whether every device made it ("Partly done" if not).
        if (m_context.audit) {
            CreateDeviceAudit::Counts counts;
            counts.devices = sent.size();
            counts.refused = m_results->count(StatusGroup::Failed) + missing.size();
            CreateDeviceAudit::note(
                *m_context.audit,
                CreateDeviceAudit::createEntryOf(*m_context.audit, pager->campaignId()), counts);
        }
    });
    pager->start();
}

} // namespace fotadesk
