// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/Environment.h"

#include <QCoreApplication>

namespace fotadesk {

namespace {
// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::Environment)
};
} // namespace

QUrl Environment::productionBaseUrl()
{
    return QUrl(QStringLiteral("https://thingspace.verizon.com/api"));
}

Environment Environment::production(const QString& accountName)
{
    return {Profile::Production, productionBaseUrl(), accountName, {}};
}

Environment Environment::demo(const QUrl& baseUrl, const QString& accountName)
{
    return {Profile::Demo, baseUrl, accountName, {}};
}

Environment Environment::custom(const QUrl& baseUrl, const QString& accountName)
{
    return {Profile::Custom, baseUrl, accountName, {}};
}

QString Environment::profileName(Profile profile)
{
    switch (profile) {
    case Profile::Production:
        return QStringLiteral("production");
    case Profile::Demo:
        return QStringLiteral("demo");
    case Profile::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

bool Environment::parseProfile(const QString& name, Profile* profile)
{
    for (const Profile p : {Profile::Production, Profile::Demo, Profile::Custom}) {
        if (name.compare(profileName(p), Qt::CaseInsensitive) == 0) {
            *profile = p;
            return true;
        }
    }
    return false;
}

QString Environment::validationError() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return Tr::tr("The base URL '%1' is not a valid URL; give one like "
                      "https://thingspace.verizon.com/api.")
            .arg(baseUrl.toString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return Tr::tr("The base URL '%1' must start with https:// (or http:// for a local "
                      "simulator).")
            .arg(baseUrl.toString());
    if (accountName.trimmed().isEmpty())
        return Tr::tr("No account name is set: give the ThingSpace account (for example "
                      "0000123456-00001).");
    return {};
}

QUrl Environment::resolve(const QString& path) const
{
    QUrl url = baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    return url;
}

QUrl Environment::fotaUrl(const QString& path) const
{
    return resolve(QStringLiteral("/fota/v3") + path);
}

QUrl Environment::tokenUrl() const
{
    return resolve(QStringLiteral("/ts/v1/oauth2/token"));
}

QUrl Environment::sessionLoginUrl() const
{
    return resolve(QStringLiteral("/m2m/v1/session/login"));
}

QUrl Environment::sessionLogoutUrl() const
{
    return resolve(QStringLiteral("/m2m/v1/session/logout"));
}

} // namespace fotadesk
