// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/activitylog/ActivityLogPage.h"

#include "core/DisplayFormat.h"
#include "gui/activitylog/AuditLogModel.h"
#include "gui/common/ColumnFit.h"
#include "gui/common/MessageSeam.h"
#include "store/AuditLog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace fotadesk {

namespace {
constexpr int kMaxRows = 5000;

QList<int> fittedColumns()
{
    return {AuditLogModel::StartedColumn,  AuditLogModel::OriginColumn,
            AuditLogModel::AccountColumn,  AuditLogModel::OperationColumn,
            AuditLogModel::CampaignColumn, AuditLogModel::DevicesColumn,
            AuditLogModel::OutcomeColumn,  AuditLogModel::ResultColumn};
}
} // namespace

ActivityLogPage::ActivityLogPage(AuditLog& log, MessageSeam* messages, QWidget* parent)
    : QWidget(parent)
    , m_log(log)
    , m_messages(messages)
    , m_model(new AuditLogModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_operation(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_age(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_detail(new QTextBrowser(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ActivityLogPage"));
    m_search->setPlaceholderText(tr("Search summary, result, error, campaign…"));
    m_search->setClearButtonEnabled(true);
    m_operation->addItem(tr("All operations"), QString());
    for (const QString& op : AuditLog::operationNames())
        m_operation->addItem(AuditLogModel::operationLabel(op), op);
    m_outcome->addItem(tr("All outcomes"), -1);
    for (auto o : {AuditEntry::Outcome::Success, AuditEntry::Outcome::Partial,
                   AuditEntry::Outcome::Failed, AuditEntry::Outcome::Unknown,
                   AuditEntry::Outcome::Cancelled, AuditEntry::Outcome::Pending})
        m_outcome->addItem(AuditLogModel::outcomeLabel(o), static_cast<int>(o));
    m_age->addItem(tr("Any time"), 0);
    m_age->addItem(tr("Last 24 hours"), 1);
    m_age->addItem(tr("Last 7 days"), 7);
    m_age->addItem(tr("Last 30 days"), 30);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);

    // Long outcome names (German: "Unbekannt (gesendet, keine Antwort)") must not make the
    // window wider than a 1024-pixel screen: the combos show what fits, the list all.
    for (QComboBox* combo : {m_operation, m_outcome, m_age}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_operation);
    filters->addWidget(m_outcome);
    filters->addWidget(m_age);
    filters->addWidget(refreshButton);
    filters->addWidget(exportButton);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AuditLogModel::RawValueRole);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditLogModel::StartedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    // Below the table, the selected entry in full: the table cuts long results and summaries.
    m_view->setObjectName(QStringLiteral("activityTable"));
    m_detail->setObjectName(QStringLiteral("activityDetail"));
    m_detail->setAccessibleName(tr("Selected entry"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select an entry to see all it recorded."));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("activitySplitter"));
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &ActivityLogPage::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &ActivityLogPage::scheduleRefresh);
    for (QComboBox* combo : {m_operation, m_outcome, m_age})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActivityLogPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &ActivityLogPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &ActivityLogPage::exportCsv);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityLogPage::showDetail);
    // Columns as wide as what they show (dates, accounts, operations were cut); the request
    // summary takes the rest, and the detail below shows every field in full.
    ColumnFit::onFirstRows(m_view, fittedColumns(), 60, 320);
    refresh();
}

QString ActivityLogPage::detailHtml(const AuditEntry& e)
{
    const auto row = [](const QString& label, const QString& value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                                     .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const auto when = [](const QDateTime& t) {
        return DisplayFormat::withUtc(t, QTimeZone::systemTimeZone(), DisplayFormat::Seconds::Show);
    };
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    html += row(tr("Operation"), AuditLogModel::operationLabel(e.operation));
    html += row(tr("Outcome"), AuditLogModel::outcomeLabel(e.outcome));
    html += row(tr("Campaign"), e.campaignId);
    html += row(tr("Devices"), e.deviceCount > 0 ? QLocale().toString(e.deviceCount) : QString());
    html += row(tr("Asked"), e.summary);
    html += row(tr("Answer"), e.result);
    html += row(tr("HTTP status"), e.httpStatus > 0 ? QString::number(e.httpStatus) : QString());
    html += row(tr("Error"), e.errorKind.isEmpty()
                                 ? QString()
                                 : QStringLiteral("%1 %2").arg(e.errorKind, e.errorCode));
    html += row(tr("Error message"), e.errorMessage);
    html += row(tr("Started"), when(e.startedUtc));
    html += row(tr("Finished"), when(e.finishedUtc));
    html += row(tr("Program"),
                e.pid > 0 ? QStringLiteral("%1 (process %2)").arg(e.origin).arg(e.pid) : e.origin);
    html += row(tr("Account"), QStringLiteral("%1 (%2)").arg(e.account, e.profile));
    html += QStringLiteral("</table>");
    return html;
}

void ActivityLogPage::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const int row = m_sorted->mapToSource(current).row();
    const auto& entries = m_model->entries();
    if (row < 0 || row >= entries.size()) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(detailHtml(entries.at(row)));
}

ActivityLogPage::~ActivityLogPage() = default;

void ActivityLogPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    scheduleRefresh();
}

void ActivityLogPage::scheduleRefresh()
{
    m_refreshTimer->start();
}

void ActivityLogPage::refresh()
{
    m_refreshTimer->stop();
    AuditFilter filter;
    filter.text = m_search->text().trimmed();
    filter.operation = m_operation->currentData().toString();
    if (const int o = m_outcome->currentData().toInt(); o >= 0)
        filter.outcome = static_cast<AuditEntry::Outcome>(o);
    if (const int days = m_age->currentData().toInt(); days > 0)
        filter.sinceUtc = QDateTime::currentDateTimeUtc().addDays(-days);
    filter.limit = kMaxRows;
    m_model->setEntries(m_log.query(filter));
    ColumnFit::grow(m_view, fittedColumns(), 60, 320); // new entries: no cut text either
    const qsizetype n = m_model->entries().size();
    m_count->setText(
        n >= kMaxRows
            ? tr("The newest %1 entries (narrow the filter for older ones).").arg(kMaxRows)
            : tr("%Ln entries", nullptr, int(n)));
}

void ActivityLogPage::exportCsv()
{
    if (!m_messages)
        return;
    const QString path =
        m_messages->saveFileName(this, tr("Export the activity log"),
                                 QStringLiteral("fotadesk-activity.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!AuditLog::exportCsv(m_model->entries(), path, &error))
        m_messages->message(this, MessageSeam::Severity::Error, tr("Export failed"), error);
}

} // namespace fotadesk
