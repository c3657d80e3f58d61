// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/create/CreateFirmwarePage.h"

#include "api/FotaClient.h"
#include "core/CampaignDraft.h"
#include "core/DisplayFormat.h"
#include "gui/common/ApiErrorText.h"
#include "gui/common/Icons.h"
#include "gui/common/IssueText.h"
#include "gui/create/CreateSession.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "models/FirmwareFilterModel.h"
#include "models/FirmwareModel.h"
#include "ui_CreateFirmwarePage.h"

#include <QHeaderView>
#include <QItemSelectionModel>

using namespace Qt::StringLiterals;

namespace fotadesk {

CreateFirmwarePage::CreateFirmwarePage(AppContext& context, CreateSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::CreateFirmwarePage>())
    , m_session(session)
    , m_context(context)
    , m_model(new FirmwareModel(this))
    , m_filter(new FirmwareFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->firmwareView->setModel(m_filter);
    m_ui->firmwareView->verticalHeader()->hide();
    m_ui->firmwareView->horizontalHeader()->setStretchLastSection(true);
    m_ui->firmwareView->sortByColumn(FirmwareModel::LaunchDateColumn, Qt::DescendingOrder);
    m_ui->reloadButton->setIcon(Icons::get(u"refresh"_s));
    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1);
    // Fits the view without scrolling in every shipped language (the launch date is longest in
    // German: "15.11.2026 09:00").
    m_ui->firmwareView->setColumnWidth(FirmwareModel::NameColumn, 200);
    m_ui->firmwareView->setColumnWidth(FirmwareModel::VersionsColumn, 180);
    m_ui->firmwareView->setColumnWidth(FirmwareModel::ProtocolColumn, 70);
    m_ui->firmwareView->setColumnWidth(FirmwareModel::LaunchDateColumn, 140);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    for (const QString& p : CampaignDraft::campaignProtocols())
        m_ui->protocolCombo->addItem(p, p);
    m_ui->protocolCombo->setItemData(0, tr("Lightweight M2M: the usual protocol of IoT modules"),
                                     Qt::ToolTipRole);

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CreateFirmwarePage::validateName);
    connect(m_ui->protocolCombo, &QComboBox::currentIndexChanged, this, [this] {
        validateProtocol();
        loadFirmware();
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter,
            &FirmwareFilterModel::setSearchText);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &CreateFirmwarePage::loadFirmware);
    connect(m_ui->firmwareView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CreateFirmwarePage::onSelectionChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this,
            &CreateFirmwarePage::onSelectionChanged);
    connect(&m_session, &CreateSession::loaded, this, [this] {
        const CampaignForm form = m_session.fields(); // a copy: store() changes the session's
        readFrom(form);
    });
    validateName();
    validateProtocol();
    showDetails(std::nullopt);
}

CreateFirmwarePage::~CreateFirmwarePage() = default;

QTableView* CreateFirmwarePage::firmwareView() const
{
    return m_ui->firmwareView;
}

QString CreateFirmwarePage::listingProtocolFor(const QString& campaignProtocol)
{
    if (campaignProtocol == wire::protocol::Lwm2m)
        return wire::protocol::Lwm2m;
    if (campaignProtocol == wire::protocol::Oma)
        return wire::protocol::OmdDm;
    return wire::protocol::AllListing;
}

void CreateFirmwarePage::hideCampaignName()
{
    m_ui->nameEdit->clear();
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->nameLabel), static_cast<QWidget*>(m_ui->nameEdit),
          static_cast<QWidget*>(m_ui->nameIssueLabel)})
        w->hide();
}

void CreateFirmwarePage::initializePage()
{
    if (!m_loadedOnce && !m_loading)
        loadFirmware();
}

bool CreateFirmwarePage::isComplete() const
{
    return m_nameOk && m_protocolOk && selectedPackage().has_value();
}

