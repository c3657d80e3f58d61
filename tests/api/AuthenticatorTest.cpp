// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Authenticator against a scripted loopback server: the token and login
// requests as the contract says, both headers on every call, renewal before
// expiry (injected clock), one shared renewal for concurrent calls, one
// renewal + one replay on a 401, and the errors of a failed sign-in.

#include "api/Authenticator.h"

#include "ScriptedHttpServer.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray subscriptionJson =
    R"({"accountName":"acc","purchaseType":"TS-FOTA-MRC","licenseCount":10,
  "licenseUsedCount":2,"updateTime":"2022-10-06T18:35:00Z"})";

/// A token service that numbers its tokens ("tok-1", "tok-2", ...) and a FOTA service
/// that accepts only the newest token (or answers `fotaStatus` when set).
struct FakeService
{
    int tokens = 0;
    int logins = 0;
    qint64 expiresIn = 3600;
    int tokenStatus = 200;
    int loginStatus = 200;
    bool acceptOnlyNewest = true;
    bool alwaysUnauthorized = false;

    ScriptedReply handle(const ScriptedRequest& r)
    {
        if (r.path.endsWith(u"/oauth2/token"_s)) {
            if (tokenStatus != 200)
                return ScriptedReply::json(tokenStatus, R"({"error":"invalid_client"})");
            ++tokens;
            return ScriptedReply::json(
                200, u"{\"access_token\":\"tok-%1\",\"token_type\":\"Bearer\",\"expires_in\":%2}"_s
                         .arg(tokens)
                         .arg(expiresIn)
                         .toUtf8());
        }
        if (r.path.endsWith(u"/session/login"_s)) {
            if (loginStatus != 200)
                return ScriptedReply::json(
                    loginStatus, R"({"errorCode":"InvalidCredentials","errorMessage":"bad user"})");
            ++logins;
            return ScriptedReply::json(200,
                                       u"{\"sessionToken\":\"sess-%1\"}"_s.arg(logins).toUtf8());
        }
        const QByteArray newest = "Bearer tok-" + QByteArray::number(tokens);
        if (alwaysUnauthorized || (acceptOnlyNewest && r.header("authorization") != newest))
            return ScriptedReply::json(401, {});
        return ScriptedReply::json(200, subscriptionJson);
    }
};

} // namespace

class AuthenticatorTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QNetworkAccessManager> m_nam;
    InMemoryCredentialSource m_credentials{
        {u"my-id"_s, u"my-secret"_s, u"user@acme"_s, u"pa:ss"_s}};
    std::unique_ptr<ManualClock> m_clock;
    FakeService m_service;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<FotaClient> m_client;

    static bool waitFor(ApiJob* job)
    {
        job->setAutoDelete(false);
        if (job->isFinished())
            return true;
        QSignalSpy spy(job, &ApiJob::finished);
        return spy.wait(30000) && spy.count() == 1;
    }

    bool callSubscription()
    {
        std::unique_ptr<ApiJob> guard;
        auto* job = m_client->subscription();
        guard.reset(job);
        if (!waitFor(job))
            return false;
        if (!job->succeeded())
            qInfo().noquote() << job->error().toString();
        return job->succeeded();
    }

