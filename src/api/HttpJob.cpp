// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/HttpJob.h"

#include "api/ApiLog.h"
#include "api/Authenticator.h"
#include "api/wire/JsonCodec.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace fotadesk {

namespace {

/// How far Qt may read an answer ahead of HttpJob (QNetworkReply::setReadBufferSize).
constexpr qint64 ReadAheadBytes = 1024 * 1024;

/// Network errors that end an exchange before the request reached the server.
bool failsBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

QString describe(const QSslError& error)
{
    QString text = error.errorString();
    const QSslCertificate cert = error.certificate();
    if (!cert.isNull()) {
        const QStringList cn = cert.subjectInfo(QSslCertificate::CommonName);
        const QString subject = cn.isEmpty() ? cert.subjectDisplayName() : cn.join(u',');
        text +=
            QCoreApplication::translate("fotadesk::HttpJob", " (certificate of '%1', "
                                                             "issued by '%2', valid until %3)")
                .arg(subject, cert.issuerDisplayName(), cert.expiryDate().toString(Qt::ISODate));
    }
    return text;
}

/// The body of a non-repeatable request, readable exactly once. Qt's HTTP layer silently
/// re-sends a request when a connection closes before the answer starts (a stale keep-alive
/// connection, or a server that processed the request and then dropped the connection). For
/// a POST that creates a campaign that would be a duplicate: with a body that cannot be
/// rewound, Qt reports ContentReSendError instead, which becomes OutcomeUnknown.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_position >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_position);
        if (n <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_position, static_cast<size_t>(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

/// One core fewer than the machine has (at least one thread): the GUI thread keeps a core
/// while pages are decoded.
struct DecodePool : QThreadPool
{
    DecodePool() { setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1)); }
};
Q_GLOBAL_STATIC(DecodePool, s_decodePool)

/// Decoding is background work: on Linux the decoding thread runs at a lower priority
/// (nice +5, per thread) so that it yields to the GUI thread when they share a core.
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 5);
    }
#endif
}

} // namespace

QThreadPool* HttpJob::decodePool()
{
    return s_decodePool();
}

HttpJob::HttpJob(const JobContext& context, ApiRequest request, QObject* parent)
    : ApiJob(parent)
    , m_context(context)
    , m_request(std::move(request))
{}

HttpJob::~HttpJob()
{
    if (QNetworkReply* reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QString HttpJob::host() const
{
    const QUrl& url = m_request.url;
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

void HttpJob::run()
{
    if (m_context.setupError) {
        finishError(*m_context.setupError);
        return;
    }
    if (!m_context.network || !m_context.clock) {
        finishError(ApiError::network(QNetworkReply::UnknownNetworkError,
                                      QStringLiteral("job without network access manager"), host(),
                                      m_request.operation()));
        return;
    }
    m_firstSendMs = m_context.clock->monotonicMs();
    beginAttempt();
}

void HttpJob::beginAttempt()
{
    ++m_attempt;
    if (m_request.auth == ApiRequest::Auth::None) {
        send();
        return;
    }
    if (!m_context.authenticator) {
        finishError(ApiError::auth(
            QCoreApplication::translate(
                "fotadesk::HttpJob", "This request needs a signed-in client, but none is set up."),
            m_request.operation()));
        return;
    }
    m_context.authenticator->ensureValid(this, [this](const std::optional<ApiError>& error) {
        if (isFinished())
            return;
        if (error) {
            finishError(*error);
            return;
        }
        send();
    });
}

void HttpJob::send()
{
    QNetworkRequest req(m_request.url);
    if (m_request.auth == ApiRequest::Auth::FotaHeaders) {
        m_context.authenticator->applyHeaders(req);
        m_authGeneration = m_context.authenticator->generation();
    }
    for (const auto& [name, value] : m_request.headers)
        req.setRawHeader(name, value);
    if (!m_request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    req.setRawHeader("Accept", "application/json");
    req.setTransferTimeout(m_context.timeoutMs);
    // Never follow a redirect to another origin: the request carries the tokens.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::SameOriginRedirectPolicy);
    req.setMaximumRedirectsAllowed(m_context.maxRedirects);
    if (m_context.tls)
        req.setSslConfiguration(*m_context.tls);

    m_tlsProblems.clear();
    m_bodyUploaded = false;
    qCDebug(lcApi).noquote() << "send" << m_request.operation() << "attempt" << m_attempt;

    QNetworkReply* reply = nullptr;
    if (m_request.method == "GET" && m_request.body.isEmpty()) {
        reply = m_context.network->get(req);
    } else if (m_request.idempotency == Idempotency::NotRepeatable && !m_request.body.isEmpty()) {
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(m_request.body, nullptr);
        reply = m_context.network->sendCustomRequest(req, m_request.method, body);
        body->setParent(reply);
    } else {
        reply = m_context.network->sendCustomRequest(req, m_request.method, m_request.body);
    }
    m_reply = reply;
    // Qt's network thread reads ahead of us by at most this much (we drain it on readyRead),
    // so that memory stays bounded while a large answer streams in.
    reply->setReadBufferSize(ReadAheadBytes);
    m_body.clear();
    m_body.setLimit(m_request.bodyLimit);
    connect(reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpJob::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(reply, &QNetworkReply::redirected, this, [this] { m_body.clear(); });
    if (m_context.deadlineMs > 0) {
        if (!m_deadlineTimer) {
            m_deadlineTimer = new QTimer(this);
            m_deadlineTimer->setSingleShot(true);
            connect(m_deadlineTimer, &QTimer::timeout, this, &HttpJob::onDeadline);
        }
        m_deadlineTimer->start(m_context.deadlineMs);
    }
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Recorded for the ApiError; never ignored, so the handshake fails.
        for (const QSslError& e : errors)
            m_tlsProblems << describe(e);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            m_bodyUploaded = true;
    });
}

void HttpJob::onMetaData()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body.setLimit(status >= 200 && status < 300 ? m_request.bodyLimit : BodyLimit::errorBody());
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && !m_body.declare(length.toLongLong())) {
        // Not from within Qt's own signal (it may not be aborted there): at once after it.
        QTimer::singleShot(0, this, [this, reply = QPointer<QNetworkReply>(reply)] {
            if (reply && m_reply == reply)
                stopTooLarge();
        });
    }
}

void HttpJob::onReadyRead()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    constexpr qint64 chunk = ReadAheadBytes;
    if (m_body.exceeded()) {
        stopTooLarge();
        return;
    }
    while (reply->bytesAvailable() > 0) {
        if (!m_body.append(reply->read(chunk))) {
            stopTooLarge();
            return;
        }
    }
}

