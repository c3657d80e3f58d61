// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/devices/DeviceListEditor.h"

#include "core/FileWriter.h"
#include "core/ImeiImporter.h"
#include "gui/common/ColumnFit.h"
#include "gui/common/GuiLogging.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageSeam.h"
#include "gui/devices/DeferredCommitDelegate.h"
#include "models/DeviceListFilterModel.h"
#include "ui_DeviceListEditor.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMimeData>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <stop_token>

using namespace Qt::StringLiterals;

namespace fotadesk {

using RowState = DeviceListModel::RowState;

struct DeviceListEditor::ImportTask
{
    std::stop_source stop;
    std::atomic<qint64> read{0};
    std::atomic<qint64> total{-1};

    ImeiImportOptions options()
    {
        ImeiImportOptions o;
        o.keepSourceDetails = true; // lines and other columns are shown, filtered and exported
        o.stopToken = stop.get_token();
        o.progress = [this](qint64 r, qint64 t) {
            read.store(r, std::memory_order_relaxed);
            total.store(t, std::memory_order_relaxed);
        };
        return o;
    }
};

namespace {
/// Typed/pasted text this small is imported at once on the GUI thread.
constexpr qsizetype kSmallTextBytes = 64 * 1024;
} // namespace

DeviceListEditor::DeviceListEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeviceListEditor>())
    , m_model(new DeviceListModel(this))
    , m_filter(new DeviceListFilterModel(this))
    , m_rejectedFilter(new DeviceListFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_rejectedFilter->setSourceModel(m_model);
    m_rejectedFilter->setStateFilter({RowState::Rejected});
    setUpViews();
    setUpActions();

    m_ui->stateCombo->addItem(tr("All rows"), QVariant());
    const std::pair<QString, RowState> states[] = {{tr("Valid"), RowState::Valid},
                                                   {tr("Unlicensed"), RowState::Unlicensed},
                                                   {tr("Duplicates"), RowState::Duplicate},
                                                   {tr("Rejected"), RowState::Rejected},
                                                   {tr("Succeeded"), RowState::OperationSucceeded},
                                                   {tr("Failed"), RowState::OperationFailed}};
    for (const auto& [label, state] : states)
        m_ui->stateCombo->addItem(label, int(state));
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant v = m_ui->stateCombo->itemData(index);
        m_filter->setStateFilter(v.isValid() ? QList<RowState>{RowState(v.toInt())}
                                             : QList<RowState>{});
    });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter,
            &DeviceListFilterModel::setFilterText);

    connectModel();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DeviceListEditor::onImportFinished);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &DeviceListEditor::updateProgress);

    connect(m_ui->importButton, &QPushButton::clicked, this, &DeviceListEditor::chooseAndImport);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &DeviceListEditor::pasteFromClipboard);
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, &DeviceListEditor::cancelImport);
    connect(m_ui->entryEdit, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_ui->addButton->setEnabled(!t.trimmed().isEmpty());
        m_ui->entryProblemLabel->hide();
    });
    // Enter adds the typed IMEI and stops there: in a wizard or dialog it must not also press
    // the default button (a scanner sends Enter after every code).
    m_ui->entryEdit->installEventFilter(this);
    m_ui->filterEdit->installEventFilter(this);
    connect(m_ui->addButton, &QPushButton::clicked, this,
            [this] { addTyped(m_ui->entryEdit->text()); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &DeviceListEditor::removeSelected);
    connect(m_ui->undoButton, &QPushButton::clicked, this, &DeviceListEditor::undoRemoval);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &DeviceListEditor::mergeDuplicates);
    connect(m_ui->fixButton, &QPushButton::clicked, this, &DeviceListEditor::fixMissingCheckDigits);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &DeviceListEditor::chooseAndExport);
    connect(m_ui->exportRejectedButton, &QPushButton::clicked, this,
            &DeviceListEditor::chooseAndExportRejected);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &DeviceListEditor::clearList);

    m_ui->importButton->setIcon(Icons::get(u"import"_s));
    m_ui->pasteButton->setIcon(Icons::get(u"paste"_s));
    m_ui->addButton->setIcon(Icons::get(u"add"_s));
    m_ui->removeButton->setIcon(Icons::get(u"remove"_s));
    m_ui->undoButton->setIcon(Icons::get(u"undo"_s));
    m_ui->mergeButton->setIcon(Icons::get(u"merge"_s));
    m_ui->fixButton->setIcon(Icons::get(u"fix"_s));
    m_ui->exportButton->setIcon(Icons::get(u"export"_s));
    m_ui->exportRejectedButton->setIcon(Icons::get(u"export"_s));
    m_ui->cancelImportButton->setIcon(Icons::get(u"cancel-campaign"_s));

    setAcceptDrops(true);
    updateCounts();
}

