// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/Environment.h"
#include "api/JobContext.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkRequest;

namespace fotadesk {

class CredentialSource;
struct Credentials;

/// Signs in to FOTA v3 and keeps the two credentials every call carries:
/// the OAuth 2 bearer token (client credentials grant: Basic auth, form body
/// grant_type=client_credentials) and the M2M session token (JSON login with
/// the bearer token). Renews both before the bearer token expires, minus a
/// clock-skew margin (by the injected Clock); all callers waiting meanwhile
/// share one renewal. Tokens live in memory only and are never logged.
class Authenticator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Authenticator)

public:
    using Callback = std::function<void(const std::optional<ApiError>& error)>;

    /// `context.authenticator` is ignored (the sign-in requests carry their own headers).
    Authenticator(const JobContext& context, Environment environment,
                  const CredentialSource* credentials, QObject* parent = nullptr);
    ~Authenticator() override;

    /// Calls `done` once valid tokens are held: at once (synchronously) when
    /// they are, else after the (shared) renewal. Not called if `context` is gone.
    void ensureValid(QObject* context, Callback done);
    /// A call made with the tokens of `rejectedGeneration` answered 401: renew
    /// unless a renewal already happened since, then call `done`.
    void renewAfterRejection(int rejectedGeneration, QObject* context, Callback done);

    /// Sets Authorization: Bearer and VZ-M2M-Token.
    void applyHeaders(QNetworkRequest& request) const;
    /// Counts successful sign-ins; a 401 on older headers triggers a renewal.
    [[nodiscard]] int generation() const { return m_generation; }
    [[nodiscard]] bool hasValidTokens() const;
    /// When the bearer token expires (invalid: unknown, renew only on a 401).
    [[nodiscard]] QDateTime tokenExpiry() const { return m_expiry; }
    /// Forgets the tokens (sign-out, or credentials changed).
    void invalidate();
    /// Where the credentials come from (not owned): a second client for the same account (a
    /// worker thread's) signs in with the same ones.
    [[nodiscard]] const CredentialSource* credentialSource() const { return m_credentials; }

    /// Renew this long before the expiry (default 60 s; at most a quarter of the lifetime).
    void setSkewMarginMs(qint64 ms) { m_skewMarginMs = ms; }
    /// Applies to the next sign-in requests.
    void setContext(const JobContext& context);

Q_SIGNALS:
    /// A renewal ended (ok or not); for status displays.
    void signInFinished(bool ok);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };

    void startRenewal();
    void requestToken(const Credentials& credentials);
    void requestSession(const Credentials& credentials);
    void completeRenewal(const std::optional<ApiError>& error);

    JobContext m_context;
    Environment m_environment;
    const CredentialSource* m_credentials = nullptr;
    QList<Waiter> m_waiters;
    QString m_accessToken;
    QString m_sessionToken;
    QDateTime m_expiry;
    qint64 m_lifetimeMs = 0;
    qint64 m_skewMarginMs = 60'000;
    int m_generation = 0;
    bool m_renewing = false;
};

} // namespace fotadesk
