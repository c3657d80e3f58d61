// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "core/FirmwareVerification.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace fotadesk {

class BatchJournal;
class BatchRunner;
class Clock;
class DeviceBatcher;
class FotaClient;

/// "Verify firmware" over the network: asks every given device (the devices a campaign's
/// report calls successful) to report its firmware — the firmware sync,
/// PUT /firmware/{acc}/devices, at most 100 devices a request (DeviceBatcher's SyncFirmware) —
/// and judges each answer with FirmwareVerification against the campaign's firmwareTo.
/// With a journal the sync is a journaled batch (BatchRunner), like every device batch; a
/// verification is run again rather than resumed, so once it ends without every chunk
/// answered its journal is closed as abandoned (only a crash leaves it to be completed).
///
///     FirmwareVerifyRun run(&client, journal, clock);
///     connect(&run, &FirmwareVerifyRun::finished, ...);
///     if (!run.start(campaignId, campaign.firmwareTo, succeededDevices, &error)) ...
///
/// Devices of a request that failed (network, cancel) are "not reported yet", with the error
/// as their reason; error() has the first such error. Destroyed mid-run, it cancels.
class FirmwareVerifyRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirmwareVerifyRun)

public:
    /// `journal` may be null (no workspace at all, as in a test: the sync is not journaled).
    /// A journal that cannot be written makes start() refuse: nothing is sent.
    FirmwareVerifyRun(FotaClient* client, BatchJournal* journal, const Clock& clock,
                      QObject* parent = nullptr);
    ~FirmwareVerifyRun() override;

    /// Requests in flight at once (default 2).
    void setMaxConcurrent(int requests) { m_maxConcurrent = requests; }

    /// Starts; false with *error when it cannot (nothing to verify, no firmwareTo, running).
    bool start(const QString& campaignId, const QString& firmwareTo, const QStringList& deviceIds,
               QString* error);
    /// Stops: requests in flight are cancelled, their devices end as not reported.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] qint64 devicesTotal() const { return m_deviceIds.size(); }
    /// Why start() refused (the journal could not be written: nothing was sent), or after
    /// finished() why a journal write failure stopped the sync; empty otherwise.
    [[nodiscard]] const QString& journalProblem() const { return m_journalProblem; }
    /// After finished().
    [[nodiscard]] const FirmwareVerificationResult& result() const { return m_result; }
    /// The first request that failed (a cancel included); nullopt when every request answered.
    [[nodiscard]] const std::optional<ApiError>& error() const { return m_error; }
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void progress(qint64 devicesDone, qint64 devicesTotal);
    void finished();

private:
    void onFinished();

    FotaClient* m_client;
    BatchJournal* m_journal;
    const Clock& m_clock;
    int m_maxConcurrent = 2;
    QPointer<BatchRunner> m_runner;
    QPointer<DeviceBatcher> m_batcher;
    QString m_campaignId;
    QString m_firmwareTo;
    QStringList m_deviceIds;
    QString m_journalProblem;
    FirmwareVerificationResult m_result;
    std::optional<ApiError> m_error;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace fotadesk
