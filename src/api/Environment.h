// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

namespace fotadesk {

/// Where the client talks to: a profile (Production, Demo, Custom), its base
/// URL, the account name, and an optional extra CA file (PEM or DER) trusted
/// in addition to the system CAs. Holds no secrets (see CredentialSource).
///
/// The base URL is the common prefix of the three services, e.g.
/// https://thingspace.verizon.com/api → .../fota/v3, .../ts/v1/oauth2/token,
/// .../m2m/v1/session/login.
struct Environment
{
    enum class Profile
    {
        Production,
        Demo,
        Custom
    };

    Profile profile = Profile::Production;
    QUrl baseUrl;
    QString accountName;
    QString extraCaFile; ///< empty: system CAs only

    static Environment production(const QString& accountName);
    /// The demo fotasim, once its base URL (on 127.0.0.1) is known.
    static Environment demo(const QUrl& baseUrl, const QString& accountName);
    static Environment custom(const QUrl& baseUrl, const QString& accountName);

    static QUrl productionBaseUrl();

    /// "production", "demo", "custom" (as on the fotactl command line).
    static QString profileName(Profile profile);
    /// Accepts the names above (case-insensitive); false when unknown.
    static bool parseProfile(const QString& name, Profile* profile);

    /// Empty when usable, else a sentence saying what is wrong (bad URL, no account, ...).
    [[nodiscard]] QString validationError() const;

    /// The FOTA v3 URL of a path below /fota/v3 (path starts with '/', segments already encoded).
    [[nodiscard]] QUrl fotaUrl(const QString& path) const;
    [[nodiscard]] QUrl tokenUrl() const;
    [[nodiscard]] QUrl sessionLoginUrl() const;
    [[nodiscard]] QUrl sessionLogoutUrl() const;

private:
    [[nodiscard]] QUrl resolve(const QString& path) const;
};

} // namespace fotadesk
