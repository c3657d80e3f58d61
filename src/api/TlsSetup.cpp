// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/TlsSetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

namespace fotadesk {

std::variant<QSslConfiguration, ApiError> TlsSetup::configuration(const QString& extraCaFile)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (extraCaFile.isEmpty())
        return config;

    const auto tr = [](const char* text) {
        return QCoreApplication::translate("fotadesk::TlsSetup", text);
    };
    QFile file(extraCaFile);
    if (!file.open(QIODevice::ReadOnly))
        return ApiError::tlsSetup(tr("the extra CA file '%1' cannot be read (%2). Fix the path "
                                     "in the environment settings or remove it.")
                                      .arg(extraCaFile, file.errorString()));
    const QByteArray data = file.read(16 * 1024 * 1024);
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty())
        return ApiError::tlsSetup(tr("the extra CA file '%1' holds no certificate in PEM or DER "
                                     "form. Export the CA certificate (not a key) and try again.")
                                      .arg(extraCaFile));
    config.addCaCertificates(certs);
    return config;
}

} // namespace fotadesk
