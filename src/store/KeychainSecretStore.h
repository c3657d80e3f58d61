// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/SecretStore.h"

#include <QObject>

namespace fotadesk {

/// The OS keychain through QtKeychain (Secret Service — GNOME keyring, KWallet — on Linux,
/// Keychain on macOS, Credential Manager on Windows), under the service name "FotaDesk".
/// QtKeychain's insecure plain-text fallback is never used: without a keychain service every
/// operation answers NoService. Built without QtKeychain, it always answers NoService.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("FotaDesk"),
                                 QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString& key, Done done) override;
    void write(const QString& key, const QString& secret, Done done) override;
    void remove(const QString& key, Done done) override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool hasService() override;

private:
    /// True (and `done` answered NoService) when no keychain service exists.
    bool noService(Done& done);

    QString m_service;
    bool m_serviceChecked = false;
    bool m_serviceExists = true;
};

} // namespace fotadesk
