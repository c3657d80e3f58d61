// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QtGlobal>

namespace fotadesk {

/// The apps' log: a Qt message handler that writes every QLoggingCategory message to a
/// rotating file in the data directory (`Workspace::dataDirectory()/logs/<app>.log`, then
/// .1 … .N), each line
/// through SecretRedactor first; messages still go to the previous handler (stderr), redacted
/// too. Installed once by main(); thread-safe.
///
///     LogFile::install({});   // defaults: AppData path, 1 MB a file, 5 old files
class LogFile
{
public:
    LogFile() = delete;

    struct Options
    {
        QString path;              ///< empty: defaultPath()
        qint64 maxBytes = 1 << 20; ///< rotate when a file reaches this size
        int keep = 5;              ///< rotated files kept (.1 is the newest)
        bool echo = true;          ///< also pass (redacted) messages to the previous handler
    };

    /// `Workspace::dataDirectory()/logs/<application name, lower case>.log`.
    static QString defaultPath();
    /// Installs the handler; false with *error when the file cannot be opened (then nothing
    /// is installed).
    static bool install(const Options& options, QString* error = nullptr);
    /// Changes the size a file rotates at and how many rotated files are kept, from the next
    /// line on (the Settings dialog's log rows); rotated files beyond `keep` go now.
    static void setLimits(qint64 maxBytes, int keep);
    [[nodiscard]] static Options options();
    /// Restores the previous handler and closes the file.
    static void uninstall();
    [[nodiscard]] static bool isInstalled();
    /// The file in use ("" when not installed).
    static QString currentPath();

    /// One line as written (without the newline): "2026-03-01T12:00:00.123Z W fotadesk.api: …".
    static QString formatLine(QtMsgType type, const char* category, const QString& message);
};

} // namespace fotadesk
