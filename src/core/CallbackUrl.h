// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <cstdint>

namespace fotadesk {

/// The rule for a FOTA callback URL a user registers (fotactl callbacks set, the Account
/// page): what the service can call and may store. The messages are the callers' own
/// (translated in their layer).
namespace CallbackUrl {

enum class Problem : std::uint8_t
{
    None,
    Empty,
    NotAbsoluteHttp, ///< not an absolute http:// or https:// URL with a host
    HasUserInfo,     ///< user name or password in the URL: the service would keep them in clear
};

/// The problem of `text` (trimmed first), None when it can be registered.
Problem check(const QString& text);

} // namespace CallbackUrl
} // namespace fotadesk
