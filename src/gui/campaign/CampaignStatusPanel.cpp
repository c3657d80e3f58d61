// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/campaign/CampaignStatusPanel.h"

#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "gui/campaign/CampaignStatusHistoryChart.h"
#include "gui/campaign/CampaignStatusLoader.h"
#include "gui/campaign/CampaignStatusRecorder.h"
#include "gui/campaign/FirmwareVerifyBar.h"
#include "gui/campaign/ReportExporter.h"
#include "gui/common/ApiErrorText.h"
#include "gui/common/ColumnFit.h"
#include "gui/common/GuiLogging.h"
#include "gui/common/MessageSeam.h"
#include "gui/common/StatusChart.h"
#include "gui/devices/DeviceTableActions.h"
#include "gui/notifications/Notifier.h"
#include "gui/overview/OverviewBadgeDelegate.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "models/DeviceStatusFilterModel.h"
#include "models/DeviceStatusModel.h"
#include "models/StatusGroupStyle.h"
#include "ui_CampaignStatusPanel.h"

#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

#include <map>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

const Clock& clockOf(const AppContext& context)
{
    return context.clock ? *context.clock : Clock::system();
}

} // namespace

CampaignStatusPanel::CampaignStatusPanel(AppContext& context, const QString& campaignId,
                                         SnapshotStore* snapshots, Notifier* notifier,
                                         QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CampaignStatusPanel>())
    , m_context(context)
    , m_campaignId(campaignId)
    , m_notifier(notifier)
{
    m_ui->setupUi(this);
    setObjectName(u"campaignStatusPanel"_s);
    // A report that could not be read (STALE) is read again once the service answers again.
    if (m_context.connection)
        connect(m_context.connection, &ConnectionState::changed, this,
                [this](ConnectionState::State state) {
                    if (state == ConnectionState::State::Connected && m_lastFailed)
                        QTimer::singleShot(0, this, [this] {
                            if (m_lastFailed && !m_loader->isLoading())
                                refresh();
                        });
                });

    m_filter = new DeviceStatusFilterModel(this);
    m_loader = new CampaignStatusLoader(context.client, campaignId, this);
    m_recorder = new CampaignStatusRecorder(snapshots, clockOf(context), context.environmentLabel(),
                                            context.environment.accountName, campaignId, this);

    m_chart = new StatusChart(StatusChart::Style::Donut, m_ui->chartsHost);
    m_chart->setTitle(tr("Devices by status group"));
    m_history = new CampaignStatusHistoryChart(m_ui->chartsHost);
    m_ui->chartsLayout->addWidget(m_chart, 1);
    m_ui->chartsLayout->addWidget(m_history, 1);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->chartsHost->setMinimumHeight(200); // below, the axes shrink to "Ge…" and "…"

    if (m_notifier) {
        auto* watch = new QCheckBox(tr("&Watch"), this);
        watch->setObjectName(u"watchCheck"_s);
        watch->setToolTip(tr("Notify me (system tray and Activity) when this campaign's status "
                             "changes"));
        watch->setChecked(m_notifier->isWatched(campaignId));
        m_ui->loadLayout->insertWidget(m_ui->loadLayout->indexOf(m_ui->refreshButton), watch);
        connect(watch, &QCheckBox::toggled, this,
                [this](bool on) { m_notifier->setWatched(m_campaignId, on); });
        connect(m_notifier, &Notifier::watchedChanged, watch,
                [this, watch](const QString& id, bool on) {
                    if (id == m_campaignId && watch->isChecked() != on)
                        watch->setChecked(on);
                });
    }

    // Verify firmware: its own row under the report's.
    m_verifyBar = new FirmwareVerifyBar(context, this);
    m_ui->mainLayout->insertWidget(1, m_verifyBar);
    connect(m_verifyBar, &FirmwareVerifyBar::verifyRequested, this,
            &CampaignStatusPanel::verifyFirmware);
    connect(m_verifyBar, &FirmwareVerifyBar::finished, this, &CampaignStatusPanel::onVerified);

    // Table.
    QTableView* view = m_ui->deviceTable;
    view->setModel(m_filter);
    auto* badges = new OverviewBadgeDelegate(view);
    view->setItemDelegateForColumn(DeviceStatusModel::StatusColumn, badges);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->sortByColumn(DeviceStatusModel::ImeiColumn, Qt::AscendingOrder);
    // Act where you look: the selected devices' menu and keys (copy, look up, export, ...).
    m_actions = new DeviceTableActions(view, DeviceStatusModel::DeviceIdRole, this);
    connect(m_actions, &DeviceTableActions::exportRequested, this,
            &CampaignStatusPanel::exportSelection);

    // Filters.
    m_ui->groupCombo->addItem(tr("All"), -1);
    for (StatusGroup g : StatusGroupStyle::groups()) {
        if (g == StatusGroup::Cancelled || g == StatusGroup::Ended)
            continue; // campaign-only groups
        m_ui->groupCombo->addItem(StatusClassifier::groupLabel(g), int(g));
    }
    connect(m_ui->groupCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int g = m_ui->groupCombo->itemData(index).toInt();
        m_filter->setStatusGroups(g < 0 ? QList<StatusGroup>{}
                                        : QList<StatusGroup>{StatusGroup(g)});
        updateShownLabel();
    });
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setReasonText(text);
        updateShownLabel();
    });
    connect(m_ui->imeiEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setImeiText(text);
        updateShownLabel();
    });

    // Loading.
    m_chartTimer = new QTimer(this);
    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(250); // a chart repaint per page would be wasted work
    connect(m_chartTimer, &QTimer::timeout, this, [this] {
        updateChart();
        updateShownLabel();
    });
    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &CampaignStatusPanel::showProgress);
    connect(m_loader, &CampaignStatusLoader::progress, this, &CampaignStatusPanel::onProgress);
    connect(m_loader, &CampaignStatusLoader::finished, this, &CampaignStatusPanel::onFinished);
    connect(m_loader, &CampaignStatusLoader::restarted, this, [this] {
        // The loader cleared the model it reads into: what was shown from the parallel
        // read is gone, the sequential read fills it again.
        showMessage(tr("The server's report did not fit reading in parallel ranges; it is "
                       "read again page by page.")
                        .toHtmlEscaped(),
                    false);
        updateChart();
        updateShownLabel();
        updateState();
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &CampaignStatusPanel::refresh);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CampaignStatusPanel::cancelLoad);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(m_recorder, &CampaignStatusRecorder::updated, this,
            &CampaignStatusPanel::updateHistory);

    attachModel(new DeviceStatusModel(this));
    // Widths once the columns exist (the proxy has a source now).
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(DeviceStatusModel::ImeiColumn, 135);
    // As wide as the longest known status's badge in this language (German cut them off).
    view->setColumnWidth(
        DeviceStatusModel::StatusColumn,
        std::max(170, OverviewBadgeDelegate::widestKnownBadge(view->font(), false)));
    view->setColumnWidth(DeviceStatusModel::GroupColumn, 100);
    view->setColumnWidth(DeviceStatusModel::ReasonColumn, 230);
    const int timeWidth = ColumnFit::timeWidth(view, m_context.siteZone);
    for (const int column :
         {DeviceStatusModel::UpdatedColumn, DeviceStatusModel::RecentAttemptColumn,
          DeviceStatusModel::NextAttemptColumn})
        view->setColumnWidth(column, timeWidth);
    view->setColumnWidth(DeviceStatusModel::FirmwareCheckColumn, 170);
    // The verdicts show next to the status group (not at the far right), once there are some.
    view->horizontalHeader()->moveSection(DeviceStatusModel::FirmwareCheckColumn,
                                          DeviceStatusModel::GroupColumn + 1);
    hideUnverifiedColumn();
    m_recorder->reload();
    updateState();
    updateChart();
    updateShownLabel();
}