void CreateFirmwarePage::writeTo(CampaignForm& form) const
{
    form.draft.campaignName = m_ui->nameEdit->text();
    form.draft.protocol = m_ui->protocolCombo->currentData().toString();
    if (const auto p = selectedPackage()) {
        form.draft.firmwareName = p->firmwareName;
        form.draft.firmwareFrom = p->firmwareFrom;
        form.draft.firmwareTo = p->firmwareTo;
        form.firmwareMake = p->make;
        form.firmwareModel = p->model;
        form.firmwarePackageProtocol = p->protocol;
    } else if (m_pendingSelection) {
        // A restored package waiting for the list: still the form's choice.
        form.draft.firmwareName = m_pendingSelection->draft.firmwareName;
        form.draft.firmwareFrom = m_pendingSelection->draft.firmwareFrom;
        form.draft.firmwareTo = m_pendingSelection->draft.firmwareTo;
        form.firmwareMake = m_pendingSelection->firmwareMake;
        form.firmwareModel = m_pendingSelection->firmwareModel;
        form.firmwarePackageProtocol = m_pendingSelection->firmwarePackageProtocol;
    } else {
        form.draft.firmwareName.clear();
        form.draft.firmwareFrom.clear();
        form.draft.firmwareTo.clear();
        form.firmwareMake.clear();
        form.firmwareModel.clear();
        form.firmwarePackageProtocol.clear();
    }
}

void CreateFirmwarePage::readFrom(const CampaignForm& form)
{
    m_ui->nameEdit->setText(form.draft.campaignName);
    const int index = m_ui->protocolCombo->findData(form.draft.protocol);
    if (index >= 0)
        m_ui->protocolCombo->setCurrentIndex(index);
    if (form.draft.firmwareName.isEmpty()) {
        // A new or restored form without firmware shows none chosen (not the last form's).
        m_pendingSelection.reset();
        m_packageChosen = false;
        m_ui->searchEdit->clear();
        m_ui->firmwareView->clearSelection();
    } else if (!selectPackage(form.draft.firmwareName, form.draft.firmwareFrom,
                              form.draft.firmwareTo)) {
        m_pendingSelection = form;
    }
    store();
}

void CreateFirmwarePage::store()
{
    m_session.updateFields([this](CampaignForm& form) { writeTo(form); });
}

void CreateFirmwarePage::loadFirmware()
{
    if (!m_context.client)
        return;
    if (m_job)
        m_job->cancel();
    // Keep the user's choice across a reload.
    if (!m_pendingSelection) {
        if (const auto p = selectedPackage()) {
            CampaignForm keep;
            keep.draft.firmwareName = p->firmwareName;
            keep.draft.firmwareFrom = p->firmwareFrom;
            keep.draft.firmwareTo = p->firmwareTo;
            keep.firmwareMake = p->make;
            keep.firmwareModel = p->model;
            keep.firmwarePackageProtocol = p->protocol;
            m_pendingSelection = keep;
        }
    }
    const QString protocol = listingProtocolFor(m_ui->protocolCombo->currentData().toString());
    m_loading = true;
    const bool everyProtocol = protocol == wire::protocol::AllListing;
    m_ui->loadStateLabel->setText(everyProtocol ? tr("Loading the firmware of every protocol…")
                                                : tr("Loading the firmware for %1…").arg(protocol));
    m_ui->loadStateLabel->setStyleSheet({});
    auto* job = m_context.client->firmwareList(protocol);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job, protocol, everyProtocol] {
        if (m_job == job)
            m_job = nullptr;
        if (job->error().kind() == ApiError::Kind::Cancelled && !job->succeeded())
            return;
        m_loading = false;
        m_loadedOnce = true;
        if (job->succeeded()) {
            if (m_context.connection)
                m_context.connection->noteAnswer();
            m_model->setPackages(job->result());
            m_session.setFirmwarePackages(job->result());
            const int count = int(job->result().size());
            // The listing knows LWM2M and OMD-DM packages only (contract: no HTTP filter),
            // so an HTTP campaign is offered every package, and the page says so.
            m_ui->loadStateLabel->setText(
                everyProtocol
                    ? tr("%Ln firmware package(s) of every protocol: the firmware service "
                         "lists LWM2M and OMD-DM packages only, none for HTTP.",
                         nullptr, count)
                    : tr("%Ln firmware package(s) for %1.", nullptr, count).arg(protocol));
            if (m_pendingSelection) {
                const CampaignForm pending = *m_pendingSelection;
                m_pendingSelection.reset();
                selectPackage(pending.draft.firmwareName, pending.draft.firmwareFrom,
                              pending.draft.firmwareTo);
            }
        } else {
            if (m_context.connection)
                m_context.connection->noteError(job->error());
            m_ui->loadStateLabel->setText(ApiErrorText::html(
                tr("The firmware list could not be loaded (Reload list tries again)."),
                job->error()));
            m_ui->loadStateLabel->setStyleSheet(u"QLabel { color: #c62828; }"_s);
        }
        onSelectionChanged();
        Q_EMIT firmwareLoaded(job->succeeded());
    });
}

