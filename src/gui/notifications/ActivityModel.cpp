// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/notifications/ActivityModel.h"

#include "core/DisplayFormat.h"

using namespace Qt::StringLiterals;

namespace fotadesk {

ActivityModel::ActivityModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

ActivityModel::~ActivityModel() = default;

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return DisplayFormat::dateTime(e.utc.toTimeZone(m_zone), DisplayFormat::Seconds::Show);
        case CampaignColumn:
            return e.campaignName.isEmpty() ? e.campaignId : e.campaignName;
        case EventColumn:
            return e.text;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return DisplayFormat::withUtc(e.utc, m_zone, DisplayFormat::Seconds::Show);
        case CampaignColumn:
            return e.campaignId;
        case EventColumn:
            return e.text;
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return e.utc;
        case CampaignColumn:
            return e.campaignId;
        case EventColumn:
            return e.text;
        default:
            return {};
        }
    case KindRole:
        return int(e.kind);
    case CampaignIdRole:
        return e.campaignId;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CampaignColumn:
        return tr("Campaign");
    case EventColumn:
        return tr("Event");
    default:
        return {};
    }
}

void ActivityModel::add(const Entry& entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > m_max) {
        beginRemoveRows({}, m_max, int(m_entries.size()) - 1);
        m_entries.resize(m_max);
        endRemoveRows();
    }
}

void ActivityModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void ActivityModel::setMaxEntries(int max)
{
    m_max = std::max(1, max);
    if (m_entries.size() > m_max) {
        beginRemoveRows({}, m_max, int(m_entries.size()) - 1);
        m_entries.resize(m_max);
        endRemoveRows();
    }
}

} // namespace fotadesk
