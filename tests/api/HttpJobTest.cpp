// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// HttpJob (through FotaClient's typed jobs) against a scripted loopback server:
// error mapping, retries and their limits, Retry-After, never-retried POST
// create, timeouts, cancel, redirects and TLS failures.

#include "ScriptedHttpServer.h"
#include "api/Authenticator.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"
#include "support/TestFiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>

#include <memory>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fotadesk::ApiError::Kind)

namespace {

const QByteArray firmwareJson = R"([{"firmwareName":"FW_A_B","firmwareFrom":"A","firmwareTo":"B",
  "launchDate":"2022-08-05T21:05:27.129Z","releaseNote":"","model":"M","make":"X","protocol":"LWM2M"}])";

const QByteArray campaignJson =
    R"({"id":"c-1","accountName":"acc","campaignName":"n","firmwareName":"FW",
  "firmwareFrom":"A","firmwareTo":"B","protocol":"LWM2M","make":"X","model":"M",
  "startDate":"2026-12-01","endDate":"2026-12-03","status":"CampaignRequestPending"})";

/// Answers the sign-in calls; everything else goes to `fota`.
ScriptedHttpServer::Handler withAuth(std::function<ScriptedReply(const ScriptedRequest&)> fota)
{
    return [fota](const ScriptedRequest& r) {
        if (r.path.endsWith(u"/oauth2/token"_s))
            return ScriptedReply::json(
                200, R"({"access_token":"tok","token_type":"Bearer","expires_in":3600})");
        if (r.path.endsWith(u"/session/login"_s))
            return ScriptedReply::json(200, R"({"sessionToken":"sess"})");
        return fota(r);
    };
}

wire::CampaignRequest sampleRequest()
{
    wire::CampaignRequest r;
    r.campaignName = u"n"_s;
    r.firmwareName = u"FW"_s;
    r.firmwareFrom = u"A"_s;
    r.firmwareTo = u"B"_s;
    r.startDate = QDate(2026, 12, 1);
    r.endDate = QDate(2026, 12, 3);
    r.deviceList = {u"490154203237518"_s};
    return r;
}

} // namespace

class HttpJobTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QNetworkAccessManager> m_nam;
    InMemoryCredentialSource m_credentials{{u"id"_s, u"secret"_s, u"user"_s, u"pw"_s}};
    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc())};

    std::unique_ptr<FotaClient> makeClient(const QUrl& baseUrl, int attempts = 3)
    {
        auto client = std::make_unique<FotaClient>(
            m_nam.get(), Environment::custom(baseUrl, u"acc"_s), &m_credentials, m_clock);
        RetryPolicy::Settings s;
        s.maxAttempts = attempts;
        s.baseDelayMs = 5;
        s.maxDelayMs = 20;
        RetryPolicy policy(s);
        policy.setSeed(1);
        client->setRetryPolicy(policy);
        client->setRequestTimeoutMs(2000);
        return client;
    }

    static bool waitFor(ApiJob* job)
    {
        job->setAutoDelete(false);
        if (job->isFinished())
            return true;
        QSignalSpy spy(job, &ApiJob::finished);
        return spy.wait(30000) && spy.count() == 1;
    }

