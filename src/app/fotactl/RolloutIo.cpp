// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RolloutIo.h"

#include "ApiCommand.h"
#include "ClientSession.h"
#include "Command.h"
#include "CommandOutput.h"
#include "RolloutBandsIo.h"
#include "TextTable.h"
#include "store/LocalStore.h"
#include "store/RolloutStore.h"

#include <QJsonArray>

#include <csignal>

using namespace Qt::StringLiterals;

namespace fotadesk::ctl {

namespace {

QString gateText(const RolloutWaveRecord& w)
{
    if (!w.gate)
        return u"-"_s;
    if (w.gate->figures.isEmpty())
        return w.gate->passed ? u"passed"_s : u"failed"_s;
    QStringList figures;
    for (const auto& f : w.gate->figures)
        figures << RolloutGateCheck::describe(f);
    return figures.join(u"; "_s);
}

} // namespace

QString rolloutUser()
{
    for (const char* name : {"FOTADESK_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return u"unknown"_s;
}

std::optional<qint64> rolloutId(const QString& text, const CommandOutput& out)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1) {
        out.usageError(u"'%1' is not a rollout id (see 'fotactl rollout list')."_s.arg(text));
        return std::nullopt;
    }
    return id;
}

std::optional<RolloutRecord> loadRollout(ApiCommand& cmd, qint64 id, int* code)
{
    RolloutStore rollouts(cmd.session().store()->workspace());
    auto r = rollouts.find(id);
    if (!r)
        *code =
            cmd.output().usageError(u"there is no rollout %1 in this workspace (%2)."_s.arg(id).arg(
                cmd.session().store()->workspace().path()));
    return r;
}

QJsonObject rolloutJson(const RolloutRecord& r, const QList<RolloutEvent>& events)
{
    QJsonArray waves;
    for (const RolloutWaveRecord& w : r.waves) {
        QJsonObject o{{u"number"_s, w.number},
                      {u"retryOf"_s, w.retryOf},
                      {u"state"_s, RolloutWaveRecord::stateName(w.state)},
                      {u"campaignId"_s, w.campaignId},
                      {u"deviceCount"_s, w.devices.size()},
                      {u"devices"_s, QJsonArray::fromStringList(w.devices)},
                      {u"request"_s, w.request}};
        if (w.retryOf == 0)
            o.insert(u"label"_s, r.plan.waveLabel(w.number - 1));
        if (w.endedUtc.isValid())
            o.insert(u"endedAt"_s, isoTime(w.endedUtc));
        if (w.gate)
            o.insert(u"gate"_s, w.gate->toJson());
        const QJsonArray bands =
            rolloutBandsJson(r, w.number, QDateTime::currentDateTimeUtc().date());
        if (!bands.isEmpty())
            o.insert(u"bands"_s, bands);
        waves.append(o);
    }
    QJsonArray history;
    for (const RolloutEvent& e : events)
        history.append(QJsonObject{{u"at"_s, isoTime(e.atUtc)},
                                   {u"user"_s, e.user},
                                   {u"kind"_s, e.kind},
                                   {u"wave"_s, e.wave},
                                   {u"detail"_s, e.detail}});
    QJsonObject approval;
    if (!r.approvedBy.isEmpty())
        approval = {{u"by"_s, r.approvedBy},
                    {u"at"_s, isoTime(r.approvedUtc)},
                    {u"hash"_s, r.approvedHash},
                    {u"matchesPlan"_s, r.approvedHash == r.planHash}};
    return {{u"id"_s, r.id},
            {u"name"_s, r.plan.name},
            {u"state"_s, RolloutRecord::stateName(r.state)},
            {u"stateReason"_s, r.stateReason},
            {u"paused"_s, r.paused},
            {u"createdAt"_s, isoTime(r.createdUtc)},
            {u"planHash"_s, r.planHash},
            {u"approval"_s, approval.isEmpty() ? QJsonValue() : QJsonValue(approval)},
            {u"firmware"_s, r.firmware},
            {u"preflight"_s, r.preflight},
            {u"plan"_s, r.plan.toJson()},
            {u"waves"_s, waves},
            {u"events"_s, history}};
}

QString rolloutText(const RolloutRecord& r, const QList<RolloutEvent>& events)
{
    QString text = u"Rollout %1 \"%2\": %3%4\n"_s.arg(r.id).arg(
        r.plan.name, RolloutRecord::stateName(r.state), r.paused ? u" (paused)"_s : QString());
    if (!r.stateReason.isEmpty())
        text += u"  "_s + r.stateReason + u'\n';
    text += u"  firmware %1 (%2 -> %3, %4)\n"_s.arg(r.firmware.value(u"firmwareName"_s).toString(),
                                                    r.firmware.value(u"firmwareFrom"_s).toString(),
                                                    r.firmware.value(u"firmwareTo"_s).toString(),
                                                    r.firmware.value(u"protocol"_s).toString());
    text += u"  pre-flight: %1 checked, %2 accepted, %3 refused (never in a wave)\n"_s
                .arg(r.preflight.value(u"checked"_s).toInteger())
                .arg(r.preflight.value(u"accepted"_s).toInteger())
                .arg(r.preflight.value(u"refused"_s).toArray().size());
    text += u"  plan %1; "_s.arg(r.planHash);
    if (!r.approvedBy.isEmpty())
        text += u"approved by %1 at %2%3\n"_s.arg(
            r.approvedBy, isoTime(r.approvedUtc),
            r.approvedHash == r.planHash ? QString() : u" (for another plan: NOT valid)"_s);
    else
        text +=
            r.plan.requireApproval ? u"not approved (required)\n"_s : u"no approval required\n"_s;
    TextTable table({u"wave"_s, u"devices"_s, u"state"_s, u"campaign"_s, u"gate"_s});
    for (const RolloutWaveRecord& w : r.waves) {
        const QString label =
            w.retryOf > 0 ? u"%1 (retry of %2)"_s.arg(w.number).arg(w.retryOf)
                          : u"%1 %2"_s.arg(w.number).arg(r.plan.waves.value(w.number - 1).name);
        table.addRow({label.trimmed(), QString::number(w.devices.size()),
                      RolloutWaveRecord::stateName(w.state),
                      w.campaignId.isEmpty() ? u"-"_s : w.campaignId, gateText(w)});
    }
    text += table.toString();
    text += rolloutBandsText(r, QDateTime::currentDateTimeUtc().date());
    if (!events.isEmpty()) {
        text += u"History:\n"_s;
        for (const RolloutEvent& e : events)
            text += u"  %1 %2 %3%4%5\n"_s.arg(isoTime(e.atUtc), e.user, e.kind,
                                              e.wave > 0 ? u" wave %1"_s.arg(e.wave) : QString(),
                                              e.detail.isEmpty() ? QString() : u": "_s + e.detail);
    }
    return text;
}

int reportOutcome(ApiCommand& cmd, qint64 id, const RolloutAdvance::Outcome& outcome)
{
    using Kind = RolloutAdvance::Outcome::Kind;
    const CommandOutput& out = cmd.output();
    for (const QString& step : outcome.steps)
        out.note(step + u'\n');
    int code = ExitNetwork;
    switch (outcome.kind) {
    case Kind::Running:
        code = ExitRolloutRunning;
        break;
    case Kind::Waiting:
        code = ExitRolloutWaiting;
        break;
    case Kind::Held:
        code = ExitRolloutHeld;
        break;
    case Kind::Done:
        code = ExitRolloutDone;
        break;
    case Kind::Aborted:
        code = ExitRolloutAborted;
        break;
    case Kind::Error:
        if (outcome.notFound || outcome.usageError)
            return out.usageError(outcome.reason);
        return out.error(u"rollout"_s, outcome.reason, ExitNetwork);
    }
    RolloutStore rollouts(cmd.session().store()->workspace());
    const auto r = rollouts.find(id);
    if (out.isJson()) {
        QJsonObject json = r ? rolloutJson(*r, rollouts.events(id)) : QJsonObject();
        json.insert(u"outcome"_s, RolloutAdvance::kindName(outcome.kind));
        json.insert(u"reason"_s, outcome.reason);
        json.insert(u"steps"_s, QJsonArray::fromStringList(outcome.steps));
        json.insert(u"exitCode"_s, code);
        out.json(json);
    } else {
        out.text(u"rollout %1: %2: %3\n"_s.arg(id).arg(RolloutAdvance::kindName(outcome.kind),
                                                       outcome.reason));
    }
    return code;
}

void installRolloutKillHook(RolloutAdvance& steps)
{
    const QString at = qEnvironmentVariable("FOTADESK_TEST_KILL_AT");
    if (at.isEmpty())
        return;
    steps.setCrashHook([at](const QString& step) {
        if (step == at)
            std::raise(SIGKILL);
    });
}

RolloutClientService rolloutService(ApiCommand& cmd, const QJsonObject& firmware)
{
    RolloutClientService service(cmd.client(), *cmd.session().store(),
                                 cmd.session().reconciledCreates(), firmware);
    service.setWarningSink([](const QString& message) {
        CommandOutput::writeStderr(QStringLiteral("fotactl: ") + message + QLatin1Char('\n'));
    });
    return service;
}

} // namespace fotadesk::ctl
