// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/BodyLimit.h"
#include "api/RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace fotadesk {

/// One HTTP request as a value: what an HttpJob sends (and re-sends on retry).
struct ApiRequest
{
    enum class Auth
    {
        FotaHeaders, ///< Authorization: Bearer + VZ-M2M-Token, renewed by the Authenticator
        None         ///< the caller sets what it needs in `headers` (token and login requests)
    };

    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType; ///< empty: no body
    Idempotency idempotency = Idempotency::RepeatSafe;
    Auth auth = Auth::FotaHeaders;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// Set when a header carries a secret, so that it never appears in a log or error.
    bool headersAreSecret = false;
    /// The most a 2xx answer may hold (an error answer: BodyLimit::errorBody()).
    BodyLimit bodyLimit = BodyLimit::object();

    /// "GET /api/fota/v3/firmware/acc" — for messages and logs (no query: it may hold ids only,
    /// but keep lines short).
    [[nodiscard]] QString operation() const
    {
        return QString::fromLatin1(method) + u' ' + url.path();
    }
};

} // namespace fotadesk
