// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace fotadesk {

/// Per-device outcomes of adding or removing devices (V3AddOrRemoveDeviceResult
/// entries, and batches that failed as a whole). One row per device id: a
/// retry's result replaces the earlier one, so "retry failed" ends with one
/// row per device showing its latest outcome.
///
/// Columns: Imei, Status (label of a known status, else verbatim), Reason,
/// Outcome ("Succeeded", "Failed", "Unknown": a status no rule knows is never
/// counted as success or failure).
///
/// Roles:
///   Qt::DisplayRole     the text above
///   Qt::ForegroundRole  red for failures
///   RawValueRole        sort/filter value: the raw texts, int(Outcome)
///   OutcomeRole         int(Outcome) (any column)
class DeviceResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceResultModel)

public:
    enum Column
    {
        ImeiColumn,
        StatusColumn,
        ReasonColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        OutcomeRole
    };
    enum class Outcome
    {
        Succeeded,
        Failed,
        Unknown
    };
    struct Counts
    {
        int succeeded = 0;
        int failed = 0;
        int unknown = 0;
        friend bool operator==(const Counts&, const Counts&) = default;
    };

    explicit DeviceResultModel(QObject* parent = nullptr);
    ~DeviceResultModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Adds or replaces the outcome of each listed device (one insertion for
    /// the new ones, one dataChanged for the replaced ones).
    void appendResults(const QList<wire::DeviceListItem>& items);
    /// The same, for answers the caller has already judged: `succeeded` true means Succeeded
    /// whatever the status says (DeviceBatcher counts "already in the campaign" for an add, or
    /// "not in the campaign" for a remove, as done); false leaves it to outcomeOf(), so an
    /// unknown status still shows as Unknown.
    struct JudgedResult
    {
        wire::DeviceListItem item;
        bool succeeded = false;
    };
    void appendJudgedResults(const QList<JudgedResult>& results);
    /// Records a failure for every device of a batch the server did not answer
    /// per device (e.g. an HTTP error): `reason` says what went wrong.
    void appendBatchFailure(const QStringList& deviceIds, const QString& reason);
    void clear();

    [[nodiscard]] Counts counts() const { return m_counts; }
    /// Device ids whose latest outcome is Failed, in row order: what "retry failed" sends.
    [[nodiscard]] QStringList failedDeviceIds() const;
    [[nodiscard]] Outcome outcomeAt(int row) const { return m_rows.at(row).outcome; }
    static Outcome outcomeOf(const QString& status, const QString& reason);

Q_SIGNALS:
    void countsChanged(const fotadesk::DeviceResultModel::Counts& counts);

private:
    struct Row
    {
        wire::DeviceListItem item;
        Outcome outcome = Outcome::Unknown;
    };
    void upsert(QList<Row> rows);
    void recount();

    QList<Row> m_rows;
    QHash<QString, int> m_byId;
    Counts m_counts;
};

} // namespace fotadesk
