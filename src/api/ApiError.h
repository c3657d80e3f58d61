// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/Decoded.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace fotadesk {

/// The one error type of the service layer: every failure a FotaClient call,
/// pager or batch can report is an ApiError. It keeps the facts (kind, HTTP
/// status, the server's errorCode/errorMessage verbatim, the Qt network error)
/// and a translated message a field engineer can act on (what happened, what
/// to do). No sentinel strings: test `kind()`. No secret either: every text is redacted.
class ApiError
{
public:
    enum class Kind
    {
        Http,      ///< an HTTP status other than 2xx/400 (401 after renewal, 403, 404, 429, 5xx)
        Api,       ///< HTTP 400 with the documented {"errorCode","errorMessage"} body
        Network,   ///< no HTTP answer: refused, reset, host not found, proxy, ...
        Timeout,   ///< no (complete) answer within the request timeout
        Tls,       ///< certificate or TLS set-up problem (never ignored)
        Decode,    ///< the answer is not what the contract says (path + reason)
        Auth,      ///< token or session login failed, or credentials are missing
        Cancelled, ///< cancelled by the caller
        OutcomeUnknown ///< a non-repeatable request (create campaign) was sent, but no answer came
    };

    ApiError() = default;

    // --- factories (the `operation` says what was being done, e.g. "GET /fota/v3/firmware/acc")
    // ---
    static ApiError api(int httpStatus, const QString& errorCode, const QString& errorMessage,
                        const QString& operation);
    static ApiError http(int httpStatus, const QByteArray& body, const QString& operation);
    static ApiError network(int qtNetworkError, const QString& qtErrorText, const QString& host,
                            const QString& operation);
    static ApiError timeout(qint64 timeoutMs, const QString& host, const QString& operation);
    /// The whole exchange took longer than the overall limit (a server trickling its answer):
    /// a Timeout, not retried.
    static ApiError deadline(qint64 deadlineMs, const QString& host, const QString& operation);
    /// The answer passed the size limit of its kind (`arrived` bytes, or an announced
    /// Content-Length `declared` >= 0): a Decode error, not retried. `limitText` "16 MiB",
    /// `kindText` "a report page" (both translated).
    static ApiError answerTooLarge(const QString& kindText, const QString& limitText,
                                   const QString& arrivedText, bool declared, int httpStatus,
                                   const QString& operation);
    static ApiError tls(const QStringList& problems, const QString& host, const QString& operation);
    static ApiError tlsSetup(const QString& problem);
    static ApiError decode(const wire::DecodeError& error, const QString& operation);
    static ApiError auth(const QString& reason, const QString& operation);
    static ApiError authFailed(const ApiError& cause, const QString& step);
    /// The session login refused the user name or password. The contract documents HTTP 400
    /// ({errorCode, errorMessage}); servers answer 401 too: both give this one error (kind
    /// Auth, the same message; the server's words in details and errorCode/errorMessage).
    static ApiError loginRefused(const ApiError& cause);
    static ApiError cancelled(const QString& operation);
    /// Not sent because what must be journaled first (its audit entry, its pending create)
    /// could not be written: kind Cancelled, no attempt, `message` says why and what to do.
    static ApiError notJournaled(const QString& message, const QString& operation);
    static ApiError outcomeUnknown(const ApiError& cause, const QString& operation);

    [[nodiscard]] Kind kind() const { return m_kind; }
    /// HTTP status code, 0 when no HTTP answer arrived.
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    /// The server's errorCode/errorMessage, verbatim (empty when the body had none).
    [[nodiscard]] const QString& errorCode() const { return m_errorCode; }
    [[nodiscard]] const QString& errorMessage() const { return m_errorMessage; }
    /// What happened and what to do, for people (translated).
    [[nodiscard]] const QString& message() const { return m_message; }
    /// Technical detail: Qt's error text, certificate problems, the decode path, a body excerpt.
    [[nodiscard]] const QString& details() const { return m_details; }
    /// What was being done, e.g. "POST /fota/v3/campaigns/firmware/acc".
    [[nodiscard]] const QString& operation() const { return m_operation; }
    /// True when the failure is transient and a repeat-safe request may be sent again.
    [[nodiscard]] bool isRetryable() const { return m_retryable; }
    /// The server's Retry-After, in milliseconds, when it sent one.
    [[nodiscard]] std::optional<qint64> retryAfterMs() const { return m_retryAfterMs; }
    /// QNetworkReply::NetworkError as int (0 = none).
    [[nodiscard]] int networkError() const { return m_networkError; }
    /// How many attempts were made (1 = no retry).
    [[nodiscard]] int attempts() const { return m_attempts; }
    /// Refused before sending because the workspace could not record it (notJournaled()).
    [[nodiscard]] bool isNotJournaled() const { return m_notJournaled; }

    void setRetryAfterMs(std::optional<qint64> ms) { m_retryAfterMs = ms; }
    void setAttempts(int attempts) { m_attempts = attempts; }
    void setRetryable(bool retryable) { m_retryable = retryable; }

    /// This error, its message ending with when the server asked to come back (`whenUtc`, in
    /// `waitMs`): a Retry-After longer than the retry policy waits ended the retries.
    [[nodiscard]] ApiError withComeBackAt(const QDateTime& whenUtc, qint64 waitMs) const;

    /// Stable lower-case name of a kind ("http", "api", "outcome-unknown", ...), used in --json
    /// output.
    static QString kindName(Kind kind);
    /// One line for logs: "api 400 [EC001] message (operation)". Never contains secrets.
    [[nodiscard]] QString toString() const;

private:
    /// This error with every secret the process knows removed from its texts (SecretRedactor):
    /// an answer may echo what was sent. Every factory returns through it.
    [[nodiscard]] ApiError redacted() const;

    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    int m_networkError = 0;
    int m_attempts = 1;
    bool m_notJournaled = false;
    bool m_retryable = false;
    std::optional<qint64> m_retryAfterMs;
    QString m_errorCode;
    QString m_errorMessage;
    QString m_message;
    QString m_details;
    QString m_operation;
};

} // namespace fotadesk
