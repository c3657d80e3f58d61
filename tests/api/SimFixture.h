// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the api integration tests share: a fotasim process on 127.0.0.1, a
// FotaClient for it, and the admin controls (faults, stats, synthetic
// campaigns, token expiry). Header-only (tests/api is globbed for *Test.cpp).

#include "api/ApiJob.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStringList>

#include <memory>

namespace fotadesk::test {

inline const QString DemoAccount = QStringLiteral("0000123456-00001");

class SimFixture final
{
public:
    explicit SimFixture(const QStringList& args = {})
        : m_sim(args)
        , m_admin(m_sim.baseUrl())
        , m_credentials({QStringLiteral("demo-client"), QStringLiteral("demo-secret"),
                         QStringLiteral("demo"), QStringLiteral("demo")})
    {}

    [[nodiscard]] bool isRunning() const { return m_sim.isRunning(); }
    [[nodiscard]] QString errorString() const { return m_sim.errorString(); }
    [[nodiscard]] QUrl baseUrl() const { return QUrl(m_sim.baseUrl()); }
    HttpTestClient& admin() { return m_admin; }
    InMemoryCredentialSource& credentials() { return m_credentials; }

    /// A client with quick retries (5 attempts, 10..80 ms backoff) and a 10 s timeout.
    std::unique_ptr<FotaClient> makeClient(int attempts = 5, int timeoutMs = 10000)
    {
        auto client = std::make_unique<FotaClient>(
            &m_nam, Environment::custom(baseUrl(), DemoAccount), &m_credentials, Clock::system());
        RetryPolicy::Settings s;
        s.maxAttempts = attempts;
        s.baseDelayMs = 10;
        s.maxDelayMs = 80;
        RetryPolicy policy(s);
        policy.setSeed(42);
        client->setRetryPolicy(policy);
        client->setRequestTimeoutMs(timeoutMs);
        return client;
    }

    bool setFaults(const QString& spec)
    {
        return m_admin
                   .adminPost(QStringLiteral("/admin/faults"), {{QStringLiteral("faults"), spec}})
                   .status == 200;
    }
    void resetStats() { m_admin.adminPost(QStringLiteral("/admin/stats/reset")); }
    /// Requests the server saw on routes whose "METHOD pattern" key contains `routePart`.
    int requestsTo(const QString& routePart)
    {
        const QJsonObject routes = m_admin.adminGet(QStringLiteral("/admin/stats"))
                                       .object()
                                       .value(QStringLiteral("byRoute"))
                                       .toObject();
        int n = 0;
        for (auto it = routes.begin(); it != routes.end(); ++it) {
            if (it.key().contains(routePart))
                n += it.value().toInt();
        }
        return n;
    }
    bool expireTokens()
    {
        return m_admin.adminPost(QStringLiteral("/admin/tokens/expire")).status == 200;
    }

    /// A campaign of `devices` new licensed devices; returns its JSON (id, firmware...).
    QJsonObject syntheticCampaign(int devices, const QJsonObject& extra = {})
    {
        QJsonObject body = extra;
        body.insert(QStringLiteral("devices"), devices);
        return m_admin.adminPost(QStringLiteral("/admin/campaigns/synthetic"), body).object();
    }
    /// The simulated "today" (UTC).
    QDate today()
    {
        const QString now = m_admin.adminGet(QStringLiteral("/admin/clock"))
                                .object()
                                .value(QStringLiteral("now"))
                                .toString();
        return QDateTime::fromString(now, Qt::ISODateWithMs).toUTC().date();
    }

    /// Every device id of a campaign's report, read with the plain test client (independent of
    /// the code under test).
    QStringList campaignDevices(const QString& campaignId)
    {
        if (m_admin.accessToken().isEmpty())
            m_admin.authenticate();
        QStringList ids;
        QString cursor;
        for (int guard = 0; guard < 100000; ++guard) {
            QString path = QStringLiteral("/fota/v3/reports/%1/campaigns/%2/devices")
                               .arg(DemoAccount, campaignId);
            if (!cursor.isEmpty())
                path += QStringLiteral("?lastSeenDeviceId=") + cursor;
            HttpResult r = m_admin.get(path);
            if (r.status == 401 && m_admin.authenticate()) // tokens expired by a test
                r = m_admin.get(path);
            if (r.status != 200)
                return {QStringLiteral("error: ") + r.describe()};
            const QJsonObject page = r.object();
            for (const QJsonValue& d : page.value(QStringLiteral("deviceList")).toArray())
                ids << d.toObject().value(QStringLiteral("deviceId")).toString();
            if (!page.value(QStringLiteral("hasMoreData")).toBool())
                break;
            cursor = page.value(QStringLiteral("lastSeenDeviceId")).toString();
        }
        return ids;
    }

    /// Waits for a job (taking ownership from auto-delete); true when it finished once.
    static bool waitFor(ApiJob* job, int timeoutMs = 120000)
    {
        job->setAutoDelete(false);
        if (job->isFinished())
            return true;
        QSignalSpy spy(job, &ApiJob::finished);
        return spy.wait(timeoutMs) && spy.count() == 1;
    }

private:
    FotaSimProcess m_sim;
    HttpTestClient m_admin;
    QNetworkAccessManager m_nam;
    InMemoryCredentialSource m_credentials;
};

} // namespace fotadesk::test