CampaignStatusPanel::~CampaignStatusPanel()
{
    m_loader->cancel();
}

QTableView* CampaignStatusPanel::table() const
{
    return m_ui->deviceTable;
}

bool CampaignStatusPanel::isLoading() const
{
    return m_loader->isLoading();
}

void CampaignStatusPanel::attachModel(DeviceStatusModel* model)
{
    model->setDisplayTimeZone(m_context.siteZone);
    DeviceStatusModel* old = m_model;
    m_model = model;
    // Swapping the source resets the header: keep the user's widths, order and hidden columns.
    QHeaderView* header = m_ui->deviceTable->horizontalHeader();
    QList<int> widths;
    QList<int> order; // logical index at each visual position
    QList<bool> hidden;
    for (int c = 0; c < header->count(); ++c) {
        widths.append(header->sectionSize(c));
        order.append(header->logicalIndex(c));
        hidden.append(header->isSectionHidden(c));
    }
    m_filter->setSourceModel(model);
    for (int c = 0; c < widths.size() && c < header->count(); ++c) {
        header->resizeSection(c, widths.at(c));
        header->setSectionHidden(c, hidden.at(c));
    }
    for (int v = 0; v < order.size() && v < header->count(); ++v) {
        if (header->logicalIndex(v) != order.at(v))
            header->moveSection(header->visualIndex(order.at(v)), v);
    }
    // A refreshed report keeps the verdicts of the last verification.
    if (m_verification)
        model->setFirmwareChecks(*m_verification);
    hideUnverifiedColumn();
    connect(model, &DeviceStatusModel::countsChanged, m_chartTimer, [this] {
        if (!m_chartTimer->isActive())
            m_chartTimer->start();
    });
    if (old && old != model)
        old->deleteLater();
}

