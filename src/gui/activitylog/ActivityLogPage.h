// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;

namespace fotadesk {

class AuditLog;
class AuditLogModel;
struct AuditEntry;
class MessageSeam;

/// The activity log: every change FotaDesk and fotactl sent from this computer (the
/// workspace's audit log), newest first, filterable by text, operation, outcome and age, and
/// exportable as CSV. Call refresh() when the log changed (AuditHook::entryChanged).
class ActivityLogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogPage)

public:
    /// `messages` may be null (then export asks nothing and writes nowhere).
    ActivityLogPage(AuditLog& log, MessageSeam* messages, QWidget* parent = nullptr);
    ~ActivityLogPage() override;

    [[nodiscard]] AuditLogModel* model() const { return m_model; }
    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }
    [[nodiscard]] QComboBox* operationCombo() const { return m_operation; }
    [[nodiscard]] QComboBox* outcomeCombo() const { return m_outcome; }
    [[nodiscard]] QComboBox* ageCombo() const { return m_age; }
    [[nodiscard]] QTableView* table() const { return m_view; }
    /// Every field of the selected entry, in full (the table cuts long results and summaries).
    [[nodiscard]] QTextBrowser* detail() const { return m_detail; }
    /// The detail of one entry, as shown below the table.
    static QString detailHtml(const AuditEntry& entry);

public Q_SLOTS:
    /// Reads the log again with the current filters.
    void refresh();
    /// Refreshes soon (many changes in a row: one read).
    void scheduleRefresh();
    /// Asks for a file and writes the shown entries as CSV.
    void exportCsv();

protected:
    /// Read again whenever the page is shown: a row may have changed without an AuditHook
    /// signal (a create's devices noted later: "Partly done").
    void showEvent(QShowEvent* event) override;

private:
    void showDetail();

    AuditLog& m_log;
    MessageSeam* m_messages;
    AuditLogModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_operation;
    QComboBox* m_outcome;
    QComboBox* m_age;
    QLabel* m_count;
    QTextBrowser* m_detail;
    QTimer* m_refreshTimer;
};

} // namespace fotadesk
