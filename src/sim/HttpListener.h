// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/HttpConnection.h"
#include "sim/HttpLimits.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace fotadesk::sim {

/// fotasim's TCP side: accepts connections and gives each one an
/// HttpConnection (bounded by HttpLimits) that hands complete requests to
/// the handler. Connections are children of the listener and go with it.
class HttpListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    HttpListener(const HttpLimits& limits, HttpConnection::Handler handler,
                 QObject* parent = nullptr);

    /// Listens; the port (the chosen one when `port` is 0), 0 when it cannot.
    quint16 listen(const QHostAddress& address, quint16 port);
    [[nodiscard]] QString errorString() const { return m_server.errorString(); }

private:
    void accept();

    HttpLimits m_limits;
    HttpConnection::Handler m_handler;
    QTcpServer m_server;
};

} // namespace fotadesk::sim