DeviceListEditor::~DeviceListEditor()
{
    if (m_task)
        m_task->stop.request_stop();
    m_watcher.waitForFinished();
}

void DeviceListEditor::setUpViews()
{
    auto setUp = [](QTableView* view) {
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setHighlightSections(false);
        view->horizontalHeader()->setStretchLastSection(true);
    };
    m_ui->deviceView->setModel(m_filter);
    setUp(m_ui->deviceView);
    const int digitWidth = m_ui->deviceView->fontMetrics().horizontalAdvance(u"0000000000000000"_s);
    m_ui->deviceView->setColumnWidth(DeviceListModel::ImeiColumn, digitWidth + 24);
    m_ui->deviceView->setColumnWidth(DeviceListModel::StateColumn, 120);
    m_ui->deviceView->setColumnWidth(DeviceListModel::ReasonColumn, 360);
    m_ui->deviceView->horizontalHeader()->setSortIndicatorShown(true);
    m_ui->deviceView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->deviceView->viewport()->installEventFilter(this);
    connect(m_ui->deviceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeviceListEditor::updateButtons);
    // The proxy resets on filter/sort changes: the selection model follows.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DeviceListEditor::updateButtons);

    // A rejected line's text is corrected in place; typing elsewhere must not start an edit.
    for (QTableView* view : {m_ui->deviceView, m_ui->rejectedView}) {
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
        view->setItemDelegate(new DeferredCommitDelegate(view));
    }
    m_ui->rejectedView->setModel(m_rejectedFilter);
    setUp(m_ui->rejectedView);
    m_ui->rejectedView->setColumnHidden(DeviceListModel::StateColumn, true);
    m_ui->rejectedView->horizontalHeader()->moveSection(DeviceListModel::LineColumn, 0);
    m_ui->rejectedView->setColumnWidth(DeviceListModel::LineColumn, 60);
    m_ui->rejectedView->setColumnWidth(DeviceListModel::ImeiColumn, digitWidth + 60);
    m_ui->rejectedView->setColumnWidth(DeviceListModel::ReasonColumn, 480);
    m_ui->rejectedView->horizontalHeader()->setStretchLastSection(false);
    m_ui->rejectedView->horizontalHeader()->setSectionResizeMode(DeviceListModel::ReasonColumn,
                                                                 QHeaderView::Stretch);
    // A rejection's reason says what is wrong and how to fix it, often in more words than the
    // column is wide (German cut "…Ziffern verworfen, die nicht …"): it wraps.
    ColumnFit::wrapRowsWhileFew(m_ui->rejectedView, kRejectedRowsMeasured);
    m_ui->rejectedGroup->setMinimumHeight(150);
    m_ui->deviceView->setMinimumHeight(120);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
}

void DeviceListEditor::setUpActions()
{
    auto add = [this](QWidget* on, const QKeySequence& keys, auto slot) {
        auto* action = new QAction(on);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        on->addAction(action);
    };
    add(m_ui->deviceView, QKeySequence::Delete, &DeviceListEditor::removeSelected);
    add(m_ui->deviceView, QKeySequence::Paste, &DeviceListEditor::pasteFromClipboard);
    add(this, QKeySequence::Undo, &DeviceListEditor::undoRemoval);
    add(this, QKeySequence(Qt::CTRL | Qt::Key_I), &DeviceListEditor::chooseAndImport);
    add(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
        &DeviceListEditor::pasteFromClipboard);
    add(this, QKeySequence::Find, [this] { m_ui->filterEdit->setFocus(); });
}

