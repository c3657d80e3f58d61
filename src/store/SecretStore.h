// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <functional>

namespace fotadesk {

/// The answer of a SecretStore operation.
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,  ///< nothing stored under the key
        NoService, ///< no keychain service on this machine (ask the user each run instead)
        Failed,    ///< the keychain refused or broke (error says how)
    };
    Status status = Status::Failed;
    QString value; ///< read: the secret (held in memory only)
    QString error; ///< for people; never contains the secret
};

/// Where secrets are kept between runs: the OS keychain (KeychainSecretStore, QtKeychain)
/// or, in tests, InMemorySecretStore behind the same interface. Asynchronous like the
/// keychain itself: `done` runs later on the calling thread's event loop, never inside the
/// call.
class SecretStore
{
public:
    using Done = std::function<void(const SecretResult&)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString& key, Done done) = 0;
    virtual void write(const QString& key, const QString& secret, Done done) = 0;
    virtual void remove(const QString& key, Done done) = 0;
    /// A name for messages: "the GNOME keyring / KWallet (Secret Service)", "memory", ...
    [[nodiscard]] virtual QString name() const = 0;
    /// Whether a keychain service is there to keep secrets at all (asked before the user is
    /// told where the secrets will be kept; read/write may still fail).
    [[nodiscard]] virtual bool hasService() = 0;
};

} // namespace fotadesk
