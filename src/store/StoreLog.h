// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

namespace fotadesk {

/// The store layer's logging category, "fotadesk.store". Secrets never reach a log line.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace fotadesk
