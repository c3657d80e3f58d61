// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/drafts/DraftListModel.h"

#include "core/DisplayFormat.h"

#include <QLocale>

namespace fotadesk {

DraftListModel::DraftListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

DraftListModel::~DraftListModel() = default;

int DraftListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

int DraftListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DraftListModel::kindLabel(Draft::Kind kind)
{
    switch (kind) {
    case Draft::Kind::CreateCampaign:
        return tr("Create campaign");
    case Draft::Kind::DeviceList:
        return tr("Device list");
    }
    return {};
}

QVariant DraftListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DraftInfo& d = m_drafts.at(index.row());
    if (role == DraftIdRole)
        return d.id;
    if (role == Qt::TextAlignmentRole && index.column() == DevicesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::ToolTipRole && !d.campaignId.isEmpty())
            return tr("For campaign %1").arg(d.campaignId);
        return d.title;
    case KindColumn:
        return raw ? QVariant(int(d.kind)) : QVariant(kindLabel(d.kind));
    case DevicesColumn:
        return raw ? QVariant(d.deviceCount) : QVariant(QLocale().toString(d.deviceCount));
    case SavedColumn:
        if (raw)
            return d.updatedUtc;
        return DisplayFormat::dateTime(d.updatedUtc.toLocalTime());
    case EnvironmentColumn:
        return d.account.isEmpty() ? d.profile : tr("%1 · %2").arg(d.profile, d.account);
    default:
        return {};
    }
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Draft");
    case KindColumn:
        return tr("Kind");
    case DevicesColumn:
        return tr("Devices");
    case SavedColumn:
        return tr("Last saved");
    case EnvironmentColumn:
        return tr("Environment");
    default:
        return {};
    }
}

void DraftListModel::setDrafts(QList<DraftInfo> drafts)
{
    beginResetModel();
    m_drafts = std::move(drafts);
    endResetModel();
}

} // namespace fotadesk
