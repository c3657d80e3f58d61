// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workflow/RolloutAdvance.h"

#include "api/wire/JsonCodec.h"
#include "core/Clock.h"
#include "core/RolloutBands.h"
#include "core/StatusGroup.h"
#include "store/AuditLog.h"
#include "store/RolloutStore.h"
#include "workflow/RolloutService.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::RolloutAdvance)
};

using Kind = RolloutAdvance::Outcome::Kind;
using WaveState = RolloutWaveRecord::State;

/// The planned wave a wave stands for (itself, or the one a retry wave retries, recursively):
/// its index in the plan decides the schedule and the gate.
int rootOf(const RolloutRecord& r, int number)
{
    for (int guard = 0; guard < 1000; ++guard) {
        const RolloutWaveRecord* w = r.wave(number);
        if (!w || w->retryOf == 0)
            return number;
        number = w->retryOf;
    }
    return number;
}

void appendWithRetries(const RolloutRecord& r, int number, QList<int>* order)
{
    order->append(number);
    for (const RolloutWaveRecord& w : r.waves) {
        if (w.retryOf == number && !order->contains(w.number))
            appendWithRetries(r, w.number, order);
    }
}

QString listed(const QStringList& devices)
{
    constexpr qsizetype Shown = 10;
    QString text = devices.mid(0, Shown).join(u", "_s);
    if (devices.size() > Shown)
        text += Tr::tr(" and %1 more").arg(devices.size() - Shown);
    return text;
}

} // namespace

RolloutAdvance::RolloutAdvance(RolloutStore& store, AuditLog* audit, RolloutService& service,
                               const Clock& clock, QString user)
    : m_store(store)
    , m_audit(audit)
    , m_service(service)
    , m_clock(clock)
    , m_user(std::move(user))
{}

QString RolloutAdvance::planHashOf(const RolloutRecord& rollout)
{
    QStringList devices;
    for (const RolloutWaveRecord& w : rollout.waves) {
        if (w.retryOf == 0)
            devices += w.devices;
    }
    return rollout.plan.hash(devices, rollout.deviceZones);
}

QString RolloutAdvance::kindName(Outcome::Kind kind)
{
    switch (kind) {
    case Kind::Running:
        return u"running"_s;
    case Kind::Waiting:
        return u"waiting"_s;
    case Kind::Held:
        return u"held"_s;
    case Kind::Done:
        return u"done"_s;
    case Kind::Aborted:
        return u"aborted"_s;
    case Kind::Error:
        break;
    }
    return u"error"_s;
}

QList<int> RolloutAdvance::runOrder(const RolloutRecord& rollout)
{
    QList<int> order;
    for (const RolloutWaveRecord& w : rollout.waves) {
        if (w.retryOf == 0)
            appendWithRetries(rollout, w.number, &order);
    }
    return order;
}

wire::CampaignRequest RolloutAdvance::waveRequest(const RolloutRecord& r, int number,
                                                  const QDate& today, QString* error)
{
    wire::CampaignRequest request;
    const RolloutWaveRecord* wave = r.wave(number);
    if (!wave)
        return request;
    const RolloutSchedule s = r.plan.scheduleOf(rootOf(r, number) - 1);
    QDate start = today;
    if (s.startDate && *s.startDate > start)
        start = *s.startDate;
    // Never before the day after the wave before it ended (its campaign's last day): a wave
    // follows the one before it, whatever clock the service keeps.
    const QList<int> order = runOrder(r);
    for (qsizetype i = order.indexOf(number) - 1; i >= 0; --i) {
        const RolloutWaveRecord* before = r.wave(order.at(i));
        const QDate end =
            QDate::fromString(before->request.value(u"endDate"_s).toString(), Qt::ISODate);
        if (end.isValid()) {
            start = std::max(start, end.addDays(1));
            break;
        }
    }
    const QDate end = s.endDate ? *s.endDate : start.addDays(s.durationDays.value_or(7) - 1);
    if (end < start && error)
        *error = Tr::tr("%1 cannot start: its end date %2 is before its first possible day %3. "
                        "Change the plan's dates and create the rollout again.")
                     .arg(r.plan.waveLabel(rootOf(r, number) - 1), end.toString(Qt::ISODate),
                          start.toString(Qt::ISODate));
    request.campaignName = r.plan.campaignName(number);
    request.firmwareName = r.firmware.value(u"firmwareName"_s).toString();
    request.firmwareFrom = r.firmware.value(u"firmwareFrom"_s).toString();
    request.firmwareTo = r.firmware.value(u"firmwareTo"_s).toString();
    request.protocol = r.firmware.value(u"protocol"_s).toString();
    request.startDate = start;
    request.endDate = end;
    request.timeWindows = s.windows.value_or(QList<TimeWindow>{});
    request.autoAssignLicenseFlag = r.plan.autoAssignLicense;
    request.deviceList = wave->devices;
    return request;
}

