// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/SimLogging.h"

namespace fotadesk::sim {

Q_LOGGING_CATEGORY(lcSim, "fotadesk.sim", QtInfoMsg)

} // namespace fotadesk::sim
