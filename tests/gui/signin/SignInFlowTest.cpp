// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Signing in to Production/Custom: the keychain path (InMemorySecretStore behind the same
// SecretStore interface as the OS keychain), the dialog path, "remember", no keychain
// service, cancel, and a changed account. The dialog is filled in by the test (SignInFlow::Ask).

#include "gui/signin/SignInFlow.h"

#include "core/SecretRedactor.h"
#include "gui/signin/CredentialsDialog.h"
#include "store/AppSettings.h"
#include "store/InMemorySecretStore.h"
#include "store/KeychainCredentialSource.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

const QString kAccount = u"0000123456-00001"_s;
const QString kSecret = u"Cl1ent-S3cret-zz9"_s;
const QString kPassword = u"Pa55w0rd-qq7!"_s;

struct Typed
{
    QString account = kAccount;
    QString clientId = u"client-id-1"_s;
    QString secret = kSecret;
    QString username = u"field.engineer"_s;
    QString password = kPassword;
    bool remember = true;
};

/// An Ask that types `typed` into the dialog and presses OK; counts the dialogs shown.
SignInFlow::Ask typeIn(const Typed& typed, int* shown, bool* rememberEnabled = nullptr,
                       QString* keychainNote = nullptr)
{
    return [typed, shown, rememberEnabled, keychainNote](CredentialsDialog& dialog) {
        ++*shown;
        if (keychainNote) {
            const auto* label = dialog.findChild<QLabel*>(u"keychainLabel"_s);
            *keychainNote = label && label->isVisibleTo(&dialog) ? label->text() : QString();
        }
        const auto set = [&dialog](const char* name, const QString& text) {
            auto* edit = dialog.findChild<QLineEdit*>(QLatin1String(name));
            if (!edit)
                qFatal("CredentialsDialog has no %s", name);
            edit->setText(text);
        };
        set("accountEdit", typed.account);
        set("clientIdEdit", typed.clientId);
        set("clientSecretEdit", typed.secret);
        set("usernameEdit", typed.username);
        set("passwordEdit", typed.password);
        auto* remember = dialog.findChild<QCheckBox*>(u"rememberCheck"_s);
        if (!remember)
            qFatal("CredentialsDialog has no rememberCheck");
        if (rememberEnabled)
            *rememberEnabled = remember->isEnabled();
        remember->setChecked(typed.remember);
        return true;
    };
}

} // namespace

class SignInFlowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstRunAsksAndRemembers();
    void returningUserIsNotAsked();
    void notRememberedAsksEveryRun();
    void noKeychainServiceAsksEveryRun();
    void cancelGivesNothing();
    void changedAccountIsAnotherSignIn();
    void secretsNeverInTheSettingsFile();

private:
    std::unique_ptr<KeychainCredentialSource> run(const Typed& typed, int* shown,
                                                  bool* rememberEnabled = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<InMemorySecretStore> m_keychain;
    Environment m_environment;
    QString m_keychainNote; ///< what the last dialog said about where secrets are kept
};

void SignInFlowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_qsettings =
        std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    m_keychain = std::make_unique<InMemorySecretStore>();
    m_environment = Environment::production(QString());
}

void SignInFlowTest::cleanup()
{
    m_settings.reset();
    m_qsettings.reset();
    m_keychain.reset();
    SecretRedactor::clearSecrets();
}

std::unique_ptr<KeychainCredentialSource> SignInFlowTest::run(const Typed& typed, int* shown,
                                                              bool* rememberEnabled)
{
    SignInFlow flow(*m_settings, *m_keychain);
    flow.setAsk(typeIn(typed, shown, rememberEnabled, &m_keychainNote));
    m_environment = Environment::production(QString());
    return flow.signIn(m_environment);
}

void SignInFlowTest::firstRunAsksAndRemembers()
{
    int shown = 0;
    bool rememberEnabled = false;
    auto source = run(Typed{}, &shown, &rememberEnabled);
    QVERIFY(source);
    QCOMPARE(shown, 1);
    QVERIFY(rememberEnabled);
    QVERIFY2(m_keychainNote.startsWith(u"Kept in: "_s), qPrintable(m_keychainNote));
    QCOMPARE(m_environment.accountName, kAccount);
    QString why;
    const auto credentials = source->credentials(&why);
    QVERIFY2(credentials, qPrintable(why));
    QCOMPARE(credentials->clientSecret, kSecret);
    QCOMPARE(credentials->password, kPassword);
    // The two secrets are in the keychain, the identity in the settings.
    const QStringList stored = m_keychain->entries().values();
    QVERIFY(stored.contains(kSecret));
    QVERIFY(stored.contains(kPassword));
    QCOMPARE(m_settings->account(Environment::Profile::Production), kAccount);
    QCOMPARE(m_settings->clientId(Environment::Profile::Production), u"client-id-1"_s);
    QCOMPARE(m_settings->username(Environment::Profile::Production), u"field.engineer"_s);
    QVERIFY(m_settings->rememberSignIn());
}

