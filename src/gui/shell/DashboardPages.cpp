// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/DashboardPages.h"

#include "core/Clock.h"
#include "gui/account/AccountPage.h"
#include "gui/campaign/CampaignDetailPage.h"
#include "gui/campaign/CampaignStatusPanel.h"
#include "gui/campaign/CampaignStatusRecorder.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageArea.h"
#include "gui/devices/DeviceTableActions.h"
#include "gui/inventory/AccountDevicesPage.h"
#include "gui/licenses/LicensesPage.h"
#include "gui/lookup/DeviceLookupPage.h"
#include "gui/notifications/ActivityModel.h"
#include "gui/notifications/ActivityPanel.h"
#include "gui/notifications/Notifier.h"
#include "gui/overview/OverviewLoader.h"
#include "gui/overview/OverviewPage.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/MainWindow.h"
#include "models/CampaignModel.h"
#include "store/SnapshotStore.h"
#include "store/Workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DashboardPages)
};

/// Owns what the dashboards share for the lifetime of the window.
class DashboardServices final : public QObject
{
public:
    DashboardServices(AppContext& context, QObject* parent)
        : QObject(parent)
        , activity(new ActivityModel(this))
        , notifier(new Notifier(activity, context.clock ? *context.clock : Clock::system(),
                                context.environment.accountName, context.settings, this))
    {
        setObjectName(u"dashboardServices"_s);
        notifier->setObjectName(u"dashboardNotifier"_s);
        activity->setDisplayTimeZone(context.siteZone);
        // The store asks the workspace for a connection per operation: it may be opened after
        // the pages are installed (fotadesk opens it once the window exists).
        if (context.workspace)
            snapshots = std::make_unique<SnapshotStore>(*context.workspace);
    }

    ActivityModel* activity;
    Notifier* notifier;
    std::unique_ptr<SnapshotStore> snapshots;
};

QString campaignName(const AppContext& context, const QString& id)
{
    if (!context.campaigns)
        return {};
    const int row = context.campaigns->rowOf(id);
    return row >= 0 ? context.campaigns->campaignAt(row).campaignName : QString();
}

/// The overview's links to the rest of the window: open a campaign, status-change and stale
/// notifications, and the table's menu (watch / unwatch, columns).
void connectOverview(MainWindow& window, AppContext& context, OverviewPage& overview,
                     Notifier* notifier)
{
    QObject::connect(&overview, &OverviewPage::openCampaignRequested, &window,
                     &MainWindow::openCampaign);
    QObject::connect(
        overview.loader(), &OverviewLoader::campaignStatusChanged, notifier,
        [notifier, &context](const QString& id, const QString& from, const QString& to) {
            notifier->campaignStatusChanged(id, from, to, campaignName(context, id));
        });
    QObject::connect(
        overview.loader(), &OverviewLoader::staleChanged, notifier,
        [notifier, o = &overview](bool stale) {
            const auto& error = o->loader()->lastError();
            notifier->note(ActivityModel::Kind::Connection, {}, {},
                           stale ? Tr::tr("The overview is stale: %1")
                                       .arg(error ? error->message() : Tr::tr("the refresh failed"))
                                 : Tr::tr("The overview is up to date again."));
        });
    // Watch / unwatch from the overview's table.
    QTableView* table = overview.table();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(table, &QWidget::customContextMenuRequested, &overview,
                     [table, notifier, &window, o = &overview](const QPoint& pos) {
                         const QModelIndex index = table->indexAt(pos);
                         if (!index.isValid())
                             return;
                         const QString id = index.data(CampaignModel::CampaignIdRole).toString();
                         QMenu menu(table);
                         QAction* open = menu.addAction(Tr::tr("&Open campaign"));
                         QAction* watch = menu.addAction(Tr::tr("&Watch for status changes"));
                         watch->setCheckable(true);
                         watch->setChecked(notifier->isWatched(id));
                         menu.addSeparator();
                         o->addColumnsMenu(&menu);
                         QAction* chosen = menu.exec(table->viewport()->mapToGlobal(pos));
                         if (chosen == open)
                             window.openCampaign(id);
                         else if (chosen == watch)
                             notifier->setWatched(id, watch->isChecked());
                     });
}

} // namespace