RolloutSchedule RolloutAdvance::scheduleOf(const RolloutRecord& rollout, int number)
{
    return rollout.plan.scheduleOf(rootOf(rollout, number) - 1);
}

bool RolloutAdvance::isBanded(const RolloutRecord& rollout, int number)
{
    return scheduleOf(rollout, number).localWindows.has_value();
}

QList<RolloutAdvance::BandRequest> RolloutAdvance::bandRequests(const RolloutRecord& r, int number,
                                                                const QDate& today, QString* error)
{
    QString why;
    const wire::CampaignRequest base = waveRequest(r, number, today, &why);
    if (!isBanded(r, number) || !why.isEmpty()) {
        if (error)
            *error = why;
        return why.isEmpty() ? QList<BandRequest>{{{}, {}, {}, base}} : QList<BandRequest>{};
    }
    const RolloutSchedule s = r.plan.scheduleOf(rootOf(r, number) - 1);
    const RolloutBands bands = RolloutBands::compute(base.deviceList, r.deviceZones,
                                                     *s.localWindows, base.startDate, base.endDate);
    if (!bands.errors.isEmpty()) {
        if (error)
            *error = Tr::tr("%1 cannot start: %2")
                         .arg(r.plan.waveLabel(rootOf(r, number) - 1), bands.errors.join(u' '));
        return {};
    }
    QList<BandRequest> out;
    for (const RolloutBand& b : bands.bands) {
        wire::CampaignRequest request = base;
        request.campaignName = r.plan.campaignName(number, b.label);
        request.timeWindows = b.utcWindows;
        request.deviceList = b.devices;
        out << BandRequest{b.label, b.zones, b.warnings, request};
    }
    return out;
}

std::optional<QList<WaveDevice>> RolloutAdvance::waveReport(const RolloutRecord& r, int number,
                                                            ApiError* error)
{
    // A wave of several band campaigns is judged as one: the union of their reports.
    QList<WaveDevice> all;
    for (const QString& id : r.campaignIdsOf(number)) {
        const auto devices = m_service.report(id, error);
        if (!devices)
            return std::nullopt;
        all += *devices;
    }
    return all;
}

void RolloutAdvance::crash(const QString& step) const
{
    if (m_crashHook)
        m_crashHook(step);
}

void RolloutAdvance::note(const RolloutRecord& r, const QString& kind, int wave,
                          const QString& detail, Outcome& out)
{
    recordStep(r, kind, wave, detail);
    out.steps << (wave > 0 ? u"wave %1: %2: %3"_s.arg(wave).arg(kind, detail)
                           : u"%1: %2"_s.arg(kind, detail));
}

void RolloutAdvance::recordStep(const RolloutRecord& r, const QString& kind, int wave,
                                const QString& detail, bool eventRecorded)
{
    if (!eventRecorded)
        m_store.record(r.id, m_user, kind, wave, detail);
    const QString line =
        wave > 0 ? u"wave %1: %2: %3"_s.arg(wave).arg(kind, detail) : u"%1: %2"_s.arg(kind, detail);
    if (!m_audit)
        return;
    // The audit log has every rollout step beside the requests they sent (AuditHook).
    AuditEntry e;
    e.operation = u"rollout"_s;
    e.summary = u"rollout %1 \"%2\" by %3: %4"_s.arg(r.id).arg(r.plan.name, m_user, line);
    e.profile = r.profile;
    e.account = r.account;
    const RolloutWaveRecord* w = r.wave(wave);
    if (w) {
        e.campaignId = w->campaignId;
        e.deviceCount = w->devices.size();
    }
    const qint64 entry = m_audit->begin(e);
    if (entry > 0)
        m_audit->finish(entry, AuditEntry::Outcome::Success, kind);
}

bool RolloutAdvance::reload(RolloutRecord& r)
{
    const auto fresh = m_store.find(r.id);
    if (!fresh)
        return false;
    r = *fresh;
    return true;
}

RolloutAdvance::Outcome RolloutAdvance::fail(Outcome out, const QString& reason)
{
    out.kind = Kind::Error;
    out.reason = reason;
    return out;
}