void CampaignStatusPanel::setCampaign(const wire::Campaign& campaign)
{
    m_campaign = campaign;
    updateState(); // Verify firmware needs its firmwareTo
}

void CampaignStatusPanel::setStatusGroupFilter(const QList<StatusGroup>& groups)
{
    const int index = groups.size() == 1 ? m_ui->groupCombo->findData(int(groups.front())) : 0;
    if (groups.size() <= 1 && index >= 0) {
        m_ui->groupCombo->setCurrentIndex(index);
    } else {
        m_filter->setStatusGroups(groups);
        updateShownLabel();
    }
}

void CampaignStatusPanel::setReasonFilter(const QString& text)
{
    m_ui->reasonEdit->setText(text);
}

void CampaignStatusPanel::setImeiFilter(const QString& text)
{
    m_ui->imeiEdit->setText(text);
}

void CampaignStatusPanel::hideUnverifiedColumn()
{
    // Also after a restored header state (WindowStateStore) that showed it on a verified page.
    if (!m_verification)
        m_ui->deviceTable->setColumnHidden(DeviceStatusModel::FirmwareCheckColumn, true);
}

void CampaignStatusPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    hideUnverifiedColumn();
    if (!m_loadedOnce && m_loadOnShow)
        refresh();
}

void CampaignStatusPanel::refresh()
{
    if (!m_context.client)
        return;
    m_loadedOnce = true;
    if (m_loader->isLoading())
        return;
    showMessage({}, false);
    if (m_model->rowCount() == 0) {
        // Nothing shown yet: fill the visible model as pages arrive.
        m_loader->load(m_model);
    } else {
        // Keep showing the current report until the new one is complete.
        delete m_staging;
        m_staging = new DeviceStatusModel(this);
        m_loader->load(m_staging);
    }
    updateState();
}

void CampaignStatusPanel::cancelLoad()
{
    m_loader->cancel();
}

bool CampaignStatusPanel::verifyFirmware()
{
    QString error;
    if (!m_campaign) {
        error = tr("The campaign's details have not been read yet, so its target firmware is "
                   "unknown. Open the Details tab (or reload the campaign), then verify again.");
    } else {
        QStringList succeeded;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->groupAt(row) == StatusGroup::Succeeded)
                succeeded.append(m_model->deviceIdAt(row));
        }
        if (m_verifyBar->start(m_campaignId, m_campaign->firmwareTo, succeeded, &error)) {
            showMessage({}, false);
            updateState();
            return true;
        }
    }
    showMessage(error.toHtmlEscaped(), true);
    return false;
}

void CampaignStatusPanel::onVerified(const FirmwareVerificationResult& result)
{
    m_verification = result;
    m_model->setFirmwareChecks(result);
    m_ui->deviceTable->setColumnHidden(DeviceStatusModel::FirmwareCheckColumn, false);
    if (const auto& error = m_verifyBar->lastError()) {
        showMessage(error->kind() == ApiError::Kind::Cancelled
                        ? tr("Verification stopped: the devices not asked yet show as not "
                             "reported yet. Verify again to ask them.")
                              .toHtmlEscaped()
                        : ApiErrorText::html(tr("The firmware sync did not answer for every "
                                                "device; those devices show as not reported "
                                                "yet."),
                                             *error),
                    error->kind() != ApiError::Kind::Cancelled);
    }
    updateState();
}

