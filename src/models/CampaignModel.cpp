// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/CampaignModel.h"

#include "core/DisplayText.h"
#include "core/TimeWindowList.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace fotadesk {

CampaignModel::CampaignModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

CampaignModel::~CampaignModel() = default;

int CampaignModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const wire::Campaign& c = row.campaign;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        // Text from the server with its control characters and bidi overrides shown escaped.
        case NameColumn:
            return DisplayText::escapeControls(c.campaignName.isEmpty() ? c.id : c.campaignName);
        case IdColumn:
            return DisplayText::escapeControls(c.id);
        case StatusColumn:
            return StatusClassifier::campaignStatusLabel(c.status);
        case FirmwareColumn: {
            const QString versions = c.firmwareFrom.isEmpty() && c.firmwareTo.isEmpty()
                                         ? QString()
                                         : tr("%1 → %2").arg(c.firmwareFrom, c.firmwareTo);
            if (c.firmwareName.isEmpty())
                return DisplayText::escapeControls(versions);
            return DisplayText::escapeControls(
                versions.isEmpty() ? c.firmwareName : tr("%1 (%2)").arg(c.firmwareName, versions));
        }
        case MakeModelColumn:
            return DisplayText::escapeControls(
                QStringList{c.make, c.model}.join(QLatin1Char(' ')).trimmed());
        case StartColumn:
            return QLocale().toString(c.startDate, QLocale::ShortFormat);
        case EndColumn:
            return QLocale().toString(c.endDate, QLocale::ShortFormat);
        case WindowsColumn:
            return TimeWindowList::toDisplayString(c.timeWindows);
        case ProtocolColumn:
            return c.protocol;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusGroupStyle::color(row.group);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return tr("%1 (%2)").arg(c.status, StatusClassifier::groupLabel(row.group));
        return {};
    case RawValueRole:
        switch (index.column()) {
        case StatusColumn:
            return int(row.group);
        case StartColumn:
            return c.startDate;
        case EndColumn:
            return c.endDate;
        case WindowsColumn:
            return int(c.timeWindows.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case StatusGroupRole:
        return int(row.group);
    case StatusRole:
        return c.status;
    case CampaignIdRole:
        return c.id;
    case CampaignRole:
        return QVariant::fromValue(c);
    default:
        return {};
    }
}

QVariant CampaignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Campaign");
    case IdColumn:
        return tr("Id");
    case StatusColumn:
        return tr("Status");
    case FirmwareColumn:
        return tr("Firmware");
    case MakeModelColumn:
        return tr("Make / model");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case WindowsColumn:
        return tr("Time windows");
    case ProtocolColumn:
        return tr("Protocol");
    default:
        return {};
    }
}

void CampaignModel::appendPage(const QList<wire::Campaign>& campaigns)
{
    QList<Row> fresh;
    QHash<QString, int> freshIds;
    int lo = -1;
    int hi = -1;
    for (const wire::Campaign& c : campaigns) {
        Row row{c, StatusClassifier::campaignStatusGroup(c.status)};
        if (const auto it = m_byId.constFind(c.id); it != m_byId.cend()) {
            m_rows[it.value()] = std::move(row);
            lo = lo < 0 ? it.value() : std::min(lo, it.value());
            hi = std::max(hi, it.value());
        } else if (const auto f = freshIds.constFind(c.id); f != freshIds.cend()) {
            fresh[f.value()] = std::move(row); // twice in one page: keep the later
        } else {
            freshIds.insert(c.id, int(fresh.size()));
            fresh.append(std::move(row));
        }
    }
    if (hi >= 0)
        Q_EMIT dataChanged(index(lo, 0), index(hi, ColumnCount - 1));
    if (!fresh.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (Row& row : fresh) {
            m_byId.insert(row.campaign.id, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
    recount();
}

void CampaignModel::upsert(const wire::Campaign& campaign)
{
    appendPage({campaign});
}

int CampaignModel::retainOnly(const QSet<QString>& ids)
{
    int removed = 0;
    for (int r = rowCount() - 1; r >= 0; --r) {
        if (ids.contains(m_rows.at(r).campaign.id))
            continue;
        beginRemoveRows({}, r, r);
        m_rows.removeAt(r);
        endRemoveRows();
        ++removed;
    }
    if (removed > 0) {
        m_byId.clear();
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_byId.insert(m_rows.at(i).campaign.id, int(i));
        recount();
    }
    return removed;
}

void CampaignModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_byId.clear();
    endResetModel();
    recount();
}

void CampaignModel::recount()
{
    GroupCounts counts{};
    for (const Row& row : std::as_const(m_rows))
        ++counts[std::size_t(StatusGroupStyle::slot(row.group))];
    if (counts == m_counts)
        return;
    m_counts = counts;
    Q_EMIT countsChanged();
}

} // namespace fotadesk
