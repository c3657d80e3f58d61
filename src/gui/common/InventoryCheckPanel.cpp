// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/InventoryCheckPanel.h"

#include "api/DeviceBatcher.h"
#include "api/FotaClient.h"
#include "core/FileWriter.h"
#include "gui/common/ColumnFit.h"
#include "gui/common/GroupedNumber.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageSeam.h"
#include "gui/shell/AppContext.h"
#include "models/CheckedDeviceModel.h"
#include "store/AppSettings.h"
#include "store/DraftStore.h"
#include "workflow/BatchRunner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

constexpr int StaleRow = -1; ///< the reasons table's row kind for "not connected for long"

} // namespace

InventoryCheckPanel::InventoryCheckPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_reasons(new QTableWidget(0, 2, this))
    , m_rowsLabel(new QLabel(tr("Devices behind the selected c&ount:"), this))
    , m_rows(new QTableView(this))
    , m_rowModel(new CheckedDeviceModel(this))
    , m_keepButton(new QPushButton(tr("&Keep only the accepted devices"), this))
    , m_licenseButton(new QPushButton(tr("Assign &licenses…"), this))
    , m_exportButton(new QPushButton(tr("E&xport refused devices…"), this))
    , m_override(new QCheckBox(tr("Schedule &without the inventory check (the service may "
                                  "refuse devices)"),
                               this))
{
    setObjectName(u"inventoryCheckPanel"_s);
    m_summary->setObjectName(u"inventorySummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_reasons->setObjectName(u"inventoryReasons"_s);
    m_reasons->setAccessibleName(tr("Devices by verdict"));
    m_reasons->setHorizontalHeaderLabels({tr("Devices"), tr("Verdict")});
    m_reasons->verticalHeader()->hide();
    m_reasons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reasons->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reasons->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reasons->horizontalHeader()->setStretchLastSection(true);
    m_reasons->setAlternatingRowColors(true);
    m_rows->setObjectName(u"inventoryRows"_s);
    m_rows->setAccessibleName(tr("Devices behind the selected count"));
    m_rows->setModel(m_rowModel);
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setAlternatingRowColors(true);
    m_rowsLabel->setBuddy(m_rows);
    m_keepButton->setObjectName(u"keepAcceptedButton"_s);
    m_licenseButton->setObjectName(u"assignLicensesButton"_s);
    m_exportButton->setObjectName(u"exportRefusedButton"_s);
    m_override->setObjectName(u"skipInventoryCheck"_s);
    m_exportButton->setIcon(Icons::get(u"export"_s));

    auto* rowsBox = new QWidget(this);
    auto* rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(m_rowsLabel);
    rowsLayout->addWidget(m_rows);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_reasons);
    split->addWidget(rowsBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keepButton);
    buttons->addWidget(m_licenseButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_override);
    setTabOrder(m_reasons, m_rows);
    setTabOrder(m_rows, m_keepButton);
    setTabOrder(m_keepButton, m_licenseButton);
    setTabOrder(m_licenseButton, m_exportButton);
    setTabOrder(m_exportButton, m_override);

    connect(m_reasons, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { showRows(row); });
    connect(m_keepButton, &QPushButton::clicked, this, &InventoryCheckPanel::onKeepAccepted);
    connect(m_exportButton, &QPushButton::clicked, this, &InventoryCheckPanel::onExport);
    connect(m_licenseButton, &QPushButton::clicked, this, &InventoryCheckPanel::onAssignLicenses);
    connect(m_override, &QCheckBox::toggled, this, &InventoryCheckPanel::overrideChanged);
    setState(State::Idle);
}

InventoryCheckPanel::~InventoryCheckPanel()
{
    if (m_run)
        m_run->cancel();
}

QString InventoryCheckPanel::progressText(qint64 done, qint64 total)
{
    return tr("Checking the devices against the account's inventory: %1 of %2…")
        .arg(QLocale().toString(done), QLocale().toString(total));
}

bool InventoryCheckPanel::overridden() const
{
    return m_state == State::Failed && m_override->isChecked();
}

void InventoryCheckPanel::start(const QStringList& deviceIds, InventoryCheckRun::Options options)
{
    stop();
    if (m_context.settings)
        options.staleDays = m_context.settings->value(AppSettings::Key::StaleDeviceDays).toInt();
    m_options = options;
    m_report.reset();
    m_licensesLeft.reset();
    m_error = {};
    m_override->setChecked(false);
    if (!m_context.client)
        return;
    auto* run = new InventoryCheckRun(m_context.client, deviceIds, options, this);
    m_run = run;
    connect(run, &InventoryCheckRun::progress, this, &InventoryCheckPanel::progress);
    connect(run, &ApiJob::finished, this, [this, run] {
        if (run != m_run)
            return;
        if (run->succeeded()) {
            m_report = run->report();
            m_licensesLeft = run->licensesLeft();
            setState(State::Done);
        } else if (run->error().kind() != ApiError::Kind::Cancelled) {
            m_error = run->error();
            setState(State::Failed);
        }
    });
    setState(State::Running);
    run->start();
}