void CampaignStatusPanel::onProgress(qint64, qint64)
{
    // The bar and the label follow at most every 100 ms: QProgressBar repaints synchronously
    // when its text changes, and a repaint per slice would cost more than the slice.
    if (!m_progressTimer->isActive())
        m_progressTimer->start();
}

void CampaignStatusPanel::showProgress()
{
    const qint64 appended = m_loader->appended();
    const qint64 total = m_loader->total();
    if (total > 0) {
        m_ui->progressBar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_ui->progressBar->setValue(int(std::min(appended, total)));
    } else {
        m_ui->progressBar->setRange(0, 0); // busy until the first page says how many
    }
    updateState();
}

void CampaignStatusPanel::onFinished(bool ok)
{
    m_progressTimer->stop();
    showProgress();
    m_lastFailed = !ok;
    DeviceStatusModel* loaded = m_loader->model();
    if (ok) {
        m_serverTotal = m_loader->total();
        m_loadedUtc = clockOf(m_context).nowUtc();
        if (loaded && loaded == m_staging) {
            m_staging = nullptr;
            attachModel(loaded);
        }
        m_recorder->record(*m_model);
        if (m_serverTotal >= 0 && m_serverTotal != m_model->rowCount()) {
            showMessage(tr("The service said the campaign has %Ln device(s), but its report listed "
                           "%1. Refresh to read it again; if it stays different, the service's "
                           "report is inconsistent.",
                           nullptr, int(m_serverTotal))
                            .arg(QLocale().toString(m_model->rowCount()))
                            .toHtmlEscaped(),
                        true);
        }
    } else {
        if (loaded && loaded == m_staging) {
            m_staging = nullptr;
            loaded->deleteLater();
        }
        const ApiError& error = *m_loader->error();
        if (m_context.connection && error.kind() != ApiError::Kind::Cancelled)
            m_context.connection->noteError(error);
        showMessage(
            error.kind() == ApiError::Kind::Cancelled
                ? tr("Loading stopped: the table shows what was read so far.").toHtmlEscaped()
                : ApiErrorText::html(m_model->rowCount() > 0
                                         ? tr("The device report could not be read "
                                              "completely; the table shows the last "
                                              "data read (stale).")
                                         : tr("The device report could not be read."),
                                     error),
            error.kind() != ApiError::Kind::Cancelled,
            {{tr("Try again"), [this] { refresh(); }, tr("Read the device report again")}});
    }
    updateChart();
    updateShownLabel();
    updateState();
    Q_EMIT loadFinished(ok);
}

void CampaignStatusPanel::updateState()
{
    const bool loading = m_loader->isLoading();
    // Refresh and Stop take turns in one place (the row fits a 1024-pixel screen in German);
    // the keyboard focus goes along from one to the other.
    const bool focusOnRefresh = m_ui->refreshButton->hasFocus();
    const bool focusOnStop = m_ui->cancelButton->hasFocus();
    m_ui->cancelButton->setVisible(loading);
    m_ui->refreshButton->setVisible(!loading);
    m_ui->refreshButton->setEnabled(!loading && m_context.client);
    m_ui->cancelButton->setEnabled(loading);
    if (loading && focusOnRefresh)
        m_ui->cancelButton->setFocus(Qt::OtherFocusReason);
    else if (!loading && focusOnStop)
        m_ui->refreshButton->setFocus(Qt::OtherFocusReason);
    const bool haveRows = m_model->rowCount() > 0;
    m_ui->exportCsvButton->setEnabled(!loading && haveRows);
    m_ui->exportPdfButton->setEnabled(!loading && haveRows);
    QString whyNot;
    if (loading)
        whyNot = tr("Wait until the device report is read.");
    else if (!haveRows)
        whyNot = tr("Read the device report first: its successful devices are verified.");
    else if (m_model->count(StatusGroup::Succeeded) == 0)
        whyNot = tr("No device of this campaign has succeeded yet.");
    else if (!m_campaign)
        whyNot = tr("The campaign's details (its target firmware) have not been read yet.");
    m_verifyBar->setAvailable(whyNot.isEmpty(), whyNot);
    const QLocale locale;
    QString text;
    if (loading) {
        const qint64 total = m_loader->total();
        text = total >= 0 ? tr("Loading… %1 of %Ln device(s)", nullptr, int(total))
                                .arg(locale.toString(m_loader->appended()))
                          : tr("Loading… %Ln device(s)", nullptr, int(m_loader->appended()));
        m_ui->progressBar->setVisible(true);
    } else if (m_loadedUtc.isValid()) {
        text = tr("%Ln device(s) · read at %1", nullptr, m_model->rowCount())
                   .arg(DisplayFormat::withUtc(m_loadedUtc, m_context.siteZone,
                                               DisplayFormat::Seconds::Show));
        if (m_lastFailed)
            text += u" · "_s + tr("STALE: the last refresh failed");
        m_ui->progressBar->setVisible(false);
    } else {
        text = m_lastFailed ? tr("Not loaded") : tr("Not loaded yet");
        m_ui->progressBar->setVisible(m_lastFailed ? false : true);
    }
    // Unwrapped while loading: a wrapped label's count relaid out the whole page every 100 ms.
    if (m_ui->stateLabel->wordWrap() == loading)
        m_ui->stateLabel->setWordWrap(!loading);
    m_ui->stateLabel->setText(text);
}

