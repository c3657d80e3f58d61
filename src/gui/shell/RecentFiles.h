// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>

namespace fotadesk {

class AppSettings;

/// The recently imported device lists (File ▸ Recent device lists), newest
/// first, kept in AppSettings (family RecentFiles: "recentFiles/<list>"). Adding a file already
/// listed moves it to the top (paths compared after making them absolute and
/// clean; the same file through a symlink counts once); the list holds at most
/// maximum() entries (default 8). Files that no longer exist are dropped by
/// prune() (the menu calls it before showing).
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    static constexpr int kDefaultMaximum = 8;

    /// `settings` outlives it. `list` names the list ("deviceLists").
    explicit RecentFiles(AppSettings& settings, const QString& list = QStringLiteral("deviceLists"),
                         int maximum = kDefaultMaximum, QObject* parent = nullptr);
    ~RecentFiles() override;

    [[nodiscard]] QStringList files() const { return m_files; }
    [[nodiscard]] int maximum() const { return m_maximum; }

    /// Puts `path` at the top (moving it when listed), drops the oldest beyond maximum().
    void add(const QString& path);
    void remove(const QString& path);
    void clear();
    /// Drops the entries whose file is gone; true when something was dropped.
    bool prune();

    /// The form a path is kept in: absolute, clean, symlinks resolved when the file exists.
    static QString normalized(const QString& path);

Q_SIGNALS:
    void changed();

private:
    void store();

    AppSettings& m_settings;
    QString m_list;
    int m_maximum;
    QStringList m_files;
};

} // namespace fotadesk