private Q_SLOTS:
    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_clock = std::make_unique<ManualClock>(
            QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()));
        m_service = FakeService{};
        m_server = std::make_unique<ScriptedHttpServer>(
            [this](const ScriptedRequest& r) { return m_service.handle(r); });
        m_client = std::make_unique<FotaClient>(m_nam.get(),
                                                Environment::custom(m_server->baseUrl(), u"acc"_s),
                                                &m_credentials, *m_clock);
        RetryPolicy::Settings s;
        s.baseDelayMs = 5;
        m_client->setRetryPolicy(RetryPolicy(s));
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_nam.reset();
    }

    void signInRequestsFollowTheContract()
    {
        QVERIFY(callSubscription());
        const auto& requests = m_server->requests();
        QCOMPARE(requests.size(), 3);

        const ScriptedRequest& token = requests.at(0);
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.path, u"/api/ts/v1/oauth2/token"_s);
        QCOMPARE(token.header("authorization"),
                 "Basic " + QByteArray("my-id:my-secret").toBase64());
        QCOMPARE(token.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(token.body, QByteArray("grant_type=client_credentials"));

        const ScriptedRequest& login = requests.at(1);
        QCOMPARE(login.method, QByteArray("POST"));
        QCOMPARE(login.path, u"/api/m2m/v1/session/login"_s);
        QCOMPARE(login.header("authorization"), QByteArray("Bearer tok-1"));
        const QJsonObject body = QJsonDocument::fromJson(login.body).object();
        QCOMPARE(body.value(u"username"_s).toString(), u"user@acme"_s);
        QCOMPARE(body.value(u"password"_s).toString(), u"pa:ss"_s);

        const ScriptedRequest& call = requests.at(2);
        QCOMPARE(call.path, u"/api/fota/v3/subscriptions/acc"_s);
        QCOMPARE(call.header("authorization"), QByteArray("Bearer tok-1"));
        QCOMPARE(call.header("vz-m2m-token"), QByteArray("sess-1"));
    }

    void tokensAreReusedUntilShortlyBeforeExpiry_data()
    {
        QTest::addColumn<qint64>("expiresIn");
        QTest::addColumn<qint64>("advanceMs");
        QTest::addColumn<int>("tokensAfter");
        // margin = min(60 s, lifetime / 4)
        QTest::newRow("1 h, after 58 min: still valid") << qint64(3600) << qint64(58 * 60'000) << 1;
        QTest::newRow("1 h, after 59.5 min: renewed") << qint64(3600) << qint64(3570'000) << 2;
        QTest::newRow("1 h, after 2 h: renewed") << qint64(3600) << qint64(7200'000) << 2;
        QTest::newRow("100 s, after 70 s: valid") << qint64(100) << qint64(70'000) << 1;
        QTest::newRow("100 s, after 80 s: renewed (margin 25 s)")
            << qint64(100) << qint64(80'000) << 2;
    }
    void tokensAreReusedUntilShortlyBeforeExpiry()
    {
        QFETCH(qint64, expiresIn);
        QFETCH(qint64, advanceMs);
        QFETCH(int, tokensAfter);
        m_service.expiresIn = expiresIn;
        QVERIFY(callSubscription());
        QCOMPARE(m_service.tokens, 1);
        QCOMPARE(m_client->authenticator()->tokenExpiry(), m_clock->nowUtc().addSecs(expiresIn));
        m_clock->advance(advanceMs);
        QVERIFY(callSubscription());
        QCOMPARE(m_service.tokens, tokensAfter);
        QCOMPARE(m_service.logins, tokensAfter);
        QCOMPARE(m_client->authenticator()->generation(), tokensAfter);
    }

    void concurrentCallsShareOneRenewal()
    {
        QList<ApiJob*> jobs;
        for (int i = 0; i < 8; ++i) {
            ApiJob* job = m_client->subscription();
            job->setAutoDelete(false); // owned here: several finish while the first is awaited
            jobs << job;
        }
        for (ApiJob* job : jobs)
            QVERIFY(waitFor(job));
        for (ApiJob* job : jobs) {
            QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
            delete job;
        }
        QCOMPARE(m_service.tokens, 1);
        QCOMPARE(m_service.logins, 1);
    }

    void expiredTokenMidRunRenewsOnceAndReplaysOnce()
    {
        QVERIFY(callSubscription());
        // The server forgets the token (it expired early): every call in flight answers 401.
        m_service.tokens = 100; // only "tok-100"+ is accepted from now on
        QList<ApiJob*> jobs;
        for (int i = 0; i < 4; ++i) {
            ApiJob* job = m_client->subscription();
            job->setAutoDelete(false); // owned here: several finish while the first is awaited
            jobs << job;
        }
        for (ApiJob* job : jobs)
            QVERIFY(waitFor(job));
        for (ApiJob* job : jobs) {
            QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
            delete job;
        }
        // One renewal for all four (tok-101), each call replayed once: 1 + 4 + 4 FOTA calls.
        QCOMPARE(m_service.tokens, 101);
        QCOMPARE(m_service.logins, 2);
        QCOMPARE(m_server->count(u"/subscriptions/acc"_s), 9);
    }

    void a401AfterRenewalIsReported()
    {
        m_service.alwaysUnauthorized = true;
        auto* job = m_client->subscription();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::Http);
        QCOMPARE(job->error().httpStatus(), 401);
        QCOMPARE(m_service.tokens, 2);                         // renewed once
        QCOMPARE(m_server->count(u"/subscriptions/acc"_s), 2); // replayed once
        delete job;
    }

    void failedSignIn_data()
    {
        QTest::addColumn<int>("tokenStatus");
        QTest::addColumn<int>("loginStatus");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("token 401") << 401 << 200 << u"token"_s << QString();
        QTest::newRow("token 400") << 400 << 200 << u"token"_s << QString();
        QTest::newRow("login 400") << 200 << 400 << u"session login"_s << u"InvalidCredentials"_s;
        QTest::newRow("login 401") << 200 << 401 << u"session login"_s << QString();
    }
    void failedSignIn()
    {
        QFETCH(int, tokenStatus);
        QFETCH(int, loginStatus);
        QFETCH(QString, step);
        QFETCH(QString, errorCode);
        m_service.tokenStatus = tokenStatus;
        m_service.loginStatus = loginStatus;
        auto* job = m_client->subscription();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::Auth);
        QCOMPARE(job->error().errorCode(), errorCode);
        QVERIFY2(job->error().message().contains(step), qPrintable(job->error().message()));
        QVERIFY(job->error().message().contains(u"credentials"_s));
        QCOMPARE(m_server->count(u"/subscriptions/acc"_s), 0);
        // Nothing secret in what a user or a log sees.
        for (const QString& text :
             {job->error().message(), job->error().toString(), job->error().details()}) {
            QVERIFY(!text.contains(u"my-secret"_s));
            QVERIFY(!text.contains(u"pa:ss"_s));
        }
        delete job;
    }

    void refusedLoginIsOneErrorFor400And401()
    {
        // The contract documents a refused login as 400; servers answer 401 too: one error.
        QStringList messages;
        for (const int status : {400, 401}) {
            m_service.loginStatus = status;
            m_client->authenticator()->invalidate();
            auto* job = m_client->subscription();
            QVERIFY(waitFor(job));
            QCOMPARE(job->error().kind(), ApiError::Kind::Auth);
            QCOMPARE(job->error().httpStatus(), status);
            QVERIFY(!job->error().isRetryable());
            QVERIFY2(job->error().message().contains(u"user name or password"_s),
                     qPrintable(job->error().message()));
            messages << job->error().message();
            delete job;
        }
        QCOMPARE(messages.at(0), messages.at(1));
        QCOMPARE(m_server->count(u"/session/login"_s), 2); // a refusal is not repeated
        QCOMPARE(m_server->count(u"/subscriptions/acc"_s), 0);
    }

    void missingCredentialsSendNothing()
    {
        InMemoryCredentialSource empty;
        FotaClient client(m_nam.get(), Environment::custom(m_server->baseUrl(), u"acc"_s), &empty,
                          *m_clock);
        auto* job = client.subscription();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::Auth);
        QVERIFY2(job->error().message().contains(u"client secret"_s),
                 qPrintable(job->error().message()));
        QCOMPARE(m_server->requests().size(), 0);
        delete job;
    }

    void invalidateForcesANewSignIn()
    {
        QVERIFY(callSubscription());
        QVERIFY(m_client->authenticator()->hasValidTokens());
        m_client->authenticator()->invalidate();
        QVERIFY(!m_client->authenticator()->hasValidTokens());
        QVERIFY(callSubscription());
        QCOMPARE(m_service.tokens, 2);
    }
};

QTEST_GUILESS_MAIN(AuthenticatorTest)
#include "AuthenticatorTest.moc"
