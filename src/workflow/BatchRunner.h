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
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    BatchRunner(FotaClient* client, BatchJournal& journal, QObject* parent = nullptr);
    ~BatchRunner() override;

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

Q_SIGNALS:
    void progress(qint64 devicesDone, qint64 devicesTotal);
    /// No chunk is pending or running any more (check batcher()->allSucceeded()).
    void finished();

private:
    void attach();
    void onChunkFinished(int index);
    void onFinished();

    FotaClient* m_client;
    BatchJournal& m_journal;
    std::unique_ptr<DeviceBatcher> m_batcher;
    std::optional<FotaClient::DevicePath> m_requestedPath;
    qint64 m_journalId = 0;
    int m_doneBefore = 0;
    int m_toSend = 0;
};

} // namespace fotadesk
