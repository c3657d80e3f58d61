// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A tiny scripted HTTP/1.1 server on 127.0.0.1 for the api unit tests: each
// request is answered by a test-supplied handler, which can also drop the
// connection or never answer. It records every request it saw. Header-only
// (tests/api is globbed for *Test.cpp only).

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace fotadesk::test {

struct ScriptedRequest
{
    QByteArray method;
    QByteArray target; ///< as on the request line, still percent-encoded
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    [[nodiscard]] QByteArray header(const QByteArray& name) const
    {
        return headers.value(name.toLower());
    }
};

struct ScriptedReply
{
    enum class Action
    {
        Respond,
        Drop,
        Hang
    };
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Action action = Action::Respond;
    int delayMs = 0;

    static ScriptedReply json(int status, const QByteArray& body)
    {
        return {status, body, {{"Content-Type", "application/json"}}};
    }
    static ScriptedReply drop()
    {
        ScriptedReply r;
        r.action = Action::Drop;
        return r;
    }
    static ScriptedReply hang()
    {
        ScriptedReply r;
        r.action = Action::Hang;
        return r;
    }
};

class ScriptedHttpServer final
{
public:
    using Handler = std::function<ScriptedReply(const ScriptedRequest&)>;

    explicit ScriptedHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    [[nodiscard]] bool isListening() const { return m_server.isListening(); }
    /// "http://127.0.0.1:PORT/api"
    [[nodiscard]] QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(m_server.serverPort()));
    }
    [[nodiscard]] const QList<ScriptedRequest>& requests() const { return m_requests; }
    [[nodiscard]] int count(const QString& pathSuffix) const
    {
        int n = 0;
        for (const auto& r : m_requests)
            n += r.path.endsWith(pathSuffix) ? 1 : 0;
        return n;
    }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
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
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            ScriptedRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            const QUrl url(QString::fromLatin1(first.value(1)));
            request.path = url.path();
            request.query = QUrlQuery(url);
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
            buffer.remove(0, end + 4 + length);
            m_requests.append(request);
            const ScriptedReply reply = m_handler(request);
            if (reply.action == ScriptedReply::Action::Hang)
                continue;
            if (reply.action == ScriptedReply::Action::Drop) {
                socket->abort();
                return;
            }
            QPointer<QTcpSocket> guarded(socket);
            auto write = [guarded, reply] {
                if (!guarded)
                    return;
                QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
                for (const auto& [name, value] : reply.headers)
                    out += name + ": " + value + "\r\n";
                out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
                out += reply.body;
                guarded->write(out);
            };
            if (reply.delayMs > 0)
                QTimer::singleShot(reply.delayMs, socket, write);
            else
                write();
        }
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<ScriptedRequest> m_requests;
};

} // namespace fotadesk::test
