// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace fotadesk {

/// The audit log entries the activity log page shows (store/AuditLog), one row each.
/// Columns: started (local time; UTC in the tooltip), program, account, operation, campaign,
/// devices, outcome, result or error, request summary. RawValueRole gives sortable values.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column
    {
        StartedColumn,
        OriginColumn,
        AccountColumn,
        OperationColumn,
        CampaignColumn,
        DevicesColumn,
        OutcomeColumn,
        ResultColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        EntryIdRole,
    };

    explicit AuditLogModel(QObject* parent = nullptr);
    ~AuditLogModel() override;

    void setEntries(QList<AuditEntry> entries);
    [[nodiscard]] const QList<AuditEntry>& entries() const { return m_entries; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    /// "Success", "Partly done", "Unknown — may or may not have happened", ... (translated).
    static QString outcomeLabel(AuditEntry::Outcome outcome);
    /// "Create campaign", "Add devices", ... for the log's operation names
    /// (AuditLog::operationNames(); fotactl audit prints the names themselves); an unknown name
    /// (a newer program's entry) as it is.
    static QString operationLabel(const QString& operation);

private:
    QList<AuditEntry> m_entries;
};

} // namespace fotadesk
