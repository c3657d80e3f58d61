// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/HttpRequestParser.h"

#include <QCoreApplication>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::HttpRequestParser", text);
}

/// RFC 9110 token characters (method and header names).
bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool hasControlCharacter(QByteArrayView text)
{
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
            return true;
    }
    return false;
}

/// Whether a comma-separated header value (lower case) lists `token`.
bool listsToken(const QByteArray& value, QByteArrayView token)
{
    for (const QByteArray& part : value.split(','))
        if (part.trimmed() == token)
            return true;
    return false;
}

/// A non-negative decimal number without sign or spaces, or -1.
qsizetype parseLength(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 15)
        return -1;
    qsizetype n = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits& limits)
    : m_limits(limits)
{}

void HttpRequestParser::append(QByteArrayView bytes)
{
    if (m_phase != Phase::Failed)
        m_buffer.append(bytes);
}

bool HttpRequestParser::hasPartialRequest() const
{
    return m_phase != Phase::Head || !m_buffer.isEmpty();
}

HttpRequestParser::Status HttpRequestParser::parse()
{
    if (m_phase == Phase::Failed)
        return Status::Failed;
    if (m_phase == Phase::Complete)
        return Status::Complete;
    if (m_phase == Phase::Head) {
        const Status head = parseHead();
        if (head != Status::Complete)
            return head;
    }
    if (m_phase == Phase::Body)
        return parseBody();
    return parseChunks();
}

SimRequest HttpRequestParser::takeRequest()
{
    SimRequest request = std::exchange(m_request, SimRequest{});
    m_phase = Phase::Head;
    m_connection.clear();
    m_contentLength = -1;
    m_chunkLeft = 0;
    m_trailerBytes = 0;
    m_chunked = false;
    m_wantsContinue = false;
    return request;
}

QByteArrayView HttpRequestParser::lineAt(qsizetype from, qsizetype* end) const
{
    const qsizetype lf = m_buffer.indexOf('\n', from);
    *end = lf < 0 ? -1 : lf + 1;
    if (lf < 0)
        return {};
    QByteArrayView line(m_buffer.constData() + from, lf - from);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

HttpRequestParser::Status HttpRequestParser::parseHead()
{
    // Empty lines before a request line are ignored (RFC 9112 2.2).
    for (;;) {
        qsizetype end = 0;
        const QByteArrayView line = lineAt(0, &end);
        if (end < 0 || !line.isEmpty())
            break;
        m_buffer.remove(0, end);
    }
    // Only a whole head is parsed; until then only its size is checked.
    qsizetype from = 0;
    qsizetype headEnd = -1;
    for (;;) {
        qsizetype end = 0;
        const QByteArrayView line = lineAt(from, &end);
        if (end < 0) {
            // + 1: the CR of a line whose LF is still on its way
            if (from == 0 && m_buffer.size() > m_limits.maxRequestLineBytes + 1)
                return fail(414, tr("The request line is longer than %1 bytes.")
                                     .arg(m_limits.maxRequestLineBytes));
            if (m_buffer.size() > m_limits.maxHeaderBytes)
                return fail(431, tr("The request headers are larger than %1 bytes.")
                                     .arg(m_limits.maxHeaderBytes));
            return Status::NeedMore;
        }
        if (from == 0 && line.size() > m_limits.maxRequestLineBytes)
            return fail(
                414,
                tr("The request line is longer than %1 bytes.").arg(m_limits.maxRequestLineBytes));
        if (end > m_limits.maxHeaderBytes)
            return fail(
                431,
                tr("The request headers are larger than %1 bytes.").arg(m_limits.maxHeaderBytes));
        if (line.isEmpty()) {
            headEnd = end;
            break;
        }
        from = end;
    }
    from = 0;
    bool first = true;
    while (from < headEnd) {
        qsizetype end = 0;
        const QByteArrayView line = lineAt(from, &end);
        from = end;
        if (line.isEmpty())
            break;
        if (!(first ? parseRequestLine(line) : parseHeaderLine(line)))
            return Status::Failed;
        first = false;
    }
    m_buffer.remove(0, headEnd);
    return finishHead();
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const QList<QByteArray> parts = line.toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty() ||
        hasControlCharacter(parts.at(1)))
        return reject(400, tr("Malformed request line."));
    const QByteArray& version = parts.at(2);
    if (version == "HTTP/1.1")
        m_http10 = false;
    else if (version == "HTTP/1.0")
        m_http10 = true;
    else if (version.startsWith("HTTP/") && version.size() == 8 && version.at(6) == '.')
        return reject(505, tr("HTTP version %1 is not supported; use HTTP/1.1 or HTTP/1.0.")
                               .arg(QString::fromLatin1(version)));
    else
        return reject(400, tr("Malformed request line."));
    const QByteArray& target = parts.at(1);
    if (!target.startsWith('/') && !target.startsWith("http://") && target != "*")
        return reject(400, tr("Malformed request line."));
    const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
    if (!url.isValid())
        return reject(400, tr("Malformed request line."));
    m_request.method = parts.at(0);
    m_request.path = url.path(QUrl::FullyDecoded);
    m_request.query = QUrlQuery(url);
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    // A name is a token right before the colon: no obsolete line folding, no
    // space before the colon (RFC 9112 5.1, 5.2).
    if (colon <= 0 || !isToken(line.first(colon)))
        return reject(400, tr("Malformed header line."));
    const QByteArray name = line.first(colon).toByteArray().toLower();
    const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
    if (hasControlCharacter(value))
        return reject(400, tr("Malformed header line."));
    if (name == "content-length") {
        const qsizetype length = parseLength(value);
        if (length < 0 || (m_contentLength >= 0 && m_contentLength != length))
            return reject(400, tr("Invalid Content-Length."));
        m_contentLength = length;
    } else if (name == "transfer-encoding") {
        if (value.toLower() != "chunked")
            return reject(501, tr("Transfer-Encoding %1 is not supported; use chunked or "
                                  "Content-Length.")
                                   .arg(QString::fromLatin1(value)));
        m_chunked = true;
    } else if (name == "connection") {
        m_connection = value.toLower();
    } else if (name == "expect") {
        if (value.toLower() != "100-continue")
            return reject(417, tr("Expect %1 is not supported.").arg(QString::fromLatin1(value)));
        m_wantsContinue = !m_http10;
    }
    m_request.headers.insert(name, value);
    return true;
}

