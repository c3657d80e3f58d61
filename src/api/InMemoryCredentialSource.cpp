// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/InMemoryCredentialSource.h"

#include "core/SecretRedactor.h"

#include <QCoreApplication>
#include <QStringList>

namespace fotadesk {

InMemoryCredentialSource::InMemoryCredentialSource(Credentials credentials)
{
    setCredentials(credentials);
}

void InMemoryCredentialSource::setCredentials(const Credentials& credentials)
{
    m_credentials = credentials;
    registerWithRedactor(credentials);
}

void InMemoryCredentialSource::clear()
{
    for (QString* s : {&m_credentials.clientId, &m_credentials.clientSecret,
                       &m_credentials.username, &m_credentials.password}) {
        s->fill(QLatin1Char('\0'));
        s->clear();
    }
}

std::optional<Credentials> InMemoryCredentialSource::credentials(QString* whyNot) const
{
    const QStringList missing = m_credentials.missingFields();
    if (!missing.isEmpty()) {
        if (whyNot)
            *whyNot = QCoreApplication::translate("fotadesk::InMemoryCredentialSource",
                                                  "The credentials are incomplete: %1 missing.")
                          .arg(missing.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return m_credentials;
}

} // namespace fotadesk
