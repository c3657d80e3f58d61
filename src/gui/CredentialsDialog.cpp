#include "gui/CredentialsDialog.h"

#include "ui_CredentialsDialog.h"

#include <QPushButton>

namespace fotadesk {

CredentialsDialog::CredentialsDialog(const QString& profileLabel, const QUrl& baseUrl,
                                     const QString& account, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CredentialsDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("Sign in to the %1 environment. FotaDesk keeps these values in memory for this run "
           "only: they are not written to disk.")
            .arg(profileLabel));
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
