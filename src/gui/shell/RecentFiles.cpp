// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/RecentFiles.h"

#include "store/AppSettings.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace fotadesk {

RecentFiles::RecentFiles(AppSettings& settings, const QString& list, int maximum, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_list(list)
    , m_maximum(std::max(1, maximum))
{
    const QStringList stored =
        m_settings.itemValue(AppSettings::Key::RecentFiles, m_list).toStringList();
    for (const QString& path : stored) {
        const QString n = normalized(path);
        if (!n.isEmpty() && !m_files.contains(n) && m_files.size() < m_maximum)
            m_files.append(n);
    }
}

RecentFiles::~RecentFiles() = default;

QString RecentFiles::normalized(const QString& path)
{
    if (path.trimmed().isEmpty())
        return {};
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty when the file does not exist
    return canonical.isEmpty() ? QFileInfo(info.absoluteFilePath()).absoluteFilePath() : canonical;
}

void RecentFiles::add(const QString& path)
{
    const QString n = normalized(path);
    if (n.isEmpty())
        return;
    if (!m_files.isEmpty() && m_files.constFirst() == n)
        return;
    m_files.removeAll(n);
    m_files.prepend(n);
    while (m_files.size() > m_maximum)
        m_files.removeLast();
    store();
}

void RecentFiles::remove(const QString& path)
{
    if (m_files.removeAll(normalized(path)) > 0)
        store();
}

void RecentFiles::clear()
{
    if (m_files.isEmpty())
        return;
    m_files.clear();
    store();
}

bool RecentFiles::prune()
{
    const auto gone = m_files.removeIf([](const QString& f) { return !QFileInfo::exists(f); });
    if (gone > 0)
        store();
    return gone > 0;
}

void RecentFiles::store()
{
    m_settings.setItemValue(AppSettings::Key::RecentFiles, m_list, m_files);
    Q_EMIT changed();
}

} // namespace fotadesk
