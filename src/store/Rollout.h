// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/RolloutGateCheck.h"
#include "core/RolloutPlan.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fotadesk {

/// One wave of a stored rollout: its devices, its campaign, and how far it got.
struct RolloutWaveRecord
{
    enum class State
    {
        Planned,  ///< nothing sent
        Creating, ///< its create is journaled (request below) and may have been sent
        Running,  ///< its campaign exists (campaignId)
        Ended,    ///< its campaign ended (endedUtc); the gate waits for the soak time
        Passed,   ///< its gate passed (or it needs none: the last wave)
        Failed,   ///< its gate failed: the rollout is held
        Approved, ///< its gate passed and a person let the next wave start
    };

    int number = 0;  ///< 1-based, in order
    int retryOf = 0; ///< a retry-failed wave: the wave whose failed devices it takes again
    QStringList devices;
    State state = State::Planned;
    QJsonObject request; ///< the create it sends (without devices), journaled before sending
    QString campaignId;
    QDateTime endedUtc; ///< when its campaign was first seen ended
    std::optional<RolloutGateCheck> gate;

    static QString stateName(State state); ///< "planned", "creating", …
    static State stateFromName(const QString& name);
};

/// One campaign of a wave split into time-zone bands (docs/rollouts.md, "Sites in several time
/// zones"): its create is journaled with the other bands' before any is sent, and each band's
/// campaign is looked up on its own after a crash.
struct RolloutBandCampaign
{
    int wave = 0;        ///< the wave's number
    int band = 0;        ///< 0-based, in the wave's band order
    QString label;       ///< "UTC+01:00" (its campaign's name ends with it)
    QStringList devices; ///< its devices, in the wave's order
    QJsonObject request; ///< its create without devices
    QString campaignId;  ///< empty: not known to exist (yet)
};

/// A rollout as the workspace keeps it (RolloutStore).
struct RolloutRecord
{
    enum class State
    {
        Ready,           ///< created; no wave sent yet
        Running,         ///< a wave's campaign runs (or its create is under way)
        WaitingSoak,     ///< a wave ended; its gate waits for the soak time
        WaitingApproval, ///< a gate passed; a person approves the next wave (autoAdvance off)
        Held,            ///< a gate failed (stateReason says which figure)
        Done,            ///< every wave ended and passed
        Aborted,         ///< stopped by a person; the running wave's campaign was cancelled
    };

    qint64 id = 0;
    QString profile;
    QString account;
    QDateTime createdUtc;
    RolloutPlan plan;
    QString planHash;
    /// The resolved firmware (name, from, to, protocol, make, model) every wave sends.
    QJsonObject firmware;
    /// The pre-flight check's summary: {checked, accepted, refused: [{deviceId, reason}]}.
    QJsonObject preflight;
    State state = State::Ready;
    QString stateReason;
    bool paused = false;
    QString approvedBy; ///< the plan's four-eyes approval (empty: none)
    QDateTime approvedUtc;
    QString approvedHash;
    QList<RolloutWaveRecord> waves;
    /// Each device's time zone (DeviceZones), for a plan with local windows; else empty.
    QHash<QString, QString> deviceZones;
    /// The band campaigns of the waves journaled so far (none for a wave of one campaign).
    QList<RolloutBandCampaign> bandCampaigns;

    static QString stateName(State state); ///< "ready", "running", "waiting-soak", …
    static State stateFromName(const QString& name);
    /// The wave of that number (nullptr: none).
    [[nodiscard]] const RolloutWaveRecord* wave(int number) const;
    /// The band campaigns of wave `number`, in band order (empty: the wave is one campaign).
    [[nodiscard]] QList<RolloutBandCampaign> bandsOf(int number) const;
    /// Every campaign id of wave `number`: its bands' that exist, else its one campaign's.
    [[nodiscard]] QStringList campaignIdsOf(int number) const;
};

/// A step or decision of a rollout: who, when, what (the rollout's own history, beside the
/// audit log's rows of every request it sent).
struct RolloutEvent
{
    QDateTime atUtc;
    QString user;
    QString kind; ///< "created", "wave-journaled", "wave-started", "gate-passed", "held", …
    int wave = 0;
    QString detail;
};

} // namespace fotadesk
