// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// HttpConnection (behind an HttpListener on 127.0.0.1, in this thread) with
// raw QTcpSocket clients and small limits: when a connection closes or stays
// open, requests in order, and the limits answered as 408, 413, 414 and 431
// (each read by the client, never lost to a reset) — without ab or fotasim.

#include "sim/HttpListener.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace fotadesk::sim;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRequestTimeoutMs = 400;
constexpr int kIdleTimeoutMs = 600;
constexpr int kWaitMs = 10'000; // how long a test waits for something that must happen

HttpLimits testLimits()
{
    HttpLimits limits;
    limits.maxRequestLineBytes = 256;
    limits.maxHeaderBytes = 1024;
    limits.maxBodyBytes = 4096;
    limits.requestTimeoutMs = kRequestTimeoutMs;
    limits.idleTimeoutMs = kIdleTimeoutMs;
    limits.lingerMs = 1000;
    return limits;
}

/// A raw client: what it received, and whether the server closed.
struct Client
{
    QTcpSocket socket;
    QByteArray received;

    explicit Client(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { received += socket.readAll(); });
        socket.connectToHost(u"127.0.0.1"_s, port);
    }
    [[nodiscard]] bool closed() const
    {
        return socket.state() == QAbstractSocket::UnconnectedState;
    }
    /// Number of complete answers received so far (status lines).
    [[nodiscard]] qsizetype answers() const { return received.count("HTTP/1.1 "); }
};

} // namespace

class HttpConnectionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void connectionCloseClosesAfterTheAnswer();
    void http10ClosesAfterTheAnswer();
    void http10KeepAliveStaysOpen();
    void http11StaysOpen();
    void pipelinedRequestsAreAnsweredInOrder();
    void headAnswersWithoutBody();
    void expectContinueIsAnswered();
    void idleConnectionIsClosed();
    void slowHeadersGet408();
    void shortBodyGets408();
    void largeBodyGets413_data();
    void largeBodyGets413();
    void largeHeadersGet431();
    void longRequestLineGets414();
    void malformedRequestGets400();

private:
    std::unique_ptr<HttpListener> m_listener;
    quint16 m_port = 0;
    QList<SimRequest> m_handled;
};

void HttpConnectionTest::init()
{
    m_handled.clear();
    // Echoes what it got; "/slow" answers 100 ms later (as injected latency does).
    m_listener = std::make_unique<HttpListener>(
        testLimits(), [this](HttpConnection& connection, SimRequest request) {
            m_handled.append(request);
            const SimResponse response = SimResponse::json(QJsonObject{
                {u"path"_s, request.path},
                {u"bodySize"_s, static_cast<double>(request.body.size())},
                {u"authorization"_s, QString::fromLatin1(request.header("authorization"))}});
            if (request.path != u"/slow"_s) {
                connection.respond(response);
                return;
            }
            QTimer::singleShot(100, &connection,
                               [&connection, response] { connection.respond(response); });
        });
    m_port = m_listener->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(m_port != 0, qPrintable(m_listener->errorString()));
}

void HttpConnectionTest::cleanup()
{
    m_listener.reset();
}

void HttpConnectionTest::connectionCloseClosesAfterTheAnswer()
{
    Client client(m_port);
    client.socket.write("GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWaitMs);
    QVERIFY2(client.received.startsWith("HTTP/1.1 200 OK\r\n"), client.received.constData());
    QVERIFY(client.received.contains("\r\nConnection: close\r\n"));
    QVERIFY(client.received.endsWith(R"("path":"/a"})"));
}

void HttpConnectionTest::http10ClosesAfterTheAnswer()
{
    Client client(m_port);
    client.socket.write("GET /a HTTP/1.0\r\n\r\n"); // what ab sends without -k
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWaitMs);
    QVERIFY2(client.received.startsWith("HTTP/1.1 200 OK\r\n"), client.received.constData());
    QVERIFY(client.received.contains("\r\nContent-Length: "));
}