RolloutAdvance::Outcome RolloutAdvance::finish(RolloutRecord& r, Outcome out,
                                               RolloutRecord::State state, Outcome::Kind kind,
                                               const QString& reason)
{
    if (r.state != state || r.stateReason != reason) {
        if (!m_store.setState(r.id, state, reason))
            return fail(out, Tr::tr("The workspace could not record the rollout's state: %1")
                                 .arg(m_store.lastError()));
        if (r.state != state)
            note(r, RolloutRecord::stateName(state), 0, reason, out);
        r.state = state;
        r.stateReason = reason;
    }
    out.kind = kind;
    out.reason = reason;
    return out;
}

bool RolloutAdvance::isSettled(const RolloutRecord& r, const RolloutWaveRecord& w) const
{
    if (w.state == WaveState::Passed || w.state == WaveState::Approved)
        return true;
    if (w.state != WaveState::Failed)
        return false;
    // A failed wave whose failed devices were given a retry wave: that wave's gate decides.
    return std::any_of(r.waves.cbegin(), r.waves.cend(),
                       [&w](const RolloutWaveRecord& o) { return o.retryOf == w.number; });
}

RolloutAdvance::Outcome RolloutAdvance::advance(qint64 id)
{
    Outcome out;
    auto r = m_store.find(id);
    if (!r) {
        out.notFound = true;
        return fail(out, Tr::tr("There is no rollout %1 in this workspace.").arg(id));
    }
    return pass(*r, out);
}

RolloutAdvance::Outcome RolloutAdvance::pass(RolloutRecord& r, Outcome out)
{
    if (r.state == RolloutRecord::State::Aborted) {
        out.kind = Kind::Aborted;
        out.reason = r.stateReason;
        return out;
    }
    if (r.paused) {
        out.kind = Kind::Waiting;
        out.reason = Tr::tr("The rollout is paused; 'rollout resume' lets it go on.");
        return out;
    }
    // Four eyes: a plan that needs approval starts only with an approval of exactly this plan
    // and device list.
    if (r.plan.requireApproval && (r.approvedHash.isEmpty() || r.approvedHash != r.planHash)) {
        out.usageError = true;
        return fail(out, r.approvedHash.isEmpty()
                             ? Tr::tr("The plan needs an approval before anything is sent: a "
                                      "second engineer runs 'fotactl rollout approve' on it.")
                             : Tr::tr("The approved plan is not this plan (its hash differs): "
                                      "nothing is sent. Have the plan as it is now approved."));
    }
    // What is sent is what was hashed (and approved): the plan and the planned waves' devices.
    if (r.planHash != planHashOf(r)) {
        out.usageError = true;
        return fail(out, Tr::tr("The stored plan of this rollout does not match its hash: it was "
                                "changed after it was created. Nothing is sent."));
    }
    for (int guard = 0; guard < 10 * (r.waves.size() + 2); ++guard) {
        const RolloutWaveRecord* current = nullptr;
        for (int number : runOrder(r)) {
            const RolloutWaveRecord* w = r.wave(number);
            if (!isSettled(r, *w)) {
                current = w;
                break;
            }
        }
        if (!current)
            return finish(r, out, RolloutRecord::State::Done, Kind::Done,
                          Tr::tr("Every wave ended and passed its gate."));
        const RolloutWaveRecord wave = *current; // step() reloads r
        if (!step(r, wave, out))
            return out;
        if (!reload(r))
            return fail(out,
                        Tr::tr("The workspace could not be read: %1").arg(m_store.lastError()));
    }
    return fail(out,
                Tr::tr("The rollout did not settle in one pass; run 'rollout advance' again."));
}

bool RolloutAdvance::step(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out)
{
    const QString label = r.plan.waveLabel(rootOf(r, w.number) - 1);
    ApiError error;
    switch (w.state) {
    case WaveState::Planned: {
        const QList<int> order = runOrder(r);
        const qsizetype at = order.indexOf(w.number);
        const RolloutWaveRecord* before = at > 0 ? r.wave(order.at(at - 1)) : nullptr;
        if (before && before->state == WaveState::Passed && !r.plan.autoAdvance && w.retryOf == 0) {
            out = finish(r, out, RolloutRecord::State::WaitingApproval, Kind::Waiting,
                         Tr::tr("The gate after wave %1 passed; wave %2 starts once a person "
                                "approves it ('rollout approve-gate').")
                             .arg(before->number)
                             .arg(w.number));
            return false;
        }
        return startWave(r, w, out);
    }
    case WaveState::Creating:
        if (!r.bandsOf(w.number).isEmpty())
            return resolveBands(r, w, out);
        return resolveCreating(r, w, out);
    case WaveState::Running:
        return readRunning(r, w, label, out);
    case WaveState::Ended: {
        const RolloutGate gate = r.plan.gateAfter(rootOf(r, w.number) - 1);
        const QDateTime due = w.endedUtc.addSecs(gate.soakSeconds);
        if (m_clock.nowUtc() < due) {
            out = finish(r, out, RolloutRecord::State::WaitingSoak, Kind::Waiting,
                         Tr::tr("Wave %1 ended; its gate is read after the soak time, at %2.")
                             .arg(w.number)
                             .arg(due.toString(Qt::ISODate)));
            return false;
        }
        return evaluateGate(r, w, out);
    }
    case WaveState::Failed:
        out =
            finish(r, out, RolloutRecord::State::Held, Kind::Held,
                   r.stateReason.isEmpty() ? Tr::tr("The gate after wave %1 failed.").arg(w.number)
                                           : r.stateReason);
        return false;
    case WaveState::Passed:
    case WaveState::Approved:
        break;
    }
    return true;
}

