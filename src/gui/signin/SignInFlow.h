// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/Environment.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace fotadesk {

class AppSettings;
class CredentialsDialog;
class KeychainCredentialSource;
class SecretStore;

/// Signs in to a Production or Custom environment for this run.
///
/// The non-secret half (account, client id, user name) comes from and goes
/// back to AppSettings. The client secret and the password come from the OS
/// keychain when "remember" was chosen before and the keychain has them;
/// otherwise the user is asked once (CredentialsDialog) and the two values
/// are kept in memory, and in the keychain only when the user ticks
/// "remember" and a keychain service exists. Nothing secret is written
/// anywhere else.
///
///     SignInFlow flow(settings, keychain);
///     auto source = flow.signIn(environment);          // nullptr: the user cancelled
///     FotaClient client(&network, environment, source.get(), clock);
class SignInFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInFlow)

public:
    /// Shows the dialog modally; true when the user accepted. Tests fill it in instead.
    using Ask = std::function<bool(CredentialsDialog& dialog)>;

    SignInFlow(AppSettings& settings, SecretStore& keychain, QObject* parent = nullptr);
    ~SignInFlow() override;

    void setAsk(Ask ask) { m_ask = std::move(ask); }

    /// The credentials for `environment` (its account may be changed by the user), or nullptr
    /// when the user cancelled. Waits in a local event loop while the keychain answers.
    [[nodiscard]] std::unique_ptr<KeychainCredentialSource> signIn(Environment& environment);

    /// What happened, for the status bar: "Signed in with the sign-in saved in …", or why the
    /// keychain did not keep the values. Empty before signIn().
    [[nodiscard]] const QString& outcome() const { return m_outcome; }
    /// Whether the last signIn() asked the user (false: everything came from the keychain).
    [[nodiscard]] bool asked() const { return m_asked; }

private:
    AppSettings& m_settings;
    SecretStore& m_keychain;
    Ask m_ask;
    QString m_outcome;
    bool m_asked = false;
};

} // namespace fotadesk