void CampaignStatusPanel::updateChart()
{
    m_chart->setEntries(StatusChart::groupEntries(m_model->countsByGroup()));
}

void CampaignStatusPanel::updateShownLabel()
{
    m_ui->shownLabel->setText(tr("%1 of %2 shown")
                                  .arg(QLocale().toString(m_filter->rowCount()),
                                       QLocale().toString(m_model->rowCount())));
}

void CampaignStatusPanel::updateHistory()
{
    const auto& history = m_recorder->history();
    m_history->setHistory(history);
    const StatusChanges& changes = m_recorder->changes();
    QString text;
    if (!m_recorder->isEnabled()) {
        text = tr("Snapshots are not kept (no local workspace): progress over time is not "
                  "available.");
    } else if (changes.fromSnapshotId == 0 && changes.toSnapshotId == 0) {
        text = history.size() < 2 ? tr("Since your last look: nothing to compare yet — each "
                                       "complete read is kept, the next one will be compared "
                                       "with it.")
                                  : tr("Since your last look: no change.");
    } else {
        QDateTime from;
        for (const StatusSnapshot& s : history) {
            if (s.id == changes.fromSnapshotId)
                from = s.takenUtc;
        }
        const QLocale locale;
        QStringList moves;
        std::map<std::pair<int, int>, qint64> byMove;
        for (const StatusChanges::Change& c : changes.changes) {
            if (!c.appeared && !c.disappeared && c.oldGroup != c.newGroup)
                ++byMove[{int(c.oldGroup), int(c.newGroup)}];
        }
        for (const auto& [move, n] : byMove) {
            moves.append(tr("%1 → %2: %3")
                             .arg(StatusClassifier::groupLabel(StatusGroup(move.first)),
                                  StatusClassifier::groupLabel(StatusGroup(move.second)),
                                  locale.toString(n)));
        }
        text =
            tr("Since your last look (%1): %2 changed, %3 new, %4 left the campaign.")
                .arg(from.isValid() ? DisplayFormat::dateTime(from.toTimeZone(m_context.siteZone))
                                    : tr("earlier"),
                     locale.toString(changes.changed), locale.toString(changes.appeared),
                     locale.toString(changes.disappeared));
        if (!moves.isEmpty())
            text += u' ' + moves.join(u"; "_s) + u'.';
        else if (changes.isEmpty())
            text = tr("Since your last look (%1): no change.")
                       .arg(from.isValid()
                                ? DisplayFormat::dateTime(from.toTimeZone(m_context.siteZone))
                                : tr("earlier"));
    }
    m_ui->changesLabel->setText(text);
    if (isVisible())
        m_recorder->markSeen();
    Q_EMIT historyUpdated();
}

void CampaignStatusPanel::showMessage(const QString& html, bool isError,
                                      const QList<MessageArea::Action>& actions)
{
    MessageArea* area = messageArea();
    if (html.isEmpty()) {
        area->clearIfShowing(m_lastMessage); // not what the page said since
        m_lastMessage.clear();
        return;
    }
    m_lastMessage = html;
    area->showMessage(isError ? MessageArea::Severity::Error : MessageArea::Severity::Info, html,
                      actions);
}

void CampaignStatusPanel::setMessageArea(MessageArea* area)
{
    m_ui->messageArea->clearMessage();
    m_messages = area;
}

MessageArea* CampaignStatusPanel::messageArea() const
{
    return m_messages ? m_messages.data() : m_ui->messageArea;
}

