// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl rollout create|list|show|advance|pause|resume|abort|approve-gate|retry-failed: rollouts
// in waves (docs/rollouts.md). The output is English (a script's and a log's language); the
// rollout's own reasons come from the workflow in the program's language.

#include "ApiCommand.h"
#include "CampaignIo.h"
#include "ClientSession.h"
#include "Command.h"
#include "CommandOutput.h"
#include "ResumeCommands.h"
#include "RolloutIo.h"
#include "api/FotaClient.h"
#include "core/Clock.h"
#include "core/DeviceZones.h"
#include "store/LocalStore.h"
#include "store/RolloutStore.h"
#include "workflow/RolloutAdvance.h"
#include "workflow/RolloutCreate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace fotadesk::ctl {

namespace {

constexpr qint64 MaxPlanBytes = 1024 * 1024;

/// The steps of one command run over its session.
struct Steps
{
    explicit Steps(ApiCommand& cmd, const QJsonObject& firmware)
        : rollouts(cmd.session().store()->workspace())
        , service(rolloutService(cmd, firmware))
        , advance(rollouts, &cmd.session().store()->audit(), service, Clock::system(),
                  rolloutUser())
    {
        installRolloutKillHook(advance);
    }
    RolloutStore rollouts;
    RolloutClientService service;
    RolloutAdvance advance;
};

/// Parses, connects and loads the rollout of a command taking one ID; nullopt: stop with *code.
std::optional<RolloutRecord> open(ApiCommand& cmd, const QStringList& arguments, int* code,
                                  bool needsWritable = true)
{
    if (auto c = cmd.parse(arguments, 1, 1)) {
        *code = *c;
        return std::nullopt;
    }
    const auto id = rolloutId(cmd.positional().value(0), cmd.output());
    if (!id) {
        *code = ExitUsage;
        return std::nullopt;
    }
    if (auto c = cmd.connect()) {
        *code = *c;
        return std::nullopt;
    }
    // A step is journaled before it is sent: a workspace that cannot keep it refuses here.
    if (needsWritable) {
        if (auto c = refuseUnlessWritable(cmd.session().store(), cmd.output())) {
            *code = *c;
            return std::nullopt;
        }
    }
    return loadRollout(cmd, *id, code);
}

QString usageOf(const char* synopsis, const char* text)
{
    return u"Usage: fotactl "_s + QLatin1String(synopsis) + u" [options]\n\n"_s +
           QLatin1String(text) +
           u"\nExit codes: 0 done; 10 running; 11 waiting (soak time, an "
           "approval, paused); 12 held\n(a gate failed); 13 aborted; 1 "
           "refused; 2 usage, input or workspace error;\n3 network or "
           "service error (nothing is lost: run it again). See "
           "docs/rollouts.md.\n"_s;
}

// --- rollout create ------------------------------------------------------------------------------

int rolloutCreate(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   usageOf("rollout create --plan FILE",
                           "Creates a rollout from a plan file: reads its device list (relative "
                           "to the plan\nfile), runs the pre-flight check (refused devices never "
                           "enter a wave), splits\nthe accepted devices into the plan's waves and "
                           "stores it in the workspace.\nNothing is sent to campaigns yet: "
                           "'rollout advance ID' starts the first wave\n(after 'rollout approve' "
                           "when the plan requires an approval).\n"));
    cmd.parser().addOption({u"plan"_s, u"The plan file (JSON, docs/rollouts.md)."_s, u"file"_s});
    if (auto code = cmd.parse(arguments, 0, 0))
        return *code;
    const CommandOutput& out = cmd.output();
    if (!cmd.parser().isSet(u"plan"_s))
        return out.usageError(u"--plan FILE is required."_s);
    const QString planPath = cmd.parser().value(u"plan"_s);
    QFile file(planPath);
    if (!file.open(QIODevice::ReadOnly))
        return out.usageError(u"cannot read %1: %2"_s.arg(planPath, file.errorString()));
    if (file.size() > MaxPlanBytes)
        return out.usageError(u"%1 is larger than 1 MB: not a plan file."_s.arg(planPath));
    const RolloutPlanParsed parsed = RolloutPlan::parse(file.readAll(), planPath);
    if (!parsed.plan)
        return out.usageError(u"the plan is not valid:\n  "_s + parsed.errors.join(u"\n  "_s));
    RolloutPlan plan = *parsed.plan;

    if (auto code = cmd.connect())
        return *code;
    if (auto code = refuseUnlessWritable(cmd.session().store(), out))
        return *code;
    RolloutCreate create(cmd.client(), *cmd.session().store(), rolloutUser());
    // The name is refused before the device list is read (the workflow checks it again).
    if (create.nameTaken(plan.name))
        return out.usageError(RolloutCreate::nameTakenError(plan.name).message);

