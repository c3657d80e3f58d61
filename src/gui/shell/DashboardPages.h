// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace fotadesk {

struct AppContext;
class MainWindow;

/// Adds the dashboards to the window; called once by MainWindow's constructor,
/// after the workbench pages:
///
/// - "overview" (OverviewPage, the first page shown): all campaigns, tiles,
///   chart, license usage, auto-refresh, stale marking;
/// - "device-lookup" (DeviceLookupPage): an IMEI's upgrade history and license;
/// - "account" (AccountPage): the subscription and the callback URL;
/// - "account-devices" (AccountDevicesPage): the account's inventory, filtered by model and
///   firmware, for a new campaign or a draft (Refresh reloads it);
/// - "licenses" (LicensesPage): the licensed devices; assign / remove licences;
/// - "notifications" (ActivityPanel): status changes of watched campaigns and
///   what else the dashboards noticed (the Notifier also shows them in the
///   system tray when there is one);
/// - a "Device status" tab (CampaignStatusPanel) on every campaign detail page;
///   its snapshots over time are kept in context.workspace (none when null).
///
/// Creates context.campaigns when it is null (the window owns it). Refresh (F5)
/// reloads the overview or the shown campaign's device report.
void installDashboardPages(MainWindow& window, AppContext& context);

} // namespace fotadesk