QTableView* DeviceListEditor::deviceView() const
{
    return m_ui->deviceView;
}

QTableView* DeviceListEditor::rejectedView() const
{
    return m_ui->rejectedView;
}

QString DeviceListEditor::importSummary() const
{
    return m_ui->importSummaryLabel->text();
}

void DeviceListEditor::setInputVisible(bool visible)
{
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->importButton), static_cast<QWidget*>(m_ui->pasteButton),
          static_cast<QWidget*>(m_ui->entryLabel), static_cast<QWidget*>(m_ui->entryEdit),
          static_cast<QWidget*>(m_ui->addButton), static_cast<QWidget*>(m_ui->clearButton)})
        w->setVisible(visible);
    setAcceptDrops(visible);
}

// --- import ---------------------------------------------------------------------------

bool DeviceListEditor::isImporting() const
{
    return m_task != nullptr;
}

bool DeviceListEditor::importFile(const QString& path)
{
    return startImport(
        [path](ImportTask& task) { return ImeiImporter(task.options()).importFile(path); },
        QFileInfo(path).fileName());
}

bool DeviceListEditor::importText(const QString& text, const QString& sourceName)
{
    const QString name = sourceName.isEmpty() ? tr("the pasted text") : sourceName;
    QByteArray bytes = text.toUtf8();
    if (bytes.size() <= kSmallTextBytes && !isImporting()) {
        // Small: at once (a worker thread would only add latency).
        ImportTask task;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        m_importName = name;
        applyImportResult(ImeiImporter(task.options()).importDevice(buffer, name));
        return true;
    }
    return startImport(
        [bytes = std::move(bytes), name](ImportTask& task) mutable {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            return ImeiImporter(task.options()).importDevice(buffer, name);
        },
        name);
}

bool DeviceListEditor::startImport(std::function<ImeiImportResult(ImportTask&)> work,
                                   const QString& name)
{
    if (isImporting()) {
        setSummary(tr("An import is running: wait for it or cancel it before adding more."), true);
        return false;
    }
    auto task = std::make_shared<ImportTask>();
    m_task = task;
    m_importName = name;
    m_ui->progressLabel->setText(tr("Importing %1…").arg(name));
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressRow->show();
    m_progressTimer.start();
    updateButtons();
    m_watcher.setFuture(QtConcurrent::run([task, work = std::move(work)] { return work(*task); }));
    return true;
}

void DeviceListEditor::cancelImport()
{
    if (m_task)
        m_task->stop.request_stop();
}

void DeviceListEditor::updateProgress()
{
    if (!m_task)
        return;
    const qint64 total = m_task->total.load(std::memory_order_relaxed);
    const qint64 read = m_task->read.load(std::memory_order_relaxed);
    if (total > 0) {
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(int(read * 1000 / total));
        m_ui->progressBar->setFormat(
            tr("%1 of %2")
                .arg(QLocale().formattedDataSize(read), QLocale().formattedDataSize(total)));
    }
}

void DeviceListEditor::onImportFinished()
{
    m_progressTimer.stop();
    m_ui->progressRow->hide();
    m_task.reset();
    applyImportResult(m_watcher.result());
}

