// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The keychain path of the credentials, against InMemorySecretStore (the same SecretStore
// interface as the real keychain, with the same asynchronous answers).

#include "store/KeychainCredentialSource.h"

#include "core/SecretRedactor.h"
#include "store/InMemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

const QString kAccount = u"0000123456-00001"_s;

Credentials full()
{
    return {u"client-id-1"_s, u"Sup3r-Secret-Value"_s, u"field.engineer"_s, u"pa55-w0rd!"_s};
}

bool waitLoaded(KeychainCredentialSource& source)
{
    QSignalSpy spy(&source, &KeychainCredentialSource::loaded);
    source.load();
    return spy.size() == 1 || (spy.wait(5000) && spy.size() == 1);
}

} // namespace

class KeychainCredentialSourceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { SecretRedactor::clearSecrets(); }
    void loadsStoredSecrets();
    void notStoredAsksThenRemembers();
    void noKeychainServiceAsksEveryRunKeepsMemoryOnly();
    void keychainFailureStillLetsUserSignIn();
    void withoutIdentityAsksAtOnce();
    void forgetRemovesEverything();
    void typedValuesWinOverALateLoad();
    void answerAfterDestructionIsHarmless();
    void keysHoldNoSecrets();
    void loadedSecretsAreRedactedFromLogs();
};

void KeychainCredentialSourceTest::loadsStoredSecrets()
{
    InMemorySecretStore store;
    {
        KeychainCredentialSource first(store, u"production"_s, kAccount);
        first.provide(full(), true);
        QSignalSpy stored(&first, &KeychainCredentialSource::stored);
        QVERIFY(stored.wait(5000));
        QCOMPARE(stored.at(0).at(0).toBool(), true);
    }
    // The next run: identity from the settings, secrets from the keychain.
    KeychainCredentialSource source(store, u"production"_s, kAccount);
    source.setIdentity(full().clientId, full().username);
    QCOMPARE(source.state(), KeychainCredentialSource::State::Empty);
    QVERIFY(waitLoaded(source));
    QCOMPARE(source.state(), KeychainCredentialSource::State::Ready);
    QString why;
    const auto c = source.credentials(&why);
    QVERIFY2(c.has_value(), qPrintable(why));
    QCOMPARE(c->clientId, full().clientId);
    QCOMPARE(c->clientSecret, full().clientSecret);
    QCOMPARE(c->username, full().username);
    QCOMPARE(c->password, full().password);
}

void KeychainCredentialSourceTest::notStoredAsksThenRemembers()
{
    InMemorySecretStore store;
    KeychainCredentialSource source(store, u"production"_s, kAccount);
    source.setIdentity(full().clientId, full().username);
    QVERIFY(waitLoaded(source));
    QCOMPARE(source.state(), KeychainCredentialSource::State::NeedsInput);
    QVERIFY(source.keychainAvailable());
    QString why;
    QVERIFY(!source.credentials(&why).has_value());
    QVERIFY2(why.contains(u"No saved sign-in"_s), qPrintable(why));

    QSignalSpy stored(&source, &KeychainCredentialSource::stored);
    source.provide(full(), true);
    QCOMPARE(source.state(), KeychainCredentialSource::State::Ready);
    QVERIFY(source.credentials(nullptr).has_value()); // usable at once, before the keychain
    QVERIFY(stored.wait(5000));
    QCOMPARE(stored.at(0).at(0).toBool(), true);
    QCOMPARE(store.entries().value(source.secretKey()), full().clientSecret);
    QCOMPARE(store.entries().value(source.passwordKey()), full().password);
    QCOMPARE(store.entries().size(), 2); // the client id and user name are not kept there
}

void KeychainCredentialSourceTest::noKeychainServiceAsksEveryRunKeepsMemoryOnly()
{
    InMemorySecretStore store;
    store.setService(false);
    for (int run = 0; run < 2; ++run) {
        KeychainCredentialSource source(store, u"custom"_s, kAccount);
        source.setIdentity(full().clientId, full().username);
        QVERIFY(waitLoaded(source));
        QCOMPARE(source.state(), KeychainCredentialSource::State::NeedsInput);
        QVERIFY(!source.keychainAvailable());
        QVERIFY2(source.message().contains(u"no keychain"_s), qPrintable(source.message()));
        const int before = store.operations();
        QSignalSpy stored(&source, &KeychainCredentialSource::stored);
        source.provide(full(), true);
        QCOMPARE(source.state(), KeychainCredentialSource::State::Ready);
        QCOMPARE(source.credentials(nullptr)->password, full().password);
        QCOMPARE(store.operations(), before); // nothing written anywhere
        QVERIFY(!stored.wait(100));
    }
    QVERIFY(store.entries().isEmpty());
}

