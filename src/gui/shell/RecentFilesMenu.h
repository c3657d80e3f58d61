// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMenu>

namespace fotadesk {

class RecentFiles;

/// The "Recent device lists" menu over a RecentFiles list: one entry per file
/// ("&1 devices.csv", the full path as tool tip and status tip), then "Clear
/// list". Rebuilt when the list changes; files that are gone are dropped
/// before the menu shows. Disabled while the list is empty.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFilesMenu)

public:
    explicit RecentFilesMenu(RecentFiles& files, QWidget* parent = nullptr);
    ~RecentFilesMenu() override;

    /// The file entries (without "Clear list"), in menu order.
    [[nodiscard]] QList<QAction*> fileActions() const { return m_fileActions; }

Q_SIGNALS:
    /// The user picked a file of the list.
    void fileChosen(const QString& path);

private:
    void rebuild();

    RecentFiles& m_files;
    QList<QAction*> m_fileActions;
};

} // namespace fotadesk
