// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"
#include "core/StatusGroup.h"
#include "models/StatusGroupStyle.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace fotadesk {

/// All campaigns of an account: the union of the campaign-history pages of
/// every status, appended as pages arrive (in any order, concurrently per
/// status) and upserted by campaign id, so a campaign seen twice (it changed
/// status between two pages) is one row holding the latest data.
///
/// Columns: Name (campaign name, else the id), Id, Status (label of a known
/// status, else the raw text), Devices, Progress, Success (from the campaign's
/// device report, setDeviceSummary(); "—" until known), Firmware (name,
/// "from → to"), MakeModel, Start, End, Windows ("01:00–05:00 UTC" or "any
/// hour"), Protocol.
///
/// Progress is the share of the campaign's devices in a final state (succeeded,
/// failed or cancelled); the success rate is the share of those that succeeded
/// ("—" while none is final: no rate yet, not 0 %).
///
/// Roles:
///   Qt::DisplayRole      the text above
///   Qt::DecorationRole   Status column: the group's badge colour (QColor)
///   Qt::ToolTipRole      Status column: raw status and group
///   RawValueRole         sort/filter value: QString, QDate for Start/End,
///                        int(StatusGroup) for Status, window count for Windows,
///                        numbers for Devices/Progress/Success (invalid while
///                        unknown: sorts after every number)
///   StatusGroupRole      int(StatusGroup) (any column)
///   StatusRole           the raw status text
///   CampaignIdRole       the id
///   CampaignRole         QVariant::fromValue(wire::Campaign)
class CampaignModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignModel)

public:
    enum Column
    {
        NameColumn,
        IdColumn,
        StatusColumn,
        DevicesColumn,
        ProgressColumn,
        SuccessColumn,
        FirmwareColumn,
        MakeModelColumn,
        StartColumn,
        EndColumn,
        WindowsColumn,
        ProtocolColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        StatusGroupRole,
        StatusRole,
        CampaignIdRole,
        CampaignRole,
    };
    /// What one campaign's device report held at its last complete read.
    struct DeviceSummary
    {
        qint64 devices = 0;   ///< every device of the report
        qint64 finished = 0;  ///< in a final state: succeeded, failed or cancelled
        qint64 succeeded = 0; ///< of the finished
        /// False when only the device count is known (the report was too long to count).
        bool countsKnown = true;
        friend bool operator==(const DeviceSummary&, const DeviceSummary&) = default;
    };
    using GroupCounts =
        std::array<int, StatusGroupStyle::GroupCount>; ///< by StatusGroupStyle::slot

    explicit CampaignModel(QObject* parent = nullptr);
    ~CampaignModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Upserts a page: known ids are updated in place (one dataChanged for the
    /// rows touched), new ones appended with one insertion.
    void appendPage(const QList<wire::Campaign>& campaigns);
    /// Upserts one campaign (e.g. after GET /campaigns/{acc}/{id}).
    void upsert(const wire::Campaign& campaign);
    /// Drops every row whose id is not in `ids` (after a complete refresh).
    int retainOnly(const QSet<QString>& ids);
    void clear();

    [[nodiscard]] const wire::Campaign& campaignAt(int row) const
    {
        return m_rows.at(row).campaign;
    }
    [[nodiscard]] StatusGroup groupAt(int row) const { return m_rows.at(row).group; }
    /// The row of a campaign id, or -1.
    [[nodiscard]] int rowOf(const QString& id) const { return m_byId.value(id, -1); }
    [[nodiscard]] GroupCounts countsByGroup() const { return m_counts; }
    /// Sets the device figures of a campaign (kept across upserts; dropped with the row).
    void setDeviceSummary(const QString& id, const DeviceSummary& summary);
    /// The device figures of a campaign, when known.
    [[nodiscard]] std::optional<DeviceSummary> deviceSummary(const QString& id) const;
    [[nodiscard]] int count(StatusGroup group) const
    {
        return m_counts[std::size_t(StatusGroupStyle::slot(group))];
    }

Q_SIGNALS:
    void countsChanged();

private:
    struct Row
    {
        wire::Campaign campaign;
        StatusGroup group = StatusGroup::Unknown;
    };
    void recount();
    [[nodiscard]] QVariant summaryData(const QString& id, int column, int role) const;

    QList<Row> m_rows;
    QHash<QString, int> m_byId;
    GroupCounts m_counts{};
    QHash<QString, DeviceSummary> m_summaries;
};

} // namespace fotadesk
