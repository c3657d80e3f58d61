// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/DeviceResultModel.h"

#include "core/DisplayText.h"
#include "core/StatusGroup.h"

#include <QColor>

#include <algorithm>

namespace fotadesk {

DeviceResultModel::DeviceResultModel(QObject* parent)
    : QAbstractTableModel(parent)
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

DeviceResultModel::Outcome DeviceResultModel::outcomeOf(const QString& status,
                                                        const QString& reason)
{
    switch (
        StatusClassifier::deviceStatusGroup(status, reason, DeviceStatusContext::OperationResult)) {
    case StatusGroup::Succeeded:
        return Outcome::Succeeded;
    case StatusGroup::Failed:
        return Outcome::Failed;
    default:
        return Outcome::Unknown;
    }
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
            switch (row.outcome) {
            case Outcome::Succeeded:
                return tr("Succeeded");
            case Outcome::Failed:
                return tr("Failed");
            case Outcome::Unknown:
                return tr("Unknown");
            }
            return {};
        default:
            return {};
        }
    case Qt::ForegroundRole:
        return row.outcome == Outcome::Failed ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
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
        rows.append({item, outcomeOf(item.status, item.reason)});
    upsert(std::move(rows));
}

void DeviceResultModel::appendJudgedResults(const QList<JudgedResult>& results)
{
    QList<Row> rows;
    rows.reserve(results.size());
    for (const JudgedResult& r : results)
        rows.append(
            {r.item, r.succeeded ? Outcome::Succeeded : outcomeOf(r.item.status, r.item.reason)});
    upsert(std::move(rows));
}

void DeviceResultModel::appendBatchFailure(const QStringList& deviceIds, const QString& reason)
{
    QList<Row> rows;
    rows.reserve(deviceIds.size());
    for (const QString& id : deviceIds) {
        wire::DeviceListItem item;
        item.deviceId = id;
        item.reason = reason;
        rows.append({item, Outcome::Failed});
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

QStringList DeviceResultModel::failedDeviceIds() const
{
    QStringList ids;
    for (const Row& row : m_rows) {
        if (row.outcome == Outcome::Failed)
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
        case Outcome::Failed:
            ++c.failed;
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
