// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/DeviceResultFilterModel.h"

#include "models/DeviceResultModel.h"

namespace fotadesk {

DeviceResultFilterModel::DeviceResultFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeviceResultModel::RawValueRole);
}

DeviceResultFilterModel::~DeviceResultFilterModel() = default;

void DeviceResultFilterModel::setFailedOnly(bool failedOnly)
{
    if (failedOnly == m_failedOnly)
        return;
    m_failedOnly = failedOnly;
    invalidateFilter();
}

void DeviceResultFilterModel::setSearchText(const QString& text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

bool DeviceResultFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    // "Failed only": what did not happen — refused, or without an answer.
    const int outcome = first.data(DeviceResultModel::OutcomeRole).toInt();
    if (m_failedOnly && outcome != int(DeviceResultModel::Outcome::Refused) &&
        outcome != int(DeviceResultModel::Outcome::NoAnswer))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c : {DeviceResultModel::ImeiColumn, DeviceResultModel::StatusColumn,
                  DeviceResultModel::ReasonColumn}) {
        const QModelIndex idx = m->index(sourceRow, c, sourceParent);
        if (idx.data().toString().contains(m_text, Qt::CaseInsensitive) ||
            idx.data(DeviceResultModel::RawValueRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace fotadesk
