#include "gui/ActivityLogPage.h"

#include "gui/AuditLogModel.h"
#include "gui/MessageSeam.h"
#include "store/AuditLog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fotadesk {

namespace {
constexpr int kMaxRows = 5000;
}

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
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ActivityLogPage"));
    m_search->setPlaceholderText(tr("Search summary, result, error, campaign…"));
    m_search->setClearButtonEnabled(true);
    m_operation->addItem(tr("All operations"), QString());
    for (const QString& op : AuditLog::operationNames())
        m_operation->addItem(op, op);
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

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &ActivityLogPage::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &ActivityLogPage::scheduleRefresh);
    for (QComboBox* combo : {m_operation, m_outcome, m_age})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActivityLogPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &ActivityLogPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &ActivityLogPage::exportCsv);
    refresh();
}

ActivityLogPage::~ActivityLogPage() = default;

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
    const qsizetype n = m_model->entries().size();
    m_count->setText(
        n >= kMaxRows
            ? tr("The newest %1 entries (narrow the filter for older ones).").arg(kMaxRows)
            : tr("%n entries", nullptr, int(n)));
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