void DeviceListEditor::applyImportResult(const ImeiImportResult& result)
{
    QString summary;
    bool ok = result.ok();
    if (result.error == ImeiImportError::Cancelled) {
        summary = tr("Import of %1 cancelled: nothing was added.").arg(m_importName);
    } else if (!result.ok()) {
        summary = tr("%1 could not be imported: %2").arg(m_importName, result.errorMessage);
    } else {
        m_model->appendImportResult(result);
        QString layout = result.delimiter == 0 ? tr("one value per line")
                                               : tr("%1-separated").arg(result.delimiterName());
        if (result.hasHeader && !result.columnName.isEmpty())
            layout += tr(", column \"%1\"").arg(result.columnName);
        // The words agree with the list below: the duplicate lines listed as rows are what the
        // counts say; the rest of a long file's duplicates were merged while it was read.
        const qint64 listedDuplicates = qint64(result.duplicates.size());
        const QString duplicates =
            result.duplicateCount > listedDuplicates
                ? tr("%Ln duplicate line(s) (%1 listed below, the other %2 merged on import)",
                     nullptr, int(result.duplicateCount))
                      .arg(QLocale().toString(listedDuplicates),
                           QLocale().toString(result.duplicateCount - listedDuplicates))
                : tr("%Ln duplicate line(s)", nullptr, int(result.duplicateCount));
        summary =
            tr("Imported %1 (%2): %3, %4, %5.")
                .arg(m_importName, layout, tr("%Ln IMEI(s)", nullptr, int(result.imeis.size())),
                     tr("%Ln rejected line(s)", nullptr, int(result.rejectedCount)), duplicates);
        if (result.rejectedCount > qint64(result.rejected.size())) {
            summary += u' ' + tr("Only the first %Ln rejected line(s) are listed.", nullptr,
                                 int(result.rejected.size()));
        }
    }
    setSummary(summary, !ok);
    qCInfo(lcGui) << "device import" << m_importName << "ok" << ok << "imeis" << result.imeis.size()
                  << "rejected" << result.rejectedCount;
    updateButtons();
    Q_EMIT importFinished(ok, summary);
}

void DeviceListEditor::setSummary(const QString& text, bool isError)
{
    m_ui->importSummaryLabel->setText(text);
    m_ui->importSummaryLabel->setStyleSheet(isError ? u"QLabel { color: #c62828; }"_s : QString());
}

void DeviceListEditor::chooseAndImport()
{
    if (!m_messages || isImporting())
        return;
    const QString path = m_messages->openFileName(
        this, tr("Import devices"), tr("Device lists (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty() && replaceOrAppend(QFileInfo(path).fileName()))
        importFile(path);
}

bool DeviceListEditor::replaceOrAppend(const QString& source)
{
    if (!m_messages || m_model->rowCount() == 0)
        return true;
    const int rows = m_model->rowCount();
    const int choice = m_messages->choose(
        this, tr("The list already holds devices"),
        tr("The list holds %Ln row(s). Append %1 to them, or replace them with %1?", nullptr, rows)
            .arg(source),
        // Append first: the default (Enter) loses nothing.
        {tr("&Append to it"), tr("&Replace the list")});
    if (choice < 0) {
        setSummary(tr("Nothing was imported from %1: the list stays as it was.").arg(source),
                   false);
        return false;
    }
    if (choice == 1)
        m_model->clear();
    return true;
}

void DeviceListEditor::pasteFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        setSummary(tr("The clipboard holds no text to paste."), true);
        return;
    }
    if (replaceOrAppend(tr("the clipboard")))
        importText(text, tr("the clipboard"));
}

bool DeviceListEditor::addTyped(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    const ImeiParseResult parsed = Imei::parse(trimmed);
    if (!parsed.isValid()) {
        QString message = parsed.message();
        m_ui->entryProblemLabel->setText(message);
        m_ui->entryProblemLabel->setStyleSheet(u"QLabel { color: #c62828; }"_s);
        m_ui->entryProblemLabel->show();
        m_ui->entryEdit->setFocus();
        return false;
    }
    const Imei imei = parsed.imei();
    m_model->appendImeis(std::span<const Imei>(&imei, 1));
    m_ui->entryEdit->clear();
    m_ui->entryProblemLabel->hide();
    m_ui->deviceView->scrollToBottom();
    return true;
}

// --- drag and drop ----------------------------------------------------------------------

bool DeviceListEditor::canAcceptDrop(const QMimeData* mime) const
{
    if (!mime || isImporting() || !acceptDrops())
        return false;
    if (mime->hasUrls()) {
        const auto urls = mime->urls();
        return std::any_of(urls.begin(), urls.end(), [](const QUrl& u) { return u.isLocalFile(); });
    }
    return mime->hasText();
}

