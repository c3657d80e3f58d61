// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace fotadesk {

/// The four secrets of a FOTA v3 sign-in. Held in memory only: never written
/// to disk, never logged (there is deliberately no toString()).
struct Credentials
{
    QString clientId;     ///< OAuth 2 client id (token request, Basic auth)
    QString clientSecret; ///< OAuth 2 client secret
    QString username;     ///< M2M session login
    QString password;

    /// The names of the missing fields ("client id", ...), empty when complete.
    [[nodiscard]] QStringList missingFields() const;
};

/// Tells the process's SecretRedactor the secrets of `credentials` and every form they take
/// on the wire (the Basic base64 of id:secret, percent- and JSON-encoded forms), so that no
/// log line, audit entry or message shows them, even echoed by a server. Called where
/// credentials enter: the credential sources and the Authenticator before it signs in.
void registerWithRedactor(const Credentials& credentials);

/// Where the Authenticator gets credentials from. In-memory today
/// (InMemoryCredentialSource, fotactl's environment variables); a keychain
/// implementation plugs in here later. Called whenever a renewal needs them,
/// so a source may return fresh values after the user edits them.
class CredentialSource
{
public:
    virtual ~CredentialSource() = default;
    /// The credentials, or nullopt with `whyNot` saying what is missing and how to provide it.
    virtual std::optional<Credentials> credentials(QString* whyNot) const = 0;
};

} // namespace fotadesk
