// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/DeviceResultModel.h"

#include "core/DisplayText.h"
#include "core/StatusGroup.h"

#include <QColor>

#include <algorithm>

namespace fotadesk {

DeviceResultModel::DeviceResultModel(BatchOperation operation, QObject* parent)
    : QAbstractTableModel(parent)
    , m_operation(operation)
{}

DeviceResultModel::~DeviceResultModel() = default;

int DeviceResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

DeviceResultModel::Outcome
DeviceResultModel::outcomeOf(const QString& status, const QString& reason, BatchOperation operation)
{
    return fromBatch(BatchVerdict::ofAnswer(operation, status, reason));
}

DeviceResultModel::Outcome DeviceResultModel::fromBatch(BatchOutcome outcome)
{
    switch (outcome) {
    case BatchOutcome::Done:
        return Outcome::Succeeded;
    case BatchOutcome::AlreadyApplied:
        return Outcome::AlreadyApplied;
    case BatchOutcome::Refused:
        return Outcome::Refused;
    case BatchOutcome::NoAnswer:
        return Outcome::NoAnswer;
    case BatchOutcome::Unclear:
        return Outcome::Unknown;
    }
    return Outcome::Unknown;
}

QString DeviceResultModel::outcomeLabel(Outcome outcome, BatchOperation operation)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return tr("Succeeded");
    case Outcome::AlreadyApplied:
        switch (operation) {
        case BatchOperation::AddToCampaign:
            return tr("Already in the campaign");
        case BatchOperation::RemoveFromCampaign:
            return tr("Not in the campaign");
        case BatchOperation::AssignLicenses:
            return tr("Already licensed");
        case BatchOperation::RemoveLicenses:
            return tr("Had no license");
        case BatchOperation::SyncFirmware:
            break;
        }
        return tr("Already done");
    case Outcome::Refused:
        return tr("Refused");
    case Outcome::NoAnswer:
        return tr("No answer");
    case Outcome::Unknown:
        return tr("Unknown");
    }
    return {};
}

QVariant DeviceResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ImeiColumn:
            return row.item.deviceId;
        case StatusColumn:
            return StatusClassifier::deviceStatusLabel(row.item.status);
        case ReasonColumn: // the server's words, control characters shown escaped
            return DisplayText::escapeControls(row.item.reason);
        case OutcomeColumn:
            return outcomeLabel(row.outcome, m_operation);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (row.outcome == Outcome::Refused)
            return QColor(0xc6, 0x28, 0x28);
        if (row.outcome == Outcome::NoAnswer)
            return QColor(0x8a, 0x5a, 0x00);
        return {};
    case RawValueRole:
        switch (index.column()) {
        case ImeiColumn:
            return row.item.deviceId;
        case StatusColumn:
            return row.item.status;
        case ReasonColumn:
            return row.item.reason;
        case OutcomeColumn:
            return int(row.outcome);
        default:
            return {};
        }
    case OutcomeRole:
        return int(row.outcome);
    default:
        return {};
    }
}

QVariant DeviceResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ImeiColumn:
        return tr("IMEI");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

void DeviceResultModel::appendResults(const QList<wire::DeviceListItem>& items)
{
    QList<Row> rows;
    rows.reserve(items.size());
    for (const wire::DeviceListItem& item : items)
        rows.append({item, outcomeOf(item.status, item.reason, m_operation)});
    upsert(std::move(rows));
}

void DeviceResultModel::appendJudgedResults(const QList<JudgedResult>& results)
{
    QList<Row> rows;
    rows.reserve(results.size());
    for (const JudgedResult& r : results)
        rows.append({r.item, fromBatch(r.outcome)});
    upsert(std::move(rows));
}

void DeviceResultModel::appendBatchFailure(const QStringList& deviceIds, const QString& reason,
                                           BatchOutcome outcome)
{
    QList<Row> rows;
    rows.reserve(deviceIds.size());
    for (const QString& id : deviceIds) {
        wire::DeviceListItem item;
        item.deviceId = id;
        item.reason = reason;
        rows.append({item, fromBatch(outcome)});
    }
    upsert(std::move(rows));
}

void DeviceResultModel::upsert(QList<Row> rows)
{
    QList<Row> fresh;
    QHash<QString, int> freshIds;
    int lo = -1;
    int hi = -1;
    for (Row& row : rows) {
        if (const auto it = m_byId.constFind(row.item.deviceId); it != m_byId.cend()) {
            m_rows[it.value()] = std::move(row);
            lo = lo < 0 ? it.value() : std::min(lo, it.value());
            hi = std::max(hi, it.value());
        } else if (const auto f = freshIds.constFind(row.item.deviceId); f != freshIds.cend()) {
            fresh[f.value()] = std::move(row);
        } else {
            freshIds.insert(row.item.deviceId, int(fresh.size()));
            fresh.append(std::move(row));
        }
    }
    if (hi >= 0)
        Q_EMIT dataChanged(index(lo, 0), index(hi, ColumnCount - 1));
    if (!fresh.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (Row& row : fresh) {
            m_byId.insert(row.item.deviceId, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
    recount();
}

void DeviceResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_byId.clear();
    endResetModel();
    recount();
}

QStringList DeviceResultModel::retryableDeviceIds() const
{
    return deviceIds(Outcome::NoAnswer);
}

QStringList DeviceResultModel::deviceIds(Outcome outcome) const
{
    QStringList ids;
    for (const Row& row : m_rows) {
        if (row.outcome == outcome)
            ids.append(row.item.deviceId);
    }
    return ids;
}

void DeviceResultModel::recount()
{
    Counts c;
    for (const Row& row : m_rows) {
        switch (row.outcome) {
        case Outcome::Succeeded:
            ++c.succeeded;
            break;
        case Outcome::AlreadyApplied:
            ++c.alreadyApplied;
            break;
        case Outcome::Refused:
            ++c.refused;
            break;
        case Outcome::NoAnswer:
            ++c.noAnswer;
            break;
        case Outcome::Unknown:
            ++c.unknown;
            break;
        }
    }
    if (c == m_counts)
        return;
    m_counts = c;
    Q_EMIT countsChanged(m_counts);
}

} // namespace fotadesk
