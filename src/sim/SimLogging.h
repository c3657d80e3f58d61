// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

namespace fotadesk::sim {

/// The simulator's log category: "fotadesk.sim" (request log at info level).
Q_DECLARE_LOGGING_CATEGORY(lcSim)

} // namespace fotadesk::sim
