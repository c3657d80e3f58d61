// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RolloutAdvance's decisions of a person: pause, resume, abort, approve a gate, retry the failed
// (each recorded with who and when, then a pass where one is due).

#include "api/wire/JsonCodec.h"
#include "core/StatusGroup.h"
#include "store/RolloutStore.h"
#include "workflow/RolloutAdvance.h"
#include "workflow/RolloutService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::RolloutAdvance)
};

using WaveState = RolloutWaveRecord::State;
using Kind = RolloutAdvance::Outcome::Kind;

} // namespace

RolloutAdvance::Outcome RolloutAdvance::pause(qint64 id)
{
    Outcome out;
    auto r = m_store.find(id);
    if (!r) {
        out.notFound = true;
        return fail(out, Tr::tr("There is no rollout %1 in this workspace.").arg(id));
    }
    if (!m_store.setPaused(id, true, m_user))
        return fail(out, m_store.lastError());
    // setPaused recorded the event; the audit log gets the step too.
    recordStep(*r, u"paused"_s, 0, u"no wave starts until it is resumed"_s, true);
    out.steps << u"paused: no wave starts until it is resumed"_s;
    out.kind = Kind::Waiting;
    out.reason = Tr::tr("The rollout is paused; 'rollout resume' lets it go on.");
    return out;
}

RolloutAdvance::Outcome RolloutAdvance::resume(qint64 id)
{
    Outcome out;
    auto r = m_store.find(id);
    if (!r) {
        out.notFound = true;
        return fail(out, Tr::tr("There is no rollout %1 in this workspace.").arg(id));
    }
    if (!m_store.setPaused(id, false, m_user))
        return fail(out, m_store.lastError());
    recordStep(*r, u"resumed"_s, 0, {}, true);
    out.steps << u"resumed"_s;
    r->paused = false;
    return pass(*r, out);
}

RolloutAdvance::Outcome RolloutAdvance::abort(qint64 id)
{
    Outcome out;
    auto r = m_store.find(id);
    if (!r) {
        out.notFound = true;
        return fail(out, Tr::tr("There is no rollout %1 in this workspace.").arg(id));
    }
    if (r->state == RolloutRecord::State::Aborted || r->state == RolloutRecord::State::Done) {
        out.kind = r->state == RolloutRecord::State::Done ? Kind::Done : Kind::Aborted;
        out.reason = Tr::tr("The rollout has already ended.");
        return out;
    }
    // A copy: resolving a wave reloads *r, which would free the list being walked.
    const QList<RolloutWaveRecord> waves = r->waves;
    for (const RolloutWaveRecord& w : waves) {
        if (w.state != WaveState::Creating)
            continue;
        const bool resolved = r->bandsOf(w.number).isEmpty() ? resolveCreatingForAbort(*r, w, out)
                                                             : resolveBandsForAbort(*r, w, out);
        if (!resolved)
            return out;
    }
    reload(*r);
    for (const RolloutWaveRecord& w : r->waves) {
        if (w.state != WaveState::Running)
            continue;
        // A wave of several time-zone bands: every band's campaign is cancelled.
        for (const QString& id : r->campaignIdsOf(w.number)) {
            ApiError error;
            const auto campaign = m_service.campaign(id, &error);
            if (campaign && StatusClassifier::isTerminal(campaign->status))
                continue;
            if (!m_service.cancel(id, &error))
                return fail(out, Tr::tr("Wave %1's campaign %2 could not be cancelled: %3. The "
                                        "rollout is not aborted; try again.")
                                     .arg(w.number)
                                     .arg(id, error.message()));
            note(*r, u"wave-cancelled"_s, w.number, id, out);
        }
    }
    return finish(*r, out, RolloutRecord::State::Aborted, Kind::Aborted,
                  Tr::tr("Aborted by %1.").arg(m_user));
}

bool RolloutAdvance::resolveCreatingForAbort(RolloutRecord& r, const RolloutWaveRecord& w,
                                             Outcome& out)
{
    // A create whose outcome is not known may have made a campaign that would run on after the
    // abort: look it up; a campaign found is cancelled like a running one.
    ApiError error;
    const auto decoded = wire::decodeCampaignRequest(w.request);
    wire::CampaignRequest request = decoded ? decoded.value() : wire::CampaignRequest{};
    request.deviceList = w.devices;
    const auto found = m_service.findCreated(request, &error);
    if (!found || found->size() > 1) {
        out = fail(out, Tr::tr("Wave %1's create may have made a campaign that cannot be "
                               "looked up now; the rollout is not aborted; try again.")
                            .arg(w.number));
        return false;
    }
    if (found->isEmpty())
        return m_store.unjournalCreate(r.id, w.number);
    return m_store.setCampaign(r.id, w.number, found->first().id);
}

