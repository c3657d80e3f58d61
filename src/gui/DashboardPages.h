#pragma once

namespace fotadesk {

struct AppContext;
class MainWindow;

/// Adds the dashboards' pages (overview, device lookup, activity, ...) to the
/// window; called once by MainWindow's constructor, after the workbench pages.
/// A page with id "overview" becomes the first page shown.
void installDashboardPages(MainWindow& window, AppContext& context);

} // namespace fotadesk