void SignInFlowTest::returningUserIsNotAsked()
{
    int shown = 0;
    QVERIFY(run(Typed{}, &shown));
    QCOMPARE(shown, 1);
    // Next start: everything from settings + keychain, no dialog.
    auto source = run(Typed{}, &shown);
    QVERIFY(source);
    QCOMPARE(shown, 1);
    QCOMPARE(source->state(), KeychainCredentialSource::State::Ready);
    QCOMPARE(m_environment.accountName, kAccount);
    QString why;
    const auto credentials = source->credentials(&why);
    QVERIFY2(credentials, qPrintable(why));
    QCOMPARE(credentials->clientSecret, kSecret);
    QCOMPARE(credentials->password, kPassword);
}

void SignInFlowTest::notRememberedAsksEveryRun()
{
    Typed typed;
    typed.remember = false;
    int shown = 0;
    QVERIFY(run(typed, &shown));
    QVERIFY(m_keychain->entries().isEmpty());
    QVERIFY(!m_settings->rememberSignIn());
    QVERIFY(run(typed, &shown));
    QCOMPARE(shown, 2);
}

void SignInFlowTest::noKeychainServiceAsksEveryRun()
{
    m_keychain->setService(false);
    int shown = 0;
    bool rememberEnabled = true;
    QVERIFY(run(Typed{}, &shown, &rememberEnabled));
    // Already the first dialog knows there is no keychain: no "remember" is offered, and
    // nothing is written.
    QVERIFY(!rememberEnabled);
    QVERIFY2(m_keychainNote.contains(u"no keychain"_s), qPrintable(m_keychainNote));
    QCOMPARE(m_keychain->operations(), 0);
    QVERIFY(m_keychain->entries().isEmpty());
    bool enabledSecondTime = true;
    auto source = run(Typed{}, &shown, &enabledSecondTime);
    QVERIFY(source);
    QCOMPARE(shown, 2);
    QVERIFY(!enabledSecondTime); // the keychain said "no service" on the load: no checkbox
    QString why;
    QVERIFY2(source->credentials(&why), qPrintable(why));
}

void SignInFlowTest::cancelGivesNothing()
{
    SignInFlow flow(*m_settings, *m_keychain);
    int shown = 0;
    flow.setAsk([&shown](CredentialsDialog&) {
        ++shown;
        return false;
    });
    Environment environment = Environment::production(kAccount);
    QVERIFY(!flow.signIn(environment));
    QCOMPARE(shown, 1);
    QVERIFY(m_keychain->entries().isEmpty());
    QVERIFY(m_settings->clientId(Environment::Profile::Production).isEmpty());
}

void SignInFlowTest::changedAccountIsAnotherSignIn()
{
    int shown = 0;
    QVERIFY(run(Typed{}, &shown));
    Typed other;
    other.account = u"0000999999-00002"_s;
    other.secret = u"Other-S3cret"_s;
    SignInFlow flow(*m_settings, *m_keychain);
    flow.setAsk(typeIn(other, &shown));
    Environment environment = Environment::production(u"0000999999-00002"_s);
    auto source = flow.signIn(environment);
    QVERIFY(source);
    QCOMPARE(shown, 2); // nothing stored for that account: asked
    QCOMPARE(environment.accountName, u"0000999999-00002"_s);
    QVERIFY(source->secretKey().contains(u"0000999999-00002"_s));
    // Both accounts' secrets are kept apart.
    QVERIFY(m_keychain->entries().values().contains(kSecret));
    QVERIFY(m_keychain->entries().values().contains(u"Other-S3cret"_s));
}

void SignInFlowTest::secretsNeverInTheSettingsFile()
{
    int shown = 0;
    QVERIFY(run(Typed{}, &shown));
    m_qsettings->sync();
    QFile file(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("client-id-1")); // the file is the one written
    QVERIFY(!text.contains(kSecret.toUtf8()));
    QVERIFY(!text.contains(kPassword.toUtf8()));
}

QTEST_MAIN(SignInFlowTest)
#include "SignInFlowTest.moc"
