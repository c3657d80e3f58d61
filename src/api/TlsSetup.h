// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QSslConfiguration>
#include <QString>

#include <variant>

namespace fotadesk {

/// Builds the TLS configuration of an environment: the system CAs, plus the
/// certificates of an optional extra CA file (PEM, possibly several, or DER).
/// Peer verification stays on; nothing here ever ignores an SSL error.
class TlsSetup
{
public:
    /// The configuration, or an ApiError (kind Tls) saying why the CA file is unusable.
    static std::variant<QSslConfiguration, ApiError> configuration(const QString& extraCaFile);
};

} // namespace fotadesk
