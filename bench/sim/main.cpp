// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_sim: measures fotasim (the real binary, next to this one in bin/) from
// a small Qt load tool on loopback. Prints a table; exits non-zero when the
// simulator misbehaves (wrong answers), never because of a slow machine.
//
//   bench_sim [--seconds N] [--connections N] [--devices N] [--concurrent N]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kAccount = "0000123456-00001";

/// One keep-alive HTTP/1.1 connection that sends a request, reads the whole
/// answer (Content-Length), and calls back.
class Connection final : public QObject
{
public:
    using Done = std::function<void(int status, const QByteArray& body)>;

    explicit Connection(quint16 port)
    {
        m_socket.connectToHost(u"127.0.0.1"_s, port);
        m_socket.waitForConnected(5000);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onData(); });
    }

    void send(const QByteArray& request, Done done)
    {
        m_done = std::move(done);
        m_buffer.clear();
        m_socket.write(request);
    }

private:
    void onData()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        static const QRegularExpression re(u"content-length:\\s*(\\d+)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
        const auto m = re.match(QString::fromLatin1(m_buffer.left(end)));
        const qsizetype length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
        if (m_buffer.size() < end + 4 + length)
            return;
        const int status = m_buffer.mid(9, 3).toInt();
        const QByteArray body = m_buffer.mid(end + 4, length);
        m_buffer.clear();
        Done done = std::move(m_done);
        done(status, body);
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    Done m_done;
};

QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                   const QByteArray& auth)
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth;
    if (!body.isEmpty() || method == "POST")
        r +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return r + "\r\n" + body;
}

