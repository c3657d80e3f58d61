// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/Authenticator.h"

#include "api/ApiLog.h"
#include "api/CredentialSource.h"
#include "api/RequestJob.h"
#include "core/Clock.h"
#include "core/SecretRedactor.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>

namespace fotadesk {

Authenticator::Authenticator(const JobContext& context, Environment environment,
                             const CredentialSource* credentials, QObject* parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_credentials(credentials)
{
    setContext(context);
}

Authenticator::~Authenticator()
{
    invalidate();
}

void Authenticator::setContext(const JobContext& context)
{
    m_context = context;
    m_context.authenticator = nullptr;
}

bool Authenticator::hasValidTokens() const
{
    if (m_accessToken.isEmpty() || m_sessionToken.isEmpty())
        return false;
    if (!m_expiry.isValid())
        return true; // no expires_in: valid until a 401 says otherwise
    const qint64 margin = std::min(m_skewMarginMs, m_lifetimeMs / 4);
    return m_context.clock->nowUtc().msecsTo(m_expiry) > margin;
}

void Authenticator::invalidate()
{
    m_accessToken.fill(QLatin1Char('\0'));
    m_accessToken.clear();
    m_sessionToken.fill(QLatin1Char('\0'));
    m_sessionToken.clear();
    m_expiry = {};
}

void Authenticator::applyHeaders(QNetworkRequest& request) const
{
    request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    request.setRawHeader("VZ-M2M-Token", m_sessionToken.toUtf8());
}

void Authenticator::ensureValid(QObject* context, Callback done)
{
    if (!m_renewing && hasValidTokens()) {
        done(std::nullopt);
        return;
    }
    m_waiters.append({context, std::move(done)});
    if (!m_renewing)
        startRenewal();
}

void Authenticator::renewAfterRejection(int rejectedGeneration, QObject* context, Callback done)
{
    if (rejectedGeneration < m_generation && !m_renewing && hasValidTokens()) {
        done(std::nullopt); // someone renewed after those headers were sent
        return;
    }
    if (rejectedGeneration >= m_generation && !m_renewing)
        invalidate();
    m_waiters.append({context, std::move(done)});
    if (!m_renewing)
        startRenewal();
}

void Authenticator::startRenewal()
{
    m_renewing = true;
    QString whyNot;
    const auto credentials = m_credentials ? m_credentials->credentials(&whyNot) : std::nullopt;
    if (!credentials) {
        if (whyNot.isEmpty())
            whyNot = tr("No credentials are set for this environment.");
        // Finish asynchronously like a network failure would, so callers see one behaviour.
        const ApiError error = ApiError::auth(
            tr("Cannot sign in: %1 Provide the client id, client secret, user name and "
               "password of the ThingSpace account.")
                .arg(whyNot),
            m_environment.tokenUrl().path());
        QMetaObject::invokeMethod(
            this, [this, error] { completeRenewal(error); }, Qt::QueuedConnection);
        return;
    }
    // Whatever source they came from: before the first byte goes out, the redactor knows
    // them and their wire forms (an answer may echo the request).
    registerWithRedactor(*credentials);
    qCInfo(lcApi) << "signing in to" << m_environment.baseUrl.host();
    requestToken(*credentials);
}

void Authenticator::requestToken(const Credentials& credentials)
{
    ApiRequest request;
    request.method = "POST";
    request.url = m_environment.tokenUrl();
    request.auth = ApiRequest::Auth::None;
    request.idempotency = Idempotency::RepeatSafe; // a second token is harmless
    request.contentType = "application/x-www-form-urlencoded";
    request.body = "grant_type=client_credentials";
    // As the contract says: base64(client_id:client_secret), no form-encoding first.
    const QByteArray pair = credentials.clientId.toUtf8() + ':' + credentials.clientSecret.toUtf8();
    const QByteArray basic = pair.toBase64();
    request.headers.append({"Authorization", "Basic " + basic});
    request.headersAreSecret = true;

    auto* job = new RequestJob<wire::TokenResponse>(m_context, std::move(request),
                                                    jsonDecoder(&wire::decodeTokenResponse), this);
    connect(job, &ApiJob::finished, this, [this, job, credentials] {
        if (!job->succeeded()) {
            completeRenewal(ApiError::authFailed(job->error(), tr("token")));
            return;
        }
        const wire::TokenResponse& token = job->result();
        m_accessToken = token.accessToken;
        SecretRedactor::addSecret(m_accessToken);
        if (token.expiresIn && *token.expiresIn > 0) {
            m_lifetimeMs = *token.expiresIn * 1000;
            m_expiry = m_context.clock->nowUtc().addMSecs(m_lifetimeMs);
        } else {
            m_lifetimeMs = 0;
            m_expiry = {};
        }
        requestSession(credentials);
    });
}

void Authenticator::requestSession(const Credentials& credentials)
{
    ApiRequest request;
    request.method = "POST";
    request.url = m_environment.sessionLoginUrl();
    request.auth = ApiRequest::Auth::None;
    request.idempotency = Idempotency::RepeatSafe; // a second session is harmless
    request.contentType = "application/json";
    request.body = wire::toBytes(
        wire::toJson(wire::SessionLoginRequest{credentials.username, credentials.password}));
    request.headers.append({"Authorization", "Bearer " + m_accessToken.toUtf8()});
    request.headersAreSecret = true;

    auto* job = new RequestJob<wire::SessionResponse>(
        m_context, std::move(request), jsonDecoder(&wire::decodeSessionResponse), this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            // The contract documents a refused login as 400, servers also answer 401: alike.
            const ApiError& cause = job->error();
            const bool refused = cause.httpStatus() == 400 || cause.httpStatus() == 401;
            completeRenewal(refused ? ApiError::loginRefused(cause)
                                    : ApiError::authFailed(cause, tr("session login")));
            return;
        }
        m_sessionToken = job->result().sessionToken;
        SecretRedactor::addSecret(m_sessionToken);
        ++m_generation;
        qCInfo(lcApi).noquote() << "signed in; token"
                                << (m_expiry.isValid()
                                        ? QStringLiteral("expires in %1 s").arg(m_lifetimeMs / 1000)
                                        : QStringLiteral("has no stated expiry"));
        completeRenewal(std::nullopt);
    });
}

void Authenticator::completeRenewal(const std::optional<ApiError>& error)
{
    m_renewing = false;
    if (error) {
        qCWarning(lcApi).noquote() << "sign-in failed:" << error->toString();
        invalidate();
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& w : waiters) {
        if (w.context)
            w.done(error);
    }
    Q_EMIT signInFinished(!error);
}

} // namespace fotadesk