    const QString devicesPath = QFileInfo(plan.devicesFile).isAbsolute()
                                    ? plan.devicesFile
                                    : QFileInfo(planPath).absoluteDir().filePath(plan.devicesFile);
    QString error;
    const auto devices = readDevices(devicesPath, false, out, &error);
    if (!devices)
        return out.usageError(error);
    // Local windows: each device's zone comes from the list's timezone or site column.
    QHash<QString, QString> zones;
    if (plan.usesLocalWindows()) {
        const DeviceZones read =
            DeviceZones::readFile(devicesPath, plan.sites, plan.defaultZone, true);
        if (!read.errors.isEmpty())
            return out.usageError(u"the devices' time zones cannot be read (the plan has "
                                  "\"localWindows\"):\n  "_s +
                                  read.errors.join(u"\n  "_s));
        zones = read.zoneOf;
    }

    create.setCheckStarting([&out](qsizetype count) {
        out.note(u"Checking %1 devices against the account's inventory…\n"_s.arg(count));
    });
    const RolloutCreate::Result result = create.create(plan, *devices, zones);
    if (result.error) {
        using Kind = RolloutCreate::Error::Kind;
        switch (result.error->kind) {
        case Kind::Service:
            return out.apiError(result.error->apiError);
        case Kind::Store:
            return out.error(u"workspace"_s, result.error->message, ExitUsage);
        default:
            return out.usageError(result.error->message);
        }
    }
    const RolloutRecord& stored = *result.record;
    RolloutStore rollouts(cmd.session().store()->workspace());
    if (out.isJson())
        out.json(rolloutJson(stored, rollouts.events(stored.id)));
    else
        out.text(rolloutText(stored, rollouts.events(stored.id)) +
                 u"Next: 'fotactl rollout advance %1' starts wave 1%2.\n"_s.arg(stored.id).arg(
                     plan.requireApproval ? u" once the plan is approved ('rollout plan', "
                                            "'rollout approve')"_s
                                          : QString()));
    return ExitOk;
}

// --- rollout list / show -------------------------------------------------------------------------

int rolloutList(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   usageOf("rollout list", "Lists the rollouts of this profile and account.\n"));
    if (auto code = cmd.parse(arguments, 0, 0))
        return *code;
    if (auto code = cmd.connect())
        return *code;
    RolloutStore rollouts(cmd.session().store()->workspace());
    const auto list = rollouts.list(Environment::profileName(cmd.client().environment().profile),
                                    cmd.client().environment().accountName);
    QJsonArray json;
    QString text;
    for (const RolloutRecord& r : list) {
        json.append(QJsonObject{{u"id"_s, r.id},
                                {u"name"_s, r.plan.name},
                                {u"state"_s, RolloutRecord::stateName(r.state)},
                                {u"paused"_s, r.paused},
                                {u"createdAt"_s, isoTime(r.createdUtc)}});
        text += u"%1  %2  %3%4\n"_s.arg(r.id).arg(RolloutRecord::stateName(r.state), r.plan.name,
                                                  r.paused ? u" (paused)"_s : QString());
    }
    if (cmd.output().isJson())
        cmd.output().json(QJsonObject{{u"rollouts"_s, json}});
    else
        cmd.output().text(text.isEmpty() ? u"No rollout.\n"_s : text);
    return ExitOk;
}

int rolloutShow(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   usageOf("rollout show ID [--json]",
                           "Shows a rollout as the workspace keeps it: its state and why, each "
                           "wave's devices,\ncampaign and the figures its gate read, and every "
                           "step with who and when.\nSends nothing.\n"));
    int code = ExitOk;
    const auto r = open(cmd, arguments, &code, false);
    if (!r)
        return code;
    RolloutStore rollouts(cmd.session().store()->workspace());
    if (cmd.output().isJson())
        cmd.output().json(rolloutJson(*r, rollouts.events(r->id)));
    else
        cmd.output().text(rolloutText(*r, rollouts.events(r->id)));
    return ExitOk;
}

// --- the steps -----------------------------------------------------------------------------------

/// Opens the rollout a command names, runs one step of it and reports the outcome (exit code).
int runStep(ApiCommand& cmd, const QStringList& arguments,
            const std::function<RolloutAdvance::Outcome(RolloutAdvance&, qint64)>& step)
{
    int code = ExitOk;
    const auto r = open(cmd, arguments, &code);
    if (!r)
        return code;
    Steps steps(cmd, r->firmware);
    return reportOutcome(cmd, r->id, step(steps.advance, r->id));
}

int rolloutAdvance(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   usageOf("rollout advance ID",
                           "Evaluates the rollout once and starts what is due: reads the current "
                           "wave's\ncampaign; once it has ended and the soak time has passed, "
                           "reads its device\nreport and evaluates the gate; a gate that passes "
                           "starts the next wave (or\nwaits for 'rollout approve-gate'), one that "
                           "fails holds the rollout and names\nthe figure. Safe to run at any "
                           "time and as often as wanted (a timer, cron):\na wave's create is "
                           "journaled before it is sent and never sent twice.\n"));
    return runStep(cmd, arguments, [](RolloutAdvance& a, qint64 id) { return a.advance(id); });
}

