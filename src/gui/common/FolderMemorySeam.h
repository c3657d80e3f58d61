// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/common/MessageSeam.h"

#include <functional>

namespace fotadesk {

class AppSettings;
class RecentFiles;

/// The application's MessageSeam with a memory for folders: every file dialog
/// of the app (imports, exports, reports, CA file) starts in the folder last
/// used for that direction — AppSettings' LastImportFolder for files to open,
/// LastExportFolder for files to write — and remembers the folder of the file
/// chosen, across restarts. A device list opened this way (.csv, .tsv, .txt)
/// also goes to the top of the recent device lists. Questions, messages and
/// text input go to the wrapped seam unchanged.
class FolderMemorySeam final : public MessageSeam
{
public:
    /// Shows a file dialog: (parent, title, start directory or file path, filter) -> the
    /// chosen file, empty when cancelled. Default: QFileDialog::getOpenFileName /
    /// getSaveFileName; tests pass their own.
    using Chooser =
        std::function<QString(QWidget*, const QString&, const QString&, const QString&)>;

    FolderMemorySeam(MessageSeam& inner, AppSettings& settings, Chooser open = {},
                     Chooser save = {});

    /// Device lists chosen in an open dialog are added here (may be null).
    void setRecentFiles(RecentFiles* recent) { m_recent = recent; }

    /// The folder an open / a save dialog starts in now (the last one used, else home).
    [[nodiscard]] QString openFolder() const;
    [[nodiscard]] QString saveFolder() const;
    /// True for the files the device list editor imports (.csv, .tsv, .txt).
    static bool isDeviceListFile(const QString& path);

    bool confirm(QWidget* parent, const QString& title, const QString& text,
                 const QString& confirmLabel) override;
    int choose(QWidget* parent, const QString& title, const QString& text,
               const QStringList& choices) override;
    void message(QWidget* parent, Severity severity, const QString& title, const QString& text,
                 const QString& details = {}) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedName,
                         const QString& filter) override;
    QString text(QWidget* parent, const QString& title, const QString& label,
                 const QString& initial, bool* ok) override;

private:
    MessageSeam& m_inner;
    AppSettings& m_settings;
    Chooser m_open;
    Chooser m_save;
    RecentFiles* m_recent = nullptr;
};

} // namespace fotadesk
