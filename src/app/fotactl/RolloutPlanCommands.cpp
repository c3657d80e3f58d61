// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl rollout plan|approve: four eyes on a rollout (docs/rollouts.md). 'rollout plan ID
// --out plan.json' writes the exact requests every wave will send and the pre-flight summary;
// a second engineer reviews the file and runs 'rollout approve plan.json', which records who,
// when and the plan's hash. A rollout whose plan requires approval starts only with an approval
// of exactly its plan and devices (RolloutAdvance). Output in English, like every rollout command.

#include "ApiCommand.h"
#include "ClientSession.h"
#include "Command.h"
#include "CommandOutput.h"
#include "FileOutput.h"
#include "ResumeCommands.h"
#include "RolloutBandsIo.h"
#include "RolloutIo.h"
#include "api/wire/JsonCodec.h"
#include "core/Clock.h"
#include "core/FileWriter.h"
#include "store/LocalStore.h"
#include "store/RolloutStore.h"
#include "workflow/RolloutAdvance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fotadesk::ctl {

namespace {

constexpr qint64 MaxPlanFileBytes = 512LL * 1024 * 1024;

QJsonObject zonesJson(const QHash<QString, QString>& zones)
{
    QJsonObject o;
    for (auto it = zones.begin(); it != zones.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

/// The plan review document of `r`: what every wave sends, as of `today`.
QJsonObject reviewJson(const RolloutRecord& r, const QDate& today, const QString& user)
{
    const QJsonObject plan = r.plan.toJson();
    QJsonArray waves;
    for (const RolloutWaveRecord& w : r.waves) {
        if (w.retryOf != 0)
            continue; // retry waves are decisions taken later, each recorded
        QString ignored;
        const wire::CampaignRequest request =
            RolloutAdvance::waveRequest(r, w.number, today, &ignored);
        const QJsonObject own = plan.value(u"waves"_s)
                                    .toArray()
                                    .at(w.number - 1)
                                    .toObject()
                                    .value(u"gate"_s)
                                    .toObject();
        QJsonObject wave{{u"number"_s, w.number},
                         {u"label"_s, r.plan.waveLabel(w.number - 1)},
                         {u"deviceCount"_s, w.devices.size()},
                         {u"request"_s, wire::toJson(request)},
                         {u"gateAfter"_s, own.isEmpty() ? plan.value(u"gate"_s).toObject() : own}};
        // Local windows: the wave is sent as one campaign per time-zone band, each with its UTC
        // windows and its daylight-saving shifts.
        const QJsonArray bands = rolloutBandsJson(r, w.number, today);
        if (!bands.isEmpty())
            wave.insert(u"bands"_s, bands);
        waves.append(wave);
    }
    QJsonObject review{{u"kind"_s, u"fotadesk-rollout-plan"_s},
                       {u"rollout"_s, r.id},
                       {u"name"_s, r.plan.name},
                       {u"account"_s, r.account},
                       {u"writtenAt"_s, isoTime(QDateTime::currentDateTimeUtc())},
                       {u"writtenBy"_s, user},
                       {u"note"_s,
                        u"Dates of waves after the first are the earliest: each wave starts when "
                        "the gate before it lets it, not before the day after the wave before "
                        "it ended."_s},
                       {u"planHash"_s, r.planHash},
                       {u"plan"_s, plan},
                       {u"firmware"_s, r.firmware},
                       {u"preflight"_s, r.preflight},
                       {u"waves"_s, waves}};
    // Each device's zone decides its band: part of what is approved (the hash).
    if (!r.deviceZones.isEmpty())
        review.insert(u"deviceZones"_s, zonesJson(r.deviceZones));
    return review;
}

int rolloutPlan(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   u"Usage: fotactl rollout plan ID --out FILE [options]\n\n"
                   "Writes the rollout's plan for a review: the exact create request every "
                   "wave will\nsend (its devices, dates as of today, windows), the gates, the "
                   "pre-flight\nsummary and the plan's hash. A second engineer approves it with "
                   "'fotactl rollout\napprove FILE'. Sends nothing.\n"_s);
    cmd.parser().addOption({u"out"_s, u"The plan review file to write."_s, u"file"_s});
    if (auto code = cmd.parse(arguments, 1, 1))
        return *code;
    const CommandOutput& out = cmd.output();
    if (!cmd.parser().isSet(u"out"_s))
        return out.usageError(u"--out FILE is required."_s);
    const auto id = rolloutId(cmd.positional().value(0), out);
    if (!id)
        return ExitUsage;
    if (auto code = cmd.connect())
        return *code;
    int code = ExitOk;
    const auto r = loadRollout(cmd, *id, &code);
    if (!r)
        return code;
    const QString path = cmd.parser().value(u"out"_s);
    FileWriter file(path);
    const QByteArray bytes =
        QJsonDocument(reviewJson(*r, Clock::system().nowUtc().date(), rolloutUser())).toJson();
    if (!file.open(QIODevice::WriteOnly) || !file.write(bytes) || !file.commit())
        return fileWriteError(out, path, file.errorString());
    if (out.isJson())
        out.json(
            QJsonObject{{u"rollout"_s, r->id}, {u"file"_s, path}, {u"planHash"_s, r->planHash}});
    else
        out.text(u"Wrote the plan of rollout %1 to %2 (plan %3).\nA second engineer approves "
                 "it with: fotactl rollout approve %2\n"_s.arg(r->id)
                     .arg(path, r->planHash) +
                 rolloutBandsText(*r, Clock::system().nowUtc().date()));
    return ExitOk;
}

int rolloutApprove(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   u"Usage: fotactl rollout approve FILE [options]\n\n"
                   "Approves a rollout's plan as written by 'fotactl rollout plan': checks that "
                   "the\nfile is unchanged (its plan and devices give its hash) and is the "
                   "rollout's plan\nas stored, then records who approved it, when, and the "
                   "hash. The engineer who\ncreated the rollout cannot approve it. A rollout "
                   "that requires approval starts\nonly with an approval of exactly its plan.\n"_s);
    if (auto code = cmd.parse(arguments, 1, 1))
        return *code;
    const CommandOutput& out = cmd.output();
    const QString path = cmd.positional().value(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out.usageError(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    if (file.size() > MaxPlanFileBytes)
        return out.usageError(u"%1 is too large for a plan review file."_s.arg(path));
    const QJsonObject review = QJsonDocument::fromJson(file.readAll()).object();
    if (review.value(u"kind"_s).toString() != u"fotadesk-rollout-plan")
        return out.usageError(u"%1 is not a plan written by 'fotactl rollout plan'."_s.arg(path));
    if (auto code = cmd.connect())
        return *code;
    if (auto code = refuseUnlessWritable(cmd.session().store(), out))
        return *code;
    int code = ExitOk;
    const auto r = loadRollout(cmd, review.value(u"rollout"_s).toInteger(), &code);
    if (!r)
        return code;

    // The file's own hash: its plan and its waves' devices (each wave's request carries them).
    const RolloutPlanParsed parsed = RolloutPlan::parse(
        QJsonDocument(review.value(u"plan"_s).toObject()).toJson(), path + u" (plan)"_s);
    QStringList devices;
    for (const QJsonValue& w : review.value(u"waves"_s).toArray()) {
        for (const QJsonValue& d :
             w.toObject().value(u"request"_s).toObject().value(u"deviceList"_s).toArray())
            devices << d.toString();
    }
    QHash<QString, QString> zones;
    const QJsonObject zoneList = review.value(u"deviceZones"_s).toObject();
    for (auto it = zoneList.begin(); it != zoneList.end(); ++it)
        zones.insert(it.key(), it.value().toString());
    const QString fileHash = parsed.plan ? parsed.plan->hash(devices, zones) : QString();
    if (fileHash.isEmpty() || fileHash != review.value(u"planHash"_s).toString())
        return out.error(u"refused"_s,
                         u"%1 was changed after it was written (its plan and devices do not give "
                         "its hash %2): not approved. Review a file freshly written by 'fotactl "
                         "rollout plan %3'."_s.arg(path, review.value(u"planHash"_s).toString())
                             .arg(r->id),
                         ExitRefused);
    if (fileHash != r->planHash)
        return out.error(u"refused"_s,
                         u"%1 is not the plan of rollout %2 as stored (hash %3, the rollout's is "
                         "%4): not approved."_s.arg(path)
                             .arg(r->id)
                             .arg(fileHash, r->planHash),
                         ExitRefused);
    RolloutStore rollouts(cmd.session().store()->workspace());
    const QString user = rolloutUser();
    for (const RolloutEvent& e : rollouts.events(r->id)) {
        if (e.kind == u"created" && e.user == user)
            return out.error(u"refused"_s,
                             u"%1 created rollout %2 and cannot approve it too: a second engineer "
                             "approves it (four eyes)."_s.arg(user)
                                 .arg(r->id),
                             ExitRefused);
    }
    if (!rollouts.setApproval(r->id, user, fileHash))
        return out.error(u"workspace"_s,
                         u"the approval could not be recorded: %1"_s.arg(rollouts.lastError()),
                         ExitUsage);
    RolloutClientService service = rolloutService(cmd, r->firmware);
    RolloutAdvance steps(rollouts, &cmd.session().store()->audit(), service, Clock::system(), user);
    steps.recordStep(*r, u"plan-approved"_s, 0, fileHash, true);
    if (out.isJson())
        out.json(
            QJsonObject{{u"rollout"_s, r->id}, {u"approvedBy"_s, user}, {u"planHash"_s, fileHash}});
    else
        out.text(u"Rollout %1 approved by %2 (plan %3).\n"_s.arg(r->id).arg(user, fileHash));
    return ExitOk;
}

const bool registered = [] {
    registerCommand({{u"rollout"_s, u"plan"_s},
                     u"rollout plan ID --out FILE"_s,
                     u"Write a rollout's plan for review: every wave's exact requests."_s,
                     &rolloutPlan});
    registerCommand({{u"rollout"_s, u"approve"_s},
                     u"rollout approve FILE"_s,
                     u"Approve a rollout's plan as reviewed (four eyes)."_s,
                     &rolloutApprove});
    return true;
}();

} // namespace

} // namespace fotadesk::ctl
