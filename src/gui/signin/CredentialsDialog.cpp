// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/signin/CredentialsDialog.h"

#include "ui_CredentialsDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fotadesk {

CredentialsDialog::CredentialsDialog(const QString& profileLabel, const QUrl& baseUrl,
                                     const QString& account, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CredentialsDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("Sign in to the %1 environment. The client secret and the password are kept in memory "
           "for this run, and in the system keychain only if you tick the box below: never in "
           "a file, the settings or a log.")
            .arg(profileLabel));
    m_ui->rememberCheck->setChecked(false);
    m_ui->keychainLabel->hide();
    m_ui->baseUrlValue->setText(baseUrl.toString());
    m_ui->accountEdit->setText(account);
    for (auto* edit : {m_ui->accountEdit, m_ui->clientIdEdit, m_ui->clientSecretEdit,
                       m_ui->usernameEdit, m_ui->passwordEdit})
        connect(edit, &QLineEdit::textChanged, this, &CredentialsDialog::updateProblem);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CredentialsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateProblem();
}

CredentialsDialog::~CredentialsDialog() = default;

QString CredentialsDialog::accountName() const
{
    return m_ui->accountEdit->text().trimmed();
}

Credentials CredentialsDialog::credentials() const
{
    return {m_ui->clientIdEdit->text().trimmed(), m_ui->clientSecretEdit->text(),
            m_ui->usernameEdit->text().trimmed(), m_ui->passwordEdit->text()};
}

void CredentialsDialog::setIdentity(const QString& clientId, const QString& username)
{
    m_ui->clientIdEdit->setText(clientId);
    m_ui->usernameEdit->setText(username);
    // The first empty field gets the focus, so a returning user types only the secrets.
    for (auto* edit : {m_ui->accountEdit, m_ui->clientIdEdit, m_ui->clientSecretEdit,
                       m_ui->usernameEdit, m_ui->passwordEdit}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

void CredentialsDialog::setKeychain(bool available, bool rememberByDefault, const QString& note)
{
    m_ui->rememberCheck->setEnabled(available);
    m_ui->rememberCheck->setChecked(available && rememberByDefault);
    m_ui->keychainLabel->setText(note);
    m_ui->keychainLabel->setVisible(!note.isEmpty());
}

void CredentialsDialog::setReason(const QString& reason)
{
    if (reason.isEmpty())
        return;
    m_ui->introLabel->setText(m_ui->introLabel->text() + u"\n\n"_s + reason);
}

bool CredentialsDialog::remember() const
{
    return m_ui->rememberCheck->isEnabled() && m_ui->rememberCheck->isChecked();
}

void CredentialsDialog::accept()
{
    updateProblem();
    if (m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        QDialog::accept();
}

void CredentialsDialog::updateProblem()
{
    QStringList missing = credentials().missingFields();
    if (accountName().isEmpty())
        missing.prepend(tr("account"));
    m_ui->problemLabel->setText(
        missing.isEmpty() ? QString() : tr("Still missing: %1.").arg(missing.join(tr(", "))));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

} // namespace fotadesk
