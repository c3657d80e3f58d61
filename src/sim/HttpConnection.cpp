// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/HttpConnection.h"

#include "sim/SimError.h"
#include "sim/SimLogging.h"

#include <QTcpSocket>

#include <sys/socket.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

/// Read at most this much at a time; the socket buffers no more either, so a
/// client that sends while its previous request is being answered is held
/// back by TCP instead of filling memory.
constexpr qint64 ReadChunk = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

QString errorCodeOf(int status)
{
    switch (status) {
    case 408:
        return errc::RequestTimeout;
    case 413:
        return errc::RequestBodyTooLarge;
    case 414:
        return errc::RequestLineTooLong;
    case 431:
        return errc::RequestHeadersTooLarge;
    case 501:
    case 505:
    case 417:
        return errc::NotSupported;
    default:
        return errc::MalformedRequest;
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const HttpLimits& limits, Handler handler,
                               QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_parser(limits)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadChunk);
    // An answer goes out as soon as it is written: with Nagle's algorithm the last segment of
    // a large body waited for the client's delayed acknowledgement.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readInput);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state == State::Closing && m_socket->bytesToWrite() == 0)
            shutdownSending();
    });
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    arm(Timer::Idle);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readInput, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::readInput()
{
    if (m_state == State::Closing) {
        m_socket->skip(m_socket->bytesAvailable()); // lingering: read and forget
        return;
    }
    // While Busy nothing is read: the next request waits in the socket (and TCP).
    while (m_state == State::Reading && m_socket->bytesAvailable() > 0) {
        m_parser.append(m_socket->read(ReadChunk));
        // The deadline runs from a request's first byte (empty lines before a
        // request count: they do not start it again).
        if (m_timerKind == Timer::Idle && m_parser.hasPartialRequest())
            arm(Timer::Request);
        processInput();
    }
}

void HttpConnection::processInput()
{
    if (m_processing)
        return;
    m_processing = true;
    while (m_state == State::Reading) {
        const HttpRequestParser::Status status = m_parser.parse();
        if (status == HttpRequestParser::Status::Failed) {
            refuse(m_parser.errorStatus(), m_parser.errorMessage());
            break;
        }
        if (status == HttpRequestParser::Status::NeedMore) {
            if (m_parser.wantsContinue()) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_parser.continueSent();
            }
            break;
        }
        m_timer.stop();
        m_keepAlive = m_parser.keepAlive();
        m_http10 = m_parser.isHttp10();
        SimRequest request = m_parser.takeRequest();
        m_head = request.method == "HEAD";
        m_state = State::Busy;
        m_handler(*this, std::move(request)); // may respond() right here
    }
    m_processing = false;
}

void HttpConnection::respond(const SimResponse& response, bool drop)
{
    if (m_state != State::Busy)
        return;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        m_state = State::Closing; // the client went away meanwhile; deleted with its socket
        return;
    }
    write(response, m_keepAlive, drop);
    if (drop) {
        m_state = State::Closing;
        m_timer.stop();
        m_socket->flush();
        m_socket->abort();
        deleteLater();
        return;
    }
    if (!m_keepAlive) {
        closeGracefully();
        return;
    }
    m_state = State::Reading;
    arm(m_parser.hasPartialRequest() ? Timer::Request : Timer::Idle);
    if (!m_processing) { // a delayed answer: go on with what waits
        processInput();
        readInput();
    }
}

void HttpConnection::refuse(int status, const QString& message)
{
    qCInfo(lcSim).noquote() << u"- (refused) %1 %2"_s.arg(status).arg(message);
    m_head = false;
    write(SimResponse::error(errorCodeOf(status), message, status), false, false);
    closeGracefully();
}

void HttpConnection::write(const SimResponse& response, bool keepAlive, bool drop)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto& [key, value] : response.headers)
        out += key + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    else if (m_http10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!m_head)
        out += drop ? response.body.left(response.body.size() / 2) : response.body;
    m_socket->write(out);
}

void HttpConnection::closeGracefully()
{
    m_state = State::Closing;
    if (m_socket->bytesToWrite() == 0) {
        shutdownSending();
        return;
    }
    // A client that does not read its answer gets as long as for a request.
    m_timerKind = Timer::Linger;
    m_timer.start(m_limits.requestTimeoutMs);
}

void HttpConnection::shutdownSending()
{
    if (std::exchange(m_sendingShutDown, true))
        return;
    // FIN after the answer; what the client still sends is read and dropped
    // (readInput) until it closes or lingerMs pass: closing with unread input
    // would send a reset that can destroy the answer on its way.
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    m_timerKind = Timer::Linger;
    m_timer.start(m_limits.lingerMs);
    readInput();
}

void HttpConnection::onTimeout()
{
    switch (m_timerKind) {
    case Timer::Idle:
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        break;
    case Timer::Request:
        refuse(408,
               tr("The request did not arrive whole within %1 ms.").arg(m_limits.requestTimeoutMs));
        break;
    case Timer::Linger:
        m_socket->abort();
        deleteLater();
        break;
    }
}

void HttpConnection::arm(Timer kind)
{
    m_timerKind = kind;
    m_timer.start(kind == Timer::Idle ? m_limits.idleTimeoutMs : m_limits.requestTimeoutMs);
}

} // namespace fotadesk::sim
