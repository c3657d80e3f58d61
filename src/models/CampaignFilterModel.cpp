// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/CampaignFilterModel.h"

#include "models/CampaignModel.h"

namespace fotadesk {

CampaignFilterModel::CampaignFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CampaignModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

CampaignFilterModel::~CampaignFilterModel() = default;

void CampaignFilterModel::setSearchText(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void CampaignFilterModel::setStatusGroups(const QList<StatusGroup>& groups)
{
    if (groups == m_groups)
        return;
    m_groups = groups;
    invalidateFilter();
}

void CampaignFilterModel::setDateRange(QDate from, QDate to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool CampaignFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (!m_groups.isEmpty() &&
        !m_groups.contains(StatusGroup(first.data(CampaignModel::StatusGroupRole).toInt())))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate start = m->index(sourceRow, CampaignModel::StartColumn, sourceParent)
                                .data(CampaignModel::RawValueRole)
                                .toDate();
        const QDate end = m->index(sourceRow, CampaignModel::EndColumn, sourceParent)
                              .data(CampaignModel::RawValueRole)
                              .toDate();
        if (m_to.isValid() && start.isValid() && start > m_to)
            return false;
        if (m_from.isValid() && end.isValid() && end < m_from)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    QString haystack = first.data(CampaignModel::StatusRole).toString();
    for (int c : {CampaignModel::NameColumn, CampaignModel::IdColumn, CampaignModel::StatusColumn,
                  CampaignModel::FirmwareColumn, CampaignModel::MakeModelColumn,
                  CampaignModel::ProtocolColumn}) {
        haystack += QLatin1Char('\n');
        haystack += m->index(sourceRow, c, sourceParent).data().toString();
    }
    // The firmware package's name is in the Firmware column's tooltip.
    haystack += QLatin1Char('\n');
    haystack += m->index(sourceRow, CampaignModel::FirmwareColumn, sourceParent)
                    .data(Qt::ToolTipRole)
                    .toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace fotadesk
