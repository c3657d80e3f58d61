// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/DeviceBatcher.h"

#include <QObject>

#include <memory>
#include <optional>

namespace fotadesk {

class BatchJournal;

/// A DeviceBatcher whose every chunk is journaled (BatchJournal), so that the
/// batch survives a crash, kill -9, network loss or cancel and can be resumed:
/// resuming re-creates the same chunk plan from the journal, skips the chunks
/// that succeeded and sends exactly the others. Add/remove are set operations
/// on the server ("already in the campaign" counts as done), so a chunk that
/// was in flight when the program died is safe to send again: the final
/// device set equals the intended one, without duplicates.
///
///     BatchRunner runner(&client, journal);
///     if (!runner.begin(op, devices, campaignId, chunkSize, &error)) ...   // or resume(id)
///     connect(&runner, &BatchRunner::finished, ...); runner.start();
///
/// The one rule: a chunk is sent only while its journal can be written. begin() refuses a
/// batch whose journal cannot be written to the workspace (read-only, full, in memory), and a
/// journal write that fails mid-batch (the disk filled up) stops the batch: nothing more is
/// sent, what was sent stays journaled and resumable, and journalError() says so.
///
/// start() (below) is the one way the app starts a batch (licence assignment, campaign device
/// changes, firmware verification): journaled when the caller has a journal; only a caller
/// without any workspace (a test) gets an unjournaled batch.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    BatchRunner(FotaClient* client, BatchJournal& journal, QObject* parent = nullptr);
    ~BatchRunner() override;

    /// A new batch, ready to start(): journaled in `journal`, or (journal null: no workspace at
    /// all, as in a test) sent without one. nullptr with *error (a sentence for people) when the
    /// journal cannot be written: then nothing is sent.
    static BatchRunner* create(FotaClient* client, BatchJournal* journal,
                               DeviceBatcher::Operation operation, const QStringList& deviceIds,
                               const QString& campaignId, int chunkSize, QObject* parent,
                               QString* error);

    /// The add/remove path: a new batch (begin()) is sent and journaled with it (default
    /// FotaClient::DevicePath::Firmware). resume() sends through the path the journal recorded;
    /// one set here that differs from it makes resume() refuse. Call before begin()/resume().
    void setDevicePath(FotaClient::DevicePath path) { m_requestedPath = path; }

    /// A new journaled batch. False with *error when the journal cannot be written (then
    /// nothing is sent).
    bool begin(DeviceBatcher::Operation operation, const QStringList& deviceIds,
               const QString& campaignId, int chunkSize, QString* error);
    /// Takes over an interrupted batch (BatchJournal::claim). False with *error when it cannot
    /// be resumed (unknown, complete, run by another program, or for another profile/account).
    bool resume(qint64 journalId, QString* error);

    /// Sends the chunks that have not succeeded.
    void start();
    /// Stops; chunks in flight end as failed (resumable).
    void cancel();

    [[nodiscard]] qint64 journalId() const { return m_journalId; }
    /// The batch (its chunk plan, progress, this run's outcomes); valid after begin()/resume().
    [[nodiscard]] DeviceBatcher* batcher() const { return m_batcher.get(); }
    /// Chunks that had succeeded before this run (resume).
    [[nodiscard]] int chunksDoneBefore() const { return m_doneBefore; }
    /// Chunks this run sends.
    [[nodiscard]] int chunksToSend() const { return m_toSend; }
    /// Every device's result so far, from the journal (earlier runs included).
    [[nodiscard]] QList<DeviceBatcher::DeviceOutcome> outcomes() const;
    /// Empty, or why the batch was stopped: a journal write failed mid-batch (how many devices
    /// were sent, that the rest were not, how to resume once the workspace can be written).
    [[nodiscard]] const QString& journalError() const { return m_journalError; }

Q_SIGNALS:
    void progress(qint64 devicesDone, qint64 devicesTotal);
    /// No chunk is pending or running any more (check batcher()->allSucceeded()).
    void finished();

private:
    BatchRunner(FotaClient* client, BatchJournal* journal, QObject* parent);
    void attach();
    void onChunkFinished(int index);
    void stopOnJournalFailure(const QString& what);
    void onFinished();

    FotaClient* m_client;
    BatchJournal* m_journal; ///< null: unjournaled (create() without a workspace)
    std::unique_ptr<DeviceBatcher> m_batcher;
    std::optional<FotaClient::DevicePath> m_requestedPath;
    qint64 m_journalId = 0;
    int m_doneBefore = 0;
    int m_toSend = 0;
    QString m_journalError;
};

} // namespace fotadesk
