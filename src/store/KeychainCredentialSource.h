// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/CredentialSource.h"

#include <QObject>

#include <memory>

namespace fotadesk {

class SecretStore;
struct SecretResult;

/// The api's CredentialSource backed by the OS keychain: the client secret
/// and the password live in the keychain (SecretStore); the client id and
/// user name are not secret and are given by the caller (from AppSettings).
/// For the run, all four are held in this object's memory only — never in a
/// file, QSettings, the workspace or a log line (they are registered with
/// SecretRedactor so that even an accidental log line is cleaned).
///
/// Where no keychain service exists, the program asks the user once per run
/// (state NeedsInput) and provide() keeps the answer in memory only.
///
///     KeychainCredentialSource source(keychain, u"production"_s, account);
///     source.setIdentity(clientId, username);
///     connect(&source, &KeychainCredentialSource::loaded, ...);  // then check state()
///     source.load();
class KeychainCredentialSource final : public QObject, public CredentialSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialSource)

public:
    enum class State
    {
        Empty,      ///< nothing loaded or given yet
        Loading,    ///< reading the keychain
        Ready,      ///< all four known (from the keychain or typed in)
        NeedsInput, ///< ask the user: nothing stored yet, or no keychain service
        Failed,     ///< the keychain refused (message says why); asking the user still works
    };

    /// `profile` and `account` scope the keychain entries ("production", "0000123456-00001").
    KeychainCredentialSource(SecretStore& store, QString profile, QString account,
                             QObject* parent = nullptr);
    ~KeychainCredentialSource() override;

    /// The non-secret half (from the settings).
    void setIdentity(const QString& clientId, const QString& username);
    [[nodiscard]] const QString& clientId() const { return m_credentials.clientId; }
    [[nodiscard]] const QString& username() const { return m_credentials.username; }

    /// Reads the secret and password from the keychain; loaded() follows.
    void load();
    /// The user typed them: kept in memory; with `remember` also stored in the keychain when
    /// there is one (stored() follows). The identity is taken from `credentials` too.
    void provide(const Credentials& credentials, bool remember);
    /// Sign out: clears memory and removes the entries from the keychain.
    void forget();

    [[nodiscard]] State state() const { return m_state; }
    /// False once the keychain answered that there is no keychain service.
    [[nodiscard]] bool keychainAvailable() const { return m_keychainAvailable; }
    /// Why the state is NeedsInput/Failed, for the sign-in dialog.
    [[nodiscard]] const QString& message() const { return m_message; }

    std::optional<Credentials> credentials(QString* whyNot) const override;

    /// The keychain keys (no secrets in them).
    [[nodiscard]] QString secretKey() const;
    [[nodiscard]] QString passwordKey() const;

Q_SIGNALS:
    void loaded();
    /// After provide(remember = true): whether the keychain took them.
    void stored(bool ok, const QString& message);

private:
    void wipe();
    /// false (and state/message set, loaded() emitted) when `r` ends the load.
    bool loadGoesOn(int generation, const SecretResult& r);
    void onStored(const SecretResult& r, const QString& passwordKey, const QString& password);

    SecretStore& m_store;
    QString m_profile;
    QString m_account;
    Credentials m_credentials;
    State m_state = State::Empty;
    QString m_message;
    bool m_keychainAvailable = true;
    int m_generation = 0; ///< answers of an older load() are ignored
    /// Callbacks of the store check it: the store may answer after this object is gone.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace fotadesk
