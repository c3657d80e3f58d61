// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fotadesk::bench {

/// Saves the dashboards' screenshots into `directory` (see Screenshots.cpp); 0 on success.
int takeScreenshots(const QString& directory);

} // namespace fotadesk::bench
