// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/DeviceStatusFilterModel.h"

#include "models/DeviceStatusModel.h"
#include "models/ImeiDigits.h"

#include <string_view>

namespace fotadesk {

DeviceStatusFilterModel::DeviceStatusFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeviceStatusModel::RawValueRole);
}

DeviceStatusFilterModel::~DeviceStatusFilterModel() = default;

void DeviceStatusFilterModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    auto* model = qobject_cast<DeviceStatusModel*>(sourceModel);
    Q_ASSERT_X(model || !sourceModel, "DeviceStatusFilterModel::setSourceModel",
               "the source must be a DeviceStatusModel");
    disconnect(m_orderLost);
    // Decide between sorting and the source order before the swap: QSortFilterProxyModel
    // sorts the new rows at the end of setSourceModel() when it has a sort column.
    const bool sourceOrder = m_sortColumn == DeviceStatusModel::ImeiColumn &&
                             m_sortOrder == Qt::AscendingOrder && model && model->isImeiOrdered();
    if (sourceOrder)
        QSortFilterProxyModel::sort(-1, Qt::AscendingOrder);
    m_model = model;
    m_textMatch.clear();
    QSortFilterProxyModel::setSourceModel(m_model);
    if (m_model) {
        // Connected after the base class's own handlers: the inserted rows are mapped first.
        m_orderLost = connect(m_model, &DeviceStatusModel::orderLost, this,
                              &DeviceStatusFilterModel::applySort);
        connect(m_model, &QAbstractItemModel::modelReset, this, &DeviceStatusFilterModel::applySort,
                Qt::UniqueConnection);
    }
    if (!sourceOrder)
        applySort();
}

void DeviceStatusFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

bool DeviceStatusFilterModel::usesSourceOrder() const
{
    return m_sortColumn == DeviceStatusModel::ImeiColumn && m_sortOrder == Qt::AscendingOrder &&
           m_model && m_model->isImeiOrdered();
}

void DeviceStatusFilterModel::applySort()
{
    if (usesSourceOrder())
        QSortFilterProxyModel::sort(-1, Qt::AscendingOrder);
    else
        QSortFilterProxyModel::sort(m_sortColumn, m_sortOrder);
}

void DeviceStatusFilterModel::setStatusGroups(const QList<StatusGroup>& groups)
{
    std::uint32_t mask = 0;
    for (StatusGroup g : groups)
        mask |= 1U << unsigned(g);
    if (mask == m_groupMask)
        return;
    m_groupMask = mask;
    invalidateFilter();
}

void DeviceStatusFilterModel::setReasonText(const QString& text)
{
    const QString t = text.trimmed();
    if (t == m_reason)
        return;
    m_reason = t;
    m_textMatch.clear();
    invalidateFilter();
}

void DeviceStatusFilterModel::setImeiText(const QString& text)
{
    QString digits = text;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (digits == m_imei)
        return;
    m_imei = digits;
    invalidateFilter();
}

bool DeviceStatusFilterModel::textMatches(std::uint32_t id) const
{
    const QStringList& strings = m_model->strings();
    if (m_textMatch.size() < std::size_t(strings.size()))
        m_textMatch.resize(std::size_t(strings.size()), -1);
    signed char& known = m_textMatch[id];
    if (known < 0)
        known = strings.at(id).contains(m_reason, Qt::CaseInsensitive) ? 1 : 0;
    return known == 1;
}

bool DeviceStatusFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_model)
        return false;
    if (m_groupMask && !(m_groupMask & (1U << unsigned(m_model->groupAt(sourceRow)))))
        return false;
    if (!m_reason.isEmpty() && !textMatches(m_model->reasonIdAt(sourceRow)) &&
        !textMatches(m_model->statusIdAt(sourceRow)))
        return false;
    if (!m_imei.isEmpty()) {
        if (const std::uint64_t imei = m_model->imeiValueAt(sourceRow)) {
            char buf[ImeiDigits::Length];
            ImeiDigits::write(imei, buf);
            const QByteArray needle = m_imei.toLatin1();
            if (std::string_view(buf, ImeiDigits::Length)
                    .find(std::string_view(needle.constData(), std::size_t(needle.size()))) ==
                std::string_view::npos)
                return false;
        } else if (!m_model->deviceIdAt(sourceRow).contains(m_imei, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

bool DeviceStatusFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_model)
        return false;
    const int a = left.row();
    const int b = right.row();
    switch (left.column()) {
    case DeviceStatusModel::ImeiColumn: {
        const std::uint64_t va = m_model->imeiValueAt(a);
        const std::uint64_t vb = m_model->imeiValueAt(b);
        if (va && vb)
            return va < vb;
        if (va || vb)
            return va != 0; // IMEIs before other device ids
        return m_model->deviceIdAt(a) < m_model->deviceIdAt(b);
    }
    case DeviceStatusModel::StatusColumn:
        return m_model->strings().at(m_model->statusIdAt(a)) <
               m_model->strings().at(m_model->statusIdAt(b));
    case DeviceStatusModel::GroupColumn:
        return StatusGroupStyle::slot(m_model->groupAt(a)) <
               StatusGroupStyle::slot(m_model->groupAt(b));
    case DeviceStatusModel::ReasonColumn:
        return QString::localeAwareCompare(m_model->strings().at(m_model->reasonIdAt(a)),
                                           m_model->strings().at(m_model->reasonIdAt(b))) < 0;
    case DeviceStatusModel::UpdatedColumn:
    case DeviceStatusModel::RecentAttemptColumn:
    case DeviceStatusModel::NextAttemptColumn: {
        const auto which =
            DeviceStatusModel::Time(left.column() - DeviceStatusModel::UpdatedColumn);
        return m_model->timeAt(a, which) < m_model->timeAt(b, which);
    }
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace fotadesk
