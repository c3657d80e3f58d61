// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiJob.h"
#include "api/ApiRequest.h"
#include "api/BoundedBody.h"
#include "api/JobContext.h"
#include "api/wire/Decoded.h"

#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QNetworkReply;
class QThreadPool;
class QTimer;
template <typename T> class QFutureWatcher;

namespace fotadesk {

/// One HTTP exchange of the FOTA v3 API, with everything every call needs in
/// one place: the auth headers (and on a 401 one renewal and one replay), the
/// request timeout (inactivity) and overall deadline, the size limit of the answer (enforced
/// while it arrives), same-origin redirects up to a cap, TLS verification
/// (errors are never ignored), the mapping of every failure to an ApiError,
/// and retries as the RetryPolicy says. Subclasses only decode the 2xx body
/// (RequestJob<T>).
class HttpJob : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpJob)

public:
    ~HttpJob() override;

    [[nodiscard]] const ApiRequest& request() const { return m_request; }
    /// Attempts sent so far (a 401 replay is not counted).
    [[nodiscard]] int attempts() const { return m_attempt; }
    /// The HTTP status of the last answer (0: none).
    [[nodiscard]] int httpStatus() const { return m_lastStatus; }

protected:
    HttpJob(const JobContext& context, ApiRequest request, QObject* parent);

    /// Reads a 2xx body into the typed result; a DecodeError fails the job.
    virtual std::optional<wire::DecodeError> acceptBody(const QByteArray& body) = 0;
    /// Starts reading a 2xx body. The default reads it now (acceptBody()); a job with large
    /// bodies may decode them on a worker thread (decodeInBackground()) instead.
    virtual void beginBody(const QByteArray& body) { bodyAccepted(acceptBody(body)); }
    /// Where reading a 2xx body ends: a DecodeError fails the job (retried as the policy
    /// says), otherwise the job succeeds. Ignored when the job finished meanwhile (cancel()).
    void bodyAccepted(const std::optional<wire::DecodeError>& error);
    /// Runs `work` on decodePool(), then `done` on this job's thread, unless the job finished
    /// (was cancelled) or was deleted meanwhile. `work` must not touch the job: it gets its
    /// input by value and leaves its output where `done` picks it up.
    void decodeInBackground(std::function<void()> work, std::function<void()> done);

public:
    /// The threads that decode large answers (RequestJob::setDecodeInBackground): one fewer
    /// than the machine has cores (at least one), at a lower priority (Linux: nice +5), so
    /// that the GUI thread keeps a core; separate from QThreadPool::globalInstance() so that
    /// long tasks there (snapshots, imports) do not hold up a report being read.
    static QThreadPool* decodePool();

protected:
    void run() override;
    void abort() override;
    [[nodiscard]] QString operationName() const override { return m_request.operation(); }

private:
    void beginAttempt();
    void send();
    void onReplyFinished();
    void onMetaData();
    void onReadyRead();
    void stopTooLarge();
    void onDeadline();
    void stopDeadline();
    void fail(ApiError error, bool requestMayHaveArrived);
    [[nodiscard]] QString host() const;

    JobContext m_context;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer = nullptr;
    QTimer* m_deadlineTimer = nullptr;
    BoundedBody m_body;
    QFutureWatcher<void>* m_decodeWatcher = nullptr;
    std::function<void()> m_decodeDone;
    QStringList m_tlsProblems;
    qint64 m_firstSendMs = -1;
    int m_attempt = 0;
    int m_authGeneration = -1;
    int m_lastStatus = 0;
    bool m_replayedAfter401 = false;
    bool m_bodyUploaded = false;
};

} // namespace fotadesk
