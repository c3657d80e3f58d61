// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/RetryPolicy.h"

#include <QSslConfiguration>

#include <optional>

class QNetworkAccessManager;

namespace fotadesk {

class Authenticator;
class Clock;

/// What every job of one FotaClient shares: the network access manager, the
/// authenticator, the clock, the retry policy and the transport settings.
/// Passed by value to each job (the pointers are owned by the client's owner).
struct JobContext
{
    QNetworkAccessManager* network = nullptr;
    Authenticator* authenticator = nullptr; ///< null for the token and login requests themselves
    const Clock* clock = nullptr;
    RetryPolicy retryPolicy;
    std::optional<QSslConfiguration> tls; ///< system CAs + the environment's extra CA file
    int timeoutMs = 30'000;               ///< per request: no progress for this long = Timeout
    /// Per request (each attempt): an answer not complete this long after it was sent is a
    /// Timeout, however steadily it trickles in (0: no overall limit).
    int deadlineMs = DefaultDeadlineMs;
    static constexpr int DefaultDeadlineMs = 300'000;
    int maxRedirects = 5; ///< same-origin redirects only
    /// A set-up problem (bad CA file, bad base URL): every job fails with it at once.
    std::optional<ApiError> setupError;
};

} // namespace fotadesk