RolloutAdvance::Outcome RolloutAdvance::approveGate(qint64 id, bool override)
{
    Outcome out;
    auto r = m_store.find(id);
    if (!r) {
        out.notFound = true;
        return fail(out, Tr::tr("There is no rollout %1 in this workspace.").arg(id));
    }
    // The gate in question is the one before the current wave (the first not settled): passed
    // and waiting (autoAdvance off), or, with override, the current wave's own failed gate.
    const QList<int> order = runOrder(*r);
    const RolloutWaveRecord* current = nullptr;
    const RolloutWaveRecord* before = nullptr;
    for (int number : order) {
        const RolloutWaveRecord* w = r->wave(number);
        if (!isSettled(*r, *w)) {
            current = w;
            break;
        }
        before = w;
    }
    const RolloutWaveRecord* gate = nullptr;
    if (current && current->state == WaveState::Planned && before &&
        before->state == WaveState::Passed && !r->plan.autoAdvance)
        gate = before;
    else if (current && current->state == WaveState::Failed && override)
        gate = current;
    if (gate) {
        const bool passed = gate->state == WaveState::Passed;
        if (!m_store.setWaveState(id, gate->number, WaveState::Approved))
            return fail(out, m_store.lastError());
        note(*r, passed ? u"gate-approved"_s : u"gate-overridden"_s, gate->number,
             passed ? u"the next wave may start"_s
                    : u"the next wave starts although the gate failed"_s,
             out);
        reload(*r);
        return pass(*r, out);
    }
    out.usageError = true;
    return fail(out, override ? Tr::tr("No gate waits for an approval or has failed.")
                              : Tr::tr("No passed gate waits for an approval (a failed one "
                                       "needs --override)."));
}

RolloutAdvance::Outcome RolloutAdvance::retryFailed(qint64 id, int number)
{
    Outcome out;
    auto r = m_store.find(id);
    if (!r) {
        out.notFound = true;
        return fail(out, Tr::tr("There is no rollout %1 in this workspace.").arg(id));
    }
    const RolloutWaveRecord* w = r->wave(number);
    if (!w || w->state == WaveState::Planned || w->state == WaveState::Creating ||
        w->state == WaveState::Running) {
        out.usageError = true;
        return fail(out, Tr::tr("Wave %1 has not ended yet: its failed devices are retried once "
                                "its campaign has ended.")
                             .arg(number));
    }
    ApiError error;
    const auto devices = waveReport(*r, w->number, &error);
    if (!devices)
        return fail(out, Tr::tr("Wave %1's device report could not be read: %2")
                             .arg(number)
                             .arg(error.message()));
    QStringList retry;
    for (const WaveDevice& d : *devices) {
        if (RolloutGateCheck::isFailed(d) &&
            (r->plan.retryableReasons.isEmpty() ||
             RolloutGateCheck::matches(d, r->plan.retryableReasons)))
            retry << d.deviceId;
    }
    if (retry.isEmpty()) {
        out.usageError = true;
        return fail(out,
                    Tr::tr("Wave %1 has no failed device with a retryable reason.").arg(number));
    }
    QString checkError;
    const auto refused = m_service.refused(retry, &checkError);
    if (!refused)
        return fail(
            out, Tr::tr("The pre-flight check of the devices to retry failed: %1").arg(checkError));
    QStringList accepted;
    for (const QString& id2 : std::as_const(retry)) {
        if (!refused->contains(id2))
            accepted << id2;
    }
    if (!refused->isEmpty())
        note(*r, u"retry-checked"_s, number,
             u"%1 of %2 refused by the pre-flight check"_s.arg(refused->size()).arg(retry.size()),
             out);
    if (accepted.isEmpty())
        return fail(out, Tr::tr("The pre-flight check refused every device to retry."));
    const int added = m_store.addWave(id, accepted, number, m_user);
    if (added == 0)
        return fail(out, m_store.lastError());
    out.steps << u"wave %1: retry of wave %2's %3 failed devices"_s.arg(added).arg(number).arg(
        accepted.size());
    reload(*r);
    // The retry is a person's decision to go on: a held rollout is no longer held by this wave.
    if (r->state == RolloutRecord::State::Held || r->state == RolloutRecord::State::Done)
        m_store.setState(id, RolloutRecord::State::Running, {});
    reload(*r);
    return pass(*r, out);
}

} // namespace fotadesk
