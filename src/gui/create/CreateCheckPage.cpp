// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/create/CreateCheckPage.h"

#include "api/wire/InventoryRecordMapping.h"
#include "core/CampaignDraft.h"
#include "core/Clock.h"
#include "gui/common/Icons.h"
#include "gui/common/InventoryCheckPanel.h"
#include "gui/common/IssueText.h"
#include "gui/create/CreateFormAutosave.h"
#include "gui/create/CreateSession.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "models/DeviceListModel.h"
#include "ui_CreateCheckPage.h"

#include <QLocale>

#include <memory>

using namespace Qt::StringLiterals;

namespace fotadesk {

CreateCheckPage::CreateCheckPage(AppContext& context, CreateSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::CreateCheckPage>())
    , m_session(session)
    , m_context(context)
    , m_inventory(new InventoryCheckPanel(context, this))
{
    m_ui->setupUi(this);
    m_ui->recheckButton->setIcon(Icons::get(u"refresh"_s));
    m_ui->stopButton->setIcon(Icons::get(u"cancel-campaign"_s));
    m_ui->splitter->insertWidget(1, m_inventory);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 1);
    m_ui->splitter->setSizes({110, 330, 150});
    m_ui->stateLayout->setStretch(0, 1); // the state sentence takes the room, not the buttons
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_ui->requestEdit->setFont(mono);
    setTabOrder(m_ui->issueList, m_inventory);
    setButtonText(QWizard::NextButton, tr("&Schedule campaign"));
    connect(m_ui->recheckButton, &QPushButton::clicked, this, [this] {
        m_keptNote.clear();
        runChecks();
    });
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        m_inventory->stop();
        onInventoryState();
    });
    connect(m_inventory, &InventoryCheckPanel::stateChanged, this,
            &CreateCheckPage::onInventoryState);
    connect(m_inventory, &InventoryCheckPanel::overrideChanged, this,
            &CreateCheckPage::onInventoryState);
    connect(m_inventory, &InventoryCheckPanel::progress, this, [this](qint64 done, qint64 total) {
        m_ui->stateLabel->setText(InventoryCheckPanel::progressText(done, total));
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_inventory, &InventoryCheckPanel::keepAcceptedRequested, this,
            &CreateCheckPage::keepAccepted);
    connect(m_inventory, &InventoryCheckPanel::licensesAssigned, this, [this] {
        m_keptNote.clear();
        runChecks();
    });
}

CreateCheckPage::~CreateCheckPage() = default;

void CreateCheckPage::initializePage()
{
    m_keptNote.clear();
    runChecks();
}

void CreateCheckPage::cleanupPage()
{
    m_inventory->stop();
}

bool CreateCheckPage::isChecking() const
{
    return m_inventory->state() == InventoryCheckPanel::State::Running;
}

const InventoryCheckReport* CreateCheckPage::inventoryReport() const
{
    return m_inventory->state() == InventoryCheckPanel::State::Done ? m_inventory->report()
                                                                    : nullptr;
}

bool CreateCheckPage::inventoryAllows() const
{
    switch (m_inventory->state()) {
    case InventoryCheckPanel::State::Done: {
        const InventoryCheckReport* report = m_inventory->report();
        return report &&
               (report->allAccepted() || (m_refusedAllowed && report->acceptedCount() > 0));
    }
    case InventoryCheckPanel::State::Failed:
        return m_inventory->overridden();
    case InventoryCheckPanel::State::Running:
        return false;
    case InventoryCheckPanel::State::Idle:
        // Not started: no client (nothing can be sent) or no devices (a rule error says so).
        return !m_context.client || m_form.draft.devices.isEmpty();
    }
    return false;
}

bool CreateCheckPage::isComplete() const
{
    return !isChecking() && !hasErrors(m_issues) && inventoryAllows();
}

QString CreateCheckPage::requestText() const
{
    return m_ui->requestEdit->toPlainText();
}

void CreateCheckPage::addIssue(IssueSeverity severity, const QString& code, const QString& message)
{
    DraftIssue issue;
    issue.severity = severity;
    issue.code = code;
    issue.message = message;
    m_issues.append(issue);
}

