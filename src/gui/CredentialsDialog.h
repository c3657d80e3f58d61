#pragma once

#include "api/CredentialSource.h"

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class CredentialsDialog;
}

namespace fotadesk {

/// Asks for the account and the four sign-in secrets of a Production or
/// Custom environment. The values stay in memory for this run only (a
/// keychain arrives later); the dialog never logs or stores them.
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

    void accept() override;

private:
    void updateProblem();

    std::unique_ptr<Ui::CredentialsDialog> m_ui;
};

} // namespace fotadesk
