// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/account/AccountPage.h"

#include "api/FotaClient.h"
#include "core/CallbackUrl.h"
#include "core/DisplayFormat.h"
#include "gui/common/ApiErrorText.h"
#include "gui/common/MessageArea.h"
#include "gui/common/MessageSeam.h"
#include "gui/common/PageTitle.h"
#include "gui/shell/AppContext.h"
#include "ui_AccountPage.h"

#include <QLocale>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fotadesk {

AccountPage::AccountPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccountPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(u"accountPage"_s);
    stylePageTitle(m_ui->titleLabel);
    m_ui->accountValue->setText(context.environment.accountName);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AccountPage::refresh);
    connect(m_ui->registerButton, &QPushButton::clicked, this, &AccountPage::registerUrl);
    connect(m_ui->urlEdit, &QLineEdit::returnPressed, this, &AccountPage::registerUrl);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &AccountPage::deleteUrl);
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, [this] { showMessage({}, false); });
    showRegistered({});
}

AccountPage::~AccountPage() = default;

void AccountPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Read when first shown, not at start: the window comes up without waiting for it.
    if (!m_loaded) {
        m_loaded = true;
        refresh();
    }
}

void AccountPage::refresh()
{
    if (!m_context.client || m_pending > 0)
        return;
    m_loaded = true;
    m_pending = 2;
    m_ui->refreshButton->setEnabled(false);
    m_ui->licensesValue->setText(tr("Reading…"));

    auto* subscription = m_context.client->subscription();
    connect(subscription, &ApiJob::finished, this, [this, subscription] {
        if (subscription->succeeded()) {
            const wire::Subscription& s = subscription->result();
            if (!s.accountName.isEmpty())
                m_ui->accountValue->setText(s.accountName);
            m_ui->purchaseValue->setText(s.purchaseType);
            m_ui->licensesValue->setText(
                tr("%1 used of %2 (%3 free)")
                    .arg(QLocale().toString(s.licenseUsedCount), QLocale().toString(s.licenseCount),
                         QLocale().toString(
                             std::max<qint64>(0, s.licenseCount - s.licenseUsedCount))));
            m_ui->updatedValue->setText(
                s.updateTime.isValid() ? DisplayFormat::dateTime(s.updateTime.utc.toLocalTime())
                                       : s.updateTime.raw);
        } else {
            m_ui->licensesValue->setText(
                ApiErrorText::plain(tr("Reading the subscription"), subscription->error()));
        }
        partDone();
    });

    auto* callback = m_context.client->callback();
    connect(callback, &ApiJob::finished, this, [this, callback] {
        if (callback->succeeded())
            showRegistered(callback->result().url);
        else if (FotaClient::isNoCallbackRegistered(callback->error()))
            showRegistered({});
        else
            showMessage(ApiErrorText::plain(tr("Reading the callback URL"), callback->error()),
                        true);
        partDone();
    });
}

void AccountPage::registerUrl()
{
    if (!m_context.client || m_pending > 0)
        return;
    const QString text = m_ui->urlEdit->text().trimmed();
    switch (CallbackUrl::check(text)) {
    case CallbackUrl::Problem::None:
        break;
    case CallbackUrl::Problem::Empty:
        showMessage(tr("Type the URL of your server first, e.g. https://hooks.example.com/fota."),
                    true);
        m_ui->urlEdit->setFocus();
        return;
    case CallbackUrl::Problem::NotAbsoluteHttp:
        showMessage(tr("'%1' is not an absolute http or https URL: write it whole, for example "
                       "https://hooks.example.com/fota.")
                        .arg(text),
                    true);
        m_ui->urlEdit->setFocus();
        return;
    case CallbackUrl::Problem::HasUserInfo:
        showMessage(tr("The callback URL must not contain a user name or password ('%1@'): the "
                       "service would store them in clear.")
                        .arg(QUrl(text).userName()),
                    true);
        m_ui->urlEdit->setFocus();
        return;
    }
    m_pending = 1;
    m_ui->registerButton->setEnabled(false);
    showMessage(tr("Registering %1…").arg(text), false);
    auto* job = m_context.client->setCallback(text);
    connect(job, &ApiJob::finished, this, [this, job, text] {
        if (job->succeeded()) {
            showRegistered(job->result().url.isEmpty() ? text : job->result().url);
            m_ui->urlEdit->clear();
            showMessage(
                tr("Registered. ThingSpace now POSTs status changes to %1.").arg(m_registered),
                false);
        } else {
            // What was typed stays in the field, to be corrected.
            showMessage(ApiErrorText::plain(tr("Registering the callback URL"), job->error()),
                        true);
        }
        partDone();
    });
}

void AccountPage::deleteUrl()
{
    if (!m_context.client || m_pending > 0 || m_registered.isEmpty())
        return;
    if (m_context.messages &&
        !m_context.messages->confirm(
            this, tr("Delete the callback URL"),
            tr("ThingSpace will stop POSTing status changes to %1.").arg(m_registered),
            tr("Delete callback URL")))
        return;
    m_pending = 1;
    m_ui->deleteButton->setEnabled(false);
    auto* job = m_context.client->deleteCallback();
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->succeeded() || FotaClient::isNoCallbackRegistered(job->error())) {
            const QString was = m_registered;
            showRegistered({});
            showMessage(tr("Deleted: nothing is POSTed to %1 any more.").arg(was), false);
        } else {
            showMessage(ApiErrorText::plain(tr("Deleting the callback URL"), job->error()), true);
        }
        partDone();
    });
}

void AccountPage::showRegistered(const QString& url)
{
    m_registered = url;
    m_ui->currentLabel->setText(url.isEmpty() ? tr("No callback URL is registered.")
                                              : tr("Registered: %1").arg(url));
    m_ui->deleteButton->setEnabled(!url.isEmpty() && m_pending == 0);
}

void AccountPage::showMessage(const QString& text, bool error)
{
    m_ui->messageArea->showMessage(error ? MessageArea::Severity::Error
                                         : MessageArea::Severity::Info,
                                   text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
}

void AccountPage::partDone()
{
    if (m_pending > 0)
        --m_pending;
    if (m_pending > 0)
        return;
    m_ui->refreshButton->setEnabled(true);
    m_ui->registerButton->setEnabled(true);
    m_ui->deleteButton->setEnabled(!m_registered.isEmpty());
    Q_EMIT idle();
}

QString AccountPage::messageText() const
{
    return m_ui->messageArea->plainText();
}

QString AccountPage::licensesText() const
{
    return m_ui->licensesValue->text();
}

} // namespace fotadesk
