// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/SecretStore.h"

#include <QHash>
#include <QObject>

namespace fotadesk {

/// A SecretStore in this object's memory: the test double of the keychain (same interface,
/// same asynchronous answers). setService(false) plays a machine without a keychain service;
/// setFailure() one whose keychain refuses.
class InMemorySecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InMemorySecretStore)

public:
    explicit InMemorySecretStore(QObject* parent = nullptr);
    ~InMemorySecretStore() override;

    void setService(bool available) { m_service = available; }
    /// Non-empty: every operation fails with this message.
    void setFailure(const QString& message) { m_failure = message; }

    void read(const QString& key, Done done) override;
    void write(const QString& key, const QString& secret, Done done) override;
    void remove(const QString& key, Done done) override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool hasService() override { return m_service; }

    /// What is stored (tests look).
    [[nodiscard]] const QHash<QString, QString>& entries() const { return m_entries; }
    [[nodiscard]] int operations() const { return m_operations; }

private:
    void answer(Done done, SecretResult result);
    bool unavailable(const Done& done);

    QHash<QString, QString> m_entries;
    QString m_failure;
    bool m_service = true;
    int m_operations = 0;
};

} // namespace fotadesk
