// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QPoint;
class QTableView;

namespace fotadesk {

/// What a person does with the devices selected in a device table, where they look at them:
/// a context menu (right click, the Menu key or Shift+F10) and keyboard actions on the
/// selection — copy the IMEIs (Ctrl+C), look a device up, put the devices into a new
/// campaign, remove them from the campaign, export them. Copying is done here; the rest is
/// asked for with a signal, for the window that knows how.
class DeviceTableActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceTableActions)

public:
    /// `deviceIdRole`: the role of the view's model that gives a row's IMEI.
    DeviceTableActions(QTableView* view, int deviceIdRole, QObject* parent = nullptr);
    ~DeviceTableActions() override;

    /// The IMEIs of the selected rows, top to bottom, each once.
    [[nodiscard]] QStringList selectedDevices() const;
    /// Builds the menu for the current selection (tests look at it; the view shows it).
    [[nodiscard]] QMenu* buildMenu(QWidget* parent);

public Q_SLOTS:
    void copySelected();

Q_SIGNALS:
    void lookUpRequested(const QString& imei);
    void newCampaignRequested(const QStringList& imeis);
    void removeRequested(const QStringList& imeis);
    void exportRequested();

private:
    void showMenu(const QPoint& pos);

    QTableView* m_view;
    int m_role;
    QAction* m_copy;
};

} // namespace fotadesk