void installDashboardPages(MainWindow& window, AppContext& context)
{
    auto* services = new DashboardServices(context, &window);
    if (!context.campaigns) {
        auto* model = new CampaignModel(&window);
        model->setObjectName(u"campaignModel"_s);
        context.campaigns = model;
    }
    Notifier* notifier = services->notifier;
    notifier->createTrayIconIfAvailable(Icons::get(u"fotadesk"_s));

    // Overview: the start page, built at the first turn of the event loop like every page
    // (MainWindow): the window maps first (bench/cold_start).
    window.addPage(u"overview"_s, Tr::tr("Overview"), Icons::get(u"overview"_s),
                   [&window, &context, notifier] {
                       auto* overview = new OverviewPage(context, context.campaigns);
                       connectOverview(window, context, *overview, notifier);
                       return overview;
                   });

    // The other dashboards are built when first shown (bench/cold_start).
    // Device lookup.
    window.addPage(u"device-lookup"_s, Tr::tr("Device lookup"), Icons::get(u"devices"_s),
                   [&window, &context] {
                       auto* lookup = new DeviceLookupPage(context);
                       QObject::connect(lookup, &DeviceLookupPage::openCampaignRequested, &window,
                                        &MainWindow::openCampaign);
                       return lookup;
                   });
    // Account: subscription and callback URL (read when first shown).
    window.addPage(u"account"_s, Tr::tr("Account"), Icons::get(u"details"_s),
                   [&context] { return new AccountPage(context); });
    // Licenses: every licensed device, assign / remove for a list or the selection.
    window.addPage(u"licenses"_s, Tr::tr("Licenses"), Icons::get(u"check"_s),
                   [&context] { return new LicensesPage(context); });

    // Account devices: the inventory, to pick devices by model and firmware; F5 reads it again.
    window.addPage(u"account-devices"_s, Tr::tr("Account devices"), Icons::get(u"devices"_s),
                   [&window, &context] {
                       auto* inventory = new AccountDevicesPage(context);
                       QObject::connect(inventory, &AccountDevicesPage::newCampaignRequested,
                                        &window, &MainWindow::newCampaignWithDevices);
                       QObject::connect(&window, &MainWindow::refreshRequested, inventory,
                                        [inventory](const QString& id) {
                                            if (id == u"account-devices"_s)
                                                inventory->refresh();
                                        });
                       return inventory;
                   });

    // Notifications (the audit log is the page "activity").
    window.addPage(u"notifications"_s, Tr::tr("Notifications"), Icons::get(u"clock"_s),
                   [&window, notifier] {
                       auto* activity = new ActivityPanel(notifier);
                       QObject::connect(activity, &ActivityPanel::openCampaignRequested, &window,
                                        &MainWindow::openCampaign);
                       return activity;
                   });

    // The device status tab of every campaign detail page.
    QObject::connect(
        &window, &MainWindow::campaignPageCreated, services,
        [services, &context, &window](CampaignDetailPage* page) {
            auto* panel = new CampaignStatusPanel(context, page->campaignId(),
                                                  services->snapshots.get(), services->notifier);
            page->addTab(panel, Tr::tr("Device status"));
            // One message area per page: the panel's messages replace the page's, not stack.
            panel->setMessageArea(page->messageArea());
            if (page->campaign())
                panel->setCampaign(*page->campaign());
            QObject::connect(page, &CampaignDetailPage::campaignLoaded, panel,
                             &CampaignStatusPanel::setCampaign);
            // After add, remove, edit dates or cancel, the device status and the overview show
            // the campaign as it is now (a cancelled campaign kept showing pending devices).
            QObject::connect(page, &CampaignDetailPage::changedOnServer, panel,
                             &CampaignStatusPanel::refresh);
            QObject::connect(page, &CampaignDetailPage::changedOnServer, &window, [&window] {
                if (auto* overview = qobject_cast<OverviewPage*>(window.page(u"overview"_s)))
                    overview->refresh();
            });
            // The device table's menu: look a device up, start a campaign with the selection,
            // remove it from this campaign.
            DeviceTableActions* actions = panel->actions();
            QObject::connect(actions, &DeviceTableActions::lookUpRequested, &window,
                             [&window](const QString& imei) {
                                 window.showPage(u"device-lookup"_s);
                                 if (auto* lookup = qobject_cast<DeviceLookupPage*>(
                                         window.page(u"device-lookup"_s)))
                                     lookup->lookUp(imei);
                             });
            QObject::connect(actions, &DeviceTableActions::newCampaignRequested, &window,
                             [&window, page](const QStringList& imeis) {
                                 window.newCampaignWithDevices(
                                     imeis,
                                     Tr::tr("%Ln device(s) of %1", nullptr, int(imeis.size()))
                                         .arg(page->campaign() ? page->campaign()->campaignName
                                                               : page->campaignId()));
                             });
            QObject::connect(actions, &DeviceTableActions::removeRequested, page,
                             &CampaignDetailPage::removeTheseDevices);
            // The campaign's own status is read again with each report (Refresh report, Watch):
            // the header never shows "Request pending" over devices that already upgraded.
            QObject::connect(panel, &CampaignStatusPanel::loadFinished, page, [page](bool ok) {
                if (ok)
                    page->refreshHeader();
            });
            QObject::connect(panel, &CampaignStatusPanel::historyUpdated, services->notifier,
                             [panel, services, &context] {
                                 const StatusChanges& c = panel->recorder()->changes();
                                 if (c.isEmpty())
                                     return;
                                 services->notifier->note(
                                     ActivityModel::Kind::DeviceChanges, panel->campaignId(),
                                     campaignName(context, panel->campaignId()),
                                     panel->changesText());
                             });
        });

    QObject::connect(&window, &MainWindow::refreshRequested, &window, [&window](const QString& id) {
        if (id == u"overview"_s) {
            if (auto* overview = qobject_cast<OverviewPage*>(window.page(u"overview"_s)))
                overview->refresh();
            return;
        }
        if (!id.startsWith(u"campaign/"_s))
            return;
        auto* page = window.page(id);
        auto* panel = page ? page->findChild<CampaignStatusPanel*>() : nullptr;
        if (panel && panel->isVisible())
            panel->refresh();
    });
}

} // namespace fotadesk