bool CreateFirmwarePage::selectPackage(const QString& firmwareName, const QString& from,
                                       const QString& to)
{
    const int row = m_model->rowOf(firmwareName, from, to);
    if (row < 0)
        return false;
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, 0));
    if (!proxy.isValid())
        return false;
    m_ui->firmwareView->selectionModel()->setCurrentIndex(
        proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->firmwareView->scrollTo(proxy);
    return true;
}

std::optional<wire::FirmwarePackage> CreateFirmwarePage::selectedPackage() const
{
    const auto rows = m_ui->firmwareView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_filter->mapToSource(rows.first());
    if (!source.isValid())
        return std::nullopt;
    return m_model->packageAt(source.row());
}

void CreateFirmwarePage::validateName()
{
    const DraftIssues issues = CampaignDraft::validateCampaignName(m_ui->nameEdit->text());
    IssueText::apply(m_ui->nameIssueLabel, issues);
    m_nameOk = !hasErrors(issues);
    store();
    Q_EMIT completeChanged();
}

void CreateFirmwarePage::validateProtocol()
{
    const DraftIssues issues =
        CampaignDraft::validateProtocol(m_ui->protocolCombo->currentData().toString());
    IssueText::apply(m_ui->protocolIssueLabel, issues);
    m_protocolOk = !hasErrors(issues);
    store();
    Q_EMIT completeChanged();
}

void CreateFirmwarePage::onSelectionChanged()
{
    const auto package = selectedPackage();
    showDetails(package);
    DraftIssues issues;
    if (package) {
        m_packageChosen = true;
        issues = CampaignDraft::validateFirmware(package->firmwareName, package->firmwareFrom,
                                                 package->firmwareTo);
    } else if (!m_loading && m_model->rowCount() > 0 && m_packageChosen) {
        issues = CampaignDraft::validateFirmware({}, {}, {});
        issues = issuesFor(issues, DraftField::FirmwareName);
    }
    IssueText::apply(m_ui->firmwareIssueLabel, issues);
    if (!package && !m_packageChosen && !m_loading && m_model->rowCount() > 0) {
        // Untouched: what to do, not an error.
        m_ui->firmwareIssueLabel->setTextFormat(Qt::PlainText);
        m_ui->firmwareIssueLabel->setText(
            tr("Choose the firmware package in the list (Tab to it, then Space or a click)."));
        m_ui->firmwareIssueLabel->setVisible(true);
    }
    store();
    Q_EMIT completeChanged();
}

void CreateFirmwarePage::showDetails(const std::optional<wire::FirmwarePackage>& p)
{
    if (!p) {
        m_ui->detailsLabel->setText(tr("<i>Choose a firmware package on the left: its make, "
                                       "model, versions and release note appear here.</i>"));
        return;
    }
    const QString launch = p->launchDate.isValid()
                               ? DisplayFormat::dateTime(p->launchDate.utc.toLocalTime())
                               : p->launchDate.raw;
    m_ui->detailsLabel->setText(
        tr("<b>%1</b><br><br>Make: %2<br>Model: %3<br>Upgrades: %4 → %5<br>Protocol: %6<br>"
           "Launched: %7<br><br><b>Release note</b><br>%8")
            .arg(p->firmwareName.toHtmlEscaped().replace(u'_', u"_\u200B"_s),
                 p->make.toHtmlEscaped(), p->model.toHtmlEscaped(), p->firmwareFrom.toHtmlEscaped(),
                 p->firmwareTo.toHtmlEscaped(), p->protocol.toHtmlEscaped(), launch.toHtmlEscaped(),
                 p->releaseNote.isEmpty() ? tr("(none)") : p->releaseNote.toHtmlEscaped()));
}

} // namespace fotadesk
