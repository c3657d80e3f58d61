// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/InMemorySecretStore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace fotadesk {

InMemorySecretStore::InMemorySecretStore(QObject* parent)
    : QObject(parent)
{}

InMemorySecretStore::~InMemorySecretStore()
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        it->fill(u'\0');
}

QString InMemorySecretStore::name() const
{
    return u"memory"_s;
}

void InMemorySecretStore::answer(Done done, SecretResult result)
{
    ++m_operations;
    QTimer::singleShot(0, this,
                       [done = std::move(done), result = std::move(result)] { done(result); });
}

bool InMemorySecretStore::unavailable(const Done& done)
{
    if (!m_service) {
        answer(done, {SecretResult::Status::NoService, {}, u"No keychain service (test)"_s});
        return true;
    }
    if (!m_failure.isEmpty()) {
        answer(done, {SecretResult::Status::Failed, {}, m_failure});
        return true;
    }
    return false;
}

void InMemorySecretStore::read(const QString& key, Done done)
{
    if (unavailable(done))
        return;
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        answer(std::move(done), {SecretResult::Status::NotFound, {}, {}});
    else
        answer(std::move(done), {SecretResult::Status::Ok, *it, {}});
}

void InMemorySecretStore::write(const QString& key, const QString& secret, Done done)
{
    if (unavailable(done))
        return;
    m_entries.insert(key, secret);
    answer(std::move(done), {SecretResult::Status::Ok, {}, {}});
}

void InMemorySecretStore::remove(const QString& key, Done done)
{
    if (unavailable(done))
        return;
    m_entries.remove(key);
    answer(std::move(done), {SecretResult::Status::Ok, {}, {}});
}

} // namespace fotadesk