/// Sends one request on a fresh connection and waits for the answer.
std::pair<int, QByteArray> exchange(quint16 port, const QByteArray& raw)
{
    Connection c(port);
    QEventLoop loop;
    std::pair<int, QByteArray> result{0, {}};
    c.send(raw, [&](int status, const QByteArray& body) {
        result = {status, body};
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

QJsonObject object(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

void row(const char* what, const QString& value, const char* target)
{
    std::printf("| %-58s | %-16s | %-10s |\n", what, qPrintable(value), target);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"fotasim loopback benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption secondsOpt(u"seconds"_s, u"Length of the load run."_s, u"n"_s, u"4"_s);
    const QCommandLineOption connectionsOpt(u"connections"_s, u"Concurrent connections."_s, u"n"_s,
                                            u"32"_s);
    const QCommandLineOption devicesOpt(u"devices"_s, u"Devices of the big campaign."_s, u"n"_s,
                                        u"100000"_s);
    const QCommandLineOption concurrentOpt(
        u"concurrent"_s, u"Concurrent requests of the latency check."_s, u"n"_s, u"50"_s);
    parser.addOptions({secondsOpt, connectionsOpt, devicesOpt, concurrentOpt});
    parser.process(app);
    const int seconds = parser.value(secondsOpt).toInt();
    const int connections = parser.value(connectionsOpt).toInt();
    const int devices = parser.value(devicesOpt).toInt();
    const int concurrent = parser.value(concurrentOpt).toInt();

    // fotasim next to this binary.
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(QDir(QCoreApplication::applicationDirPath()).filePath(u"fotasim"_s),
              {u"--listen"_s, u"127.0.0.1:0"_s, u"--log-level"_s, u"warning"_s, u"--time-scale"_s,
               u"0"_s});
    if (!sim.waitForStarted(10000) || !sim.waitForReadyRead(30000)) {
        std::fprintf(stderr, "bench_sim: cannot start fotasim next to bench_sim\n");
        return 1;
    }
    const QByteArray line = sim.readLine().trimmed();
    const quint16 port = line.mid(line.lastIndexOf(':') + 1).toUShort();
    if (port == 0) {
        std::fprintf(stderr, "bench_sim: unexpected first line: %s\n", line.constData());
        return 1;
    }
    const auto finish = [&sim](int rc) {
        sim.terminate();
        sim.waitForFinished(10000);
        return rc;
    };

    // Credentials.
    auto [tokenStatus, tokenBody] = exchange(
        port,
        "POST /api/ts/v1/oauth2/token HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " +
            QByteArray("demo-client:demo-secret").toBase64() +
            "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 29\r\n\r\n"
            "grant_type=client_credentials");
    const QByteArray bearer = object(tokenBody).value(u"access_token"_s).toString().toLatin1();
    const QByteArray bearerHeader = "Authorization: Bearer " + bearer + "\r\n";
    auto [loginStatus, loginBody] =
        exchange(port, request("POST", "/api/m2m/v1/session/login",
                               R"({"username":"demo","password":"demo"})", bearerHeader));
    const QByteArray auth = bearerHeader + "VZ-M2M-Token: " +
                            object(loginBody).value(u"sessionToken"_s).toString().toLatin1() +
                            "\r\n";
    if (tokenStatus != 200 || loginStatus != 200) {
        std::fprintf(stderr, "bench_sim: authentication failed (%d, %d)\n", tokenStatus,
                     loginStatus);
        return finish(1);
    }

    // A campaign to GET, and the big one to read.
    auto [smallStatus, smallBody] =
        exchange(port, request("POST", "/admin/campaigns/synthetic", R"({"devices": 100})", {}));
    const QByteArray campaignPath = "/api/fota/v3/campaigns/" + kAccount + '/' +
                                    object(smallBody).value(u"id"_s).toString().toLatin1();
    QElapsedTimer made;
    made.start();
    auto [bigStatus, bigBody] = exchange(
        port, request("POST", "/admin/campaigns/synthetic",
                      QByteArray(R"({"devices": )") + QByteArray::number(devices) + "}", {}));
    const qint64 makeMs = made.elapsed();
    const QByteArray bigId = object(bigBody).value(u"id"_s).toString().toLatin1();
    if (smallStatus != 200 || bigStatus != 200) {
        std::fprintf(stderr, "bench_sim: cannot create the synthetic campaigns\n");
        return finish(1);
    }

    std::printf("| %-58s | %-16s | %-10s |\n", "measure", "result", "target");
    std::printf("|%s|%s|%s|\n", QByteArray(60, '-').constData(), QByteArray(18, '-').constData(),
                QByteArray(12, '-').constData());
    row("synthesize a campaign of N licensed devices (admin)",
        u"%1 ms (N=%2)"_s.arg(makeMs).arg(devices), "-");

    // 1. Throughput: GET campaign on keep-alive connections.
    {
        std::vector<std::unique_ptr<Connection>> pool;
        for (int i = 0; i < connections; ++i)
            pool.push_back(std::make_unique<Connection>(port));
        qint64 done = 0;
        qint64 failed = 0;
        bool running = true;
        const QByteArray raw = request("GET", campaignPath, {}, auth);
        std::function<void(Connection*)> next = [&](Connection* c) {
            c->send(raw, [&, c](int status, const QByteArray&) {
                ++done;
                failed += status == 200 ? 0 : 1;
                if (running)
                    next(c);
            });
        };
        QElapsedTimer t;
        t.start();
        for (auto& c : pool)
            next(c.get());
        QEventLoop loop;
        QTimer::singleShot(seconds * 1000, &loop, [&] {
            running = false;
            loop.quit();
        });
        loop.exec();
        const double rate = double(done) * 1000.0 / double(t.elapsed());
        row("GET campaign, keep-alive connections", u"%1 req/s"_s.arg(rate, 0, 'f', 0),
            ">= 2,000/s");
        std::printf("|   (%d connections, %d s, %lld requests, %lld not 200)%s|\n", connections,
                    seconds, static_cast<long long>(done), static_cast<long long>(failed),
                    QByteArray(36, ' ').constData());
        if (failed > 0)
            return finish(1);
        QEventLoop drain; // let the last answers arrive before the pool goes
        QTimer::singleShot(300, &drain, &QEventLoop::quit);
        drain.exec();
    }

    // 2. The big campaign's device report, page by page (parsed like a client would);
    //    twice: the second read is served from fotasim's page cache.
    for (const char* what : {"device report read completely, page by page",
                             "  the same again (fotasim's page cache)"}) {
        Connection c(port);
        QByteArray cursor = "0";
        qint64 count = 0;
        qint64 pages = 0;
        qint64 parseNs = 0;
        bool ordered = true;
        QString last;
        QElapsedTimer t;
        t.start();
        for (;;) {
            QEventLoop loop;
            QByteArray body;
            c.send(request("GET",
                           "/api/fota/v3/reports/" + kAccount + "/campaigns/" + bigId +
                               "/devices?lastSeenDeviceId=" + cursor,
                           {}, auth),
                   [&](int, const QByteArray& b) {
                       body = b;
                       loop.quit();
                   });
            loop.exec();
            QElapsedTimer parse;
            parse.start();
            const QJsonObject page = object(body);
            for (const QJsonValue& v : page.value(u"deviceList"_s).toArray()) {
                const QString id = v.toObject().value(u"deviceId"_s).toString();
                ordered = ordered && id > last;
                last = id;
                ++count;
            }
            parseNs += parse.nsecsElapsed();
            ++pages;
            if (!page.value(u"hasMoreData"_s).toBool())
                break;
            cursor = page.value(u"lastSeenDeviceId"_s).toString().toLatin1();
        }
        const qint64 ms = t.elapsed();
        row(what, u"%1 ms"_s.arg(ms), "< 2,000 ms");
        std::printf(
            "|   (%lld devices in %lld pages, IMEI order %s, client JSON parse %lld ms)%s|\n",
            static_cast<long long>(count), static_cast<long long>(pages),
            ordered ? "kept" : "BROKEN", static_cast<long long>(parseNs / 1'000'000),
            QByteArray(4, ' ').constData());
        if (count != devices || !ordered)
            return finish(1);
    }

    // 3. Injected latency does not serialise concurrent requests.
    {
        auto [s, b] =
            exchange(port, request("POST", "/admin/faults", R"({"faults": "latency=100"})", {}));
        if (s != 200)
            return finish(1);
        std::vector<std::unique_ptr<Connection>> pool;
        for (int i = 0; i < concurrent; ++i)
            pool.push_back(std::make_unique<Connection>(port));
        const QByteArray raw = request("GET", campaignPath, {}, auth);
        int pending = concurrent;
        QEventLoop loop;
        QElapsedTimer t;
        t.start();
        for (auto& c : pool) {
            c->send(raw, [&](int, const QByteArray&) {
                if (--pending == 0)
                    loop.quit();
            });
        }
        loop.exec();
        const qint64 parallelMs = t.elapsed();
        t.restart();
        for (int i = 0; i < 5; ++i) {
            QEventLoop one;
            pool.front()->send(raw, [&](int, const QByteArray&) { one.quit(); });
            one.exec();
        }
        const qint64 sequentialMs = t.elapsed();
        row("latency=100: N concurrent requests, wall time",
            u"%1 ms (N=%2)"_s.arg(parallelMs).arg(concurrent), "~100 ms");
        row("latency=100: 5 sequential requests, wall time", u"%1 ms"_s.arg(sequentialMs),
            "~500 ms");
    }
    return finish(0);
}
