// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiLog.h"

namespace fotadesk {

Q_LOGGING_CATEGORY(lcApi, "fotadesk.api")

} // namespace fotadesk
