// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/signin/SignInFlow.h"

#include "gui/signin/CredentialsDialog.h"
#include "store/AppSettings.h"
#include "store/KeychainCredentialSource.h"
#include "store/SecretStore.h"

#include <QEventLoop>

namespace fotadesk {

namespace {

QString profileLabel(Environment::Profile profile)
{
    switch (profile) {
    case Environment::Profile::Production:
        return SignInFlow::tr("ThingSpace production");
    case Environment::Profile::Custom:
        return SignInFlow::tr("custom");
    case Environment::Profile::Demo:
        break;
    }
    return SignInFlow::tr("demo");
}

/// Runs a local event loop until `signal` of `sender` fires.
template <typename Signal> void waitFor(KeychainCredentialSource* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

SignInFlow::SignInFlow(AppSettings& settings, SecretStore& keychain, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_ask([](CredentialsDialog& dialog) { return dialog.exec() == QDialog::Accepted; })
{}

SignInFlow::~SignInFlow() = default;

std::unique_ptr<KeychainCredentialSource> SignInFlow::signIn(Environment& environment)
{
    const Environment::Profile profile = environment.profile;
    const QString profileName = Environment::profileName(profile);
    m_asked = false;
    m_outcome.clear();
    if (environment.accountName.isEmpty())
        environment.accountName = m_settings.account(profile);

    const QString sourceAccount = environment.accountName;
    auto source =
        std::make_unique<KeychainCredentialSource>(m_keychain, profileName, sourceAccount);
    source->setIdentity(m_settings.clientId(profile), m_settings.username(profile));

    // A returning user who chose "remember": the keychain answers, nobody is asked.
    const bool identityKnown = !environment.accountName.isEmpty() &&
                               !source->clientId().isEmpty() && !source->username().isEmpty();
    QString reason;
    // Asked before the dialog says where the secrets will be kept: without a keychain
    // service it says so, and offers no "remember" that could not be kept.
    bool keychainAvailable = m_keychain.hasService();
    if (identityKnown && m_settings.rememberSignIn()) {
        source->load();
        if (source->state() == KeychainCredentialSource::State::Loading)
            waitFor(source.get(), &KeychainCredentialSource::loaded);
        if (source->state() == KeychainCredentialSource::State::Ready) {
            m_outcome = tr("Signed in with the sign-in saved in %1.").arg(m_keychain.name());
            return source;
        }
        reason = source->message();
        keychainAvailable = source->keychainAvailable();
    }

    CredentialsDialog dialog(profileLabel(profile), environment.baseUrl, environment.accountName);
    dialog.setIdentity(source->clientId(), source->username());
    dialog.setKeychain(keychainAvailable, m_settings.rememberSignIn(),
                       keychainAvailable
                           ? tr("Kept in: %1.").arg(m_keychain.name())
                           : tr("There is no keychain service on this computer: you will be "
                                "asked again at the next start."));
    dialog.setReason(reason);
    m_asked = true;
    if (!m_ask(dialog))
        return nullptr;

    // The keychain entries are scoped by account: a changed account is another sign-in.
    environment.accountName = dialog.accountName();
    if (environment.accountName != sourceAccount)
        source = std::make_unique<KeychainCredentialSource>(m_keychain, profileName,
                                                            environment.accountName);
    const Credentials typed = dialog.credentials();
    const bool remember = dialog.remember();
    m_settings.setAccount(profile, environment.accountName);
    m_settings.setIdentity(profile, typed.clientId, typed.username);
    m_settings.setValue(AppSettings::Key::RememberSignIn, remember);
    m_settings.sync();

    bool storedOk = true;
    QString storedMessage;
    QMetaObject::Connection onStored = connect(source.get(), &KeychainCredentialSource::stored,
                                               this, [&](bool ok, const QString& message) {
                                                   storedOk = ok;
                                                   storedMessage = message;
                                               });
    source->provide(typed, remember);
    if (remember && source->keychainAvailable() && storedMessage.isEmpty() && storedOk)
        waitFor(source.get(), &KeychainCredentialSource::stored);
    disconnect(onStored);

    if (!remember)
        m_outcome = tr("Signed in; the secret and password are kept in memory for this run only.");
    else if (storedOk)
        m_outcome =
            tr("Signed in; the secret and password are saved in %1.").arg(m_keychain.name());
    else
        m_outcome = storedMessage; // says what was not saved, and that it is used for this run

    return source;
}

} // namespace fotadesk
