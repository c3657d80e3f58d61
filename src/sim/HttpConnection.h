// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/HttpLimits.h"
#include "sim/HttpRequestParser.h"
#include "sim/SimRequest.h"
#include "sim/SimResponse.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace fotadesk::sim {

/// One client connection of fotasim: reads requests with HttpRequestParser
/// within HttpLimits, hands each complete request to the handler, and writes
/// the answer the handler gives back with respond() — at once or later
/// (injected latency), one request at a time (pipelined requests wait in
/// order). After each answer the connection stays open (HTTP/1.1, or
/// HTTP/1.0 with keep-alive) or closes (Connection: close, plain HTTP/1.0).
///
/// Bounds: a request must arrive whole within requestTimeoutMs of its first
/// byte (else 408), a connection with nothing in progress is closed after
/// idleTimeoutMs; a request the parser refuses is answered (400, 413, 414,
/// 417, 431, 501, 505) and the connection closed. A closing connection
/// shuts down its sending side and discards what still comes for up to
/// lingerMs, so the client reads the answer instead of a reset.
///
/// The connection owns its socket and deletes itself when the socket closes.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<void(HttpConnection& connection, SimRequest request)>;

    /// Takes over `socket` (reparented to the connection).
    HttpConnection(QTcpSocket* socket, const HttpLimits& limits, Handler handler,
                   QObject* parent = nullptr);
    ~HttpConnection() override;

    /// The answer to the request last handed to the handler. `drop` (fault
    /// injection): the status line, headers and half of the body are sent,
    /// then the connection is aborted.
    void respond(const SimResponse& response, bool drop = false);

private:
    enum class State
    {
        Reading, ///< waiting for (the rest of) a request
        Busy,    ///< the handler has a request and owes its answer
        Closing, ///< answered for the last time; lingering
    };
    enum class Timer
    {
        Idle,
        Request,
        Linger,
    };

    void readInput();
    void processInput();
    void refuse(int status, const QString& message);
    void write(const SimResponse& response, bool keepAlive, bool drop);
    void closeGracefully();
    void shutdownSending();
    void onTimeout();
    /// Starts the one timer for `kind` (Idle or Request).
    void arm(Timer kind);

    QTcpSocket* m_socket;
    const HttpLimits m_limits;
    HttpRequestParser m_parser;
    Handler m_handler;
    QTimer m_timer;
    Timer m_timerKind = Timer::Idle;
    State m_state = State::Reading;
    bool m_keepAlive = true;
    bool m_http10 = false;
    bool m_head = false;       ///< the pending request is a HEAD: no body in the answer
    bool m_processing = false; ///< inside processInput (respond() from the handler)
    bool m_sendingShutDown = false;
};

} // namespace fotadesk::sim