bool DeviceListEditor::handleDrop(const QMimeData* mime)
{
    if (!canAcceptDrop(mime))
        return false;
    if (mime->hasUrls()) {
        for (const QUrl& url : mime->urls()) {
            if (url.isLocalFile()) { // one file at a time
                const QString path = url.toLocalFile();
                return replaceOrAppend(QFileInfo(path).fileName()) && importFile(path);
            }
        }
        return false;
    }
    return replaceOrAppend(tr("the dropped text")) &&
           importText(mime->text(), tr("the dropped text"));
}

void DeviceListEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (canAcceptDrop(event->mimeData()))
        event->acceptProposedAction();
}

void DeviceListEditor::dropEvent(QDropEvent* event)
{
    if (handleDrop(event->mimeData()))
        event->acceptProposedAction();
}

bool DeviceListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_ui->entryEdit || watched == m_ui->filterEdit) &&
        event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_ui->entryEdit)
                addTyped(m_ui->entryEdit->text());
            return true;
        }
    }
    if (watched == m_ui->deviceView->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* e = static_cast<QDragMoveEvent*>(event);
            if (canAcceptDrop(e->mimeData())) {
                e->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* e = static_cast<QDropEvent*>(event);
            if (handleDrop(e->mimeData())) {
                e->acceptProposedAction();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- list operations ----------------------------------------------------------------------

void DeviceListEditor::removeSelected()
{
    auto* selection = m_ui->deviceView->selectionModel();
    if (!selection || !selection->hasSelection())
        return;
    QList<int> rows;
    for (const QItemSelectionRange& range : selection->selection()) {
        for (int r = range.top(); r <= range.bottom(); ++r) {
            const QModelIndex source = m_filter->mapToSource(m_filter->index(r, 0));
            if (source.isValid())
                rows.append(source.row());
        }
    }
    selection->clearSelection();
    const int removed = m_model->removeDeviceRows(rows);
    setSummary(tr("Removed %Ln row(s). Undo with Ctrl+Z.", nullptr, removed), false);
}

void DeviceListEditor::undoRemoval()
{
    const bool correction = m_model->undoIsCorrection();
    if (m_model->canUndoRemoval() && m_model->undoRemoval())
        setSummary(correction ? tr("The last correction was undone: the line is rejected again.")
                              : tr("The last removal was undone."),
                   false);
}

void DeviceListEditor::mergeDuplicates()
{
    const int removed = m_model->mergeDuplicates();
    setSummary(tr("Merged %Ln duplicate row(s). Undo with Ctrl+Z.", nullptr, removed), false);
}

void DeviceListEditor::fixMissingCheckDigits()
{
    const auto result = m_model->fixMissingCheckDigits();
    setSummary(tr("Completed %1 14-digit IMEI(s) with their check digit; %2 of them were already "
                  "listed and were merged.")
                   .arg(result.fixed)
                   .arg(result.merged),
               false);
}

void DeviceListEditor::setLicensedImeis(std::span<const Imei> licensed)
{
    m_licenseChecked = true;
    m_model->setLicensedImeis(licensed);
    updateCounts();
}

void DeviceListEditor::setLicenseChecked(bool checked)
{
    m_licenseChecked = checked;
    updateCounts();
}

void DeviceListEditor::setModel(DeviceListModel* model)
{
    if (!model || model == m_model)
        return;
    disconnect(m_model, nullptr, this, nullptr);
    if (m_model->parent() == this)
        delete m_model; // the editor's own list, never shown again
    m_model = model;
    m_filter->setSourceModel(m_model);
    m_rejectedFilter->setSourceModel(m_model);
    connectModel();
    updateCounts();
    updateButtons();
}

void DeviceListEditor::connectModel()
{
    connect(m_model, &DeviceListModel::countsChanged, this, &DeviceListEditor::updateCounts);
    connect(m_model, &DeviceListModel::undoAvailableChanged, this,
            &DeviceListEditor::updateButtons);
}

void DeviceListEditor::clearLicenseState()
{
    m_licenseChecked = false;
    m_model->clearLicenseState();
    updateCounts();
}

bool DeviceListEditor::exportCsv(const QString& path, DeviceListModel::CsvScope scope,
                                 QString* error) const
{
    return FileWriter::writeFile(path, m_model->toCsv(scope), error);
}

void DeviceListEditor::chooseAndExport()
{
    if (!m_messages)
        return;
    const QString path = m_messages->saveFileName(this, tr("Export devices"), u"devices.csv"_s,
                                                  tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, DeviceListModel::CsvScope::ValidImeis, &error))
        setSummary(tr("Exported %Ln IMEI(s) to %1.", nullptr, int(counts().valid))
                       .arg(QDir::toNativeSeparators(path)),
                   false);
    else
        setSummary(error, true);
}

void DeviceListEditor::chooseAndExportRejected()
{
    if (!m_messages)
        return;
    const QString path = m_messages->saveFileName(this, tr("Export rejected lines"),
                                                  u"rejected.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, DeviceListModel::CsvScope::RejectedRows, &error))
        setSummary(tr("Exported %Ln rejected line(s) to %1.", nullptr, int(counts().rejected))
                       .arg(QDir::toNativeSeparators(path)),
                   false);
    else
        setSummary(error, true);
}

void DeviceListEditor::clearList()
{
    if (m_model->rowCount() == 0)
        return;
    if (m_messages &&
        !m_messages->confirm(this, tr("Clear the device list"),
                             tr("Remove all %Ln row(s) from the list? This cannot be undone.",
                                nullptr, m_model->rowCount()),
                             tr("Clear the list")))
        return;
    m_model->clear();
    setSummary(tr("The list was cleared."), false);
}

void DeviceListEditor::updateCounts()
{
    const DeviceListCounts c = m_model->counts();
    const QLocale locale;
    QString text = tr("Valid: %1   ·   Rejected: %2   ·   Duplicates: %3   ·   Unlicensed: %4")
                       .arg(locale.toString(c.valid), locale.toString(c.rejected),
                            locale.toString(c.duplicates),
                            m_licenseChecked ? locale.toString(c.unlicensed) : tr("not checked"));
    if (c.failed > 0)
        text += tr("   ·   Failed: %1").arg(locale.toString(c.failed));
    m_ui->countsLabel->setText(text);
    m_ui->countsLabel->setToolTip(
        tr("Unlicensed devices are found on the check page, from the licenses report."));

    int fixable = 0;
    for (const RejectedDevice& r : m_model->rejectedTable())
        fixable += r.error == ImeiError::MissingCheckDigit ? 1 : 0;
    // The side table may keep entries of removed rows: count live rows only when it differs.
    if (fixable > 0 && qint64(m_model->rejectedTable().size()) != c.rejected) {
        fixable = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const RejectedDevice* r = m_model->rejectedAt(row);
            fixable += r && r->error == ImeiError::MissingCheckDigit ? 1 : 0;
        }
    }
    m_fixable = fixable;
    m_ui->fixButton->setText(tr("Fix 14-di&git IMEIs (%1)").arg(fixable));
    m_ui->rejectedGroup->setVisible(c.rejected > 0);
    m_ui->rejectedGroup->setTitle(tr("Rejected lines (%1)").arg(locale.toString(c.rejected)));
    updateButtons();
    Q_EMIT countsChanged(c);
}

void DeviceListEditor::updateButtons()
{
    const bool importing = isImporting();
    const auto* selection = m_ui->deviceView->selectionModel();
    m_ui->importButton->setEnabled(!importing);
    m_ui->pasteButton->setEnabled(!importing);
    m_ui->removeButton->setEnabled(!importing && selection && selection->hasSelection());
    m_ui->undoButton->setEnabled(!importing && m_model->canUndoRemoval());
    m_ui->mergeButton->setEnabled(!importing && m_model->counts().duplicates > 0);
    m_ui->fixButton->setEnabled(!importing && m_fixable > 0);
    m_ui->clearButton->setEnabled(!importing && m_model->rowCount() > 0);
    m_ui->exportButton->setEnabled(!importing && m_model->counts().valid > 0);
    m_ui->exportRejectedButton->setEnabled(!importing && m_model->counts().rejected > 0);
}

} // namespace fotadesk
