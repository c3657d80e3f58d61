// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/wire/WireTypes.h"
#include "store/Rollout.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fotadesk {

class AuditLog;
class Clock;
class RolloutService;
class RolloutStore;

/// The steps of a rollout (docs/rollouts.md), each one pass that reads the current wave, does
/// what is due and returns: advance() evaluates once and starts what is due; pause, resume,
/// abort, approveGate and retryFailed are a person's decisions (recorded with who and when).
///
/// Crash safety: a wave's create is journaled in the RolloutStore (state Creating, with its
/// request) before it is sent, and the service records it again as a pending create. A pass
/// that finds a wave Creating (the earlier one was killed, or its answer lost) looks the create
/// up in the campaign history and only sends it when it is known not to exist: a wave is never
/// created twice and never lost. Every step is recorded as a rollout event and in the audit log.
///
///     RolloutAdvance steps(rollouts, &audit, service, Clock::system(), user);
///     const auto outcome = steps.advance(id);   // Running, Waiting, Held, Done, …
class RolloutAdvance final
{
public:
    struct Outcome
    {
        enum class Kind
        {
            Running, ///< a wave's campaign runs (maybe just started)
            Waiting, ///< soak time, a person's approval, or paused
            Held,    ///< a gate failed: reason names the figure
            Done,    ///< every wave ended and passed its gate
            Aborted,
            Error, ///< nothing more could be done now (reason); the workspace is consistent
        };
        Kind kind = Kind::Error;
        QString reason;    ///< one sentence for people
        QStringList steps; ///< what this pass did, in order
        bool notFound = false;
        bool usageError = false; ///< the request itself was wrong (not the service)
    };

    RolloutAdvance(RolloutStore& store, AuditLog* audit, RolloutService& service,
                   const Clock& clock, QString user);

    Outcome advance(qint64 id);
    Outcome pause(qint64 id);
    Outcome resume(qint64 id);
    /// Cancels the running wave's campaign (a journaled create is looked up first) and stops.
    Outcome abort(qint64 id);
    /// Lets the next wave start after a passed gate (autoAdvance off) or, with `override`, after
    /// a failed one; then advances.
    Outcome approveGate(qint64 id, bool override);
    /// A new wave of wave `number`'s failed devices whose reason is retryable, re-checked first
    /// (refused ones are left out); it runs next. Then advances.
    Outcome retryFailed(qint64 id, int number);

    /// Records a step done outside a pass (the rollout's creation, an approval of its plan) as
    /// a rollout event (unless `eventRecorded`) and in the audit log.
    void recordStep(const RolloutRecord& r, const QString& kind, int wave, const QString& detail,
                    bool eventRecorded = false);

    /// Called with a step's name ("journaled", "created", "ended", "gated") right after it was
    /// recorded (tests kill the program there).
    void setCrashHook(std::function<void(const QString&)> hook) { m_crashHook = std::move(hook); }

    /// The order waves run in: the plan's, each retry wave right after the wave it retries.
    static QList<int> runOrder(const RolloutRecord& rollout);
    /// Wave `number`'s create as it will be sent on `today` (UTC): the rollout's firmware, the
    /// wave's schedule, not before the day after the wave before it ended; invalid dates fill
    /// *error.
    static wire::CampaignRequest waveRequest(const RolloutRecord& rollout, int number,
                                             const QDate& today, QString* error);
    /// One campaign of a wave as it will be sent.
    struct BandRequest
    {
        QString label;        ///< the time-zone band ("UTC+01:00"); empty: the wave's one campaign
        QStringList zones;    ///< the band's zones
        QStringList warnings; ///< its daylight-saving shifts within the dates
        wire::CampaignRequest request;
    };
    /// Wave `number`'s campaigns as they will be sent on `today`: waveRequest() alone for a
    /// wave with UTC windows; with local windows, one per time-zone band of its devices
    /// (RolloutBands), each with its UTC windows and name. Errors (a device without zone, a
    /// band without an hour) fill *error and give none.
    static QList<BandRequest> bandRequests(const RolloutRecord& rollout, int number,
                                           const QDate& today, QString* error);
    /// Wave `number` runs as one campaign per time-zone band (its plan schedule has local
    /// windows).
    static bool isBanded(const RolloutRecord& rollout, int number);
    /// Wave `number`'s schedule (its planned wave's over the rollout's).
    static RolloutSchedule scheduleOf(const RolloutRecord& rollout, int number);
    /// The hash of the rollout's plan and its planned waves' devices as stored now: what an
    /// approval is for (RolloutPlan::hash).
    static QString planHashOf(const RolloutRecord& rollout);
    /// Outcome kind -> "running", "waiting", "held", "done", "aborted", "error".
    static QString kindName(Outcome::Kind kind);

private:
    Outcome pass(RolloutRecord& r, Outcome out);
    /// One step for wave `w`; true: look at the rollout again, false: `out` is final.
    bool step(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out);
    bool startWave(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out);
    bool resolveCreating(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out);
    /// The campaign an earlier, interrupted run may have made for `request` (of wave `wave`):
    /// true with *id the one found, or empty when there is none; false (`out` says why) when
    /// the history cannot be read — `unreadable` then gets the error's text as its last
    /// placeholder — or when several campaigns carry the name.
    bool findEarlierCreate(const wire::CampaignRequest& request, int wave,
                           const QString& unreadable, QString* id, Outcome& out);
    bool resolveCreatingForAbort(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out);
    bool send(RolloutRecord& r, const RolloutWaveRecord& w, const wire::CampaignRequest& request,
              Outcome& out);
    bool evaluateGate(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out);
    bool readRunning(RolloutRecord& r, const RolloutWaveRecord& w, const QString& label,
                     Outcome& out);
    /// Every device of every campaign of wave `number` (its bands' together).
    std::optional<QList<WaveDevice>> waveReport(const RolloutRecord& r, int number,
                                                ApiError* error);
    // The time-zone bands of a wave (RolloutBandSteps.cpp): journaled together, then each band
    // created, looked up after a crash, or cancelled, on its own.
    bool startBands(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out);
    bool resolveBands(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out);
    bool sendBand(RolloutRecord& r, const RolloutWaveRecord& w, const RolloutBandCampaign& band,
                  const wire::CampaignRequest& request, Outcome& out);
    bool resolveBandsForAbort(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out);
    Outcome finish(RolloutRecord& r, Outcome out, RolloutRecord::State state, Outcome::Kind kind,
                   const QString& reason);
    Outcome fail(Outcome out, const QString& reason);
    void note(const RolloutRecord& r, const QString& kind, int wave, const QString& detail,
              Outcome& out);
    bool reload(RolloutRecord& r);
    void crash(const QString& step) const;
    [[nodiscard]] bool isSettled(const RolloutRecord& r, const RolloutWaveRecord& w) const;

    RolloutStore& m_store;
    AuditLog* m_audit;
    RolloutService& m_service;
    const Clock& m_clock;
    QString m_user;
    std::function<void(const QString&)> m_crashHook;
};

} // namespace fotadesk
