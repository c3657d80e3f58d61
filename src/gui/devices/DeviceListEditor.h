// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Imei.h"
#include "core/ImeiImportResult.h"
#include "models/DeviceListModel.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <span>
#include <vector>

class QTableView;

namespace Ui {
class DeviceListEditor;
}

namespace fotadesk {

class DeviceListFilterModel;
class MessageSeam;

/// The device list editor of the create form and of add/remove devices.
///
/// Input: import CSV/TSV/TXT (file dialog through the MessageSeam, or drag and
/// drop of files), paste from the clipboard (a column copied from Excel is
/// fine), or type/scan one IMEI at a time (Enter adds it; a bad one is
/// explained under the field and stays there to be corrected). Imports and
/// large pastes run on a worker thread (ImeiImporter) with a progress bar and
/// Cancel; the GUI keeps responding.
///
/// The list (DeviceListModel behind DeviceListFilterModel, one QTableView, no
/// per-row widgets) shows valid, duplicate and rejected rows; the rejected
/// lines (line, text, reason) are also listed below with a one-click fix for
/// 14-digit IMEIs. Counts (valid / rejected / duplicates / unlicensed) are
/// always visible. Filter-as-you-type, state filter, select and remove
/// (Delete), undo of the last removal (Ctrl+Z), merge duplicates, export CSV.
/// Every row shows its source line and the file's other columns ("Site"); a
/// rejected line is corrected in place (F2 or double-click on its text).
class DeviceListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceListEditor)

public:
    explicit DeviceListEditor(QWidget* parent = nullptr);
    ~DeviceListEditor() override;

    /// Where file dialogs and confirmations go (required for Import/Export/Clear).
    void setMessageSeam(MessageSeam* messages) { m_messages = messages; }

    [[nodiscard]] DeviceListModel* model() const { return m_model; }
    /// Shows and edits `model` (not owned; it outlives this editor) instead of the editor's
    /// own list, e.g. the New campaign form's device list (CreateSession).
    void setModel(DeviceListModel* model);
    [[nodiscard]] DeviceListFilterModel* filterModel() const { return m_filter; }
    [[nodiscard]] DeviceListFilterModel* rejectedModel() const { return m_rejectedFilter; }
    [[nodiscard]] QTableView* deviceView() const;
    [[nodiscard]] QTableView* rejectedView() const;
    [[nodiscard]] DeviceListCounts counts() const { return m_model->counts(); }
    /// The unique valid IMEIs, list order: what would be sent.
    [[nodiscard]] std::vector<Imei> validImeis() const { return m_model->validImeis(); }
    /// Rejected rows that are 14-digit IMEIs (the fix button's count).
    [[nodiscard]] int fixableCount() const { return m_fixable; }
    /// The text of the summary line of the last import ("Imported devices.csv: ...").
    [[nodiscard]] QString importSummary() const;

    /// Starts importing a file on a worker thread (false when an import is running).
    bool importFile(const QString& path);
    /// Imports text (a paste, a drop of text) like a file; on a worker thread.
    bool importText(const QString& text, const QString& sourceName = {});
    [[nodiscard]] bool isImporting() const;
    /// Adds one typed or scanned IMEI; false (with the reason shown under the field) when it
    /// is not a valid IMEI. A valid IMEI already listed is added as a duplicate row.
    bool addTyped(const QString& text);
    /// Marks licensed/unlicensed (from the licenses report); the counts then show unlicensed.
    void setLicensedImeis(std::span<const Imei> licensed);
    void clearLicenseState();
    /// Whether the counts show "unlicensed" (the model's license state was set by its owner)
    /// or "not checked".
    void setLicenseChecked(bool checked);
    /// Writes the valid IMEIs (CsvScope::ValidImeis) or all rows as CSV; false with a message.
    bool exportCsv(const QString& path, DeviceListModel::CsvScope scope,
                   QString* error = nullptr) const;
    /// Hides the input controls (import, paste, typing) for a read-only use.
    void setInputVisible(bool visible);

public Q_SLOTS:
    void cancelImport();
    /// Opens the file dialog (MessageSeam) and imports the chosen file.
    void chooseAndImport();
    void pasteFromClipboard();
    void removeSelected();
    void undoRemoval();
    void mergeDuplicates();
    void fixMissingCheckDigits();
    /// Asks for a file name (MessageSeam) and exports the valid IMEIs.
    void chooseAndExport();
    /// Asks for a file name (MessageSeam) and exports the rejected lines (CsvScope::RejectedRows).
    void chooseAndExportRejected();
    void clearList();

Q_SIGNALS:
    void countsChanged(const fotadesk::DeviceListCounts& counts);
    /// An import ended: ok false when it was cancelled or failed (summary says why).
    void importFinished(bool ok, const QString& summary);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Up to this many rejected lines, the rejected table's rows grow to their wrapped reason.
    static constexpr int kRejectedRowsMeasured = 2000;
    void connectModel();
    /// The list already holds devices: asks whether `source` replaces them or is appended
    /// (Replace clears the list now). False: the user changed nothing.
    bool replaceOrAppend(const QString& source);
    struct ImportTask;

    bool startImport(std::function<ImeiImportResult(ImportTask&)> work, const QString& name);
    void onImportFinished();
    void applyImportResult(const ImeiImportResult& result);
    void updateProgress();
    void updateCounts();
    void updateButtons();
    void setSummary(const QString& text, bool isError);
    void setUpActions();
    void setUpViews();
    [[nodiscard]] bool canAcceptDrop(const QMimeData* mime) const;
    bool handleDrop(const QMimeData* mime);

    std::unique_ptr<Ui::DeviceListEditor> m_ui;
    DeviceListModel* m_model;
    DeviceListFilterModel* m_filter;
    DeviceListFilterModel* m_rejectedFilter;
    MessageSeam* m_messages = nullptr;
    std::shared_ptr<ImportTask> m_task;
    QFutureWatcher<ImeiImportResult> m_watcher;
    QTimer m_progressTimer;
    QString m_importName;
    int m_fixable = 0;
    bool m_licenseChecked = false;
};

} // namespace fotadesk