void CreateCheckPage::runChecks()
{
    m_form = m_session.form();
    m_issues = m_form.draft.validate(*m_context.clock);
    m_issues.append(CampaignDraft::validatePackageProtocol(
        m_form.draft.firmwareName, m_form.firmwarePackageProtocol, m_form.draft.protocol));

    const DeviceListCounts counts = m_session.devices()->counts();
    if (counts.duplicates > 0) {
        addIssue(IssueSeverity::Warning, u"check-duplicates"_s,
                 tr("%Ln row(s) of the device list repeat an IMEI listed earlier: each IMEI is "
                    "sent once.",
                    nullptr, int(counts.duplicates)));
    }
    if (counts.rejected > 0) {
        addIssue(IssueSeverity::Warning, u"check-rejected-lines"_s,
                 tr("%Ln line(s) of the device list are not IMEIs and are left out (go back to "
                    "Devices to fix them).",
                    nullptr, int(counts.rejected)));
    }
    m_ruleIssues = m_issues;
    m_ui->requestEdit->setPlainText(m_form.requestSummary());
    startInventoryCheck();
}

void CreateCheckPage::startInventoryCheck()
{
    m_inventory->stop();
    if (!m_context.client || m_form.draft.devices.isEmpty() ||
        m_form.draft.firmwareName.isEmpty()) {
        onInventoryState();
        return;
    }
    InventoryCheckRun::Options options;
    options.package =
        PackageFacts{m_form.firmwareMake, m_form.firmwareModel, m_form.draft.firmwareFrom,
                     m_form.draft.firmwareTo, m_form.firmwarePackageProtocol};
    for (const auto& p : m_session.firmwarePackages()) {
        if (p.firmwareName == m_form.draft.firmwareName)
            options.package = wire::toPackageFacts(p);
    }
    if (options.package.protocol.isEmpty())
        options.package.protocol = m_form.draft.protocol;
    options.now = m_context.clock->nowUtc();
    options.autoAssign = m_form.draft.autoAssignLicenseFlag;
    QStringList ids;
    ids.reserve(m_form.draft.devices.size());
    for (const Imei& imei : std::as_const(m_form.draft.devices))
        ids.append(imei.toString());
    m_inventory->start(ids, options);
}

void CreateCheckPage::onInventoryState()
{
    m_issues = m_ruleIssues;
    const auto state = m_inventory->state();
    if (state == InventoryCheckPanel::State::Failed) {
        if (m_context.connection)
            m_context.connection->noteError(m_inventory->error());
        if (!m_inventory->overridden())
            addIssue(IssueSeverity::Error, u"check-inventory-failed"_s,
                     tr("The devices could not be checked against the account's inventory (%1). "
                        "Check again, or tick \"Schedule without the inventory check\".")
                         .arg(m_inventory->errorText()));
        else
            addIssue(IssueSeverity::Warning, u"check-inventory-skipped"_s,
                     tr("Scheduled without the inventory check: the service may refuse devices."));
    } else if (const InventoryCheckReport* report = m_inventory->report();
               state == InventoryCheckPanel::State::Done && report) {
        if (m_context.connection)
            m_context.connection->noteAnswer();
        const InventoryCheckReport& r = *report;
        // The Devices step marks the devices without a licence.
        std::vector<Imei> licensed;
        licensed.reserve(std::size_t(r.total()));
        const auto unlicensed = r.devicesWith(DeviceVerdict::NoLicense);
        QSet<QString> noLicense;
        for (const auto& d : unlicensed)
            noLicense.insert(d.deviceId);
        for (const Imei& imei : std::as_const(m_form.draft.devices)) {
            if (!noLicense.contains(imei.toString()))
                licensed.push_back(imei);
        }
        m_session.setLicensedImeis(licensed);
        if (!r.allAccepted() && m_refusedAllowed) {
            addIssue(r.acceptedCount() > 0 ? IssueSeverity::Warning : IssueSeverity::Error,
                     u"check-inventory-refused"_s,
                     tr("%Ln device(s) would be refused by the service: they never enter a wave "
                        "(the Waves step lists them with their reasons).",
                        nullptr, int(r.refusedCount())));
        } else if (!r.allAccepted()) {
            addIssue(IssueSeverity::Error, u"check-inventory-refused"_s,
                     tr("%Ln device(s) would be refused by the service (see the counts below). "
                        "Keep only the accepted devices — the others are kept as a draft —, "
                        "assign licenses, or go Back to change the list.",
                        nullptr, int(r.refusedCount())));
        }
        if (r.licensesFromPool() > 0)
            addIssue(IssueSeverity::Warning, u"check-inventory-pool"_s,
                     tr("Auto-assign gives %Ln device(s) a license from the account's pool.",
                        nullptr, int(r.licensesFromPool())));
        if (!r.staleDevices().isEmpty())
            addIssue(IssueSeverity::Warning, u"check-inventory-stale"_s,
                     tr("%Ln device(s) have not connected for more than %1 days: the service "
                        "accepts them, but they may not upgrade before the campaign ends.",
                        nullptr, int(r.staleDevices().size()))
                         .arg(m_inventory->options().staleDays));
        if (r.allAccepted())
            addIssue(IssueSeverity::Warning, u"check-inventory-ok"_s,
                     tr("Every device is in the account's inventory and will be accepted."));
    }
    if (!m_keptNote.isEmpty())
        addIssue(IssueSeverity::Warning, u"check-inventory-kept"_s, m_keptNote);
    show();
}