bool RolloutAdvance::readRunning(RolloutRecord& r, const RolloutWaveRecord& w, const QString& label,
                                 Outcome& out)
{
    ApiError error;
    QStringList ended;
    QString running; // the first campaign still running: "c-1 is Request pending"
    const QStringList ids = r.campaignIdsOf(w.number);
    if (ids.isEmpty()) {
        out = fail(out,
                   Tr::tr("Wave %1 runs but the workspace has no campaign of it.").arg(w.number));
        return false;
    }
    for (const QString& id : ids) {
        const auto campaign = m_service.campaign(id, &error);
        if (!campaign) {
            out = fail(out, Tr::tr("Wave %1's campaign %2 could not be read: %3")
                                .arg(w.number)
                                .arg(id, error.message()));
            return false;
        }
        const QString status = StatusClassifier::campaignStatusLabel(campaign->status);
        if (StatusClassifier::isTerminal(campaign->status)) {
            ended << (ids.size() > 1 ? u"%1 %2"_s.arg(id, status) : status);
            continue;
        }
        if (!running.isEmpty())
            continue;
        // "2 (pilot)"; an unnamed wave is its number alone, not "2 (wave 2)".
        const QString wave = label == u"wave %1"_s.arg(w.number)
                                 ? QString::number(w.number)
                                 : u"%1 (%2)"_s.arg(w.number).arg(label);
        running = ids.size() > 1
                      ? Tr::tr("Wave %1 runs: %2 of its %3 campaigns ended; campaign %4 is %5.")
                            .arg(wave)
                            .arg(ended.size())
                            .arg(ids.size())
                            .arg(id, status)
                      : Tr::tr("Wave %1 runs: campaign %2 is %3.").arg(wave, id, status);
    }
    if (running.isEmpty()) {
        if (!m_store.setWaveEnded(r.id, w.number, m_clock.nowUtc())) {
            out = fail(out, m_store.lastError());
            return false;
        }
        note(r, u"wave-ended"_s, w.number, ended.join(u", "_s), out);
        crash(u"ended"_s);
        return true;
    }
    out = finish(r, out, RolloutRecord::State::Running, Kind::Running, running);
    return false;
}

bool RolloutAdvance::startWave(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out)
{
    if (isBanded(r, w.number))
        return startBands(r, w, out);
    QString error;
    const wire::CampaignRequest request = waveRequest(r, w.number, m_clock.nowUtc().date(), &error);
    if (!error.isEmpty()) {
        out = finish(r, out, RolloutRecord::State::Held, Kind::Held, error);
        return false;
    }
    wire::CampaignRequest journaled = request;
    journaled.deviceList.clear();
    // Journaled before it is sent: a kill from here on is resolved by looking it up.
    if (!m_store.journalCreate(r.id, w.number, wire::toJson(journaled), m_user)) {
        out = fail(out, Tr::tr("The workspace could not journal wave %1's create, so it was not "
                               "sent: %2")
                            .arg(w.number)
                            .arg(m_store.lastError()));
        return false;
    }
    out.steps << u"wave %1: create journaled: %2"_s.arg(w.number).arg(request.campaignName);
    crash(u"journaled"_s);
    return send(r, w, request, out);
}

