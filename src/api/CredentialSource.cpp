#include "api/CredentialSource.h"

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
    check(clientId, "client id");
    check(clientSecret, "client secret");
    check(username, "user name");
    check(password, "password");
    return missing;
}

} // namespace fotadesk
