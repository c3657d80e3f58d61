// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/FirmwareFilterModel.h"

#include "models/FirmwareModel.h"

namespace fotadesk {

FirmwareFilterModel::FirmwareFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FirmwareModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

FirmwareFilterModel::~FirmwareFilterModel() = default;

void FirmwareFilterModel::setSearchText(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void FirmwareFilterModel::setProtocol(const QString& protocol)
{
    if (protocol == m_protocol)
        return;
    m_protocol = protocol;
    invalidateFilter();
}

bool FirmwareFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    if (!m_protocol.isEmpty()) {
        const QString protocol = m->index(sourceRow, FirmwareModel::ProtocolColumn, sourceParent)
                                     .data(FirmwareModel::RawValueRole)
                                     .toString();
        if (protocol.compare(m_protocol, Qt::CaseInsensitive) != 0)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    QString haystack;
    for (int c : {FirmwareModel::NameColumn, FirmwareModel::MakeColumn, FirmwareModel::ModelColumn,
                  FirmwareModel::VersionsColumn, FirmwareModel::ReleaseNoteColumn}) {
        haystack += m->index(sourceRow, c, sourceParent).data().toString();
        haystack += QLatin1Char('\n');
    }
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace fotadesk
