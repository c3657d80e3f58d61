// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// HttpJob's bounds against a scripted loopback server: an answer above the size limit of its
// kind fails as a Decode error naming the request, the limit and what arrived (not retried);
// an error body has its own, smaller limit; an answer within its limit is read; an answer
// that does not end within the overall deadline is a Timeout (not retried), although the
// inactivity timeout never fires.

#include "ScriptedHttpServer.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

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

QByteArray firmwareList(int packages)
{
    const QByteArray one = R"({"firmwareName":"FW_A_B","firmwareFrom":"A","firmwareTo":"B",)"
                           R"("launchDate":"2022-08-05T21:05:27.129Z","releaseNote":"",)"
                           R"("model":"M","make":"X","protocol":"LWM2M"})";
    QByteArray out = "[";
    for (int i = 0; i < packages; ++i)
        out += (i ? "," : "") + one;
    return out + ']';
}

} // namespace

class HttpJobBoundsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QNetworkAccessManager> m_nam;
    InMemoryCredentialSource m_credentials{{u"id"_s, u"secret"_s, u"user"_s, u"pw"_s}};
    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc())};

    std::unique_ptr<FotaClient> makeClient(const QUrl& baseUrl)
    {
        auto client = std::make_unique<FotaClient>(
            m_nam.get(), Environment::custom(baseUrl, u"acc"_s), &m_credentials, m_clock);
        RetryPolicy::Settings s;
        s.maxAttempts = 3;
        s.baseDelayMs = 5;
        s.maxDelayMs = 20;
        client->setRetryPolicy(RetryPolicy(s));
        client->setRequestTimeoutMs(5000);
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

    void anAnswerAboveItsLimitFails()
    {
        const QByteArray big(BodyLimit::object().bytes + 10, ' ');
        ScriptedHttpServer server(
            withAuth([big](const ScriptedRequest&) { return ScriptedReply::json(200, big); }));
        auto client = makeClient(server.baseUrl());
        std::unique_ptr<RequestJob<wire::Subscription>> job(client->subscription());
        QVERIFY(waitFor(job.get()));
        const ApiError& e = job->error();
        QCOMPARE(e.kind(), ApiError::Kind::Decode);
        QVERIFY2(e.message().contains(u"/fota/v3/subscriptions/acc"_s), qPrintable(e.toString()));
        QVERIFY2(e.message().contains(u"limit of 1 MiB for an answer"_s), qPrintable(e.toString()));
        QCOMPARE(e.attempts(), 1);
        QCOMPARE(server.count(u"/subscriptions/acc"_s), 1);
    }

    void aLargeFirmwareListWithinItsLimitIsRead()
    {
        // 20,000 packages (about 4 MiB): far above the object limit, within the list's.
        const QByteArray body = firmwareList(20000);
        QVERIFY(body.size() > BodyLimit::object().bytes);
        ScriptedHttpServer server(
            withAuth([body](const ScriptedRequest&) { return ScriptedReply::json(200, body); }));
        auto client = makeClient(server.baseUrl());
        std::unique_ptr<RequestJob<QList<wire::FirmwarePackage>>> job(client->firmwareList());
        QVERIFY(waitFor(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(job->result().size(), 20000);
    }

    void anErrorBodyHasItsOwnLimit()
    {
        const QByteArray big(BodyLimit::errorBody().bytes + 1, 'x');
        ScriptedHttpServer server(
            withAuth([big](const ScriptedRequest&) { return ScriptedReply::json(500, big); }));
        auto client = makeClient(server.baseUrl());
        std::unique_ptr<RequestJob<QList<wire::FirmwarePackage>>> job(client->firmwareList());
        QVERIFY(waitFor(job.get()));
        const ApiError& e = job->error();
        QCOMPARE(e.kind(), ApiError::Kind::Decode);
        QCOMPARE(e.httpStatus(), 500);
        QVERIFY2(e.message().contains(u"256 KiB"_s), qPrintable(e.toString()));
        QVERIFY2(e.message().contains(BodyLimit::errorBody().kindText()), qPrintable(e.toString()));
        QCOMPARE(server.count(u"/firmware/acc"_s), 1);
    }

    void theOverallDeadlineEndsAnAnswerThatNeverCompletes()
    {
        ScriptedHttpServer server(
            withAuth([](const ScriptedRequest&) { return ScriptedReply::hang(); }));
        auto client = makeClient(server.baseUrl());
        client->setRequestTimeoutMs(60000); // inactivity: never reached here
        client->setRequestDeadlineMs(300);
        std::unique_ptr<RequestJob<wire::Subscription>> job(client->subscription());
        QVERIFY(waitFor(job.get()));
        const ApiError& e = job->error();
        QCOMPARE(e.kind(), ApiError::Kind::Timeout);
        QVERIFY(!e.isRetryable());
        QVERIFY2(e.message().contains(u"overall limit of 0.3 s"_s), qPrintable(e.toString()));
        QCOMPARE(server.count(u"/subscriptions/acc"_s), 1);
    }

    void theDefaultDeadlineIsFiveMinutes()
    {
        ScriptedHttpServer server(
            withAuth([](const ScriptedRequest&) { return ScriptedReply::hang(); }));
        auto client = makeClient(server.baseUrl());
        QCOMPARE(client->requestDeadlineMs(), 300000);
    }
};

QTEST_GUILESS_MAIN(HttpJobBoundsTest)
#include "HttpJobBoundsTest.moc"