void InventoryCheckPanel::stop()
{
    if (m_run) {
        InventoryCheckRun* run = m_run;
        m_run = nullptr;
        run->disconnect(this);
        run->cancel();
    }
    if (m_state == State::Running)
        setState(State::Idle);
}

void InventoryCheckPanel::setState(State state)
{
    m_state = state;
    showReport();
    updateButtons();
    Q_EMIT stateChanged(state);
}

void InventoryCheckPanel::showReport()
{
    m_reasons->setRowCount(0);
    m_rowModel->clear();
    m_override->setVisible(m_state == State::Failed);
    if (m_state == State::Running) {
        m_summary->setText(tr("Looking up every device in the account's inventory…"));
        return;
    }
    if (m_state == State::Failed) {
        m_summary->setText(tr("The account's device inventory could not be read (%1), so it is "
                              "not known which devices the service will accept. Check again, "
                              "or schedule without the check.")
                               .arg(m_error.message()));
        return;
    }
    if (m_state == State::Idle || !m_report) {
        m_summary->setText(tr("Not checked against the account's inventory yet."));
        return;
    }
    const InventoryCheckReport& r = *m_report;
    QString text =
        r.allAccepted()
            ? tr("All %Ln device(s) will be accepted: each is in the account, of the package's "
                 "make and model, FOTA-eligible, on its protocol, licensed and on firmware %1.",
                 nullptr, int(r.total()))
                  .arg(m_options.package.firmwareFrom)
            : tr("%1 of %Ln device(s) will not be accepted by the service (%2 will).", nullptr,
                 int(r.total()))
                  .arg(number(r.refusedCount()), number(r.acceptedCount()));
    if (r.licensesFromPool() > 0 && m_licensesLeft)
        text += u' ' +
                tr("Auto-assign gives %Ln device(s) a license from the account's pool "
                   "(%1 left now, %2 after).",
                   nullptr, int(r.licensesFromPool()))
                    .arg(number(*m_licensesLeft), number(*m_licensesLeft - r.licensesFromPool()));
    else if (m_licensesLeft)
        text += u' ' + tr("The account has %Ln license(s) left.", nullptr, int(*m_licensesLeft));
    m_summary->setText(text);

    auto addRow = [this](qint64 count, const QString& label, int kind, const QString& icon) {
        const int row = m_reasons->rowCount();
        m_reasons->insertRow(row);
        auto* n = new QTableWidgetItem(number(count));
        n->setData(Qt::UserRole, kind);
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_reasons->setItem(row, 0, n);
        m_reasons->setItem(row, 1, new QTableWidgetItem(Icons::get(icon), label));
    };
    for (int v = 1; v < DeviceInventoryCheck::VerdictCount; ++v) {
        const auto verdict = static_cast<DeviceVerdict>(v);
        if (r.count(verdict) > 0)
            addRow(r.count(verdict), DeviceInventoryCheck::label(verdict), v, u"error"_s);
    }
    if (r.acceptedCount() > 0)
        addRow(r.acceptedCount(), DeviceInventoryCheck::label(DeviceVerdict::WillBeAccepted), 0,
               u"check"_s);
    if (!r.staleDevices().isEmpty())
        addRow(r.staleDevices().size(),
               tr("Will be accepted, but not connected for more than %Ln day(s)", nullptr,
                  m_options.staleDays),
               StaleRow, u"warning"_s);
    ColumnFit::now(m_reasons, {0});
    if (m_reasons->rowCount() > 0)
        m_reasons->setCurrentCell(0, 0);
}

void InventoryCheckPanel::showRows(int reasonRow)
{
    if (!m_report || reasonRow < 0 || reasonRow >= m_reasons->rowCount()) {
        m_rowModel->clear();
        return;
    }
    const int kind = m_reasons->item(reasonRow, 0)->data(Qt::UserRole).toInt();
    QList<CheckedDevice> rows;
    if (kind == StaleRow) {
        rows = m_report->staleDevices();
    } else if (kind == 0) {
        rows.reserve(m_report->acceptedDevices().size());
        for (const QString& id : m_report->acceptedDevices())
            rows.append(CheckedDevice{id, DeviceCheck{}});
    } else {
        rows = m_report->devicesWith(static_cast<DeviceVerdict>(kind));
    }
    m_rowModel->set(std::move(rows), m_options.package);
    ColumnFit::onFirstRows(m_rows, {CheckedDeviceModel::ImeiColumn});
}

void InventoryCheckPanel::updateButtons()
{
    const bool refused = m_state == State::Done && m_report && !m_report->allAccepted();
    m_keepButton->setVisible(refused);
    m_keepButton->setEnabled(refused && m_report->acceptedCount() > 0 && !m_assigning);
    m_exportButton->setVisible(refused);
    m_exportButton->setEnabled(refused);
    const bool licensable = m_state == State::Done && m_report &&
                            !m_report->licensableDevices().isEmpty() && !m_options.autoAssign;
    m_licenseButton->setVisible(licensable || m_assigning);
    m_licenseButton->setEnabled(licensable && !m_assigning && m_licensesLeft.value_or(0) > 0);
    if (licensable)
        m_licenseButton->setText(tr("Assign &licenses to %Ln device(s)…", nullptr,
                                    int(m_report->licensableDevices().size())));
}

