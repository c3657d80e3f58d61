// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiError.h"

#include "core/SecretRedactor.h"

#include <QCoreApplication>
#include <QNetworkReply>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::ApiError)
};

/// A short, printable excerpt of an unspecified error body (HTML, JSON or nothing).
QString bodyExcerpt(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral("…");
    return text;
}

} // namespace

ApiError ApiError::api(int httpStatus, const QString& errorCode, const QString& errorMessage,
                       const QString& operation)
{
    ApiError e;
    e.m_kind = Kind::Api;
    e.m_httpStatus = httpStatus;
    e.m_errorCode = errorCode;
    e.m_errorMessage = errorMessage;
    e.m_operation = operation;
    QString said =
        errorMessage.trimmed().isEmpty() ? Tr::tr("(no error message)") : errorMessage.trimmed();
    if (!said.endsWith(u'.') && !said.endsWith(u'!') && !said.endsWith(u'?'))
        said += u'.';
    e.m_message = Tr::tr("The FOTA service refused the request: %1 — %2 Correct what it names and "
                         "send the request again.")
                      .arg(errorCode.isEmpty() ? Tr::tr("(no error code)") : errorCode, said);
    return e.redacted();
}

ApiError ApiError::http(int httpStatus, const QByteArray& body, const QString& operation)
{
    ApiError e;
    e.m_kind = Kind::Http;
    e.m_httpStatus = httpStatus;
    e.m_operation = operation;
    e.m_details = bodyExcerpt(body);
    switch (httpStatus) {
    case 401:
        e.m_message = Tr::tr("The FOTA service did not accept the sign-in (HTTP 401), even after "
                             "renewing the token. Check the client id/secret and the user name/"
                             "password of this environment.");
        break;
    case 403:
        e.m_message =
            Tr::tr("The FOTA service denied access (HTTP 403). Check that the account name "
                   "is right and that these credentials may use FOTA for it.");
        break;
    case 404:
        e.m_message = Tr::tr("The FOTA service does not know this resource (HTTP 404). Check the "
                             "account name, the campaign id or device id, and the base URL.");
        break;
    case 429:
        e.m_retryable = true;
        e.m_message = Tr::tr("The FOTA service is limiting the request rate (HTTP 429). Wait a "
                             "moment and try again.");
        break;
    case 502:
    case 503:
    case 504:
        e.m_retryable = true;
        e.m_message =
            Tr::tr("The FOTA service is temporarily unavailable (HTTP %1). Try again in a "
                   "few minutes.")
                .arg(httpStatus);
        break;
    default:
        if (httpStatus >= 500)
            e.m_message = Tr::tr("The FOTA service failed with an internal error (HTTP %1). Try "
                                 "again later; if it keeps failing, report it to Verizon support "
                                 "with the time of the request.")
                              .arg(httpStatus);
        else
            e.m_message = Tr::tr("The FOTA service answered HTTP %1, which this client does not "
                                 "expect for this request.")
                              .arg(httpStatus);
    }
    return e.redacted();
}

