// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/StoreLog.h"

namespace fotadesk {

Q_LOGGING_CATEGORY(lcStore, "fotadesk.store")

} // namespace fotadesk