void HttpJob::stopTooLarge()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    stopDeadline();
    m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    const BodyLimit& limit = m_body.limit();
    const bool declared = m_body.declared() >= 0;
    const ApiError error = ApiError::answerTooLarge(
        limit.kindText(), BodyLimit::formatBytes(limit.bytes),
        BodyLimit::formatBytes(declared ? m_body.declared() : m_body.arrived()), declared,
        m_lastStatus, m_request.operation());
    m_body.clear();
    qCWarning(lcApi).noquote() << error.toString();
    fail(error, true);
}

void HttpJob::onDeadline()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    m_body.clear();
    fail(ApiError::deadline(m_context.deadlineMs, host(), m_request.operation()), true);
}

void HttpJob::stopDeadline()
{
    if (m_deadlineTimer)
        m_deadlineTimer->stop();
}

void HttpJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    // What is still buffered counts against the limit too.
    onReadyRead();
    if (!m_reply)
        return; // too large
    m_reply = nullptr;
    stopDeadline();
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto networkError = reply->error();
    const QByteArray body = m_body.take();
    const QString operation = m_request.operation();
    m_lastStatus = status;

    if (networkError == QNetworkReply::TooManyRedirectsError ||
        networkError == QNetworkReply::InsecureRedirectError) {
        ApiError e = ApiError::network(networkError, reply->errorString(), host(), operation);
        e.setRetryable(false);
        fail(e, true);
        return;
    }

    // A transport failure after the status line (a connection dropped mid-body) is not an
    // answer: treat it like no answer at all, whatever status was seen.
    const bool transportFailure = (networkError > QNetworkReply::NoError &&
                                   networkError < QNetworkReply::ContentAccessDenied) ||
                                  networkError == QNetworkReply::ContentReSendError;
    if (status == 0 || transportFailure) {
        // No (complete) HTTP answer.
        if (!m_tlsProblems.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
            QStringList problems = m_tlsProblems;
            if (problems.isEmpty())
                problems << reply->errorString();
            fail(ApiError::tls(problems, host(), operation), false);
        } else if (networkError == QNetworkReply::OperationCanceledError ||
                   networkError == QNetworkReply::TimeoutError) {
            fail(ApiError::timeout(m_context.timeoutMs, host(), operation), true);
        } else {
            // ContentReSendError: Qt wanted to send a non-repeatable request again.
            fail(ApiError::network(networkError, reply->errorString(), host(), operation),
                 m_bodyUploaded || !failsBeforeSending(networkError));
        }
        return;
    }

    if (status >= 200 && status < 300) {
        beginBody(body);
        return;
    }

    if (status == 401 && m_request.auth == ApiRequest::Auth::FotaHeaders && !m_replayedAfter401) {
        // Renew once (shared with every other job that got a 401 meanwhile), replay once.
        m_replayedAfter401 = true;
        qCInfo(lcApi).noquote() << operation << "answered 401: renewing the sign-in once";
        m_context.authenticator->renewAfterRejection(m_authGeneration, this,
                                                     [this](const std::optional<ApiError>& error) {
                                                         if (isFinished())
                                                             return;
                                                         if (error) {
                                                             finishError(*error);
                                                             return;
                                                         }
                                                         send();
                                                     });
        return;
    }

    ApiError error;
    if (status == 400) {
        const auto json = wire::parseJson(body);
        const auto errorBody = json ? wire::decodeErrorBody(json.value())
                                    : wire::Decoded<wire::ErrorBody>(json.error());
        error = errorBody ? ApiError::api(status, errorBody->errorCode, errorBody->errorMessage,
                                          operation)
                          : ApiError::http(status, body, operation);
    } else {
        error = ApiError::http(status, body, operation);
        if (reply->hasRawHeader("Retry-After"))
            error.setRetryAfterMs(RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                               m_context.clock->nowUtc()));
    }
    fail(error, status >= 500);
}