void HttpConnectionTest::http10KeepAliveStaysOpen()
{
    Client client(m_port);
    client.socket.write("GET /a HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"); // ab -k
    QTRY_COMPARE_WITH_TIMEOUT(client.answers(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith('}'), kWaitMs);
    QVERIFY(client.received.contains("\r\nConnection: keep-alive\r\n"));
    client.socket.write("GET /b HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.answers(), 2, kWaitMs);
    QVERIFY(!client.closed());
    QCOMPARE(m_handled.size(), 2);
}

void HttpConnectionTest::http11StaysOpen()
{
    Client client(m_port);
    client.socket.write("GET /a HTTP/1.1\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.answers(), 1, kWaitMs);
    client.socket.write("POST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}");
    QTRY_COMPARE_WITH_TIMEOUT(client.answers(), 2, kWaitMs);
    QVERIFY(!client.received.contains("Connection:"));
    QVERIFY(!client.closed());
}

void HttpConnectionTest::pipelinedRequestsAreAnsweredInOrder()
{
    Client client(m_port);
    client.socket.write(
        "GET /slow HTTP/1.1\r\n\r\nGET /fast HTTP/1.1\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWaitMs);
    QCOMPARE(client.answers(), 2);
    const qsizetype slow = client.received.indexOf(R"("path":"/slow")");
    const qsizetype fast = client.received.indexOf(R"("path":"/fast")");
    QVERIFY2(slow >= 0 && fast > slow, client.received.constData());
}

void HttpConnectionTest::headAnswersWithoutBody()
{
    Client client(m_port);
    client.socket.write("HEAD /a HTTP/1.1\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWaitMs);
    QVERIFY(client.received.contains("\r\nContent-Length: "));
    QVERIFY2(client.received.endsWith("\r\n\r\n"), client.received.constData());
}

void HttpConnectionTest::expectContinueIsAnswered()
{
    Client client(m_port);
    client.socket.write("POST /a HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n"
                        "Connection: close\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"),
                              kWaitMs);
    client.socket.write("{}");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWaitMs);
    QVERIFY(client.received.contains("HTTP/1.1 200 OK\r\n"));
}

void HttpConnectionTest::idleConnectionIsClosed()
{
    QElapsedTimer timer;
    timer.start();
    Client client(m_port);
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWaitMs);
    QVERIFY(timer.elapsed() >= kIdleTimeoutMs - 50);
    QVERIFY(client.received.isEmpty()); // no request, no answer
}

void HttpConnectionTest::slowHeadersGet408()
{
    QElapsedTimer timer;
    timer.start();
    Client client(m_port);
    client.socket.write("GET /a HTTP/1.1\r\nHost: x\r\n"); // the empty line never comes
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWaitMs);
    QVERIFY(timer.elapsed() >= kRequestTimeoutMs - 50);
    QVERIFY2(client.received.startsWith("HTTP/1.1 408 Request Timeout\r\n"),
             client.received.constData());
    QVERIFY(client.received.contains(R"("errorCode":"RequestTimeout")"));
    QVERIFY(m_handled.isEmpty());
}

void HttpConnectionTest::shortBodyGets408()
{
    Client client(m_port);
    client.socket.write("POST /a HTTP/1.1\r\nContent-Length: 100\r\n\r\n{}");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWaitMs);
    QVERIFY2(client.received.startsWith("HTTP/1.1 408 "), client.received.constData());
    QVERIFY(m_handled.isEmpty());
}

void HttpConnectionTest::largeBodyGets413_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<qsizetype>("bodySize"); // what the client sends after the head
    QTest::newRow("Content-Length says so")
        << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 10485760\r\n\r\n") << qsizetype(0);
    QTest::newRow("body on its way")
        << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 200000\r\n\r\n") << qsizetype(200000);
    QTest::newRow("chunked") << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "2000\r\n")
                             << qsizetype(0x2000);
}

void HttpConnectionTest::largeBodyGets413()
{
    QFETCH(QByteArray, head);
    QFETCH(qsizetype, bodySize);
    Client client(m_port);
    client.socket.write(head + QByteArray(bodySize, 'x'));
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWaitMs);
    QVERIFY2(client.received.startsWith("HTTP/1.1 413 Content Too Large\r\n"),
             client.received.constData());
    QVERIFY(client.received.contains("\r\nConnection: close\r\n"));
    QVERIFY(client.received.contains(R"("errorCode":"RequestBodyTooLarge")"));
    QVERIFY(m_handled.isEmpty());
}

void HttpConnectionTest::largeHeadersGet431()
{
    Client client(m_port);
    client.socket.write("GET /a HTTP/1.1\r\nX-Big: " + QByteArray(2000, 'b') +
                        "\r\nAuthorization: Bearer t\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWaitMs);
    QVERIFY2(client.received.startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"),
             client.received.constData());
    QVERIFY(client.received.contains(R"("errorCode":"RequestHeadersTooLarge")"));
    QVERIFY(m_handled.isEmpty()); // never handled without its Authorization

    Client within(m_port);
    within.socket.write("GET /a HTTP/1.1\r\nX-Big: " + QByteArray(900, 'b') +
                        "\r\nAuthorization: Bearer t\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(within.closed(), kWaitMs);
    QVERIFY2(within.received.contains(R"("authorization":"Bearer t")"),
             within.received.constData());
}

void HttpConnectionTest::longRequestLineGets414()
{
    Client client(m_port);
    client.socket.write("GET /" + QByteArray(300, 'a') + " HTTP/1.1\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWaitMs);
    QVERIFY2(client.received.startsWith("HTTP/1.1 414 URI Too Long\r\n"),
             client.received.constData());
}

void HttpConnectionTest::malformedRequestGets400()
{
    Client client(m_port);
    client.socket.write("GET /a HTTP/1.1\r\nHost : x\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWaitMs);
    QVERIFY2(client.received.startsWith("HTTP/1.1 400 Bad Request\r\n"),
             client.received.constData());
    QVERIFY(client.received.contains(R"("errorCode":"MalformedRequest")"));
}

QTEST_GUILESS_MAIN(HttpConnectionTest)
#include "HttpConnectionTest.moc"
