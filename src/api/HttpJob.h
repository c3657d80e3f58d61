#pragma once

#include "api/ApiJob.h"
#include "api/ApiRequest.h"
#include "api/JobContext.h"
#include "api/wire/Decoded.h"

#include <QPointer>
#include <QStringList>

#include <optional>

class QNetworkReply;
class QTimer;

namespace fotadesk {

/// One HTTP exchange of the FOTA v3 API, with everything every call needs in
/// one place: the auth headers (and on a 401 one renewal and one replay), the
/// request timeout, same-origin redirects up to a cap, TLS verification
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

    void run() override;
    void abort() override;
    [[nodiscard]] QString operationName() const override { return m_request.operation(); }

private:
    void beginAttempt();
    void send();
    void onReplyFinished();
    void fail(ApiError error, bool requestMayHaveArrived);
    [[nodiscard]] QString host() const;

    JobContext m_context;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer = nullptr;
    QStringList m_tlsProblems;
    qint64 m_firstSendMs = -1;
    int m_attempt = 0;
    int m_authGeneration = -1;
    int m_lastStatus = 0;
    bool m_replayedAfter401 = false;
    bool m_bodyUploaded = false;
};

} // namespace fotadesk
