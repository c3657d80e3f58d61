// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/devices/DeviceTableActions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSet>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

DeviceTableActions::DeviceTableActions(QTableView* view, int deviceIdRole, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_role(deviceIdRole)
    , m_copy(new QAction(tr("&Copy IMEIs"), view))
{
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this, &DeviceTableActions::copySelected);
    view->addAction(m_copy);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &DeviceTableActions::showMenu);
}

DeviceTableActions::~DeviceTableActions() = default;

QStringList DeviceTableActions::selectedDevices() const
{
    const QItemSelectionModel* selection = m_view->selectionModel();
    if (!selection)
        return {};
    QModelIndexList rows = selection->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList out;
    QSet<QString> seen;
    for (const QModelIndex& index : std::as_const(rows)) {
        const QString id = index.data(m_role).toString();
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            out << id;
        }
    }
    return out;
}

void DeviceTableActions::copySelected()
{
    const QStringList ids = selectedDevices();
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(u'\n') + u'\n');
}

QMenu* DeviceTableActions::buildMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    const QStringList ids = selectedDevices();
    const int n = int(ids.size());
    m_copy->setText(tr("&Copy %Ln IMEI(s)", nullptr, n));
    m_copy->setEnabled(n > 0);
    menu->addAction(m_copy);
    QAction* lookUp = menu->addAction(tr("&Look up this device"));
    lookUp->setEnabled(n == 1);
    connect(lookUp, &QAction::triggered, this, [this, ids] {
        if (ids.size() == 1)
            Q_EMIT lookUpRequested(ids.first());
    });
    menu->addSeparator();
    QAction* campaign = menu->addAction(tr("Put %Ln device(s) into a &new campaign…", nullptr, n));
    campaign->setEnabled(n > 0);
    connect(campaign, &QAction::triggered, this, [this, ids] { Q_EMIT newCampaignRequested(ids); });
    QAction* remove = menu->addAction(tr("&Remove %Ln device(s) from the campaign…", nullptr, n));
    // Whether the campaign still takes removals, the page says when it is asked.
    remove->setEnabled(n > 0);
    connect(remove, &QAction::triggered, this, [this, ids] { Q_EMIT removeRequested(ids); });
    menu->addSeparator();
    QAction* exportSelection = menu->addAction(tr("&Export %Ln device(s) as CSV…", nullptr, n));
    exportSelection->setEnabled(n > 0);
    connect(exportSelection, &QAction::triggered, this, &DeviceTableActions::exportRequested);
    return menu;
}

void DeviceTableActions::showMenu(const QPoint& pos)
{
    // The Menu key and Shift+F10 ask at the current row; a click where it was.
    QPoint at = pos;
    if (const QModelIndex current = m_view->currentIndex();
        current.isValid() && !m_view->viewport()->rect().contains(pos))
        at = m_view->visualRect(current).center();
    QMenu* menu = buildMenu(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(at));
}

} // namespace fotadesk
