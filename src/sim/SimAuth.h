// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Clock.h"
#include "sim/SimRequest.h"
#include "sim/SimResponse.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace fotadesk::sim {

struct SimCredentials
{
    QString clientId = QStringLiteral("demo-client");
    QString clientSecret = QStringLiteral("demo-secret");
    QString username = QStringLiteral("demo");
    QString password = QStringLiteral("demo");
};

/// OAuth 2 client credentials and M2M sessions as ThingSpace does them:
/// POST /api/ts/v1/oauth2/token (Basic auth, form body grant_type=client_credentials)
/// answers a bearer token valid for `lifetimeSeconds` (expires_in says so);
/// POST /api/m2m/v1/session/login (JSON username/password, with the bearer)
/// answers a VZ-M2M-Token valid as long. Lifetimes run on the given clock's
/// wall time (real time, also across a restart with --state).
class SimAuth final
{
public:
    SimAuth(SimCredentials credentials, qint64 lifetimeSeconds, const Clock& clock);

    SimResponse issueToken(const SimRequest& request);
    SimResponse login(const SimRequest& request);
    SimResponse logout(const SimRequest& request);

    /// nullopt when the bearer token is valid; otherwise the 401 answer.
    std::optional<SimResponse> checkBearer(const SimRequest& request) const;
    /// nullopt when both the bearer and the VZ-M2M-Token are valid.
    std::optional<SimResponse> checkFota(const SimRequest& request) const;

    /// Expires every token and session now (admin; tests of renewal).
    void expireAll();
    /// Expires the bearer token a request carries (the tokenExpiry fault).
    void expireBearerOf(const SimRequest& request);

    [[nodiscard]] qint64 lifetimeSeconds() const { return m_lifetimeSeconds; }
    void setLifetimeSeconds(qint64 seconds) { m_lifetimeSeconds = seconds; }
    [[nodiscard]] int activeTokenCount() const;

    [[nodiscard]] QJsonObject toJson() const;
    void restore(const QJsonObject& json);

private:
    static QString newToken(int bytes);
    static QString bearerOf(const SimRequest& request);
    void prune();

    SimCredentials m_credentials;
    qint64 m_lifetimeSeconds;
    const Clock& m_clock;
    QHash<QString, qint64> m_tokens;   ///< access token -> expiry (epoch ms)
    QHash<QString, qint64> m_sessions; ///< session token -> expiry (epoch ms)
};

} // namespace fotadesk::sim
