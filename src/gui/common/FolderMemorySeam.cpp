// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/FolderMemorySeam.h"

#include "gui/shell/RecentFiles.h"
#include "store/AppSettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

QString existingFolderOr(const QString& folder)
{
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

} // namespace

FolderMemorySeam::FolderMemorySeam(MessageSeam& inner, AppSettings& settings, Chooser open,
                                   Chooser save)
    : m_inner(inner)
    , m_settings(settings)
    , m_open(std::move(open))
    , m_save(std::move(save))
{
    if (!m_open) {
        m_open = [](QWidget* parent, const QString& title, const QString& dir,
                    const QString& filter) {
            return QFileDialog::getOpenFileName(parent, title, dir, filter);
        };
    }
    if (!m_save) {
        m_save = [](QWidget* parent, const QString& title, const QString& path,
                    const QString& filter) {
            return QFileDialog::getSaveFileName(parent, title, path, filter);
        };
    }
}

QString FolderMemorySeam::openFolder() const
{
    return existingFolderOr(m_settings.lastImportFolder());
}

QString FolderMemorySeam::saveFolder() const
{
    return existingFolderOr(m_settings.lastExportFolder());
}

bool FolderMemorySeam::isDeviceListFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"txt"_s;
}

int FolderMemorySeam::choose(QWidget* parent, const QString& title, const QString& text,
                             const QStringList& choices)
{
    return m_inner.choose(parent, title, text, choices);
}

bool FolderMemorySeam::confirm(QWidget* parent, const QString& title, const QString& text,
                               const QString& confirmLabel)
{
    return m_inner.confirm(parent, title, text, confirmLabel);
}

void FolderMemorySeam::message(QWidget* parent, Severity severity, const QString& title,
                               const QString& text, const QString& details)
{
    m_inner.message(parent, severity, title, text, details);
}

QString FolderMemorySeam::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    const QString chosen = m_open(parent, title, openFolder(), filter);
    if (chosen.isEmpty())
        return chosen;
    m_settings.setLastImportFolder(QFileInfo(chosen).absolutePath());
    if (m_recent && isDeviceListFile(chosen))
        m_recent->add(chosen);
    return chosen;
}

QString FolderMemorySeam::saveFileName(QWidget* parent, const QString& title,
                                       const QString& suggestedName, const QString& filter)
{
    // A bare file name is proposed in the last export folder; a path the caller chose stays.
    const QString start = suggestedName.isEmpty() ? saveFolder()
                          : QFileInfo(suggestedName).isAbsolute()
                              ? suggestedName
                              : QDir(saveFolder()).filePath(suggestedName);
    const QString chosen = m_save(parent, title, start, filter);
    if (!chosen.isEmpty())
        m_settings.setLastExportFolder(QFileInfo(chosen).absolutePath());
    return chosen;
}

QString FolderMemorySeam::text(QWidget* parent, const QString& title, const QString& label,
                               const QString& initial, bool* ok)
{
    return m_inner.text(parent, title, label, initial, ok);
}

} // namespace fotadesk
