// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// FaultSpec parsing and FaultInjector decisions (unit), and each fault kind
// seen from a client of a real fotasim (black-box).

#include "sim/FaultInjector.h"

#include "SimTestSupport.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <memory>

using fotadesk::sim::FaultDecision;
using fotadesk::sim::FaultInjector;
using fotadesk::sim::FaultSpec;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

class FaultInjectorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void decisionsAreDeterministic();
    void decisionsFollowTheRates();
    void authCallsOnlyWithScopeAll();

    void errorStatuses_data();
    void errorStatuses();
    void tooManyRequestsCarriesRetryAfter();
    void dropClosesMidResponseAfterHandling();
    void earlyTokenExpiry();
    void brokenOrderScramblesPagesButSequentialPagingIsComplete();
    void latencyOverlapsConcurrentRequests();
    void faultsChangeAtRuntime();
    void adminIsNeverFaulted();
};

void FaultInjectorTest::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("none") << u"none"_s << u"none"_s;
    QTest::newRow("empty") << QString() << u"none"_s;
    QTest::newRow("fixed latency") << u"latency=100"_s << u"latency=100"_s;
    QTest::newRow("latency range") << u"latency=50-150"_s << u"latency=50-150"_s;
    QTest::newRow("errors") << u"error500=0.1, error502=0.2,error503=0.3"_s
                            << u"error500=0.1,error502=0.2,error503=0.3"_s;
    QTest::newRow("429") << u"429=0.25,retryAfter=3"_s << u"429=0.25,retryAfter=3"_s;
    QTest::newRow("drop and expiry")
        << u"drop=0.05,tokenExpiry=0.01"_s << u"drop=0.05,tokenExpiry=0.01"_s;
    QTest::newRow("broken order flag") << u"brokenOrder"_s << u"brokenOrder=1"_s;
    QTest::newRow("scope and seed")
        << u"error503=1,scope=all,seed=9"_s << u"error503=1,scope=all,seed=9"_s;
}

void FaultInjectorTest::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QString error;
    const auto spec = FaultSpec::parse(text, &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->toString(), canonical);
    const auto again = FaultSpec::parse(spec->toString(), &error);
    QVERIFY(again);
    QCOMPARE(again->toString(), canonical);
}

void FaultInjectorTest::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << u"jitter=5"_s << u"jitter"_s;
    QTest::newRow("probability above 1") << u"error500=1.5"_s << u"error500=1.5"_s;
    QTest::newRow("negative probability") << u"drop=-0.1"_s << u"drop=-0.1"_s;
    QTest::newRow("latency not a number") << u"latency=fast"_s << u"latency=fast"_s;
    QTest::newRow("latency range reversed") << u"latency=200-100"_s << u"latency=200-100"_s;
    QTest::newRow("bad scope") << u"scope=auth"_s << u"scope=auth"_s;
    QTest::newRow("sum above 1") << u"error500=0.6,error503=0.6"_s << u"1.2"_s;
}

void FaultInjectorTest::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!FaultSpec::parse(text, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void FaultInjectorTest::decisionsAreDeterministic()
{
    const auto spec = FaultSpec::parse(u"latency=10-90,error503=0.3,drop=0.2,seed=4"_s, nullptr);
    QVERIFY(spec);
    FaultInjector a(*spec);
    FaultInjector b(*spec);
    for (int i = 0; i < 200; ++i) {
        const FaultDecision x = a.decide(true);
        const FaultDecision y = b.decide(true);
        QCOMPARE(x.kind, y.kind);
        QCOMPARE(x.latencyMs, y.latencyMs);
        QVERIFY(x.latencyMs >= 10 && x.latencyMs <= 90);
    }
}

void FaultInjectorTest::decisionsFollowTheRates()
{
    const auto spec = FaultSpec::parse(u"error500=0.2,429=0.1,seed=1"_s, nullptr);
    FaultInjector injector(*spec);
    int errors = 0;
    int limited = 0;
    constexpr int N = 10000;
    for (int i = 0; i < N; ++i) {
        const FaultDecision d = injector.decide(true);
        errors += d.kind == FaultDecision::Kind::Error500 ? 1 : 0;
        limited += d.kind == FaultDecision::Kind::TooManyRequests ? 1 : 0;
    }
    QVERIFY2(errors > 1700 && errors < 2300, qPrintable(QString::number(errors)));
    QVERIFY2(limited > 800 && limited < 1200, qPrintable(QString::number(limited)));
}

void FaultInjectorTest::authCallsOnlyWithScopeAll()
{
    FaultInjector fotaOnly(*FaultSpec::parse(u"error503=1,latency=5"_s, nullptr));
    const FaultDecision authCall = fotaOnly.decide(false);
    QCOMPARE(authCall.kind, FaultDecision::Kind::None);
    QCOMPARE(authCall.latencyMs, 5); // latency hits every /api call
    QCOMPARE(fotaOnly.decide(true).kind, FaultDecision::Kind::Error503);
    FaultInjector all(*FaultSpec::parse(u"error503=1,scope=all"_s, nullptr));
    QCOMPARE(all.decide(false).kind, FaultDecision::Kind::Error503);
}

void FaultInjectorTest::errorStatuses_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("500") << u"error500=1"_s << 500 << QByteArray("application/json");
    QTest::newRow("502") << u"error502=1"_s << 502 << QByteArray("text/html");
    QTest::newRow("503") << u"error503=1"_s << 503 << QByteArray("text/plain");
}

