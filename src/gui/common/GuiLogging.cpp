// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/GuiLogging.h"

namespace fotadesk {

Q_LOGGING_CATEGORY(lcGui, "fotadesk.gui")

} // namespace fotadesk
