// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

namespace fotadesk {

/// Logging category of the GUI layer: "fotadesk.gui".
Q_DECLARE_LOGGING_CATEGORY(lcGui)

} // namespace fotadesk
