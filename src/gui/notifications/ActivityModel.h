// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace fotadesk {

/// The entries of the Activity panel, newest first: what the dashboards
/// noticed (a watched campaign changed status, a device report changed since
/// the last look, the overview went stale or fresh again, a report was
/// exported). Bounded (maxEntries(), the oldest are dropped).
///
/// Columns: Time (site time, UTC in the tooltip), Campaign, Event.
/// Roles: Qt::DisplayRole, Qt::ToolTipRole, RawValueRole (QDateTime UTC for
/// Time), KindRole (int Kind), CampaignIdRole.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)

public:
    enum Column
    {
        TimeColumn,
        CampaignColumn,
        EventColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        KindRole,
        CampaignIdRole,
    };
    enum class Kind
    {
        StatusChange, ///< a watched campaign changed status
        DeviceChanges,
        Connection, ///< stale / fresh again
        Export,
        Info
    };
    struct Entry
    {
        QDateTime utc;
        Kind kind = Kind::Info;
        QString campaignId;
        QString campaignName;
        QString text;
    };

    explicit ActivityModel(QObject* parent = nullptr);
    ~ActivityModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Adds an entry at the top (row 0).
    void add(const Entry& entry);
    void clear();
    [[nodiscard]] const Entry& entryAt(int row) const { return m_entries.at(row); }
    void setMaxEntries(int max);
    [[nodiscard]] int maxEntries() const { return m_max; }
    void setDisplayTimeZone(const QTimeZone& zone) { m_zone = zone; }

private:
    QList<Entry> m_entries; ///< newest first
    int m_max = 1000;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace fotadesk
