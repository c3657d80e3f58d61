// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/AuditEntry.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fotadesk {

/// Which audit entries AuditLog::query() returns (every set field must match).
struct AuditFilter
{
    QDateTime sinceUtc; ///< started at or after (invalid: no bound)
    QDateTime untilUtc; ///< started before (invalid: no bound)
    QString profile;
    QString account;
    QString operation; ///< a stable operation name
    QString campaignId;
    std::optional<AuditEntry::Outcome> outcome;
    QString text;  ///< case-insensitive, in summary, result, error or campaign id
    int limit = 0; ///< newest N (0: all)
};

} // namespace fotadesk
