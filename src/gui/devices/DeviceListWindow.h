// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QMimeData;
class QPushButton;

namespace fotadesk {

class DeviceListEditor;
class MessageSeam;

/// A device list opened on its own (a CSV/TSV/TXT file dropped on the main
/// window, or picked from File ▸ Recent device lists / Open device list…):
/// the same DeviceListEditor as in the create form — import report, rejected
/// lines with their fixes, duplicates, export — in its own window. "New
/// campaign with these devices" hands the valid IMEIs to the create form.
class DeviceListWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceListWindow)

public:
    explicit DeviceListWindow(MessageSeam* messages, QWidget* parent = nullptr);
    ~DeviceListWindow() override;

    [[nodiscard]] DeviceListEditor* editor() const { return m_editor; }
    /// The file shown ("" before openFile()).
    [[nodiscard]] QString fileName() const { return m_file; }
    /// Imports `path` into the editor (on a worker thread); false when it cannot start.
    bool openFile(const QString& path);

    /// The local files of a drag that the editor imports (.csv, .tsv, .txt), in drop order.
    static QStringList deviceListFiles(const QMimeData* mime);

Q_SIGNALS:
    /// "New campaign with these devices": the valid IMEIs (15 digits each), list order.
    void newCampaignRequested(const QStringList& imeis, const QString& sourceName);

private:
    void updateButton();

    DeviceListEditor* m_editor;
    QPushButton* m_newCampaignButton;
    QString m_file;
};

} // namespace fotadesk
