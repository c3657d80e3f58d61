// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/FirmwareModel.h"

#include "core/DisplayFormat.h"
#include "core/DisplayText.h"

#include <QLocale>

namespace fotadesk {

FirmwareModel::FirmwareModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

FirmwareModel::~FirmwareModel() = default;

int FirmwareModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_packages.size());
}

int FirmwareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FirmwareModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const wire::FirmwarePackage& p = m_packages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionsColumn:
            return tr("%1 → %2").arg(p.firmwareFrom, p.firmwareTo);
        case LaunchDateColumn:
            return p.launchDate.isValid() ? DisplayFormat::dateTime(p.launchDate.utc.toLocalTime())
                                          : p.launchDate.raw;
        default: {
            // Names from the server: a control character or bidi override is shown escaped,
            // so that no name can reorder or hide what the cell says.
            const QVariant raw = data(index, RawValueRole);
            return raw.typeId() == QMetaType::QString
                       ? QVariant(DisplayText::escapeControls(raw.toString()))
                       : raw;
        }
        }
    case Qt::ToolTipRole:
        return p.releaseNote.isEmpty() ? QVariant()
                                       : QVariant(DisplayText::escapeControls(
                                             p.releaseNote, DisplayText::LineBreaks::Keep));
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return p.firmwareName;
        case MakeColumn:
            return p.make;
        case ModelColumn:
            return p.model;
        case VersionsColumn:
            return QString(p.firmwareFrom + QLatin1Char(' ') + p.firmwareTo);
        case ProtocolColumn:
            return p.protocol;
        case LaunchDateColumn:
            return p.launchDate.utc;
        case ReleaseNoteColumn:
            return p.releaseNote;
        default:
            return {};
        }
    case PackageRole:
        return QVariant::fromValue(p);
    default:
        return {};
    }
}

QVariant FirmwareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Firmware");
    case MakeColumn:
        return tr("Make");
    case ModelColumn:
        return tr("Model");
    case VersionsColumn:
        return tr("From → to");
    case ProtocolColumn:
        return tr("Protocol");
    case LaunchDateColumn:
        return tr("Launch date");
    case ReleaseNoteColumn:
        return tr("Release note");
    default:
        return {};
    }
}

void FirmwareModel::setPackages(const QList<wire::FirmwarePackage>& packages)
{
    beginResetModel();
    m_packages = packages;
    endResetModel();
}

int FirmwareModel::rowOf(const QString& firmwareName, const QString& from, const QString& to) const
{
    for (qsizetype i = 0; i < m_packages.size(); ++i) {
        const wire::FirmwarePackage& p = m_packages.at(i);
        if (p.firmwareName == firmwareName && (from.isEmpty() || p.firmwareFrom == from) &&
            (to.isEmpty() || p.firmwareTo == to))
            return int(i);
    }
    return -1;
}

} // namespace fotadesk
