// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fotadesk {

/// The one redactor of the process: removes secrets from a log line, an audit entry or a
/// message before it is written or shown anywhere: Authorization and VZ-M2M-Token headers,
/// Bearer/Basic credentials, token/secret/password fields in JSON, form bodies and queries,
/// user info in URLs — and every value registered with addSecret() or
/// addBasicCredentials() (the client secret, password and tokens of this run, as given and
/// in every encoding they go on the wire in), wherever it appears. Thread-safe.
///
/// Credentials are registered where they enter (the Authenticator when it signs in, the
/// keychain credential source); tokens when the Authenticator receives them.
class SecretRedactor
{
public:
    SecretRedactor() = delete;

    /// The text that replaces a secret.
    static QString mask();
    /// Returns `line` with every secret replaced by mask().
    static QString redact(const QString& line);
    /// Redacts this value from now on, as given and as it appears percent-encoded (a query
    /// or form body, also with '+' for spaces) and JSON-escaped (a body echoed in an answer).
    /// Values shorter than 6 characters are ignored: they would mask ordinary words (the demo's
    /// password "demo", say); the pattern rules still catch password and secret fields.
    static void addSecret(const QString& value);
    /// Redacts the HTTP Basic credentials of `clientId`:`clientSecret` (their base64, also
    /// JSON- and percent-encoded) and the secret itself from now on. The client id alone is
    /// no secret.
    static void addBasicCredentials(const QString& clientId, const QString& clientSecret);
    /// Forgets the registered values (tests).
    static void clearSecrets();
};

} // namespace fotadesk
