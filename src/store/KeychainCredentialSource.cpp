// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/KeychainCredentialSource.h"

#include "core/SecretRedactor.h"
#include "store/SecretStore.h"
#include "store/StoreLog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fotadesk {

KeychainCredentialSource::KeychainCredentialSource(SecretStore& store, QString profile,
                                                   QString account, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_profile(std::move(profile))
    , m_account(std::move(account))
{}

KeychainCredentialSource::~KeychainCredentialSource()
{
    wipe();
}

void KeychainCredentialSource::wipe()
{
    m_credentials.clientSecret.fill(u'\0');
    m_credentials.password.fill(u'\0');
    m_credentials.clientSecret.clear();
    m_credentials.password.clear();
}

void KeychainCredentialSource::setIdentity(const QString& clientId, const QString& username)
{
    m_credentials.clientId = clientId;
    m_credentials.username = username;
}

QString KeychainCredentialSource::secretKey() const
{
    return u"%1/%2/client-secret/%3"_s.arg(m_profile, m_account, m_credentials.clientId);
}

QString KeychainCredentialSource::passwordKey() const
{
    return u"%1/%2/password/%3"_s.arg(m_profile, m_account, m_credentials.username);
}

bool KeychainCredentialSource::loadGoesOn(int generation, const SecretResult& r)
{
    if (m_generation != generation)
        return false;
    if (r.status == SecretResult::Status::Ok)
        return true;
    if (r.status == SecretResult::Status::NoService) {
        m_keychainAvailable = false;
        m_state = State::NeedsInput;
        m_message = tr("There is no keychain on this computer: enter the client secret and "
                       "password for this run (they are kept in memory only, never written to "
                       "disk).");
    } else if (r.status == SecretResult::Status::NotFound) {
        m_state = State::NeedsInput;
        m_message = tr("No saved sign-in for %1 in %2: enter the client secret and password.")
                        .arg(m_account, m_store.name());
    } else {
        m_state = State::Failed;
        m_message = tr("The saved sign-in could not be read from %1 (%2). Enter the client "
                       "secret and password.")
                        .arg(m_store.name(), r.error);
    }
    qCInfo(lcStore) << "credentials not loaded from the keychain, status" << int(r.status);
    Q_EMIT loaded();
    return false;
}

void KeychainCredentialSource::load()
{
    const int generation = ++m_generation;
    m_state = State::Loading;
    m_message.clear();
    if (m_credentials.clientId.isEmpty() || m_credentials.username.isEmpty()) {
        m_state = State::NeedsInput;
        m_message = tr("Enter the client id, client secret, user name and password of the "
                       "account %1.")
                        .arg(m_account);
        Q_EMIT loaded();
        return;
    }
    const std::weak_ptr<bool> alive = m_alive;
    m_store.read(secretKey(), [this, alive, generation](const SecretResult& secret) {
        if (alive.expired() || !loadGoesOn(generation, secret))
            return;
        m_store.read(passwordKey(),
                     [this, alive, generation, secret](const SecretResult& password) {
                         if (alive.expired() || !loadGoesOn(generation, password))
                             return;
                         m_credentials.clientSecret = secret.value;
                         m_credentials.password = password.value;
                         SecretRedactor::addBasicCredentials(m_credentials.clientId, secret.value);
                         SecretRedactor::addSecret(password.value);
                         m_state = State::Ready;
                         Q_EMIT loaded();
                     });
    });
}

void KeychainCredentialSource::provide(const Credentials& credentials, bool remember)
{
    ++m_generation; // a load still running must not overwrite what the user typed
    wipe();
    m_credentials = credentials;
    SecretRedactor::addBasicCredentials(credentials.clientId, credentials.clientSecret);
    SecretRedactor::addSecret(credentials.password);
    m_state = credentials.missingFields().isEmpty() ? State::Ready : State::NeedsInput;
    m_message.clear();
    if (!remember || !m_keychainAvailable)
        return;
    const std::weak_ptr<bool> alive = m_alive;
    const QString passwordKeyNow = passwordKey();
    const QString password = credentials.password;
    m_store.write(secretKey(), credentials.clientSecret,
                  [this, alive, passwordKeyNow, password](const SecretResult& r) {
                      if (!alive.expired())
                          onStored(r, passwordKeyNow, password);
                  });
}

void KeychainCredentialSource::onStored(const SecretResult& r, const QString& passwordKey,
                                        const QString& password)
{
    if (r.status != SecretResult::Status::Ok) {
        if (r.status == SecretResult::Status::NoService)
            m_keychainAvailable = false;
        Q_EMIT stored(false, tr("The sign-in was not saved in %1 (%2); it is used for this run "
                                "only.")
                                 .arg(m_store.name(), r.error));
        return;
    }
    const std::weak_ptr<bool> alive = m_alive;
    m_store.write(passwordKey, password, [this, alive](const SecretResult& r2) {
        if (alive.expired())
            return;
        const bool ok = r2.status == SecretResult::Status::Ok;
        Q_EMIT stored(ok, ok ? tr("The sign-in was saved in %1.").arg(m_store.name())
                             : tr("The password was not saved in %1 (%2); it is used for this "
                                  "run only.")
                                   .arg(m_store.name(), r2.error));
    });
}

void KeychainCredentialSource::forget()
{
    ++m_generation;
    const QString secret = secretKey();
    const QString password = passwordKey();
    wipe();
    m_state = State::NeedsInput;
    m_store.remove(secret, [](const SecretResult&) {});
    m_store.remove(password, [](const SecretResult&) {});
}

std::optional<Credentials> KeychainCredentialSource::credentials(QString* whyNot) const
{
    if (m_state == State::Ready && m_credentials.missingFields().isEmpty())
        return m_credentials;
    if (whyNot) {
        const QStringList missing = m_credentials.missingFields();
        *whyNot = m_message.isEmpty()
                      ? tr("Sign in to %1: %2 missing.").arg(m_account, missing.join(u", "_s))
                      : m_message;
    }
    return std::nullopt;
}

} // namespace fotadesk
