// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/notifications/ActivityPanel.h"

#include "gui/notifications/ActivityModel.h"
#include "gui/notifications/Notifier.h"
#include "ui_ActivityPanel.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace fotadesk {

ActivityPanel::ActivityPanel(Notifier* notifier, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ActivityPanel>())
    , m_notifier(notifier)
{
    m_ui->setupUi(this);
    QTableView* view = m_ui->activityTable;
    view->setModel(notifier->activity());
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(ActivityModel::TimeColumn, 160);
    view->setColumnWidth(ActivityModel::CampaignColumn, 220);
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString id = index.data(ActivityModel::CampaignIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openCampaignRequested(id);
    });
    connect(m_ui->clearButton, &QPushButton::clicked, notifier->activity(), &ActivityModel::clear);
    connect(notifier, &Notifier::watchedChanged, this, &ActivityPanel::updateWatched);
    updateWatched();
}

ActivityPanel::~ActivityPanel() = default;

void ActivityPanel::updateWatched()
{
    const QStringList ids = m_notifier->watchedIds();
    m_ui->watchedLabel->setText(
        ids.isEmpty()
            ? tr("No campaign is watched. Tick \"Watch\" on a campaign's device status "
                 "tab (or use the overview's context menu) to be notified when its "
                 "status changes.")
            : tr("Watching %Ln campaign(s): %1", nullptr, int(ids.size())).arg(ids.join(u", "_s)));
}

QString ActivityPanel::watchedText() const
{
    return m_ui->watchedLabel->text();
}

} // namespace fotadesk
