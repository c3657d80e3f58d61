// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/Draft.h"

#include <QAbstractTableModel>
#include <QList>

namespace fotadesk {

/// The saved drafts (DraftStore::list(), newest first) as a table: title, kind, devices, last
/// saved (local time, in the user's locale), environment (profile and account).
/// RawValueRole gives sortable values (the UTC time, the device count).
class DraftListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftListModel)

public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        DevicesColumn,
        SavedColumn,
        EnvironmentColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        DraftIdRole,
    };

    explicit DraftListModel(QObject* parent = nullptr);
    ~DraftListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Replaces the rows (one model reset).
    void setDrafts(QList<DraftInfo> drafts);
    [[nodiscard]] const DraftInfo& draftAt(int row) const { return m_drafts.at(row); }

    /// "Create campaign" / "Device list".
    static QString kindLabel(Draft::Kind kind);

private:
    QList<DraftInfo> m_drafts;
};

} // namespace fotadesk