void FaultInjectorTest::errorStatuses()
{
    QFETCH(QString, faults);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    FotaSimProcess sim(simArgs({u"--faults"_s, faults}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate()); // auth calls are not faulted by default
    const HttpResult r = client.get(u"/fota/v3/firmware/%1?protocol=all"_s.arg(kAccount));
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type"), contentType);
    const QJsonObject stats = client.adminGet(u"/admin/stats"_s).object();
    QCOMPARE(stats.value(u"faults"_s).toObject().value(faults.section(u'=', 0, 0)).toInt(), 1);
}

void FaultInjectorTest::tooManyRequestsCarriesRetryAfter()
{
    FotaSimProcess sim(simArgs({u"--faults"_s, u"429=1,retryAfter=7"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    const HttpResult r = client.get(u"/fota/v3/licenses/%1"_s.arg(kAccount));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    QCOMPARE(r.errorCode(), u"TooManyRequests"_s);
}

void FaultInjectorTest::dropClosesMidResponseAfterHandling()
{
    FotaSimProcess sim(simArgs({u"--faults"_s, u"drop=1"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    const QString device = freeDevices(AX100, true, 1).at(0);
    const QJsonObject body{{u"firmwareName"_s, kAx100Firmware},  {u"firmwareFrom"_s, u"R2.1.0"_s},
                           {u"firmwareTo"_s, u"R2.2.0"_s},       {u"protocol"_s, u"LWM2M"_s},
                           {u"startDate"_s, u"2026-03-05"_s},    {u"endDate"_s, u"2026-03-06"_s},
                           {u"deviceList"_s, QJsonArray{device}}};
    const HttpResult r = client.post(u"/fota/v3/campaigns/firmware/%1"_s.arg(kAccount), body);
    // The status line and headers came, then half of the body, then the connection closed.
    QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError, qPrintable(r.describe()));
    QVERIFY(r.header("Content-Length").toLongLong() > r.body.size());
    // The request was handled before the connection dropped: the campaign exists.
    QCOMPARE(client.adminPost(u"/admin/faults"_s, {{u"faults"_s, u"none"_s}}).status, 200);
    const HttpResult history =
        client.get(u"/fota/v3/reports/%1/devices/%2"_s.arg(kAccount, device));
    QCOMPARE(history.status, 200);
    QCOMPARE(history.array().size(), 1);
    const QJsonObject stats = client.adminGet(u"/admin/stats"_s).object();
    QCOMPARE(stats.value(u"byRoute"_s)
                 .toObject()
                 .value(u"POST /api/fota/v3/campaigns/firmware/{}"_s)
                 .toInt(),
             1);
}

void FaultInjectorTest::earlyTokenExpiry()
{
    FotaSimProcess sim(simArgs({u"--faults"_s, u"tokenExpiry=1"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    const HttpResult r = client.get(u"/fota/v3/licenses/%1"_s.arg(kAccount));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), u"TokenExpired"_s);
    QCOMPARE(client.adminPost(u"/admin/faults"_s, {{u"faults"_s, u"none"_s}}).status, 200);
    QCOMPARE(client.get(u"/fota/v3/licenses/%1"_s.arg(kAccount)).status, 401); // stays expired
    QVERIFY(client.authenticate());
    QCOMPARE(client.get(u"/fota/v3/licenses/%1"_s.arg(kAccount)).status, 200);
}

void FaultInjectorTest::brokenOrderScramblesPagesButSequentialPagingIsComplete()
{
    FotaSimProcess sim(simArgs({u"--faults"_s, u"brokenOrder=1"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    const HttpResult made =
        client.adminPost(u"/admin/campaigns/synthetic"_s, {{u"devices"_s, 3500}});
    const QString id = made.object().value(u"id"_s).toString();
    const QString base = u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(kAccount, id);
    QStringList all;
    bool outOfOrder = false;
    QString cursor = u"0"_s;
    for (int pages = 0;; ++pages) {
        QVERIFY(pages < 10);
        const QJsonObject page = client.get(base + u"?lastSeenDeviceId="_s + cursor).object();
        QString previous;
        for (const QJsonValue& v : page.value(u"deviceList"_s).toArray()) {
            const QString idText = v.toObject().value(u"deviceId"_s).toString();
            outOfOrder = outOfOrder || (!previous.isEmpty() && idText < previous) ||
                         idText.toULongLong() <= cursor.toULongLong();
            previous = idText;
            all.append(idText);
        }
        if (!page.value(u"hasMoreData"_s).toBool())
            break;
        cursor = page.value(u"lastSeenDeviceId"_s).toString();
    }
    QVERIFY2(outOfOrder, "brokenOrder must break the IMEI order a range reader relies on");
    QCOMPARE(all.size(), 3500);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 3500);
    // A cursor that is not a member (a range reader's lower bound) restarts from the top.
    const QJsonObject restarted =
        client.get(base + u"?lastSeenDeviceId=500000000000000"_s).object();
    QCOMPARE(
        restarted.value(u"deviceList"_s).toArray().at(0).toObject().value(u"deviceId"_s).toString(),
        all.at(0));
}

void FaultInjectorTest::latencyOverlapsConcurrentRequests()
{
    // Delayed answers are parked on timers: N concurrent requests are all in
    // flight at once inside the server (no blocking sleep serialises them).
    FotaSimProcess sim(simArgs({u"--faults"_s, u"latency=400"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    QCOMPARE(client.adminPost(u"/admin/stats/reset"_s).status, 200);
    constexpr int N = 5; // below QNetworkAccessManager's 6 connections per host
    QNetworkAccessManager nam;
    QEventLoop loop;
    int pending = N;
    QList<int> statuses;
    for (int i = 0; i < N; ++i) {
        QNetworkRequest request(
            QUrl(sim.baseUrl() + u"/fota/v3/firmware/%1?protocol=all"_s.arg(kAccount)));
        request.setRawHeader("Authorization", "Bearer " + client.accessToken().toLatin1());
        request.setRawHeader("VZ-M2M-Token", client.sessionToken().toLatin1());
        QNetworkReply* reply = nam.get(request);
        connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            reply->deleteLater();
            if (--pending == 0)
                loop.quit();
        });
    }
    loop.exec();
    QCOMPARE(statuses, QList<int>(N, 200));
    const QJsonObject stats = client.adminGet(u"/admin/stats"_s).object();
    QCOMPARE(stats.value(u"maxConcurrentDelayed"_s).toInt(), N);
    QCOMPARE(stats.value(u"delayedNow"_s).toInt(), 0);
}

void FaultInjectorTest::faultsChangeAtRuntime()
{
    FotaSimProcess sim(simArgs());
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    const QString path = u"/fota/v3/subscriptions/%1"_s.arg(kAccount);
    QCOMPARE(client.get(path).status, 200);
    HttpResult r = client.adminPost(u"/admin/faults"_s, {{u"faults"_s, u"error502=1"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"faults"_s).toString(), u"error502=1"_s);
    QCOMPARE(client.get(path).status, 502);
    r = client.adminPost(u"/admin/faults"_s, {{u"faults"_s, u"error502=2"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(client.adminGet(u"/admin/faults"_s).object().value(u"faults"_s).toString(),
             u"error502=1"_s);
}

void FaultInjectorTest::adminIsNeverFaulted()
{
    FotaSimProcess sim(simArgs({u"--faults"_s, u"error500=1,scope=all"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QCOMPARE(client.requestToken(u"demo-client"_s, u"demo-secret"_s).status, 500);
    QCOMPARE(client.adminGet(u"/admin/health"_s).status, 200);
}

QTEST_GUILESS_MAIN(FaultInjectorTest)
#include "FaultInjectorTest.moc"
