// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/HttpListener.h"

#include <QTcpSocket>

#include <utility>

namespace fotadesk::sim {

HttpListener::HttpListener(const HttpLimits& limits, HttpConnection::Handler handler,
                           QObject* parent)
    : QObject(parent)
    , m_limits(limits)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpListener::accept);
}

quint16 HttpListener::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server.listen(address, port))
        return 0;
    return m_server.serverPort();
}

void HttpListener::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection())
        new HttpConnection(socket, m_limits, m_handler, this);
}

} // namespace fotadesk::sim
