// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The fotasim process as a whole: listening line, routing errors, admin
// switch, request log without secrets, SIGTERM, options, --state restarts,
// its HTTP limits on raw sockets, and ApacheBench (`ab`, Debian
// apache2-utils, in scripts/packages.txt) running to completion against it.
// Without ab that test fails and says what to install: it is the proof that a
// load tool works against fotasim, not an optional extra.

#include "SimTestSupport.h"
#include "sim/StateFile.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"
#include "support/TestFiles.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

/// Sends `request` on a new connection to fotasim and returns everything it
/// answers until it closes the connection (or `timeoutMs` pass: *closed false).
QByteArray rawExchange(quint16 port, const QByteArray& request, bool* closed, int timeoutMs = 15000)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    *closed = false;
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    QByteArray received;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(
                static_cast<int>(qMin<qint64>(100, deadline.remainingTime())));
        else
            socket.waitForReadyRead(static_cast<int>(qMin<qint64>(100, deadline.remainingTime())));
        received += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            *closed = true;
            break;
        }
    }
    return received;
}

} // namespace

class SimServerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLineNamesTheUrl();
    void unknownRoutes_data();
    void unknownRoutes();
    void adminCanBeSwitchedOff();
    void requestLogHasNoSecrets();
    void logLevelOffIsSilent();
    void sigtermExitsCleanly();
    void helpShowsCredentialsAndFaults();
    void badOptionsAreRefused_data();
    void badOptionsAreRefused();
    void stateSurvivesARestart();
    void corruptStateIsRefusedAndKept();
    void connectionCloseAndHttp10Close_data();
    void connectionCloseAndHttp10Close();
    void limitsAreAnswered_data();
    void limitsAreAnswered();
    void apacheBenchRunsToCompletion_data();
    void apacheBenchRunsToCompletion();
};

void SimServerTest::firstLineNamesTheUrl()
{
    FotaSimProcess sim(simArgs());
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    QCOMPARE(sim.firstLine(),
             u"fotasim listening on http://127.0.0.1:%1"_s.arg(sim.port()).toUtf8());
    QCOMPARE(sim.baseUrl(), u"http://127.0.0.1:%1/api"_s.arg(sim.port()));
    HttpTestClient client(sim.baseUrl());
    const QJsonObject health = client.adminGet(u"/admin/health"_s).object();
    QVERIFY(health.value(u"devices"_s).toInt() >= 20000);
    QCOMPARE(health.value(u"now"_s).toString(), u"2026-03-02T08:00:00.000Z"_s);
}

void SimServerTest::unknownRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("unknown path") << QByteArray("GET") << u"/fota/v3/nothing"_s << 404
                                  << u"NotFound"_s;
    QTest::newRow("v2 path") << QByteArray("GET") << u"/fota/v2/campaigns/a/b"_s << 404
                             << u"NotFound"_s;
    QTest::newRow("wrong method") << QByteArray("PATCH") << u"/fota/v3/campaigns/a/b"_s << 405
                                  << u"MethodNotAllowed"_s;
    QTest::newRow("GET on token") << QByteArray("GET") << u"/ts/v1/oauth2/token"_s << 405
                                  << u"MethodNotAllowed"_s;
}

void SimServerTest::unknownRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    static FotaSimProcess sim(simArgs());
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    const HttpResult r = client.send(method, path);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), errorCode);
}

