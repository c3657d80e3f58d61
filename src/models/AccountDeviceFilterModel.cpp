// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/AccountDeviceFilterModel.h"

#include <QDateTime>

namespace fotadesk {

AccountDeviceFilterModel::AccountDeviceFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AccountDeviceModel::RawValueRole);
}

AccountDeviceFilterModel::~AccountDeviceFilterModel() = default;

void AccountDeviceFilterModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    auto* model = qobject_cast<AccountDeviceModel*>(sourceModel);
    Q_ASSERT(model || !sourceModel);
    m_model = model;
    QSortFilterProxyModel::setSourceModel(model);
}

void AccountDeviceFilterModel::refilter()
{
    invalidateFilter();
}

void AccountDeviceFilterModel::setValue(Field field, const QString& value)
{
    QString& current = m_values[std::size_t(field)];
    if (current == value)
        return;
    current = value;
    refilter();
}

void AccountDeviceFilterModel::setEligible(std::optional<bool> eligible)
{
    if (m_eligible == eligible)
        return;
    m_eligible = eligible;
    refilter();
}

void AccountDeviceFilterModel::setLicensed(std::optional<bool> licensed)
{
    if (m_licensed == licensed)
        return;
    m_licensed = licensed;
    refilter();
}

void AccountDeviceFilterModel::setNotConnectedFor(int days, const QDateTime& nowUtc)
{
    const qint64 before = days < 0 ? AccountDeviceModel::NoTime
                                   : nowUtc.toMSecsSinceEpoch() - qint64(days) * 86'400'000;
    if (before == m_connectedBefore)
        return;
    m_connectedBefore = before;
    refilter();
}

void AccountDeviceFilterModel::setImeiText(const QString& text)
{
    QString digits = text.trimmed();
    digits.remove(QLatin1Char(' '));
    digits.remove(QLatin1Char('-'));
    if (digits == m_imei)
        return;
    m_imei = digits;
    refilter();
}

bool AccountDeviceFilterModel::isFiltering() const
{
    for (const QString& v : m_values) {
        if (!v.isEmpty())
            return true;
    }
    return m_eligible || m_licensed || m_connectedBefore != AccountDeviceModel::NoTime ||
           !m_imei.isEmpty();
}

QStringList AccountDeviceFilterModel::shownDeviceIds() const
{
    QStringList ids;
    if (!m_model)
        return ids;
    ids.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r)
        ids.append(m_model->deviceIdAt(mapToSource(index(r, 0)).row()));
    return ids;
}

bool AccountDeviceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_model)
        return true;
    for (std::size_t f = 0; f < m_values.size(); ++f) {
        const QString& wanted = m_values[f];
        if (!wanted.isEmpty() && m_model->text(m_model->fieldIdAt(sourceRow, Field(f))) != wanted)
            return false;
    }
    if (m_eligible && m_model->isEligible(sourceRow) != *m_eligible)
        return false;
    if (m_licensed && m_model->isLicensed(sourceRow) != *m_licensed)
        return false;
    if (m_connectedBefore != AccountDeviceModel::NoTime) {
        const qint64 last = m_model->lastConnectionAt(sourceRow);
        if (last != AccountDeviceModel::NoTime && last >= m_connectedBefore)
            return false;
    }
    if (!m_imei.isEmpty() && !m_model->deviceIdAt(sourceRow).contains(m_imei, Qt::CaseInsensitive))
        return false;
    return true;
}

bool AccountDeviceFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(AccountDeviceModel::RawValueRole);
    const QVariant b = right.data(AccountDeviceModel::RawValueRole);
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid(); // unknown first
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace fotadesk
