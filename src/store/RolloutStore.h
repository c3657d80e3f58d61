// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/Rollout.h"

#include <QList>

#include <optional>

namespace fotadesk {

class Workspace;

/// The rollouts of the workspace (tables rollouts, rollout_waves, rollout_events; schema
/// version 7; rollout_wave_campaigns and rollouts.device_zones, version 8). Every write is one
/// committed statement or transaction and happens only on a workspace that keeps it
/// (Workspace::writable): a wave's create is journaled here (journalCreate) BEFORE it is sent, so
/// that a crash or kill -9 between the two never leaves a campaign the rollout does not know about
/// (the next advance looks the journaled create up instead of sending it again).
///
///     RolloutStore rollouts(store.workspace());
///     const qint64 id = rollouts.create(record, user);  // plan, waves, "created" event
///     rollouts.journalCreate(id, 1, request, user);     // then send it
///     rollouts.setCampaign(id, 1, campaignId);
class RolloutStore final
{
public:
    explicit RolloutStore(Workspace& workspace);

    /// Stores a new rollout with its waves (their devices) and a "created" event by `user`;
    /// returns its id (0 with lastError()).
    qint64 create(const RolloutRecord& rollout, const QString& user);
    [[nodiscard]] std::optional<RolloutRecord> find(qint64 id) const;
    /// Every rollout of this profile and account, newest first (waves without devices).
    [[nodiscard]] QList<RolloutRecord> list(const QString& profile, const QString& account) const;
    /// A rollout of that name exists (names make the wave campaigns' names: they must not repeat).
    [[nodiscard]] bool nameTaken(const QString& name) const;

    bool setState(qint64 id, RolloutRecord::State state, const QString& reason = {});
    bool setPaused(qint64 id, bool paused, const QString& user);
    bool setApproval(qint64 id, const QString& user, const QString& hash);

    /// The create of wave `number` is about to be sent: the request (without devices) and the
    /// state Creating, before anything leaves.
    bool journalCreate(qint64 id, int number, const QJsonObject& request, const QString& user);
    /// Wave `number`'s campaign exists (the caller records how it learnt of it: started, or
    /// found after a crash).
    bool setCampaign(qint64 id, int number, const QString& campaignId);
    /// The creates of wave `number`'s band campaigns are about to be sent: every band (request
    /// without devices, devices, no campaign yet), the wave's `request` (the dates all bands
    /// share) and the state Creating, in one transaction before the first leaves.
    bool journalBands(qint64 id, int number, const QList<RolloutBandCampaign>& bands,
                      const QJsonObject& request, const QString& user);
    /// Band `band` of wave `number` has its campaign.
    bool setBandCampaign(qint64 id, int number, int band, const QString& campaignId);
    /// Wave `number`'s create is known not to have been made: back to Planned (its journaled
    /// bands, if any, are dropped with it).
    bool unjournalCreate(qint64 id, int number);
    bool setWaveEnded(qint64 id, int number, const QDateTime& endedUtc);
    /// The gate after wave `number` read `check`: Passed or Failed (check.passed), with an event.
    bool setGate(qint64 id, int number, const RolloutGateCheck& check, const QString& user);
    bool setWaveState(qint64 id, int number, RolloutWaveRecord::State state);
    /// Appends a retry wave of `devices` taking again the failed devices of wave `retryOf`;
    /// returns its number (0 on error).
    int addWave(qint64 id, const QStringList& devices, int retryOf, const QString& user);

    /// Records a step or decision.
    bool record(qint64 id, const QString& user, const QString& kind, int wave = 0,
                const QString& detail = {});
    [[nodiscard]] QList<RolloutEvent> events(qint64 id) const;

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    bool writable();
    bool updateWave(qint64 id, int number, const QString& assignments, const QVariantList& values,
                    const char* what);

    Workspace& m_workspace;
    QString m_lastError;
};

} // namespace fotadesk