void HttpJob::bodyAccepted(const std::optional<wire::DecodeError>& error)
{
    if (isFinished())
        return;
    const QString operation = m_request.operation();
    if (error) {
        qCWarning(lcApi).noquote() << operation << "answer does not decode:" << error->toString();
        fail(ApiError::decode(*error, operation), true);
        return;
    }
    qCDebug(lcApi).noquote() << operation << "->" << m_lastStatus << "after" << m_attempt
                             << "attempt(s)";
    finishSuccess();
}

void HttpJob::decodeInBackground(std::function<void()> work, std::function<void()> done)
{
    if (!m_decodeWatcher) {
        // A child: when the job is deleted, so is the watcher, and a decode still running
        // ends unnoticed (its output is owned by `work`'s captures, not by the job).
        m_decodeWatcher = new QFutureWatcher<void>(this);
        connect(m_decodeWatcher, &QFutureWatcher<void>::finished, this, [this] {
            std::function<void()> then = std::exchange(m_decodeDone, {});
            if (then && !isFinished())
                then();
        });
    }
    m_decodeDone = std::move(done);
    m_decodeWatcher->setFuture(QtConcurrent::run(decodePool(), [work = std::move(work)] {
        lowerThisThreadsPriority();
        work();
    }));
}

void HttpJob::fail(ApiError error, bool requestMayHaveArrived)
{
    error.setAttempts(m_attempt);
    const QString operation = m_request.operation();
    if (m_request.idempotency == Idempotency::NotRepeatable) {
        if (requestMayHaveArrived)
            error = ApiError::outcomeUnknown(error, operation);
        qCWarning(lcApi).noquote() << "not repeated:" << error.toString();
        finishError(error);
        return;
    }
    const qint64 elapsed = m_context.clock->monotonicMs() - m_firstSendMs;
    if (const auto delay =
            m_context.retryPolicy.nextDelayMs(error, m_request.idempotency, m_attempt, elapsed)) {
        qCInfo(lcApi).noquote() << "retry" << m_attempt + 1 << "of" << operation << "in" << *delay
                                << "ms after:" << error.toString();
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            // A Retry-After is a lower bound: a coarse timer could fire 5 % early.
            m_retryTimer->setTimerType(Qt::PreciseTimer);
            connect(m_retryTimer, &QTimer::timeout, this, &HttpJob::beginAttempt);
        }
        m_retryTimer->start(static_cast<int>(std::min<qint64>(*delay, INT_MAX)));
        return;
    }
    // A Retry-After beyond what the policy waits: say when the server asked to come back.
    error = m_context.retryPolicy.explainGiveUp(error, m_request.idempotency, m_attempt, elapsed,
                                                m_context.clock->nowUtc());
    qCInfo(lcApi).noquote() << "failed:" << error.toString();
    finishError(error);
}

void HttpJob::abort()
{
    if (m_retryTimer)
        m_retryTimer->stop();
    stopDeadline();
    m_decodeDone = {}; // a decode still running is dropped when it ends
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace fotadesk
