// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/HttpLimits.h"
#include "sim/SimRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace fotadesk::sim {

/// Reads HTTP/1.0 and HTTP/1.1 requests out of the bytes of one connection,
/// one after the other (pipelined requests stay buffered for the next
/// parse()), within HttpLimits: request line, headers, a body by
/// Content-Length or chunked. No sockets and no timers (HttpConnection has
/// them), so every rule is testable with plain bytes.
///
///     parser.append(socket.read(...));
///     if (parser.parse() == HttpRequestParser::Status::Complete)
///         handle(parser.takeRequest(), parser.keepAlive());
///
/// A Failed parse is final: errorStatus() (400, 413, 414, 417, 431, 501, 505)
/// and errorMessage() say why, and the connection must be closed.
class HttpRequestParser final
{
public:
    enum class Status
    {
        NeedMore, ///< the request is not complete yet
        Complete, ///< takeRequest() has it
        Failed,   ///< errorStatus(), errorMessage()
    };

    explicit HttpRequestParser(const HttpLimits& limits);

    void append(QByteArrayView bytes);
    Status parse();
    /// The request parse() completed; the parser moves on to the next one.
    SimRequest takeRequest();

    /// Whether the connection stays open after the answer to the request
    /// just completed (HTTP/1.1 unless "Connection: close"; HTTP/1.0 only
    /// with "Connection: keep-alive").
    [[nodiscard]] bool keepAlive() const { return m_keepAlive; }
    /// The completed request was HTTP/1.0 (its answer names keep-alive).
    [[nodiscard]] bool isHttp10() const { return m_http10; }
    /// Bytes of a request that is not complete yet have arrived.
    [[nodiscard]] bool hasPartialRequest() const;
    /// The head asked for "Expect: 100-continue" and its body has not come:
    /// the caller sends "100 Continue" once and calls continueSent().
    [[nodiscard]] bool wantsContinue() const { return m_wantsContinue; }
    void continueSent() { m_wantsContinue = false; }

    [[nodiscard]] int errorStatus() const { return m_errorStatus; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    enum class Phase
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Complete,
        Failed,
    };

    Status parseHead();
    /// False when the line fails the request (fail() was called).
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    /// Complete here means: the head is complete (the body may follow).
    Status finishHead();
    Status parseBody();
    Status parseChunks();
    Status fail(int status, const QString& message);
    /// fail(), for the bool parsers: always false.
    bool reject(int status, const QString& message);
    /// The next line of m_buffer from `from` (without CR LF), or -1 in *end
    /// when none is complete yet.
    QByteArrayView lineAt(qsizetype from, qsizetype* end) const;

    const HttpLimits m_limits;
    QByteArray m_buffer;
    Phase m_phase = Phase::Head;
    SimRequest m_request;
    QByteArray m_connection; ///< lower-case Connection header
    qsizetype m_contentLength = -1;
    qsizetype m_chunkLeft = 0;
    qsizetype m_trailerBytes = 0;
    bool m_chunked = false;
    bool m_keepAlive = true;
    bool m_http10 = false;
    bool m_wantsContinue = false;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace fotadesk::sim