void InventoryCheckPanel::onKeepAccepted()
{
    if (m_report && !m_report->allAccepted())
        Q_EMIT keepAcceptedRequested();
}

qint64 InventoryCheckPanel::saveRefusedDraft(Draft draft)
{
    if (!m_context.drafts || !m_report || m_report->allAccepted())
        return 0;
    draft.campaign.devices.clear();
    QJsonObject reasons;
    for (const CheckedDevice& d : m_report->refusedDevices()) {
        if (auto imei = Imei::fromString(d.deviceId))
            draft.campaign.devices.append(*imei);
        reasons.insert(d.deviceId, DeviceInventoryCheck::code(d.check.verdict));
    }
    draft.extra.insert(u"checkReasons"_s, reasons);
    draft.id = 0;
    draft.profile = Environment::profileName(m_context.environment.profile);
    draft.account = m_context.environment.accountName;
    return m_context.drafts->save(draft) ? draft.id : 0;
}

bool InventoryCheckPanel::exportRefused(const QString& path, QString* error) const
{
    if (!m_report)
        return false;
    return FileWriter::writeFile(path, m_report->refusedCsv(m_options.package), error);
}

void InventoryCheckPanel::onExport()
{
    if (!m_context.messages || !m_report)
        return;
    const QString path = m_context.messages->saveFileName(
        this, tr("Export refused devices"), u"refused-devices.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportRefused(path, &error))
        m_context.messages->message(this, MessageSeam::Severity::Error,
                                    tr("Export refused devices"), error);
}

void InventoryCheckPanel::onAssignLicenses()
{
    if (!m_report || !m_context.client || m_assigning)
        return;
    QStringList devices = m_report->licensableDevices();
    const qint64 left = m_licensesLeft.value_or(0);
    QString text = tr("Assign a FOTA license to %Ln device(s) that lack nothing else? The "
                      "account has %1 left.",
                      nullptr, int(devices.size()))
                       .arg(number(left));
    if (devices.size() > left) {
        devices = devices.mid(0, left);
        text += u' ' + tr("Only the first %Ln device(s) of the list get one; the others stay "
                          "refused.",
                          nullptr, int(left));
    } else {
        text += u' ' + tr("%1 will be left afterwards.").arg(number(left - devices.size()));
    }
    if (m_context.messages &&
        !m_context.messages->confirm(this, tr("Assign licenses"), text, tr("Assign licenses")))
        return;
    const int chunkSize = m_context.settings ? m_context.settings->batchChunkSize()
                                             : int(DeviceBatcher::DefaultChunkSize);
    // Journaled, or not sent at all (BatchRunner::create: the one rule).
    QString journalProblem;
    BatchRunner* runner = BatchRunner::create(m_context.client, m_context.journal,
                                              DeviceBatcher::Operation::AssignLicenses, devices, {},
                                              chunkSize, this, &journalProblem);
    if (!runner) {
        if (m_context.messages)
            m_context.messages->message(this, MessageSeam::Severity::Warning, tr("Assign licenses"),
                                        journalProblem);
        return;
    }
    DeviceBatcher* batcher = runner->batcher();
    m_assigning = true;
    m_summary->setText(tr("Assigning licenses to %Ln device(s)…", nullptr, int(devices.size())));
    updateButtons();
    connect(runner, &BatchRunner::finished, this, [this, runner, batcher] {
        onAssignFinished(batcher, runner->journalError());
        runner->deleteLater();
    });
    runner->start();
}

void InventoryCheckPanel::onAssignFinished(DeviceBatcher* batcher, const QString& journalError)
{
    m_assigning = false;
    if (m_context.messages && !journalError.isEmpty())
        m_context.messages->message(this, MessageSeam::Severity::Warning, tr("Assign licenses"),
                                    journalError);
    qint64 assigned = 0;
    QStringList failures;
    for (const auto& o : batcher->outcomes()) {
        if (o.succeeded)
            ++assigned;
        else if (failures.size() < 5)
            failures << tr("%1: %2").arg(o.deviceId, o.reason.isEmpty() ? o.status : o.reason);
    }
    const QList<DeviceBatcher::DeviceOutcome> failed = batcher->failedDevices();
    if (m_context.messages && !failed.isEmpty())
        m_context.messages->message(this, MessageSeam::Severity::Warning, tr("Assign licenses"),
                                    tr("%1 device(s) got a license; %2 did not.")
                                        .arg(number(assigned), number(failed.size())),
                                    failures.join(u'\n'));
    updateButtons();
    Q_EMIT licensesAssigned();
}

} // namespace fotadesk
