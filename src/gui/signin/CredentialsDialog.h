// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/CredentialSource.h"

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class CredentialsDialog;
}

namespace fotadesk {

/// Asks for the account and the four sign-in values of a Production or
/// Custom environment. The dialog itself never logs or stores them; with
/// "remember" ticked the caller (SignInFlow) puts the client secret and the
/// password into the OS keychain — never anywhere else.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsDialog)

public:
    CredentialsDialog(const QString& profileLabel, const QUrl& baseUrl, const QString& account,
                      QWidget* parent = nullptr);
    ~CredentialsDialog() override;

    [[nodiscard]] QString accountName() const;
    [[nodiscard]] Credentials credentials() const;

    /// Prefills the non-secret half (from the settings).
    void setIdentity(const QString& clientId, const QString& username);
    /// Whether the keychain can keep the secrets; `note` says why not, or where they go.
    void setKeychain(bool available, bool rememberByDefault, const QString& note);
    /// Why the dialog is asked (e.g. "The keychain has nothing stored for ..."); empty: none.
    void setReason(const QString& reason);
    /// The user ticked "remember in the keychain" (false when no keychain).
    [[nodiscard]] bool remember() const;

    void accept() override;

private:
    void updateProblem();

    std::unique_ptr<Ui::CredentialsDialog> m_ui;
};

} // namespace fotadesk
