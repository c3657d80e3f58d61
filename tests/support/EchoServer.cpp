// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/EchoServer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

namespace {

struct Request
{
    QByteArray raw; ///< the request line, headers and body as received
    QString path;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
};

struct Reply
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

QString randomToken()
{
    QByteArray raw(16, Qt::Uninitialized);
    for (char& c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

Reply echo(const QString& errorCode, const QString& message)
{
    return {400, QJsonObject{{u"errorCode"_s, errorCode}, {u"errorMessage"_s, message}}, {}};
}

} // namespace

class EchoServer::Worker
{
public:
    Worker(Mode mode, QByteArray retryAfter)
        : m_mode(mode)
        , m_retryAfter(std::move(retryAfter))
    {
        m_clock.start();
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_server = new QTcpServer(&m_context);
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
                QObject::connect(m_server, &QTcpServer::newConnection, m_server,
                                 [this] { accept(); });
            },
            Qt::BlockingQueuedConnection);
    }

    ~Worker()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    [[nodiscard]] quint16 port() const { return m_port; }

    [[nodiscard]] QList<qint64> arrivals(const QString& suffix) const
    {
        QMutexLocker lock(&m_mutex);
        QList<qint64> out;
        for (const auto& [path, ms] : m_seen) {
            if (path.endsWith(suffix))
                out << ms;
        }
        return out;
    }

    [[nodiscard]] QStringList tokens() const
    {
        QMutexLocker lock(&m_mutex);
        return m_tokens;
    }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                serve(socket, *buffer);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void serve(QTcpSocket* socket, QByteArray& buffer)
    {
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            request.path = QUrl(QString::fromLatin1(lines.value(0).split(' ').value(1))).path();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.insert(line.left(colon).trimmed().toLower(),
                                           line.mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            request.raw = buffer.left(end + 4 + length);
            buffer.remove(0, end + 4 + length);
            {
                QMutexLocker lock(&m_mutex);
                m_seen.append(qMakePair(request.path, m_clock.elapsed()));
            }
            write(socket, answer(request));
        }
    }

    static void write(QTcpSocket* socket, const Reply& reply)
    {
        const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Echo\r\n" +
                         "Content-Type: application/json\r\n";
        for (const auto& [name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket->write(out);
    }

    /// Everything a careless server could put into an error answer: the request, the
    /// tokens it carries, bare, and the client secret and password of this client.
    QString everything(const Request& request) const
    {
        const QByteArray authorization = request.headers.value("authorization");
        const QByteArray bearer =
            authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
        QMutexLocker lock(&m_mutex);
        const QByteArray percent = QUrl::toPercentEncoding(m_secret);
        return u"you sent: "_s + QString::fromUtf8(request.raw) + u" | secret "_s + m_secret +
               u" ("_s + QString::fromLatin1(percent) + u") password "_s + m_password +
               u" basic "_s + QString::fromLatin1(m_basic) + u" tokens "_s +
               QString::fromLatin1(bearer) + u' ' +
               QString::fromLatin1(request.headers.value("vz-m2m-token"));
    }

    Reply answer(const Request& request)
    {
        if (request.path.endsWith(u"/oauth2/token"_s)) {
            const QByteArray basic = request.headers.value("authorization").mid(6).trimmed();
            const QByteArray pair = QByteArray::fromBase64(basic);
            {
                QMutexLocker lock(&m_mutex);
                m_basic = basic;
                m_secret = QString::fromUtf8(pair.mid(pair.indexOf(':') + 1));
            }
            if (m_mode == Mode::EchoToken)
                return echo(u"invalid_client"_s, everything(request));
            const QString token = remember(randomToken());
            return {200,
                    QJsonObject{{u"access_token"_s, token},
                                {u"token_type"_s, u"Bearer"_s},
                                {u"expires_in"_s, 3600}},
                    {}};
        }
        if (request.path.endsWith(u"/session/login"_s)) {
            const QJsonObject login = QJsonDocument::fromJson(request.body).object();
            {
                QMutexLocker lock(&m_mutex);
                m_password = login.value(u"password"_s).toString();
            }
            if (m_mode == Mode::EchoLogin)
                return echo(u"InvalidCredentials"_s, everything(request));
            return {200, QJsonObject{{u"sessionToken"_s, remember(randomToken())}}, {}};
        }
        if (m_mode == Mode::TooMany) {
            Reply r{429,
                    QJsonObject{{u"errorCode"_s, u"TooManyRequests"_s},
                                {u"errorMessage"_s, u"slow down"_s}},
                    {}};
            r.headers.append(qMakePair(QByteArray("Retry-After"), m_retryAfter));
            return r;
        }
        return echo(u"EchoedRequest"_s, everything(request));
    }

    QString remember(const QString& token)
    {
        QMutexLocker lock(&m_mutex);
        m_tokens << token;
        return token;
    }

    const Mode m_mode;
    const QByteArray m_retryAfter;
    QThread m_thread;
    QObject m_context;
    QTcpServer* m_server = nullptr; ///< lives on m_thread
    quint16 m_port = 0;
    QElapsedTimer m_clock;
    mutable QMutex m_mutex;
    QList<QPair<QString, qint64>> m_seen;
    QStringList m_tokens;
    QString m_secret;
    QString m_password;
    QByteArray m_basic;
};

EchoServer::EchoServer(Mode mode, QByteArray retryAfter)
    : m_worker(std::make_unique<Worker>(mode, std::move(retryAfter)))
{}

EchoServer::~EchoServer() = default;

bool EchoServer::isListening() const
{
    return m_worker->port() != 0;
}

QString EchoServer::baseUrl() const
{
    return u"http://127.0.0.1:%1/api"_s.arg(m_worker->port());
}

int EchoServer::count(const QString& pathSuffix) const
{
    return static_cast<int>(m_worker->arrivals(pathSuffix).size());
}

QList<qint64> EchoServer::arrivals(const QString& pathSuffix) const
{
    return m_worker->arrivals(pathSuffix);
}

QStringList EchoServer::issuedTokens() const
{
    return m_worker->tokens();
}

} // namespace fotadesk::test
