// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/FotaClient.h"
#include "core/BatchVerdict.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace fotadesk {

class HttpJob;

/// Applies one device-list operation to many devices in chunks: add to /
/// remove from a campaign, assign / remove licenses, synchronise firmware
/// versions. Chunks default to 1,000 devices (firmware sync: at most 100, as
/// the contract says). Each chunk is one request through the FotaClient (so it
/// gets the client's retries); the per-device answers of all chunks are merged
/// into outcomes(). A chunk that still fails is marked Failed with its
/// ApiError; retryFailed() sends only those again, never the succeeded ones.
///
/// A chunk whose request went out but got no definite answer (the answer was lost, timed out,
/// or the service failed with 5xx after an earlier attempt may have been applied) has an
/// unknown outcome, not a failed one: every operation here is a set operation, so the chunk is
/// sent again (up to kConfirmRounds times) to confirm it. Devices the confirming answer calls
/// already done ("already in the campaign") were done by the lost attempt:
/// devicesConfirmedAfterUnknown() counts them, and they succeeded.
///
/// The chunk plan (chunks(), chunkDevices()) is fixed at construction and can
/// be journaled; markChunkSucceeded() skips chunks a journal says are done.
class DeviceBatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceBatcher)

public:
    using Operation = BatchOperation;

    static constexpr int DefaultChunkSize = 1000;
    /// How often a chunk with an unknown outcome is sent again to confirm it.
    static constexpr int kConfirmRounds = 3;
    static constexpr int MaxFirmwareSyncChunk = 100;

    struct Chunk
    {
        enum class State
        {
            Pending,
            Running,
            Succeeded,
            Failed
        };
        int index = 0;
        qsizetype first = 0; ///< position of its first device in the device list
        qsizetype count = 0;
        State state = State::Pending;
        int requests = 0; ///< how often this chunk was sent (not counting retries inside a request)
        std::optional<ApiError> error; ///< why it failed (state Failed)
        /// An attempt was sent without a definite answer, or the chunk needed more than one
        /// attempt (see the class comment).
        bool outcomeUnknown = false;
        int confirmRounds = 0; ///< sends to confirm an unknown outcome
    };

    /// One device's answer, from the chunk that carried it.
    struct DeviceOutcome
    {
        QString deviceId;
        QString status; ///< verbatim from the server
        QString reason;
        QString firmwareVersion; ///< firmware sync only
        bool succeeded = false;
        /// The answer says the wanted state already held (alreadyApplied()).
        bool alreadyApplied = false;
        /// BatchVerdict's reading; succeeded and alreadyApplied follow from it.
        BatchOutcome outcome = BatchOutcome::Unclear;
    };

    /// Devices per BatchOutcome, over this run's answers and failed chunks (outcomeCounts()).
    struct OutcomeCounts
    {
        qint64 done = 0;
        qint64 alreadyApplied = 0;
        qint64 refused = 0;
        qint64 noAnswer = 0;
        qint64 unclear = 0;
        friend bool operator==(const OutcomeCounts&, const OutcomeCounts&) = default;
    };

    /// `campaignId` is needed for the campaign operations only. `chunkSize` <= 0: the default.
    DeviceBatcher(FotaClient* client, Operation operation, QStringList deviceIds,
                  const QString& campaignId = {}, int chunkSize = DefaultChunkSize,
                  QObject* parent = nullptr);
    ~DeviceBatcher() override;

    [[nodiscard]] Operation operation() const { return m_operation; }
    [[nodiscard]] const QString& campaignId() const { return m_campaignId; }
    [[nodiscard]] int chunkSize() const { return m_chunkSize; }
    [[nodiscard]] const QStringList& deviceIds() const { return m_deviceIds; }
    [[nodiscard]] const QList<Chunk>& chunks() const { return m_chunks; }
    [[nodiscard]] QStringList chunkDevices(int index) const;

    /// Requests in flight at once (default 2).
    void setMaxConcurrent(int requests);
    /// Which path add/remove uses (default FotaClient::DevicePath::Firmware).
    void setDevicePath(FotaClient::DevicePath path) { m_devicePath = path; }
    [[nodiscard]] FotaClient::DevicePath devicePath() const { return m_devicePath; }
    /// Marks a chunk done without sending it (resuming from a journal).
    void markChunkSucceeded(int index);

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] qint64 devicesTotal() const { return m_deviceIds.size(); }
    /// Devices of chunks that ended (succeeded or failed).
    [[nodiscard]] qint64 devicesProcessed() const;
    [[nodiscard]] int chunksInState(Chunk::State state) const;
    [[nodiscard]] bool allSucceeded() const
    {
        return chunksInState(Chunk::State::Succeeded) == m_chunks.size();
    }

    /// The merged per-device answers of all succeeded chunks, in device-list order.
    [[nodiscard]] QList<DeviceOutcome> outcomes() const;
    /// The per-device answers of one chunk (empty unless it succeeded) — for a journal.
    [[nodiscard]] const QList<DeviceOutcome>& chunkOutcomes(int index) const
    {
        return m_outcomes.at(index);
    }
    /// Devices whose answer was a failure, plus the devices of failed chunks (reason: the error).
    [[nodiscard]] QList<DeviceOutcome> failedDevices() const;
    /// Every device of the batch with its outcome: the answers of succeeded chunks, the devices
    /// of failed chunks (outcomeOfRequest(), reason: the error) and of chunks never
    /// sent (NoAnswer, `notSentReason`).
    [[nodiscard]] QList<DeviceOutcome> judgedDevices(const QString& notSentReason = {}) const;
    /// judgedDevices() counted per outcome.
    [[nodiscard]] OutcomeCounts outcomeCounts() const;
    /// Devices of chunks whose outcome was unknown and that a confirming send found already
    /// done (an answer was lost, the work was not).
    [[nodiscard]] qint64 devicesConfirmedAfterUnknown() const;
    /// Devices of failed chunks whose outcome is still unknown (no confirming answer came).
    [[nodiscard]] qint64 devicesStillUnknown() const;
    /// Whether an error after `attempts` sends leaves the outcome unknown: a lost or timed-out
    /// answer, a 5xx after more than one attempt. Not a definite refusal (a 400 with an
    /// errorCode, a 4xx, an authentication or TLS failure, a single 5xx) and not a connection
    /// that was never made.
    static bool outcomeUnknown(const ApiError& error, int attempts);

    /// Whether a per-device answer of an operation means it worked: StatusClassifier's
    /// OperationResult reading; an unknown status containing "succe"/"success" counts too.
    static bool isSuccessStatus(const QString& status, const QString& reason = {});

    /// The answer says the wanted state already holds (BatchVerdict::alreadyApplied): counted
    /// as succeeded, status kept verbatim, its own outcome (BatchOutcome::AlreadyApplied).
    static bool alreadyApplied(Operation operation, const QString& reason)
    {
        return BatchVerdict::alreadyApplied(operation, reason);
    }
    /// The outcome of the devices of a request that failed with `error`
    /// (BatchVerdict::ofRequest): a 400 with errorCode or another definite 4xx refuses them;
    /// no answer, 5xx, 408, 429, a failed sign-in or a stop leaves them without an answer.
    static BatchOutcome outcomeOfRequest(const ApiError& error);
    /// One device's answer through BatchVerdict (outcome, succeeded, alreadyApplied set).
    static DeviceOutcome judge(Operation operation, QString deviceId, QString status,
                               QString reason, QString firmwareVersion = {});

public Q_SLOTS:
    /// Sends every Pending chunk.
    void start();
    /// Sends the Failed chunks again (only those).
    void retryFailed();
    /// Stops: requests in flight are cancelled and their chunks marked Failed (retryable).
    void cancel();

Q_SIGNALS:
    void chunkFinished(int index);
    void progress(qint64 devicesProcessed, qint64 devicesTotal);
    /// No chunk is pending or running any more (check allSucceeded()).
    void finished();

private:
    void schedule();
    HttpJob* send(const Chunk& chunk);
    void onChunkFinished(int index, HttpJob* job);
    [[nodiscard]] QList<DeviceOutcome> readOutcomes(const Chunk& chunk, HttpJob* job) const;

    FotaClient* m_client;
    Operation m_operation;
    QStringList m_deviceIds;
    QString m_campaignId;
    int m_chunkSize;
    int m_maxConcurrent = 2;
    FotaClient::DevicePath m_devicePath = FotaClient::DevicePath::Firmware;
    QList<Chunk> m_chunks;
    QList<QList<DeviceOutcome>> m_outcomes; ///< per chunk
    QList<QPointer<HttpJob>> m_jobs;        ///< per chunk, while running
    bool m_running = false;
};

} // namespace fotadesk