QString CampaignStatusPanel::stateText() const
{
    return m_ui->stateLabel->text();
}

QString CampaignStatusPanel::changesText() const
{
    return m_ui->changesLabel->text();
}

ReportExporter::Input CampaignStatusPanel::reportInput() const
{
    ReportExporter::Input input;
    input.campaignId = m_campaignId;
    input.campaign = m_campaign; // parameters, and the name files are named after
    input.accountName = m_context.environment.accountName;
    input.environmentLabel = m_context.environmentLabel();
    input.devices = m_model;
    input.verification = m_verification ? &*m_verification : nullptr;
    input.generatedUtc = clockOf(m_context).nowUtc();
    input.siteZone = m_context.siteZone;
    if (m_serverTotal >= 0)
        input.serverTotal = m_serverTotal;
    return input;
}

bool CampaignStatusPanel::exportCsv(const QString& path, QString* error, bool shownOnly)
{
    std::vector<int> rows;
    if (shownOnly) {
        rows.reserve(std::size_t(m_filter->rowCount()));
        for (int r = 0; r < m_filter->rowCount(); ++r)
            rows.push_back(m_filter->mapToSource(m_filter->index(r, 0)).row());
    }
    return writeCsv(path, error, std::move(rows), shownOnly);
}

void CampaignStatusPanel::exportSelection()
{
    if (!m_context.messages)
        return;
    std::vector<int> rows;
    for (const QModelIndex& index : table()->selectionModel()->selectedRows())
        rows.push_back(m_filter->mapToSource(index).row());
    if (rows.empty())
        return;
    QString name = ReportExporter::suggestedFileName(reportInput(), u"csv"_s);
    name.replace(u"-report-"_s, u"-selection-"_s);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_context.messages->saveFileName(
        this, tr("Export the selected devices"), QDir(dir).filePath(name), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        writeCsv(path, nullptr, std::move(rows), true);
}

bool CampaignStatusPanel::writeCsv(const QString& path, QString* error, std::vector<int> rows,
                                   bool someRows)
{
    ReportExporter::Input input = reportInput();
    input.rows = std::move(rows);
    QString problem;
    if (!ReportExporter::writeCsv(input, path, &problem)) {
        showMessage(problem.toHtmlEscaped(), true);
        if (error)
            *error = problem;
        return false;
    }
    showMessage(tr("CSV report (%Ln device(s)) written to %1.", nullptr,
                   someRows ? int(input.rows.size()) : m_model->rowCount())
                    .arg(QDir::toNativeSeparators(path))
                    .toHtmlEscaped(),
                false);
    return true;
}

bool CampaignStatusPanel::exportPdf(const QString& path, QString* error)
{
    const ReportExporter::Input input = reportInput();
    QString problem;
    int pages = 0;
    if (!ReportExporter::writePdf(input, path, &problem, &pages)) {
        showMessage(problem.toHtmlEscaped(), true);
        if (error)
            *error = problem;
        return false;
    }
    showMessage(tr("PDF report (%Ln page(s)) written to %1.", nullptr, pages)
                    .arg(QDir::toNativeSeparators(path))
                    .toHtmlEscaped(),
                false);
    return true;
}

void CampaignStatusPanel::chooseAndExport(bool pdf)
{
    if (!m_context.messages)
        return;
    // A filtered table: export what it shows, or (asked) every device.
    bool shownOnly = false;
    if (!pdf && m_filter->rowCount() < m_model->rowCount()) {
        const int choice = m_context.messages->choose(
            this, tr("Export CSV report"),
            tr("The table shows %1 of the campaign's %Ln device(s) (filtered).", nullptr,
               m_model->rowCount())
                .arg(QLocale().toString(m_filter->rowCount())),
            {tr("The %Ln &shown device(s)", nullptr, m_filter->rowCount()),
             tr("&All %Ln device(s)", nullptr, m_model->rowCount())});
        if (choice < 0)
            return;
        shownOnly = choice == 0;
    }
    const QString suffix = pdf ? u"pdf"_s : u"csv"_s;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_context.messages->saveFileName(
        this, pdf ? tr("Export PDF report") : tr("Export CSV report"),
        QDir(dir).filePath(ReportExporter::suggestedFileName(reportInput(), suffix)),
        pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (pdf)
        exportPdf(path);
    else
        exportCsv(path, nullptr, shownOnly);
}

} // namespace fotadesk
