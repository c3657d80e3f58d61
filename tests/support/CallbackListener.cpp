// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/CallbackListener.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

CallbackListener::CallbackListener(int status, QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_status(status)
{
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QTcpServer::newConnection, this, &CallbackListener::onConnection);
}

CallbackListener::~CallbackListener() = default;

bool CallbackListener::isListening() const
{
    return m_server->isListening();
}

QString CallbackListener::url() const
{
    return u"http://127.0.0.1:%1/hook"_s.arg(m_server->serverPort());
}

QList<QJsonObject> CallbackListener::events() const
{
    QList<QJsonObject> all;
    for (const QJsonObject& body : m_bodies)
        for (const QJsonValue& e : body.value(u"events"_s).toArray())
            all << e.toObject();
    return all;
}

void CallbackListener::onConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            // One request per connection is enough for fotasim's POSTs: read the head, then
            // Content-Length bytes (kept on the socket until they are all there).
            QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                socket->setProperty("buffer", buffer);
                return;
            }
            const QByteArray head = buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n')) {
                const QByteArray l = line.trimmed();
                if (l.toLower().startsWith("content-length:"))
                    length = l.mid(15).trimmed().toLongLong();
            }
            const QByteArray body = buffer.mid(end + 4);
            if (body.size() < length) {
                socket->setProperty("buffer", buffer);
                return;
            }
            m_heads << head;
            const QJsonDocument doc = QJsonDocument::fromJson(body.left(length));
            m_bodies << (doc.isObject() ? doc.object()
                                        : QJsonObject{{u"unparsable"_s, QString::fromUtf8(body)}});
            socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                          " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    }
}

} // namespace fotadesk::test
