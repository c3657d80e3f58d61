// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/DeviceBatcher.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fotadesk {

class Workspace;

/// The journal of batch device operations (tables batch_journal,
/// batch_chunk): for each batch the intended device set (a compact BLOB), the
/// chunk plan, each chunk's state and its per-device results. Written chunk
/// by chunk as answers arrive (each write is one committed transaction), so
/// that after a crash, kill -9, network loss or cancel, resuming sends
/// exactly the chunks that have not succeeded. BatchRunner drives it.
///
/// A journal belongs to the process that runs it (pid); another process may
/// take it over (claim()) only when that process is no longer running.
class BatchJournal final
{
public:
    enum class State
    {
        Open,      ///< some chunks have not succeeded yet (running, interrupted or failed)
        Completed, ///< every chunk succeeded
        Abandoned, ///< the user gave it up
    };

    enum class ChunkState
    {
        Pending,   ///< not sent yet, or sent without an answer (in flight or interrupted)
        Succeeded, ///< answered; results kept
        Failed,    ///< the last attempt failed (error kept); sent again on resume
    };

    struct Chunk
    {
        int index = 0;
        qsizetype first = 0;
        qsizetype count = 0;
        ChunkState state = ChunkState::Pending;
        int requests = 0; ///< attempts recorded (across runs)
        QString error;    ///< the last failure, one line
    };

    /// One journal (what list() shows; load() fills deviceIds and chunks too).
    struct Entry
    {
        qint64 id = 0;
        QDateTime createdUtc;
        QDateTime updatedUtc;
        QString profile;
        QString account;
        DeviceBatcher::Operation operation = DeviceBatcher::Operation::AddToCampaign;
        QString campaignId;
        int chunkSize = 0;
        qint64 deviceCount = 0;
        State state = State::Open;
        qint64 pid = 0;
        int chunksTotal = 0;
        int chunksSucceeded = 0;
        int chunksFailed = 0;
        qint64 devicesDone = 0; ///< devices of succeeded chunks
        /// The add/remove path the batch was sent through; none for journals written before
        /// the path was recorded (workspace schema < 5).
        std::optional<FotaClient::DevicePath> devicePath;
        QStringList deviceIds; ///< load() only
        QList<Chunk> chunks;   ///< load() only

        /// Open and its process is gone (or it is this process's and nothing runs it).
        [[nodiscard]] bool isResumable() const;
    };

    explicit BatchJournal(Workspace& workspace);

    /// Records a new batch with the batcher's chunk plan and device path (all chunks pending) in
    /// one transaction, owned by this process. Returns its id, 0 on a database error (logged).
    qint64 create(const QString& profile, const QString& account, const DeviceBatcher& batcher);

    bool markSucceeded(qint64 journalId, int chunk,
                       const QList<DeviceBatcher::DeviceOutcome>& outcomes);
    bool markFailed(qint64 journalId, int chunk, const QString& error);
    /// Why the last create()/markSucceeded()/markFailed() failed, for people
    /// (Workspace::explainError: "the disk is full (…)").
    [[nodiscard]] QString lastError() const { return m_lastError; }
    bool setState(qint64 journalId, State state);

    /// Makes this process the owner, unless another running process owns it. False with
    /// *whyNot when it is not resumable (unknown id, completed, abandoned, running elsewhere).
    bool claim(qint64 journalId, QString* whyNot);

    [[nodiscard]] std::optional<Entry> load(qint64 journalId) const;
    /// Journals, newest first; `openOnly` leaves out completed and abandoned ones.
    [[nodiscard]] QList<Entry> list(bool openOnly = false) const;
    /// Open journals of this profile and account that no running process owns, oldest first
    /// (what "resume" offers).
    [[nodiscard]] QList<Entry> resumable(const QString& profile, const QString& account) const;

    /// The per-device results of every succeeded chunk, in device-list order.
    [[nodiscard]] QList<DeviceBatcher::DeviceOutcome> outcomes(qint64 journalId) const;

    static QString operationName(DeviceBatcher::Operation operation);
    static bool parseOperation(const QString& name, DeviceBatcher::Operation* operation);
    static QString stateName(State state);
    /// "firmware" or "plain" (stored and shown by fotactl's --json).
    static QString devicePathName(FotaClient::DevicePath path);

private:
    bool failed(const QString& sqliteText);

    Workspace& m_workspace;
    QString m_lastError;
};

} // namespace fotadesk
