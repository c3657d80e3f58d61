// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/SimAuth.h"

#include "api/wire/JsonCodec.h"
#include "sim/SimError.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::SimAuth", text);
}

/// OAuth 2 error answers (RFC 6749 section 5.2 shape).
SimResponse oauthError(int status, const QString& error, const QString& description)
{
    SimResponse r = SimResponse::json(
        QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}}, status);
    if (status == 401)
        r.headers.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"thingspace\"")));
    return r;
}

SimResponse unauthorized(const QString& code, const QString& message)
{
    SimResponse r = SimResponse::error(code, message, 401);
    r.headers.append(
        qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer error=\"invalid_token\"")));
    return r;
}

constexpr qint64 PruneAfterMs = 24LL * 3600 * 1000;

} // namespace

SimAuth::SimAuth(SimCredentials credentials, qint64 lifetimeSeconds, const Clock& clock)
    : m_credentials(std::move(credentials))
    , m_lifetimeSeconds(lifetimeSeconds)
    , m_clock(clock)
{}

QString SimAuth::newToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString SimAuth::bearerOf(const SimRequest& request)
{
    const QByteArray auth = request.header("authorization").trimmed();
    if (auth.size() < 8 || auth.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(auth.mid(7).trimmed());
}

void SimAuth::prune()
{
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    for (auto* map : {&m_tokens, &m_sessions}) {
        for (auto it = map->begin(); it != map->end();) {
            if (it.value() + PruneAfterMs < now)
                it = map->erase(it);
            else
                ++it;
        }
    }
}

SimResponse SimAuth::issueToken(const SimRequest& request)
{
    const QByteArray auth = request.header("authorization").trimmed();
    if (auth.size() < 7 || auth.left(6).toLower() != "basic ")
        return oauthError(401, u"invalid_client"_s,
                          tr("Send the client id and secret as HTTP Basic authorization."));
    const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    const QString id = QString::fromUtf8(decoded.left(colon));
    const QString secret = colon < 0 ? QString() : QString::fromUtf8(decoded.mid(colon + 1));
    if (colon < 0 || id != m_credentials.clientId || secret != m_credentials.clientSecret)
        return oauthError(401, u"invalid_client"_s,
                          tr("Unknown client id or wrong client secret."));
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString grant = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
    if (grant.isEmpty())
        return oauthError(400, u"invalid_request"_s,
                          tr("The form body must contain grant_type=client_credentials."));
    if (grant != u"client_credentials"_s)
        return oauthError(
            400, u"unsupported_grant_type"_s,
            tr("Only grant_type=client_credentials is supported, got '%1'.").arg(grant));
    prune();
    wire::TokenResponse token;
    token.accessToken = newToken(24);
    token.tokenType = u"Bearer"_s;
    token.expiresIn = m_lifetimeSeconds;
    token.scope = form.queryItemValue(u"scope"_s, QUrl::FullyDecoded);
    if (token.scope.isEmpty())
        token.scope = u"ts.application.ro ts.configuration"_s;
    m_tokens.insert(token.accessToken,
                    m_clock.nowUtc().toMSecsSinceEpoch() + m_lifetimeSeconds * 1000);
    return SimResponse::json(wire::toJson(token));
}

std::optional<SimResponse> SimAuth::checkBearer(const SimRequest& request) const
{
    const QString bearer = bearerOf(request);
    if (bearer.isEmpty())
        return unauthorized(errc::MissingToken,
                            tr("Missing 'Authorization: Bearer <token>' header: get a token "
                               "from POST /api/ts/v1/oauth2/token."));
    const auto it = m_tokens.constFind(bearer);
    if (it == m_tokens.cend())
        return unauthorized(errc::InvalidToken, tr("The bearer token is not valid."));
    if (it.value() <= m_clock.nowUtc().toMSecsSinceEpoch())
        return unauthorized(errc::TokenExpired,
                            tr("The bearer token has expired: request a new one."));
    return std::nullopt;
}

std::optional<SimResponse> SimAuth::checkFota(const SimRequest& request) const
{
    if (auto failed = checkBearer(request))
        return failed;
    const QString session = QString::fromLatin1(request.header("vz-m2m-token").trimmed());
    if (session.isEmpty())
        return unauthorized(errc::MissingSessionToken,
                            tr("Missing 'VZ-M2M-Token' header: log in with POST "
                               "/api/m2m/v1/session/login."));
    const auto it = m_sessions.constFind(session);
    if (it == m_sessions.cend())
        return unauthorized(errc::InvalidSessionToken, tr("The VZ-M2M-Token is not valid."));
    if (it.value() <= m_clock.nowUtc().toMSecsSinceEpoch())
        return unauthorized(errc::SessionExpired, tr("The M2M session has expired: log in again."));
    return std::nullopt;
}

SimResponse SimAuth::login(const SimRequest& request)
{
    if (auto failed = checkBearer(request))
        return *failed;
    const auto json = wire::parseJson(request.body);
    if (!json || !json->isObject())
        return SimResponse::error(errc::InvalidRequestBody,
                                  tr("The login body must be JSON {\"username\", \"password\"}."));
    const auto body = wire::decodeSessionLoginRequest(*json);
    if (!body)
        return SimResponse::error(errc::InvalidRequestBody, body.error().toString());
    if (body->username != m_credentials.username || body->password != m_credentials.password)
        // As the contract documents a refused login: 400 with the error body (not 401).
        return SimResponse::error(errc::InvalidCredentials, tr("Wrong username or password."), 400);
    wire::SessionResponse session;
    session.sessionToken = newToken(16);
    m_sessions.insert(session.sessionToken,
                      m_clock.nowUtc().toMSecsSinceEpoch() + m_lifetimeSeconds * 1000);
    return SimResponse::json(wire::toJson(session));
}

SimResponse SimAuth::logout(const SimRequest& request)
{
    if (auto failed = checkFota(request))
        return *failed;
    const QString session = QString::fromLatin1(request.header("vz-m2m-token").trimmed());
    m_sessions.remove(session);
    wire::SessionResponse answer;
    answer.sessionToken = session;
    return SimResponse::json(wire::toJson(answer));
}

void SimAuth::expireAll()
{
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    for (auto* map : {&m_tokens, &m_sessions}) {
        for (auto it = map->begin(); it != map->end(); ++it)
            it.value() = std::min(it.value(), now);
    }
}

void SimAuth::expireBearerOf(const SimRequest& request)
{
    const auto it = m_tokens.find(bearerOf(request));
    if (it != m_tokens.end())
        it.value() = std::min(it.value(), m_clock.nowUtc().toMSecsSinceEpoch());
}

int SimAuth::activeTokenCount() const
{
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    int n = 0;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        n += it.value() > now ? 1 : 0;
    return n;
}

QJsonObject SimAuth::toJson() const
{
    QJsonObject tokens;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        tokens.insert(it.key(), static_cast<double>(it.value()));
    QJsonObject sessions;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        sessions.insert(it.key(), static_cast<double>(it.value()));
    return QJsonObject{{u"tokens"_s, tokens}, {u"sessions"_s, sessions}};
}

void SimAuth::restore(const QJsonObject& json)
{
    m_tokens.clear();
    m_sessions.clear();
    const QJsonObject tokens = json.value(u"tokens"_s).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it)
        m_tokens.insert(it.key(), static_cast<qint64>(it.value().toDouble()));
    const QJsonObject sessions = json.value(u"sessions"_s).toObject();
    for (auto it = sessions.begin(); it != sessions.end(); ++it)
        m_sessions.insert(it.key(), static_cast<qint64>(it.value().toDouble()));
}

} // namespace fotadesk::sim