HttpRequestParser::Status HttpRequestParser::finishHead()
{
    if (m_chunked && m_contentLength >= 0)
        return fail(400, tr("A request has Content-Length or Transfer-Encoding, not both."));
    if (m_contentLength > m_limits.maxBodyBytes)
        return fail(413,
                    tr("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
    m_keepAlive =
        m_http10 ? listsToken(m_connection, "keep-alive") : !listsToken(m_connection, "close");
    if (!m_chunked && m_contentLength <= 0)
        m_wantsContinue = false;
    m_phase = m_chunked ? Phase::ChunkSize : Phase::Body;
    return Status::Complete;
}

HttpRequestParser::Status HttpRequestParser::parseBody()
{
    const qsizetype length = qMax<qsizetype>(m_contentLength, 0);
    if (m_buffer.size() < length)
        return Status::NeedMore;
    m_request.body = m_buffer.first(length);
    m_buffer.remove(0, length);
    m_wantsContinue = false;
    m_phase = Phase::Complete;
    return Status::Complete;
}

HttpRequestParser::Status HttpRequestParser::parseChunks()
{
    // A chunk-size line: hex digits, optional ";extension"; small in any case.
    constexpr qsizetype MaxChunkLine = 1024;
    for (;;) {
        switch (m_phase) {
        case Phase::ChunkSize: {
            qsizetype end = 0;
            QByteArrayView line = lineAt(0, &end);
            // Too long whether its LF has come or not (end - 1 is the LF): the same answer
            // however the bytes arrive.
            if ((end < 0 && m_buffer.size() > MaxChunkLine) || end - 1 > MaxChunkLine)
                return fail(400, tr("Malformed chunked body."));
            if (end < 0)
                return Status::NeedMore;
            if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                line.truncate(semicolon);
            line = line.trimmed();
            bool ok = line.size() <= 15 && !line.isEmpty();
            const qsizetype size = ok ? line.toLongLong(&ok, 16) : 0;
            if (!ok || size < 0 || line.startsWith('+') || line.startsWith('-'))
                return fail(400, tr("Malformed chunked body."));
            if (m_request.body.size() + size > m_limits.maxBodyBytes)
                return fail(
                    413,
                    tr("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
            m_buffer.remove(0, end);
            m_chunkLeft = size;
            m_phase = size == 0 ? Phase::Trailers : Phase::ChunkData;
            m_wantsContinue = false;
            break;
        }
        case Phase::ChunkData: {
            const qsizetype n = qMin(m_chunkLeft, m_buffer.size());
            m_request.body.append(m_buffer.first(n));
            m_buffer.remove(0, n);
            m_chunkLeft -= n;
            if (m_chunkLeft > 0)
                return Status::NeedMore;
            m_phase = Phase::ChunkEnd;
            break;
        }
        case Phase::ChunkEnd: {
            qsizetype end = 0;
            const QByteArrayView line = lineAt(0, &end);
            if (end < 0)
                return m_buffer.size() > 2 ? fail(400, tr("Malformed chunked body."))
                                           : Status::NeedMore;
            if (!line.isEmpty())
                return fail(400, tr("Malformed chunked body."));
            m_buffer.remove(0, end);
            m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::Trailers: {
            qsizetype end = 0;
            const QByteArrayView line = lineAt(0, &end);
            const qsizetype seen = end < 0 ? m_buffer.size() : end;
            if (m_trailerBytes + seen > m_limits.maxHeaderBytes)
                return fail(431, tr("The request headers are larger than %1 bytes.")
                                     .arg(m_limits.maxHeaderBytes));
            if (end < 0)
                return Status::NeedMore;
            m_trailerBytes += end;
            const bool last = line.isEmpty();
            m_buffer.remove(0, end); // trailer fields are read and ignored
            if (last) {
                m_phase = Phase::Complete;
                return Status::Complete;
            }
            break;
        }
        default:
            return Status::NeedMore;
        }
    }
}

bool HttpRequestParser::reject(int status, const QString& message)
{
    fail(status, message);
    return false;
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QString& message)
{
    m_phase = Phase::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    m_keepAlive = false;
    return Status::Failed;
}

} // namespace fotadesk::sim
