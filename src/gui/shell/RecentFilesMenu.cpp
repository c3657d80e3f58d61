// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/RecentFilesMenu.h"

#include "gui/shell/RecentFiles.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace fotadesk {

RecentFilesMenu::RecentFilesMenu(RecentFiles& files, QWidget* parent)
    : QMenu(tr("Recent device &lists"), parent)
    , m_files(files)
{
    setObjectName(u"recentFilesMenu"_s);
    setToolTipsVisible(true);
    connect(&m_files, &RecentFiles::changed, this, &RecentFilesMenu::rebuild);
    connect(this, &QMenu::aboutToShow, this, [this] { m_files.prune(); });
    rebuild();
}

RecentFilesMenu::~RecentFilesMenu() = default;

void RecentFilesMenu::rebuild()
{
    clear(); // deletes the actions the menu owns
    m_fileActions.clear();
    const QStringList files = m_files.files();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        const QString name = QFileInfo(path).fileName();
        // "&1" .. "&9" as mnemonics; '&' in a file name is doubled so it is shown.
        QString label = QString(name).replace(u'&', u"&&"_s);
        if (i < 9)
            label = u"&%1 %2"_s.arg(i + 1).arg(label);
        auto* action = addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(
            tr("Open %1 in the device list editor").arg(QDir::toNativeSeparators(path)));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
        m_fileActions.append(action);
    }
    addSeparator();
    auto* clearAction = addAction(tr("&Clear list"));
    clearAction->setObjectName(u"clearRecentFiles"_s);
    connect(clearAction, &QAction::triggered, &m_files, &RecentFiles::clear);
    menuAction()->setEnabled(!files.isEmpty());
}

} // namespace fotadesk