void KeychainCredentialSourceTest::keychainFailureStillLetsUserSignIn()
{
    InMemorySecretStore store;
    store.setFailure(u"The keyring is locked"_s);
    KeychainCredentialSource source(store, u"production"_s, kAccount);
    source.setIdentity(full().clientId, full().username);
    QVERIFY(waitLoaded(source));
    QCOMPARE(source.state(), KeychainCredentialSource::State::Failed);
    QVERIFY2(source.message().contains(u"The keyring is locked"_s), qPrintable(source.message()));
    QSignalSpy stored(&source, &KeychainCredentialSource::stored);
    source.provide(full(), true);
    QVERIFY(source.credentials(nullptr).has_value());
    QVERIFY(stored.wait(5000));
    QCOMPARE(stored.at(0).at(0).toBool(), false);
    QVERIFY(stored.at(0).at(1).toString().contains(u"this run only"_s));
}

void KeychainCredentialSourceTest::withoutIdentityAsksAtOnce()
{
    InMemorySecretStore store;
    KeychainCredentialSource source(store, u"production"_s, kAccount);
    QSignalSpy loaded(&source, &KeychainCredentialSource::loaded);
    source.load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(source.state(), KeychainCredentialSource::State::NeedsInput);
    QCOMPARE(store.operations(), 0);
    QString why;
    QVERIFY(!source.credentials(&why).has_value());
    QVERIFY(why.contains(kAccount));
}

void KeychainCredentialSourceTest::forgetRemovesEverything()
{
    InMemorySecretStore store;
    KeychainCredentialSource source(store, u"production"_s, kAccount);
    QSignalSpy stored(&source, &KeychainCredentialSource::stored);
    source.provide(full(), true);
    QVERIFY(stored.wait(5000));
    QCOMPARE(store.entries().size(), 2);
    source.forget();
    QVERIFY(!source.credentials(nullptr).has_value());
    QTRY_VERIFY(store.entries().isEmpty());
}

void KeychainCredentialSourceTest::typedValuesWinOverALateLoad()
{
    InMemorySecretStore store;
    {
        KeychainCredentialSource old(store, u"production"_s, kAccount);
        QSignalSpy stored(&old, &KeychainCredentialSource::stored);
        old.provide(full(), true);
        QVERIFY(stored.wait(5000));
    }
    KeychainCredentialSource source(store, u"production"_s, kAccount);
    source.setIdentity(full().clientId, full().username);
    QSignalSpy loaded(&source, &KeychainCredentialSource::loaded);
    source.load(); // answers arrive later ...
    Credentials typed = full();
    typed.password = u"the new password"_s;
    source.provide(typed, false); // ... after the user typed a new password
    QVERIFY(!loaded.wait(200));
    QCOMPARE(source.credentials(nullptr)->password, u"the new password"_s);
}

void KeychainCredentialSourceTest::answerAfterDestructionIsHarmless()
{
    InMemorySecretStore store;
    auto source = std::make_unique<KeychainCredentialSource>(store, u"production"_s, kAccount);
    source->setIdentity(full().clientId, full().username);
    source->load();
    source->provide(full(), true);
    source.reset();
    QTest::qWait(50); // the store's answers arrive for an object that is gone
    QVERIFY(store.operations() >= 1);
}

void KeychainCredentialSourceTest::keysHoldNoSecrets()
{
    InMemorySecretStore store;
    KeychainCredentialSource source(store, u"production"_s, kAccount);
    source.provide(full(), false);
    for (const QString& key : {source.secretKey(), source.passwordKey()}) {
        QVERIFY(!key.contains(full().clientSecret));
        QVERIFY(!key.contains(full().password));
        QVERIFY(key.contains(kAccount));
    }
    QVERIFY(source.secretKey() != source.passwordKey());
    QVERIFY(store.entries().isEmpty()); // remember = false: memory only
}

void KeychainCredentialSourceTest::loadedSecretsAreRedactedFromLogs()
{
    InMemorySecretStore store;
    {
        KeychainCredentialSource first(store, u"production"_s, kAccount);
        QSignalSpy stored(&first, &KeychainCredentialSource::stored);
        first.provide(full(), true);
        QVERIFY(stored.wait(5000));
    }
    SecretRedactor::clearSecrets();
    KeychainCredentialSource source(store, u"production"_s, kAccount);
    source.setIdentity(full().clientId, full().username);
    QVERIFY(waitLoaded(source));
    const QString line = u"oops: "_s + full().clientSecret + u" / "_s + full().password;
    const QString clean = SecretRedactor::redact(line);
    QVERIFY2(!clean.contains(full().clientSecret), qPrintable(clean));
    QVERIFY2(!clean.contains(full().password), qPrintable(clean));
}

QTEST_GUILESS_MAIN(KeychainCredentialSourceTest)
#include "KeychainCredentialSourceTest.moc"
