// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QLabel;

namespace fotadesk {

/// Gives a page's title label the look every page title has (bold, 1.4 times its font).
void stylePageTitle(QLabel* label);

} // namespace fotadesk
