// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace fotadesk {

struct AppContext;
class MainWindow;

/// Adds the campaign workbench's pages to the window: "workbench" (open a
/// campaign by id, recent campaigns, start a new one) and "create" (the
/// create-campaign form). Called once by MainWindow's constructor.
void installWorkbenchPages(MainWindow& window, AppContext& context);

} // namespace fotadesk