bool RolloutAdvance::send(RolloutRecord& r, const RolloutWaveRecord& w,
                          const wire::CampaignRequest& request, Outcome& out)
{
    wire::Campaign campaign;
    ApiError error;
    switch (m_service.create(request, &campaign, &error)) {
    case RolloutService::CreateOutcome::Created:
        crash(u"created"_s);
        if (!m_store.setCampaign(r.id, w.number, campaign.id)) {
            out = fail(out, m_store.lastError());
            return false;
        }
        reload(r); // the audit entry names the campaign
        note(r, u"wave-started"_s, w.number,
             u"campaign %1, %2 devices, %3 to %4"_s.arg(campaign.id)
                 .arg(request.deviceList.size())
                 .arg(request.startDate.toString(Qt::ISODate),
                      request.endDate.toString(Qt::ISODate)),
             out);
        return true;
    case RolloutService::CreateOutcome::Refused:
        m_store.unjournalCreate(r.id, w.number);
        note(r, u"wave-refused"_s, w.number, error.message(), out);
        out = fail(
            out,
            Tr::tr("Wave %1's campaign was not created: %2").arg(w.number).arg(error.message()));
        return false;
    case RolloutService::CreateOutcome::Unknown:
        break;
    }
    out = fail(out, Tr::tr("The answer to wave %1's create was lost (%2). Run 'rollout advance' "
                           "again: it looks the campaign up before sending anything.")
                        .arg(w.number)
                        .arg(error.message()));
    return false;
}

bool RolloutAdvance::resolveCreating(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out)
{
    const auto decoded = wire::decodeCampaignRequest(w.request);
    if (!decoded) {
        out = fail(out, Tr::tr("Wave %1's journaled create cannot be read.").arg(w.number));
        return false;
    }
    wire::CampaignRequest request = decoded.value();
    request.deviceList = w.devices;
    QString id;
    if (!findEarlierCreate(request, w.number,
                           Tr::tr("Wave %1's create was sent by an earlier run whose outcome is "
                                  "not known, and the campaign history could not be read (%2); "
                                  "nothing is sent. Run 'rollout advance' again.")
                               .arg(w.number),
                           &id, out))
        return false;
    if (!id.isEmpty()) {
        if (!m_store.setCampaign(r.id, w.number, id)) {
            out = fail(out, m_store.lastError());
            return false;
        }
        reload(r);
        note(r, u"wave-found"_s, w.number,
             u"campaign %1 (made by an earlier run; not sent again)"_s.arg(id), out);
        return true;
    }
    note(r, u"wave-not-created"_s, w.number, u"not in the campaign history: sent now"_s, out);
    return send(r, w, request, out);
}

bool RolloutAdvance::findEarlierCreate(const wire::CampaignRequest& request, int wave,
                                       const QString& unreadable, QString* id, Outcome& out)
{
    ApiError error;
    const auto found = m_service.findCreated(request, &error);
    if (!found) {
        out = fail(out, unreadable.arg(error.message()));
        return false;
    }
    if (found->size() > 1) {
        QStringList ids;
        for (const wire::Campaign& c : *found)
            ids << c.id;
        out = fail(out, Tr::tr("Several campaigns are named \"%1\" (%2); check which one is "
                               "wave %3's before going on.")
                            .arg(request.campaignName, ids.join(u", "_s))
                            .arg(wave));
        return false;
    }
    *id = found->isEmpty() ? QString() : found->first().id;
    return true;
}

bool RolloutAdvance::evaluateGate(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out)
{
    ApiError error;
    const auto devices = waveReport(r, w.number, &error);
    if (!devices) {
        out = fail(out, Tr::tr("Wave %1's device report could not be read: %2")
                            .arg(w.number)
                            .arg(error.message()));
        return false;
    }
    const RolloutGateCheck check =
        RolloutGateCheck::evaluate(r.plan.gateAfter(rootOf(r, w.number) - 1), *devices);
    if (!m_store.setGate(r.id, w.number, check, m_user)) {
        out = fail(out, m_store.lastError());
        return false;
    }
    QStringList figures;
    for (const auto& f : check.figures)
        figures << RolloutGateCheck::describe(f);
    recordStep(r, check.passed ? u"gate-passed"_s : u"gate-failed"_s, w.number,
               figures.join(u"; "_s), true);
    out.steps << u"wave %1: gate %2: %3"_s.arg(w.number).arg(
        check.passed ? u"passed"_s : u"FAILED"_s,
        figures.isEmpty() ? u"no figure required"_s : figures.join(u"; "_s));
    crash(u"gated"_s);
    if (check.passed)
        return true;
    const auto* failed = check.firstFailed();
    out = finish(r, out, RolloutRecord::State::Held, Kind::Held,
                 Tr::tr("Held at the gate after wave %1: %2. Devices behind it: %3")
                     .arg(w.number)
                     .arg(RolloutGateCheck::describe(*failed), listed(failed->devices)));
    return false;
}

} // namespace fotadesk