int rolloutPause(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   usageOf("rollout pause ID",
                           "Pauses a rollout: 'rollout advance' starts no wave and evaluates no "
                           "gate until\n'rollout resume'. A running wave's campaign runs on.\n"));
    return runStep(cmd, arguments, [](RolloutAdvance& a, qint64 id) { return a.pause(id); });
}

int rolloutResume(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0), usageOf("rollout resume ID",
                                               "Resumes a paused rollout and advances it once.\n"));
    return runStep(cmd, arguments, [](RolloutAdvance& a, qint64 id) { return a.resume(id); });
}

int rolloutAbort(const QStringList& arguments)
{
    ApiCommand cmd(
        arguments.value(0),
        usageOf("rollout abort ID",
                "Aborts a rollout: cancels the running wave's campaign (CampaignCancelled "
                "before\nits start, CampaignAborted after it) and starts no further "
                "wave.\n"));
    return runStep(cmd, arguments, [](RolloutAdvance& a, qint64 id) { return a.abort(id); });
}

int rolloutApproveGate(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   usageOf("rollout approve-gate ID [--override]",
                           "Lets the next wave start after a gate that passed (a plan with "
                           "\"autoAdvance\": false),\nor with --override after one that failed. "
                           "Recorded with who and when; then advances.\n"));
    cmd.parser().addOption({u"override"_s, u"Go on although the gate failed."_s});
    return runStep(cmd, arguments, [&cmd](RolloutAdvance& a, qint64 id) {
        return a.approveGate(id, cmd.parser().isSet(u"override"_s)); // parsed by now
    });
}

int rolloutRetryFailed(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   usageOf("rollout retry-failed ID --wave N",
                           "Adds a wave of wave N's failed devices whose reason is retryable (the "
                           "plan's\n\"retryableReasons\"; every failure when it has none), "
                           "re-checked first: devices\nthe pre-flight check refuses are left out. "
                           "It runs next; then advances.\n"));
    cmd.parser().addOption({u"wave"_s, u"The wave whose failed devices to retry."_s, u"n"_s});
    int code = ExitOk;
    const auto r = open(cmd, arguments, &code);
    if (!r)
        return code;
    bool ok = false;
    const int wave = cmd.parser().value(u"wave"_s).toInt(&ok);
    if (!ok || !r->wave(wave))
        return cmd.output().usageError(
            u"--wave N must name a wave of rollout %1 (1 to %2)."_s.arg(r->id).arg(
                r->waves.size()));
    Steps steps(cmd, r->firmware);
    return reportOutcome(cmd, r->id, steps.advance.retryFailed(r->id, wave));
}

const bool registered = [] {
    registerCommand({{u"rollout"_s, u"create"_s},
                     u"rollout create --plan FILE"_s,
                     u"Create a rollout in waves from a plan file (nothing is sent yet)."_s,
                     &rolloutCreate});
    registerCommand({{u"rollout"_s, u"list"_s},
                     u"rollout list"_s,
                     u"List the rollouts of the workspace."_s,
                     &rolloutList});
    registerCommand({{u"rollout"_s, u"show"_s},
                     u"rollout show ID [--json]"_s,
                     u"Show a rollout: waves, gates and their figures, history."_s,
                     &rolloutShow});
    registerCommand({{u"rollout"_s, u"advance"_s},
                     u"rollout advance ID"_s,
                     u"Evaluate a rollout once and start what is due (timer, cron)."_s,
                     &rolloutAdvance});
    registerCommand({{u"rollout"_s, u"pause"_s},
                     u"rollout pause ID"_s,
                     u"Pause a rollout (no wave starts)."_s,
                     &rolloutPause});
    registerCommand({{u"rollout"_s, u"resume"_s},
                     u"rollout resume ID"_s,
                     u"Resume a paused rollout."_s,
                     &rolloutResume});
    registerCommand({{u"rollout"_s, u"abort"_s},
                     u"rollout abort ID"_s,
                     u"Abort a rollout, cancelling its running wave's campaign."_s,
                     &rolloutAbort});
    registerCommand({{u"rollout"_s, u"approve-gate"_s},
                     u"rollout approve-gate ID [--override]"_s,
                     u"Let the next wave start after a gate."_s,
                     &rolloutApproveGate});
    registerCommand({{u"rollout"_s, u"retry-failed"_s},
                     u"rollout retry-failed ID --wave N"_s,
                     u"Add a wave of a wave's retryable failed devices."_s,
                     &rolloutRetryFailed});
    return true;
}();

} // namespace

} // namespace fotadesk::ctl
