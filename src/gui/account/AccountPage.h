// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QWidget>

#include <memory>

namespace Ui {
class AccountPage;
}

namespace fotadesk {

struct AppContext;

/// The account's settings kept by ThingSpace: its subscription (FOTA licenses used of the
/// pool, GET /subscriptions) and its callback URL (GET|PUT|DELETE /callbacks), with what the
/// URL is for — a server of the user's own; a desktop app cannot receive callbacks. Register
/// checks the URL first (core CallbackUrl, as `fotactl callbacks set` does); Delete asks first.
/// Read when first shown and on Refresh.
class AccountPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPage)

public:
    explicit AccountPage(AppContext& context, QWidget* parent = nullptr);
    ~AccountPage() override;

    /// Reads the subscription and the callback URL again.
    void refresh();
    /// The URL fotasim/ThingSpace holds as last read or set; empty when none is registered.
    [[nodiscard]] QString registeredUrl() const { return m_registered; }
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString licensesText() const;
    [[nodiscard]] bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    /// Every read or change has answered (tests wait for it).
    void idle();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void registerUrl();
    void deleteUrl();
    void showRegistered(const QString& url);
    void showMessage(const QString& text, bool error);
    void partDone();

    std::unique_ptr<Ui::AccountPage> m_ui;
    AppContext& m_context;
    QString m_registered;
    int m_pending = 0;
    bool m_loaded = false;
};

} // namespace fotadesk