private Q_SLOTS:
    void init() { m_nam = std::make_unique<QNetworkAccessManager>(); }
    void cleanup() { m_nam.reset(); }

    void errorMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("detailMentions");

        using K = ApiError::Kind;
        QTest::newRow("200") << 200 << firmwareJson << true << K::Http << 1 << QString()
                             << QString();
        QTest::newRow("400 documented body")
            << 400
            << QByteArray(
                   R"({"errorCode":"InvalidProtocol","errorMessage":"protocol must be LWM2M"})")
            << false << K::Api << 1 << u"InvalidProtocol"_s << QString();
        QTest::newRow("400 html") << 400 << QByteArray("<html>bad</html>") << false << K::Http << 1
                                  << QString() << u"<html>bad</html>"_s;
        QTest::newRow("404") << 404 << QByteArray() << false << K::Http << 1 << QString()
                             << QString();
        QTest::newRow("500 not retried") << 500 << QByteArray(R"({"oops":1})") << false << K::Http
                                         << 1 << QString() << QString();
        QTest::newRow("502 retried to the limit")
            << 502 << QByteArray() << false << K::Http << 3 << QString() << QString();
        QTest::newRow("503 retried to the limit")
            << 503 << QByteArray() << false << K::Http << 3 << QString() << QString();
        QTest::newRow("504 retried to the limit")
            << 504 << QByteArray() << false << K::Http << 3 << QString() << QString();
        QTest::newRow("200 not JSON")
            << 200 << QByteArray("<html/>") << false << K::Decode << 1 << QString() << QString();
        QTest::newRow("200 missing field") << 200 << QByteArray(R"([{"firmwareName":"x"}])")
                                           << false << K::Decode << 1 << QString() << u"$[0]"_s;
    }
    void errorMapping()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, attempts);
        QFETCH(QString, errorCode);
        QFETCH(QString, detailMentions);

        ScriptedHttpServer server(
            withAuth([&](const ScriptedRequest&) { return ScriptedReply::json(status, body); }));
        QVERIFY(server.isListening());
        auto client = makeClient(server.baseUrl());
        auto* job = client->firmwareList();
        QVERIFY(waitFor(job));
        QCOMPARE(job->succeeded(), ok);
        QCOMPARE(server.count(u"/fota/v3/firmware/acc"_s), attempts);
        if (ok) {
            QCOMPARE(job->result().size(), 1);
            QCOMPARE(job->result().first().firmwareName, u"FW_A_B"_s);
        } else {
            QCOMPARE(job->error().kind(), kind);
            QCOMPARE(job->error().attempts(), attempts);
            QCOMPARE(job->error().errorCode(), errorCode);
            if (kind == ApiError::Kind::Http || kind == ApiError::Kind::Api)
                QCOMPARE(job->error().httpStatus(), status);
            if (!detailMentions.isEmpty())
                QVERIFY2(job->error().details().contains(detailMentions),
                         qPrintable(job->error().details()));
            QVERIFY(!job->error().message().isEmpty());
        }
        delete job;
    }

    void queryAndPathAreEncoded()
    {
        ScriptedHttpServer server(withAuth([](const ScriptedRequest&) {
            return ScriptedReply::json(
                200, R"({"hasMoreData":false,"maxPageSize":1000,"deviceList":[]})");
        }));
        auto client = makeClient(server.baseUrl());
        auto* job = client->campaignDevicePage(u"c/1 x"_s, u"490154203237518"_s);
        QVERIFY(waitFor(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        const ScriptedRequest& r = server.requests().last();
        QCOMPARE(r.method, QByteArray("GET"));
        QVERIFY2(r.target.startsWith("/api/fota/v3/reports/acc/campaigns/c%2F1%20x/devices?"),
                 r.target.constData());
        QCOMPARE(r.query.queryItemValue(u"lastSeenDeviceId"_s), u"490154203237518"_s);
        QCOMPARE(r.header("accept"), QByteArray("application/json"));
        delete job;
    }

    void retriesThenSucceeds_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("status"); // 0: drop the connection
        QTest::newRow("503 once") << 1 << 503;
        QTest::newRow("502 twice") << 2 << 502;
        QTest::newRow("429 twice") << 2 << 429;
        QTest::newRow("dropped twice") << 2 << 0;
    }
    void retriesThenSucceeds()
    {
        QFETCH(int, failures);
        QFETCH(int, status);
        int seen = 0;
        ScriptedHttpServer server(withAuth([&](const ScriptedRequest&) {
            if (seen++ < failures)
                return status == 0 ? ScriptedReply::drop() : ScriptedReply::json(status, {});
            return ScriptedReply::json(
                200, campaignJson.chopped(1) +
                         R"(,"autoAssignLicenseFlag":true,"autoAddDevicesFlag":false})");
        }));
        auto client = makeClient(server.baseUrl());
        auto* job = client->campaign(u"c-1"_s);
        QVERIFY(waitFor(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(server.count(u"/campaigns/acc/c-1"_s), failures + 1);
        // Qt itself may re-send a GET once after a dropped connection: not more attempts than
        // sends.
        QVERIFY(job->attempts() >= 1 && job->attempts() <= failures + 1);
        QCOMPARE(job->result().id, u"c-1"_s);
        QCOMPARE(job->result().autoAssignLicenseFlag, std::optional<bool>(true));
        delete job;
    }

    void retryAfterIsHonoured()
    {
        // A backoff of 10 ms, Retry-After of one second: the second attempt waits for the
        // server's time, not for the client's shorter backoff.
        QElapsedTimer clock;
        clock.start();
        QList<qint64> seen;
        ScriptedHttpServer server(withAuth([&](const ScriptedRequest&) {
            seen << clock.elapsed();
            if (seen.size() == 1) {
                ScriptedReply r = ScriptedReply::json(429, {});
                r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
                return r;
            }
            return ScriptedReply::json(200, firmwareJson);
        }));
        auto client = makeClient(server.baseUrl());
        RetryPolicy::Settings s;
        s.baseDelayMs = 10;
        s.jitter = 0;
        client->setRetryPolicy(RetryPolicy(s));
        auto* job = client->firmwareList();
        QVERIFY(waitFor(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->attempts(), 2);
        QCOMPARE(seen.size(), 2);
        QVERIFY2(seen.at(1) - seen.at(0) >= 990, qPrintable(QString::number(seen.at(1))));
        delete job;
    }

    void retryAfterZeroKeepsTheBackoff_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("zero") << QByteArray("0");
        QTest::newRow("a past date") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
    }
    void retryAfterZeroKeepsTheBackoff()
    {
        // Retry-After: 0 (or a date gone by) is no licence for a burst: the policy's own
        // backoff (200, 400, 800 ms without jitter) stays the minimum.
        QFETCH(QByteArray, retryAfter);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> seen;
        ScriptedHttpServer server(withAuth([&](const ScriptedRequest&) {
            seen << clock.elapsed();
            ScriptedReply r = ScriptedReply::json(429, {});
            r.headers.append(qMakePair(QByteArray("Retry-After"), retryAfter));
            return r;
        }));
        auto client = makeClient(server.baseUrl());
        RetryPolicy::Settings s;
        s.maxAttempts = 4;
        s.baseDelayMs = 200;
        s.jitter = 0;
        client->setRetryPolicy(RetryPolicy(s));
        auto* job = client->firmwareList();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().httpStatus(), 429);
        QCOMPARE(job->attempts(), 4);
        QCOMPARE(seen.size(), 4);
        for (int i = 1; i < seen.size(); ++i) {
            const qint64 gap = seen.at(i) - seen.at(i - 1);
            const qint64 backoff = 200LL << (i - 1);
            QVERIFY2(gap >= backoff - 10, qPrintable(u"gap %1: %2 ms"_s.arg(i).arg(gap)));
        }
        delete job;
    }

    void retryAfterTooLongEndsRetries()
    {
        ScriptedHttpServer server(withAuth([](const ScriptedRequest&) {
            ScriptedReply r = ScriptedReply::json(503, {});
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("86400")));
            return r;
        }));
        auto client = makeClient(server.baseUrl());
        auto* job = client->firmwareList();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::Http);
        QCOMPARE(job->error().retryAfterMs(), std::optional<qint64>(86'400'000));
        QCOMPARE(job->attempts(), 1);
        // It says when the server asked to come back: a day after the test clock's now.
        QVERIFY2(job->error().message().contains(u"2026-03-02 12:00:00 UTC"_s),
                 qPrintable(job->error().message()));
        QVERIFY2(job->error().message().contains(u"come back"_s),
                 qPrintable(job->error().message()));
        delete job;
    }

    void createCampaignIsNeverRetried_data()
    {
        QTest::addColumn<int>("status"); // 0: drop, -1: hang past the timeout
        QTest::addColumn<ApiError::Kind>("kind");
        using K = ApiError::Kind;
        QTest::newRow("dropped") << 0 << K::OutcomeUnknown;
        QTest::newRow("timeout") << -1 << K::OutcomeUnknown;
        QTest::newRow("500") << 500 << K::OutcomeUnknown;
        QTest::newRow("502") << 502 << K::OutcomeUnknown;
        QTest::newRow("503") << 503 << K::OutcomeUnknown;
        QTest::newRow("429: refused, not unknown") << 429 << K::Http;
        QTest::newRow("400: refused, not unknown") << 400 << K::Api;
    }
    void createCampaignIsNeverRetried()
    {
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        ScriptedHttpServer server(withAuth([&](const ScriptedRequest&) {
            if (status == 0)
                return ScriptedReply::drop();
            if (status == -1)
                return ScriptedReply::hang();
            if (status == 400)
                return ScriptedReply::json(
                    400,
                    R"({"errorCode":"InvalidDates","errorMessage":"endDate before startDate"})");
            return ScriptedReply::json(status, {});
        }));
        auto client = makeClient(server.baseUrl(), 5);
        client->setRequestTimeoutMs(300);
        auto* job = client->createCampaign(sampleRequest());
        QVERIFY(waitFor(job));
        QVERIFY(!job->succeeded());
        QCOMPARE(job->error().kind(), kind);
        QCOMPARE(server.count(u"/fota/v3/campaigns/firmware/acc"_s), 1);
        QCOMPARE(job->error().attempts(), 1);
        const ScriptedRequest& sent = server.requests().last();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
        QVERIFY(sent.body.contains("\"autoAssignLicenseFlag\":false"));
        delete job;
    }

    void createNotSentIsNotUnknown()
    {
        // Nothing listens: the request never left, so sending it again is safe (kind Network).
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        auto client = makeClient(QUrl(u"http://127.0.0.1:%1/api"_s.arg(port)));
        client->authenticator()->setSkewMarginMs(0);
        auto* job = client->createCampaign(sampleRequest());
        QVERIFY(waitFor(job));
        // Sign-in fails first (nothing listens): a Network error (not an Auth one) naming the
        // cause.
        QCOMPARE(job->error().kind(), ApiError::Kind::Network);
        QVERIFY2(job->error().message().contains(u"refused"_s), qPrintable(job->error().message()));
        delete job;
    }

    void timeoutIsRetriedThenReported()
    {
        ScriptedHttpServer server(
            withAuth([](const ScriptedRequest&) { return ScriptedReply::hang(); }));
        auto client = makeClient(server.baseUrl(), 2);
        client->setRequestTimeoutMs(200);
        auto* job = client->subscription();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::Timeout);
        QCOMPARE(job->error().attempts(), 2);
        QCOMPARE(server.count(u"/subscriptions/acc"_s), 2);
        delete job;
    }

    void cancelFinishesOnceAsCancelled()
    {
        ScriptedHttpServer server(
            withAuth([](const ScriptedRequest&) { return ScriptedReply::hang(); }));
        auto client = makeClient(server.baseUrl());
        auto* job = client->subscription();
        job->setAutoDelete(false);
        QSignalSpy spy(job, &ApiJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(server.count(u"/subscriptions/acc"_s), 1, 10000);
        job->cancel();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(job->error().kind(), ApiError::Kind::Cancelled);
        job->cancel();
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
        delete job;
    }

    void reportPagesDecodeInBackground()
    {
        // Two devices, one page: what the device report answers.
        ScriptedHttpServer server(withAuth([](const ScriptedRequest&) {
            return ScriptedReply::json(
                200, R"({"totalDevice":2,"hasMoreData":false,"lastSeenDeviceId":"490154203237526",
  "maxPageSize":1000,"deviceList":[
  {"deviceId":"490154203237518","status":"UpgradeSuccess","resultReason":"",
   "updatedTime":"2026-03-01T10:00:00Z"},
  {"deviceId":"490154203237526","status":"UpgradeFailed","resultReason":"timeout",
   "updatedTime":"2026-03-01T10:00:00Z"}]})");
        }));
        auto client = makeClient(server.baseUrl());
        auto* job = client->campaignDevicePage(u"c-1"_s);
        QVERIFY(job->decodesInBackground());
        QVERIFY(waitFor(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QVERIFY2(job->decodedOffThread(), "the page was decoded on the GUI thread");
        const wire::CampaignDevicePage& page = job->result();
        QCOMPARE(page.totalDevice, std::optional<qint64>(2));
        QCOMPARE(page.deviceList.size(), qsizetype(2));
        QCOMPARE(page.deviceList.at(1).deviceId, u"490154203237526"_s);
        QCOMPARE(page.deviceList.at(1).resultReason, u"timeout"_s);
        delete job;

        auto* licenses = client->licensePage();
        QVERIFY(licenses->decodesInBackground());
        licenses->cancel();
        // Small answers keep decoding on the job's thread.
        auto* small = client->subscription();
        QVERIFY(!small->decodesInBackground());
        small->cancel();
    }

    void backgroundDecodeErrorFailsTheJob()
    {
        ScriptedHttpServer server(withAuth([](const ScriptedRequest&) {
            return ScriptedReply::json(200, R"({"deviceList":7})");
        }));
        auto client = makeClient(server.baseUrl());
        auto* job = client->campaignDevicePage(u"c-1"_s);
        QVERIFY(waitFor(job));
        QVERIFY(!job->succeeded());
        QCOMPARE(job->error().kind(), ApiError::Kind::Decode);
        QVERIFY(job->decodedOffThread());
        delete job;
    }

    void cancelWhileDecodingFinishesOnce()
    {
        ScriptedHttpServer server(
            withAuth([](const ScriptedRequest&) { return ScriptedReply::json(200, "42"); }));
        auto client = makeClient(server.baseUrl());
        // A decoder held at a gate: the job is cancelled (and then deleted) while it runs.
        auto entered = std::make_shared<QSemaphore>();
        auto gate = std::make_shared<QSemaphore>();
        auto decoded = std::make_shared<QAtomicInt>(0);
        auto decoder = [entered, gate, decoded](const QByteArray& body) -> wire::Decoded<int> {
            entered->release();
            gate->acquire();
            decoded->fetchAndAddOrdered(1);
            return body.trimmed().toInt();
        };
        for (const bool deleteIt : {false, true}) {
            ApiRequest request;
            request.url = client->environment().fotaUrl(u"/numbers/acc"_s);
            auto* job = new RequestJob<int>(client->jobContext(), request, decoder);
            job->setAutoDelete(false);
            job->setDecodeInBackground(true);
            QSignalSpy spy(job, &ApiJob::finished);
            job->start();
            QTRY_VERIFY_WITH_TIMEOUT(entered->available() > 0, 10000);
            entered->acquire();
            QCOMPARE(spy.count(), 0);
            job->cancel();
            QCOMPARE(spy.count(), 1);
            QCOMPARE(job->error().kind(), ApiError::Kind::Cancelled);
            if (deleteIt)
                delete job;
            gate->release(); // the decode ends: its result goes nowhere
            HttpJob::decodePool()->waitForDone();
            QTest::qWait(20);
            if (!deleteIt) {
                QCOMPARE(spy.count(), 1);
                QVERIFY(!job->succeeded());
                delete job;
            }
        }
        QCOMPARE(decoded->loadAcquire(), 2);

        // Not cancelled: the decoded value arrives.
        ApiRequest request;
        request.url = client->environment().fotaUrl(u"/numbers/acc"_s);
        auto* job = new RequestJob<int>(client->jobContext(), request, decoder);
        job->setAutoDelete(false);
        job->setDecodeInBackground(true);
        gate->release();
        QVERIFY(waitFor(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(job->result(), 42);
        QVERIFY(job->decodedOffThread());
        delete job;
    }

    void cancelBeforeStartSendsNothing()
    {
        ScriptedHttpServer server(
            withAuth([](const ScriptedRequest&) { return ScriptedReply::json(200, "{}"); }));
        auto client = makeClient(server.baseUrl());
        auto* job = client->subscription();
        job->setAutoDelete(false);
        job->cancel();
        QCOMPARE(job->error().kind(), ApiError::Kind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(server.requests().size(), 0);
        delete job;
    }

    void redirectLoopIsCapped()
    {
        ScriptedHttpServer server(withAuth([](const ScriptedRequest& r) {
            ScriptedReply reply = ScriptedReply::json(302, {});
            reply.headers.append(qMakePair(QByteArray("Location"), r.target));
            return reply;
        }));
        auto client = makeClient(server.baseUrl());
        client->setMaxRedirects(3);
        auto* job = client->subscription();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::Network);
        QVERIFY(!job->error().isRetryable());
        // The request and three redirects (Qt may re-send one on a fresh connection): capped far
        // below Qt's default of 50, not a loop.
        const int sent = server.count(u"/subscriptions/acc"_s);
        QVERIFY2(sent >= 4 && sent < 10, qPrintable(QString::number(sent)));
        delete job;
    }

    void tlsIsVerifiedAndTheExtraCaFileIsTrusted()
    {
        TestFiles files;
        const QString cert = files.path(u"cert.pem"_s);
        const QString key = files.path(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                       key, u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                       u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            QSKIP("the openssl tool is needed to make a test certificate");
        QFile certFile(cert), keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
        serverTls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        serverTls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));

        int handshakes = 0;
        QSslServer server;
        server.setSslConfiguration(serverTls);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (auto* socket = qobject_cast<QSslSocket*>(server.nextPendingConnection())) {
                ++handshakes;
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QSslSocket::readyRead, socket, [socket, buffer] {
                    buffer->append(socket->readAll());
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    QByteArray body = "{}";
                    if (buffer->contains("oauth2/token"))
                        body = R"({"access_token":"t","token_type":"Bearer"})";
                    else if (buffer->contains("session/login"))
                        body = R"({"sessionToken":"s"})";
                    else
                        body = R"({"url":"https://example.test/cb"})";
                    buffer->clear();
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        const QUrl url(u"https://127.0.0.1:%1/api"_s.arg(server.serverPort()));

        {
            // System CAs only: the self-signed certificate is refused, and the error says why.
            FotaClient client(m_nam.get(), Environment::custom(url, u"acc"_s), &m_credentials,
                              m_clock);
            auto* job = client.callback();
            QVERIFY(waitFor(job));
            QCOMPARE(job->error().kind(), ApiError::Kind::Tls);
            QVERIFY2(job->error().message().contains(u"self signed"_s, Qt::CaseInsensitive) ||
                         job->error().message().contains(u"self-signed"_s, Qt::CaseInsensitive),
                     qPrintable(job->error().message()));
            QCOMPARE(job->error().attempts(), 1);
            delete job;
        }
        m_nam = std::make_unique<QNetworkAccessManager>(); // no cached TLS session
        {
            Environment env = Environment::custom(url, u"acc"_s);
            env.extraCaFile = cert;
            FotaClient client(m_nam.get(), env, &m_credentials, m_clock);
            QVERIFY(!client.setupError());
            auto* job = client.callback();
            QVERIFY(waitFor(job));
            QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
            QCOMPARE(job->result().url, u"https://example.test/cb"_s);
            delete job;
        }
        QVERIFY(handshakes >= 1); // the refused handshake never became a connection
    }

    void caFileWithoutCertificate()
    {
        TestFiles files;
        Environment env = Environment::custom(QUrl(u"https://127.0.0.1:1/api"_s), u"acc"_s);
        env.extraCaFile = files.write(u"ca.pem"_s, "not a certificate");
        FotaClient client(m_nam.get(), env, &m_credentials, m_clock);
        QVERIFY(client.setupError());
        QCOMPARE(client.setupError()->kind(), ApiError::Kind::Tls);
        QVERIFY(client.setupError()->message().contains(u"no certificate"_s));
    }

    void unusableCaFileFailsEveryJob()
    {
        Environment env = Environment::custom(QUrl(u"https://127.0.0.1:1/api"_s), u"acc"_s);
        env.extraCaFile = u"/nonexistent/ca.pem"_s;
        FotaClient client(m_nam.get(), env, &m_credentials, m_clock);
        QVERIFY(client.setupError());
        QCOMPARE(client.setupError()->kind(), ApiError::Kind::Tls);
        auto* job = client.subscription();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::Tls);
        QVERIFY(job->error().message().contains(u"/nonexistent/ca.pem"_s));
        delete job;
    }
};

QTEST_GUILESS_MAIN(HttpJobTest)
#include "HttpJobTest.moc"
