// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"
#include "core/BatchVerdict.h"

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
/// Outcome — BatchVerdict's reading, one of five never mixed: "Succeeded" (the server did it),
/// "Already in the campaign" / "Not in the campaign" / "Already licensed" / "Had no license"
/// (the wanted state already held: not a success, not a failure), "Refused" (a permanent
/// reason: not sent again), "No answer" (lost, timed out, 5xx, not sent: what "Retry" sends),
/// "Unknown" (a status no rule knows: never counted as success or failure).
///
/// Roles:
///   Qt::DisplayRole     the text above
///   Qt::ForegroundRole  red for refusals, amber for no answer
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
        AlreadyApplied,
        Refused,
        NoAnswer,
        Unknown
    };
    struct Counts
    {
        int succeeded = 0;
        int alreadyApplied = 0;
        int refused = 0;
        int noAnswer = 0;
        int unknown = 0;
        /// Refused or no answer: the devices whose wanted state does not hold.
        [[nodiscard]] int notDone() const { return refused + noAnswer; }
        friend bool operator==(const Counts&, const Counts&) = default;
    };

    /// `operation` names the AlreadyApplied outcome ("Already in the campaign" for an add)
    /// and reads the answers of appendResults().
    explicit DeviceResultModel(BatchOperation operation = BatchOperation::AddToCampaign,
                               QObject* parent = nullptr);
    ~DeviceResultModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Adds or replaces the outcome of each listed device (one insertion for
    /// the new ones, one dataChanged for the replaced ones).
    void appendResults(const QList<wire::DeviceListItem>& items);
    /// The same, for answers the caller has already judged (DeviceBatcher::DeviceOutcome's
    /// BatchVerdict outcome, which also covers devices an answer did not mention).
    struct JudgedResult
    {
        wire::DeviceListItem item;
        BatchOutcome outcome = BatchOutcome::Unclear;
    };
    void appendJudgedResults(const QList<JudgedResult>& results);
    /// Records every device of a request that failed as a whole: `reason` says what went
    /// wrong, `outcome` whether a resend can help (DeviceBatcher::outcomeOfRequest).
    void appendBatchFailure(const QStringList& deviceIds, const QString& reason,
                            BatchOutcome outcome = BatchOutcome::NoAnswer);
    void clear();

    [[nodiscard]] Counts counts() const { return m_counts; }
    /// Device ids whose latest outcome is NoAnswer, in row order: what "Retry" sends (never a
    /// refused, already-applied or unknown one).
    [[nodiscard]] QStringList retryableDeviceIds() const;
    /// Device ids with the given latest outcome, in row order.
    [[nodiscard]] QStringList deviceIds(Outcome outcome) const;
    [[nodiscard]] Outcome outcomeAt(int row) const { return m_rows.at(row).outcome; }
    /// One answer of `operation`, through BatchVerdict.
    static Outcome outcomeOf(const QString& status, const QString& reason,
                             BatchOperation operation = BatchOperation::AddToCampaign);
    static Outcome fromBatch(BatchOutcome outcome);
    /// The label of an outcome for `operation` ("Already in the campaign" for an add).
    static QString outcomeLabel(Outcome outcome, BatchOperation operation);

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

    BatchOperation m_operation;
    QList<Row> m_rows;
    QHash<QString, int> m_byId;
    Counts m_counts;
};

} // namespace fotadesk