void SimServerTest::adminCanBeSwitchedOff()
{
    FotaSimProcess sim(simArgs({u"--no-admin"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QCOMPARE(client.adminGet(u"/admin/health"_s).status, 404);
    QCOMPARE(client.adminPost(u"/admin/clock"_s, {{u"advanceSeconds"_s, 5}}).status, 404);
    QVERIFY(client.authenticate()); // the API itself is there
}

void SimServerTest::requestLogHasNoSecrets()
{
    FotaSimProcess sim(simArgs({u"--log-level"_s, u"info"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    QCOMPARE(client.get(u"/fota/v3/subscriptions/%1"_s.arg(kAccount)).status, 200);
    QCOMPARE(client.get(u"/fota/v3/licenses/nobody"_s).status, 400);
    QCOMPARE(sim.stop(), 0);
    const QString log = QString::fromUtf8(sim.standardError());
    QVERIFY2(log.contains(u"POST /api/ts/v1/oauth2/token 200"_s), qPrintable(log));
    QVERIFY2(log.contains(u"POST /api/m2m/v1/session/login 200"_s), qPrintable(log));
    QVERIFY2(log.contains(u"GET /api/fota/v3/licenses/nobody 400"_s), qPrintable(log));
    QVERIFY(log.contains(u" ms"_s));
    for (const QString& secret : {client.accessToken(), client.sessionToken(), u"demo-secret"_s,
                                  u"ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ="_s /* Basic header */})
        QVERIFY2(!log.contains(secret), qPrintable(secret));
}

void SimServerTest::logLevelOffIsSilent()
{
    // "off": nothing on stderr (no start line, no request log, not even the warning of a
    // refused request); only the "listening" line on stdout, which clients wait for.
    FotaSimProcess sim(simArgs({u"--log-level"_s, u"off"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    QVERIFY(sim.firstLine().startsWith("fotasim listening on"));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    QCOMPARE(client.get(u"/fota/v3/subscriptions/%1"_s.arg(kAccount)).status, 200);
    QCOMPARE(client.get(u"/fota/v3/licenses/nobody"_s).status, 400);
    QCOMPARE(client.get(u"/fota/v3/no-such-thing"_s).status, 404);
    QCOMPARE(sim.stop(), 0);
    const QByteArray log = sim.standardError();
    QVERIFY2(log.isEmpty(), log.constData());
}

void SimServerTest::sigtermExitsCleanly()
{
    FotaSimProcess sim(simArgs());
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    QCOMPARE(sim.stop(), 0);
    QVERIFY(!sim.isRunning());
}

void SimServerTest::helpShowsCredentialsAndFaults()
{
    QProcess p;
    p.start(FotaSimProcess::binaryPath(), {u"--help"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString& s :
         {u"demo-client"_s, u"demo-secret"_s, u"--username"_s, u"--password"_s,
          u"latency=MS|MIN-MAX"_s, u"brokenOrder"_s, u"--state"_s, u"--time-scale"_s,
          u"--token-lifetime"_s, u"--pilot-gate"_s, u"/admin/clock"_s})
        QVERIFY2(help.contains(s), qPrintable(s));
}

void SimServerTest::badOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("faults") << QStringList{u"--faults"_s, u"error500=2"_s} << u"error500=2"_s;
    QTest::newRow("listen") << QStringList{u"--listen"_s, u"localhost"_s} << u"--listen"_s;
    QTest::newRow("time scale") << QStringList{u"--time-scale"_s, u"-1"_s} << u"--time-scale"_s;
    QTest::newRow("now") << QStringList{u"--now"_s, u"yesterday"_s} << u"--now"_s;
    QTest::newRow("log level") << QStringList{u"--log-level"_s, u"loud"_s} << u"--log-level"_s;
}

void SimServerTest::badOptionsAreRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QProcess p;
    p.start(FotaSimProcess::binaryPath(), args);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

void SimServerTest::stateSurvivesARestart()
{
    TestFiles files;
    const QString state = files.path(u"fotasim-state.json"_s);
    QString id;
    QString token;
    QString session;
    {
        FotaSimProcess sim(simArgs({u"--state"_s, state}));
        QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
        HttpTestClient client(sim.baseUrl());
        QVERIFY(client.authenticate());
        const QString device = freeDevices(AX100, true, 1).at(0);
        const HttpResult r = client.post(u"/fota/v3/campaigns/firmware/%1"_s.arg(kAccount),
                                         QJsonObject{{u"firmwareName"_s, kAx100Firmware},
                                                     {u"firmwareFrom"_s, u"R2.1.0"_s},
                                                     {u"firmwareTo"_s, u"R2.2.0"_s},
                                                     {u"protocol"_s, u"LWM2M"_s},
                                                     {u"startDate"_s, u"2026-03-05"_s},
                                                     {u"endDate"_s, u"2026-03-06"_s},
                                                     {u"deviceList"_s, QJsonArray{device}}});
        QCOMPARE(r.status, 200);
        id = r.object().value(u"id"_s).toString();
        QCOMPARE(client
                     .post(u"/fota/v3/callbacks/%1"_s.arg(kAccount),
                           QJsonObject{{u"url"_s, u"https://example.com/cb"_s}})
                     .status,
                 200);
        QCOMPARE(client.adminPost(u"/admin/clock"_s, {{u"advanceSeconds"_s, 3600}}).status, 200);
        token = client.accessToken();
        session = client.sessionToken();
        QCOMPARE(sim.stop(), 0);
    }
    QCOMPARE(fotadesk::sim::StateFile::load(state).status,
             fotadesk::sim::StateFile::Status::Loaded);
    FotaSimProcess again(simArgs({u"--state"_s, state}));
    QVERIFY2(again.isRunning(), qPrintable(again.errorString()));
    HttpTestClient client(again.baseUrl());
    client.setAccessToken(token); // the credentials survive too
    client.setSessionToken(session);
    const HttpResult r = client.get(u"/fota/v3/campaigns/%1/%2"_s.arg(kAccount, id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_s).toString(), u"CampaignRequestQueued"_s);
    QCOMPARE(client.get(u"/fota/v3/callbacks/%1"_s.arg(kAccount)).object().value(u"url"_s),
             QJsonValue(u"https://example.com/cb"_s));
    // The simulated clock continues from where it stopped, not from --now.
    QCOMPARE(client.adminGet(u"/admin/clock"_s).object().value(u"now"_s).toString(),
             u"2026-03-02T09:00:00.000Z"_s);
}

void SimServerTest::corruptStateIsRefusedAndKept()
{
    TestFiles files;
    const QByteArray garbage = R"({"format":"fotasim-state","version":1,"payload":{"sta)";
    const QString state = files.write(u"state.json"_s, garbage);
    FotaSimProcess sim(simArgs({u"--state"_s, state}));
    QVERIFY(!sim.isRunning());
    QVERIFY2(sim.errorString().contains(state), qPrintable(sim.errorString()));
    QVERIFY2(sim.errorString().contains(u"corrupt"_s), qPrintable(sim.errorString()));
    QFile f(state);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
}

void SimServerTest::connectionCloseAndHttp10Close_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("HTTP/1.1, Connection: close")
        << QByteArray("GET /admin/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QTest::newRow("HTTP/1.0") << QByteArray("GET /admin/health HTTP/1.0\r\n\r\n");
}

void SimServerTest::connectionCloseAndHttp10Close()
{
    QFETCH(QByteArray, request);
    static FotaSimProcess sim(simArgs());
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    bool closed = false;
    const QByteArray answer = rawExchange(sim.port(), request, &closed);
    QVERIFY2(closed, answer.constData()); // Qt 6.4's server kept it open: ab waited for ever
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY(answer.contains(R"("ok":true)"));
}

void SimServerTest::limitsAreAnswered_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    // The defaults of HttpLimits (docs/fotasim.md): 4 MiB of body, 32 KiB of headers.
    QTest::newRow("10 MB body") << QByteArray("POST /admin/clock HTTP/1.1\r\nHost: x\r\n"
                                              "Content-Length: 10485760\r\n\r\n") +
                                       QByteArray(256 * 1024, ' ')
                                << 413 << u"RequestBodyTooLarge"_s;
    QTest::newRow("40 KB of headers before Authorization")
        << "GET /api/fota/v3/subscriptions/" + kAccount.toLatin1() +
               " HTTP/1.1\r\nX-Big: " + QByteArray(40 * 1024, 'b') +
               "\r\nAuthorization: Bearer x\r\n\r\n"
        << 431 << u"RequestHeadersTooLarge"_s;
    QTest::newRow("long request line") << "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n"
                                       << 414 << u"RequestLineTooLong"_s;
    QTest::newRow("not HTTP") << QByteArray("HELLO\r\n\r\n") << 400 << u"MalformedRequest"_s;
}

void SimServerTest::limitsAreAnswered()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    static FotaSimProcess sim(simArgs());
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    bool closed = false;
    const QByteArray answer = rawExchange(sim.port(), request, &closed);
    QVERIFY2(closed, answer.constData());
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
             answer.constData());
    QVERIFY2(answer.contains(QByteArray(R"("errorCode":")" + errorCode.toLatin1() + '"')),
             answer.constData());
    // The server is still there for the next client.
    HttpTestClient client(sim.baseUrl());
    QCOMPARE(client.adminGet(u"/admin/health"_s).status, 200);
}

void SimServerTest::apacheBenchRunsToCompletion_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("ab (HTTP/1.0, a connection per request)") << QStringList{};
    QTest::newRow("ab -k (keep-alive)") << QStringList{u"-k"_s};
}

void SimServerTest::apacheBenchRunsToCompletion()
{
    QFETCH(QStringList, options);
    const QString ab = QStandardPaths::findExecutable(u"ab"_s);
    if (ab.isEmpty())
        QFAIL("ab not found: install Debian's apache2-utils (it is in scripts/packages.txt)");
    FotaSimProcess sim(simArgs());
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    const QString path = u"/fota/v3/subscriptions/%1"_s.arg(kAccount);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(ab, options + QStringList{u"-n"_s, u"2000"_s, u"-c"_s, u"20"_s, u"-s"_s, u"30"_s,
                                      u"-H"_s, u"Authorization: Bearer "_s + client.accessToken(),
                                      u"-H"_s, u"VZ-M2M-Token: "_s + client.sessionToken(),
                                      sim.baseUrl() + path});
    QVERIFY2(p.waitForFinished(180'000), "ab did not finish within 3 minutes");
    const QString out = QString::fromLocal8Bit(p.readAll());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(u"Complete requests:\\s+2000\\n"_s)), qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(u"Failed requests:\\s+0\\n"_s)), qPrintable(out));
    QVERIFY2(!out.contains(u"Non-2xx responses"_s), qPrintable(out));
    if (options.contains(u"-k"_s))
        QVERIFY2(out.contains(QRegularExpression(u"Keep-Alive requests:\\s+2000\\n"_s)),
                 qPrintable(out));
    const auto rate = QRegularExpression(u"Requests per second:\\s+([0-9.]+)"_s).match(out);
    qInfo().noquote() << u"ab %1: %2 requests/s"_s.arg(options.join(u' '), rate.captured(1));
    // Every request reached the route (and was answered 200, above).
    const QJsonObject stats = client.adminGet(u"/admin/stats"_s).object();
    QCOMPARE(
        stats.value(u"byRoute"_s).toObject().value(u"GET /api/fota/v3/subscriptions/{}"_s).toInt(),
        2000);
}

QTEST_GUILESS_MAIN(SimServerTest)
#include "SimServerTest.moc"