ApiError ApiError::network(int qtNetworkError, const QString& qtErrorText, const QString& host,
                           const QString& operation)
{
    ApiError e;
    e.m_kind = Kind::Network;
    e.m_networkError = qtNetworkError;
    e.m_operation = operation;
    e.m_details = qtErrorText;
    e.m_retryable = true;
    switch (static_cast<QNetworkReply::NetworkError>(qtNetworkError)) {
    case QNetworkReply::HostNotFoundError:
        e.m_message = Tr::tr("The host %1 could not be found. Check the base URL and your DNS, VPN "
                             "or proxy settings.")
                          .arg(host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.m_message = Tr::tr("The connection to %1 was refused. Check the base URL and port, and "
                             "that the service (or fotasim) is running.")
                          .arg(host);
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        e.m_retryable = false;
        e.m_message = Tr::tr("The request to %1 could not be sent (%2). Check the base URL.")
                          .arg(host, qtErrorText);
        break;
    default:
        e.m_message = Tr::tr("The connection to %1 failed (%2). Check your network connection and "
                             "try again.")
                          .arg(host, qtErrorText);
    }
    return e.redacted();
}

ApiError ApiError::timeout(qint64 timeoutMs, const QString& host, const QString& operation)
{
    ApiError e;
    e.m_kind = Kind::Timeout;
    e.m_networkError = QNetworkReply::OperationCanceledError;
    e.m_operation = operation;
    e.m_retryable = true;
    e.m_message =
        Tr::tr("No answer from %1 within %2 s. The connection or the service is slow: try "
               "again, or raise the request timeout.")
            .arg(host)
            .arg(static_cast<double>(timeoutMs) / 1000.0, 0, 'g', 3);
    return e.redacted();
}

ApiError ApiError::deadline(qint64 deadlineMs, const QString& host, const QString& operation)
{
    ApiError e = timeout(deadlineMs, host, operation);
    e.m_retryable = false;
    e.m_message = Tr::tr("The answer of %1 to %2 did not end within the overall limit of %3 s "
                         "for one request; the request was stopped. The connection or the "
                         "service is too slow: try again later, or raise the overall limit.")
                      .arg(host, operation)
                      .arg(static_cast<double>(deadlineMs) / 1000.0, 0, 'g', 4);
    return e;
}

ApiError ApiError::answerTooLarge(const QString& kindText, const QString& limitText,
                                  const QString& arrivedText, bool declared, int httpStatus,
                                  const QString& operation)
{
    ApiError e;
    e.m_kind = Kind::Decode;
    e.m_httpStatus = httpStatus;
    e.m_operation = operation;
    e.m_retryable = false;
    e.m_details = declared ? Tr::tr("announced %1, limit %2").arg(arrivedText, limitText)
                           : Tr::tr("%1 arrived, limit %2").arg(arrivedText, limitText);
    e.m_message =
        declared ? Tr::tr("The answer to %1 announced %2, more than the limit of %3 for %4; it was "
                          "not read. The service is misbehaving: report this with the log.")
                       .arg(operation, arrivedText, limitText, kindText)
                 : Tr::tr("The answer to %1 passed the limit of %2 for %3: %4 arrived before "
                          "reading stopped. The service is misbehaving: report this with the log.")
                       .arg(operation, limitText, kindText, arrivedText);
    return e;
}

ApiError ApiError::tls(const QStringList& problems, const QString& host, const QString& operation)
{
    ApiError e;
    e.m_kind = Kind::Tls;
    e.m_operation = operation;
    e.m_details = problems.join(QStringLiteral("; "));
    e.m_message =
        Tr::tr("The certificate of %1 could not be trusted: %2. The connection was not "
               "used. If your organisation inspects TLS with its own certificate "
               "authority, add that CA as the environment's extra CA file; otherwise do "
               "not continue on this network.")
            .arg(host, e.m_details.isEmpty() ? Tr::tr("TLS handshake failed") : e.m_details);
    return e.redacted();
}

ApiError ApiError::tlsSetup(const QString& problem)
{
    ApiError e;
    e.m_kind = Kind::Tls;
    e.m_details = problem;
    e.m_message = Tr::tr("TLS is not set up correctly: %1").arg(problem);
    return e.redacted();
}

ApiError ApiError::decode(const wire::DecodeError& error, const QString& operation)
{
    ApiError e;
    e.m_kind = Kind::Decode;
    e.m_operation = operation;
    e.m_details = error.toString();
    e.m_message = Tr::tr("The FOTA service's answer does not match the FOTA v3 contract (%1). The "
                         "service may have changed: report this with the log; retrying will not "
                         "help.")
                      .arg(e.m_details);
    return e.redacted();
}

ApiError ApiError::auth(const QString& reason, const QString& operation)
{
    ApiError e;
    e.m_kind = Kind::Auth;
    e.m_operation = operation;
    e.m_message = reason;
    return e.redacted();
}

ApiError ApiError::authFailed(const ApiError& cause, const QString& step)
{
    ApiError e = cause;
    e.m_retryable = false;
    // Transport problems keep their kind (the fix is the network, not the credentials).
    const bool transport = cause.kind() == Kind::Network || cause.kind() == Kind::Timeout ||
                           cause.kind() == Kind::Tls || cause.kind() == Kind::Cancelled;
    QString hint;
    if (transport) {
        hint = Tr::tr("Check the base URL and the network, then try again.");
    } else {
        e.m_kind = Kind::Auth;
        if (cause.kind() == Kind::Api || cause.httpStatus() == 400 || cause.httpStatus() == 401 ||
            cause.httpStatus() == 403)
            hint = Tr::tr("Check the credentials of this environment (client id and secret for the "
                          "token, user name and password for the session).");
    }
    e.m_message =
        Tr::tr("Sign-in failed at the %1 step: %2 %3").arg(step, cause.message(), hint).trimmed();
    return e.redacted();
}

ApiError ApiError::loginRefused(const ApiError& cause)
{
    ApiError e = cause;
    e.m_kind = Kind::Auth;
    e.m_retryable = false;
    e.m_retryAfterMs.reset();
    if (!cause.errorCode().isEmpty() || !cause.errorMessage().isEmpty())
        e.m_details = QString(cause.errorCode() + u": "_s + cause.errorMessage()).trimmed();
    e.m_message = Tr::tr("Sign-in failed at the session login step: the service did not accept "
                         "the user name or password. Check the credentials of this environment "
                         "(user name and password for the session).");
    return e.redacted();
}

ApiError ApiError::cancelled(const QString& operation)
{
    ApiError e;
    e.m_kind = Kind::Cancelled;
    e.m_networkError = QNetworkReply::OperationCanceledError;
    e.m_operation = operation;
    e.m_message = Tr::tr("Cancelled.");
    return e.redacted();
}

ApiError ApiError::notJournaled(const QString& message, const QString& operation)
{
    ApiError e;
    e.m_kind = Kind::Cancelled;
    e.m_operation = operation;
    e.m_message = message;
    e.m_attempts = 0;
    e.m_notJournaled = true;
    return e.redacted();
}

ApiError ApiError::outcomeUnknown(const ApiError& cause, const QString& operation)
{
    ApiError e = cause;
    e.m_kind = Kind::OutcomeUnknown;
    e.m_retryable = false;
    e.m_operation = operation;
    if (e.m_details.isEmpty())
        e.m_details = cause.message();
    e.m_message =
        Tr::tr("The request was sent but its answer was lost (%1). It may or may not have taken "
               "effect: do not send it again. Look the result up first (for a new campaign: "
               "reconcile, which searches the campaign history by name, firmware and dates).")
            .arg(cause.message());
    return e.redacted();
}

ApiError ApiError::withComeBackAt(const QDateTime& whenUtc, qint64 waitMs) const
{
    ApiError e = *this;
    const int minutes = static_cast<int>(std::min<qint64>((waitMs + 59'999) / 60'000, INT_MAX));
    const QString when = whenUtc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
    e.m_message += u' ' + Tr::tr("The service asked to come back at %1 (in %Ln minute(s)), later "
                                 "than this client waits: try again after that time.",
                                 nullptr, minutes)
                              .arg(when);
    return e;
}

ApiError ApiError::redacted() const
{
    ApiError e = *this;
    for (QString* text :
         {&e.m_errorCode, &e.m_errorMessage, &e.m_message, &e.m_details, &e.m_operation})
        *text = SecretRedactor::redact(*text);
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Api:
        return QStringLiteral("api");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Decode:
        return QStringLiteral("decode");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::OutcomeUnknown:
        return QStringLiteral("outcome-unknown");
    }
    return QStringLiteral("unknown");
}

QString ApiError::toString() const
{
    QString text = kindName(m_kind);
    if (m_httpStatus != 0)
        text += u' ' + QString::number(m_httpStatus);
    if (!m_errorCode.isEmpty())
        text += QStringLiteral(" [") + m_errorCode + u']';
    text += u' ' + m_message;
    if (!m_details.isEmpty() && !m_message.contains(m_details))
        text += QStringLiteral(" {") + m_details + u'}';
    if (!m_operation.isEmpty())
        text += QStringLiteral(" (") + m_operation + u')';
    if (m_attempts > 1)
        text += QStringLiteral(" after %1 attempts").arg(m_attempts);
    return text;
}

} // namespace fotadesk
