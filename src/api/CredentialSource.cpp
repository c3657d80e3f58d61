// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/CredentialSource.h"

#include "core/SecretRedactor.h"

#include <QCoreApplication>
#include <QStringList>

namespace fotadesk {

QStringList Credentials::missingFields() const
{
    QStringList missing;
    const auto check = [&missing](const QString& value, const char* name) {
        if (value.isEmpty())
            missing << QCoreApplication::translate("fotadesk::Credentials", name);
    };
    // QT_TRANSLATE_NOOP: lupdate extracts the names (a translate() of a variable it cannot).
    check(clientId, QT_TRANSLATE_NOOP("fotadesk::Credentials", "client id"));
    check(clientSecret, QT_TRANSLATE_NOOP("fotadesk::Credentials", "client secret"));
    check(username, QT_TRANSLATE_NOOP("fotadesk::Credentials", "user name"));
    check(password, QT_TRANSLATE_NOOP("fotadesk::Credentials", "password"));
    return missing;
}

void registerWithRedactor(const Credentials& credentials)
{
    SecretRedactor::addBasicCredentials(credentials.clientId, credentials.clientSecret);
    SecretRedactor::addSecret(credentials.password);
}

} // namespace fotadesk
