// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/StatusChanges.h"
#include "store/StatusSnapshot.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace fotadesk {

class Clock;
class DeviceStatusModel;
class SnapshotStore;

/// Keeps a campaign's device-status snapshots over time in the workspace
/// (SnapshotStore) for the status panel: record() after each complete report
/// read, reload() when the panel opens. The heavy part — building the device
/// map, compressing and writing it, comparing with the last look — runs on a
/// worker thread (the store gives each thread its own connection); only a
/// compact copy of the model's rows is taken on the GUI thread.
///
/// After each record()/reload(): history() (counts of every snapshot, oldest
/// first) and changes() ("what changed since the last look"), then updated().
/// markSeen() records that the user has looked at the newest snapshot.
class CampaignStatusRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignStatusRecorder)

public:
    /// `store` may be null: then nothing is kept and history() stays empty.
    CampaignStatusRecorder(SnapshotStore* store, const Clock& clock, QString profile,
                           QString account, QString campaignId, QObject* parent = nullptr);
    ~CampaignStatusRecorder() override;

    [[nodiscard]] bool isEnabled() const { return m_store != nullptr; }
    [[nodiscard]] bool isBusy() const { return m_watcher.isRunning(); }

    /// Saves a snapshot of the model's rows (taken now), then reloads history and changes.
    void record(const DeviceStatusModel& model);
    /// Reloads history and changes without saving.
    void reload();
    /// The newest snapshot has been looked at.
    void markSeen();

    [[nodiscard]] const QList<StatusSnapshot>& history() const { return m_history; }
    [[nodiscard]] const StatusChanges& changes() const { return m_changes; }
    /// Id of the snapshot the last record() saved (0: none or failed).
    [[nodiscard]] qint64 lastSavedId() const { return m_lastSavedId; }

Q_SIGNALS:
    /// History and changes were (re)loaded; `saved` says whether this round stored a snapshot.
    void updated(bool saved);

private:
    struct Result
    {
        qint64 savedId = 0;
        bool attemptedSave = false;
        QList<StatusSnapshot> history;
        StatusChanges changes;
    };
    struct RowCopy
    {
        std::vector<std::uint64_t> imeis; ///< 0: the next of otherIds
        QStringList otherIds;             ///< device ids that are not IMEIs, in row order
        std::vector<std::uint32_t> statuses;
        std::vector<std::uint32_t> reasons;
        QStringList strings;
    };
    void run(std::optional<RowCopy> rows);

    SnapshotStore* m_store;
    const Clock& m_clock;
    QString m_profile;
    QString m_account;
    QString m_campaignId;
    QFutureWatcher<Result> m_watcher;
    std::optional<RowCopy> m_queued; ///< a record() that came while busy
    bool m_reloadQueued = false;
    QList<StatusSnapshot> m_history;
    StatusChanges m_changes;
    qint64 m_lastSavedId = 0;
};

} // namespace fotadesk
