// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

namespace fotadesk {

/// The service layer's logging category, "fotadesk.api". Secrets (client
/// secret, password, access and session tokens) never reach a log line.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace fotadesk