void CreateCheckPage::keepAccepted()
{
    const InventoryCheckReport* report = m_inventory->report();
    if (!report || report->allAccepted())
        return;
    Draft draft = CreateFormAutosave::toDraft(m_session.form());
    const QString name = m_form.draft.campaignName.trimmed().isEmpty()
                             ? tr("Untitled campaign")
                             : m_form.draft.campaignName.trimmed();
    draft.title = tr("%1 — refused by the check").arg(name);
    const qint64 draftId = m_inventory->saveRefusedDraft(draft);
    std::vector<Imei> refused;
    refused.reserve(std::size_t(report->refusedCount()));
    for (const CheckedDevice& d : report->refusedDevices()) {
        if (auto imei = Imei::fromString(d.deviceId))
            refused.push_back(*imei);
    }
    const int removed = m_session.devices()->removeImeis(refused);
    m_keptNote =
        draftId > 0
            ? tr("%Ln device(s) that would be refused were moved to the draft \"%1\" (Drafts "
                 "page; Export refused devices writes them with their reasons).",
                 nullptr, removed)
                  .arg(draft.title)
            : tr("%Ln device(s) that would be refused were removed from the list (Undo on the "
                 "Devices page brings them back).",
                 nullptr, removed);
    runChecks();
}

void CreateCheckPage::show()
{
    m_ui->issueList->clear();
    int errors = 0;
    int warnings = 0;
    // Errors first, then warnings; informational "ok" findings last.
    auto isInfo = [](const DraftIssue& i) {
        return i.code == u"check-inventory-ok"_s || i.code == u"check-inventory-kept"_s;
    };
    QList<DraftIssue> ordered;
    for (const auto& i : m_issues)
        if (i.isError())
            ordered << i;
    for (const auto& i : m_issues)
        if (i.isWarning() && !isInfo(i))
            ordered << i;
    for (const auto& i : m_issues)
        if (isInfo(i))
            ordered << i;
    for (const DraftIssue& issue : ordered) {
        const bool info = isInfo(issue);
        auto* item = new QListWidgetItem(
            Icons::get(issue.isError() ? u"error"_s
                       : info          ? u"check"_s
                                       : u"warning"_s),
            issue.field == DraftField::None
                ? issue.message
                : tr("%1: %2").arg(IssueText::fieldLabel(issue.field), issue.message));
        item->setData(Qt::UserRole, issue.code);
        item->setToolTip(issue.code);
        m_ui->issueList->addItem(item);
        errors += issue.isError() ? 1 : 0;
        warnings += issue.isWarning() && !info ? 1 : 0;
    }
    if (ordered.isEmpty()) {
        auto* item = new QListWidgetItem(Icons::get(u"check"_s), tr("No problems found."));
        m_ui->issueList->addItem(item);
    }
    const bool checking = isChecking();
    m_ui->progressBar->setVisible(checking);
    m_ui->stopButton->setVisible(checking);
    if (checking) {
        if (m_ui->progressBar->maximum() == 0 || m_ui->progressBar->value() <= 0)
            m_ui->stateLabel->setText(tr("Checking the devices against the account's inventory…"));
        m_ui->stateLabel->setStyleSheet(QString());
    } else {
        const bool unchecked =
            m_inventory->state() == InventoryCheckPanel::State::Idle && !inventoryAllows();
        m_ui->stateLabel->setText(
            errors > 0  ? tr("Not ready: %Ln error(s) must be fixed before the campaign can be "
                              "scheduled.",
                             nullptr, errors)
            : unchecked ? tr("Not ready: the devices have not been checked (Check again).")
            : m_refusedAllowed && inventoryReport() && !inventoryReport()->allAccepted()
                ? tr("Ready: %Ln device(s) go into the waves; the refused ones are left out.",
                     nullptr, int(inventoryReport()->acceptedCount()))
                : tr("Ready to schedule: every device will be accepted; %Ln warning(s) "
                     "to consider.",
                     nullptr, warnings));
        m_ui->stateLabel->setStyleSheet(
            errors > 0 || unchecked
                ? u"QLabel { color: %1; font-weight: 600; }"_s.arg(IssueText::errorColor())
                : QString());
    }
    Q_EMIT completeChanged();
}

} // namespace fotadesk
