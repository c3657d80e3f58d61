// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl campaign get|dates|cancel and campaign devices add|remove (create:
// CampaignCreateCommand).

#include "ApiCommand.h"
#include "CampaignIo.h"
#include "Command.h"
#include "ResumeCommands.h"
#include "api/DeviceBatcher.h"
#include "api/FotaClient.h"
#include "api/ReconcileCreateJob.h"
#include "api/wire/CampaignRequestMapping.h"
#include "api/wire/JsonCodec.h"
#include "core/CampaignDraft.h"
#include "core/Clock.h"
#include "core/ImeiImporter.h"
#include "workflow/BatchRunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <cstdio>
#include <memory>
#include <optional>

namespace fotadesk::ctl {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl::campaign)
};

// --- campaign get / cancel ---------------------------------------------------------------------

int campaignGet(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   Tr::tr("Usage: fotactl campaign get CAMPAIGN-ID [options]\n\n"
                          "Shows one campaign.\n"));
    if (auto code = cmd.parse(arguments, 1, 1))
        return *code;
    if (auto code = cmd.connect())
        return *code;
    std::unique_ptr<RequestJob<wire::Campaign>> job(cmd.client().campaign(cmd.positional().at(0)));
    ClientSession::wait(job.get());
    if (!job->succeeded())
        return cmd.output().apiError(job->error());
    if (cmd.output().isJson())
        cmd.output().json(wire::toJson(job->result()));
    else
        cmd.output().text(campaignText(job->result()));
    return ExitOk;
}

int campaignCancel(const QStringList& arguments)
{
    ApiCommand cmd(
        arguments.value(0),
        Tr::tr("Usage: fotactl campaign cancel CAMPAIGN-ID [options]\n\n"
               "Cancels a campaign (before its start it ends as CampaignCancelled, after\n"
               "it as CampaignAborted; the service may refuse a started campaign).\n"));
    if (auto code = cmd.parse(arguments, 1, 1))
        return *code;
    if (auto code = cmd.connect())
        return *code;
    // Recorded in the workspace first, or not sent (the one rule).
    if (auto code = refuseUnlessWritable(cmd.session().store(), cmd.output()))
        return *code;
    const QString id = cmd.positional().at(0);
    std::unique_ptr<RequestJob<wire::SuccessResult>> job(cmd.client().cancelCampaign(id));
    ClientSession::wait(job.get());
    if (!job->succeeded())
        return cmd.output().apiError(job->error());
    // Show the resulting status (best effort).
    std::unique_ptr<RequestJob<wire::Campaign>> after(cmd.client().campaign(id));
    ClientSession::wait(after.get());
    const QString status = after->succeeded() ? after->result().status : QString();
    if (cmd.output().isJson()) {
        QJsonObject o{{QStringLiteral("success"), job->result().success},
                      {QStringLiteral("campaignId"), id}};
        if (!status.isEmpty())
            o.insert(QStringLiteral("status"), status);
        cmd.output().json(o);
    } else {
        cmd.output().text(status.isEmpty() ? Tr::tr("Campaign %1 cancelled.\n").arg(id)
                                           : Tr::tr("Campaign %1 cancelled: %2\n").arg(id, status));
    }
    return job->result().success ? ExitOk : ExitRefused;
}

// --- campaign dates ------------------------------------------------------------------------------

int campaignDates(const QStringList& arguments)
{
    ApiCommand cmd(
        arguments.value(0),
        Tr::tr("Usage: fotactl campaign dates CAMPAIGN-ID [--start DATE] [--end DATE]\n"
               "                             [--window H-H]... [--no-windows] [options]\n\n"
               "Changes a campaign's dates and time windows; what is not given stays as\n"
               "it is (the current values are read first and sent along).\n"
               "  --start DATE       new start date (YYYY-MM-DD)\n"
               "  --end DATE         new end date\n"
               "  --window H-H       a daily window in UTC hours, e.g. 1-5 (repeatable;\n"
               "                     replaces the current windows)\n"
               "  --no-windows       remove every window (any hour)\n"));
    auto& p = cmd.parser();
    p.addOption({QStringLiteral("start"), Tr::tr("Start date."), QStringLiteral("date")});
    p.addOption({QStringLiteral("end"), Tr::tr("End date."), QStringLiteral("date")});
    p.addOption({QStringLiteral("window"), Tr::tr("Time window."), QStringLiteral("h-h")});
    p.addOption({QStringLiteral("no-windows"), Tr::tr("No time windows.")});
    if (auto code = cmd.parse(arguments, 1, 1))
        return *code;
    QString error;
    std::optional<QDate> start;
    std::optional<QDate> end;
    if (p.isSet(QStringLiteral("start")) &&
        !(start = parseDate(p.value(QStringLiteral("start")), QStringLiteral("start"), &error)))
        return cmd.output().usageError(error);
    if (p.isSet(QStringLiteral("end")) &&
        !(end = parseDate(p.value(QStringLiteral("end")), QStringLiteral("end"), &error)))
        return cmd.output().usageError(error);
    const auto windows = parseWindows(p.values(QStringLiteral("window")), &error);
    if (!windows)
        return cmd.output().usageError(error);
    if (!start && !end && windows->isEmpty() && !p.isSet(QStringLiteral("no-windows")))
        return cmd.output().usageError(Tr::tr("nothing to change: give --start, --end, --window or "
                                              "--no-windows."));
    if (auto code = cmd.connect())
        return *code;

    const QString id = cmd.positional().at(0);
    std::unique_ptr<RequestJob<wire::Campaign>> current(cmd.client().campaign(id));
    ClientSession::wait(current.get());
    if (!current->succeeded())
        return cmd.output().apiError(current->error());
    wire::DatesChange change{current->result().startDate, current->result().endDate,
                             current->result().timeWindows};
    if (start)
        change.startDate = *start;
    if (end)
        change.endDate = *end;
    if (!windows->isEmpty())
        change.timeWindows = *windows;
    if (p.isSet(QStringLiteral("no-windows")))
        change.timeWindows.clear();
    if (change.endDate < change.startDate)
        return cmd.output().usageError(
            Tr::tr("the end date %1 is before the start date %2.")
                .arg(wire::formatDate(change.endDate), wire::formatDate(change.startDate)));

    if (auto code = refuseUnlessWritable(cmd.session().store(), cmd.output()))
        return *code;
    std::unique_ptr<RequestJob<wire::Campaign>> job(cmd.client().changeCampaignDates(id, change));
    ClientSession::wait(job.get());
    if (!job->succeeded())
        return cmd.output().apiError(job->error());
    if (cmd.output().isJson())
        cmd.output().json(wire::toJson(job->result()));
    else
        cmd.output().text(campaignText(job->result()));
    return ExitOk;
}

// --- campaign devices add|remove -----------------------------------------------------------------

int campaignDevices(const QStringList& arguments, bool add)
{
    ApiCommand cmd(
        arguments.value(0),
        Tr::tr("Usage: fotactl campaign devices add|remove CAMPAIGN-ID --file FILE\n"
               "                             [--chunk-size N] [--plain-path] [--skip-invalid]\n"
               "                             [options]\n\n"
               "Adds devices to (or removes them from) a campaign that is not scheduled\n"
               "yet, in chunks of N devices (default 1000). The file is a device list\n"
               "(CSV, TSV or TXT; see 'fotactl imei check'). Per-device results are\n"
               "printed; exit code 1 when a device was refused.\n"
               "  --file FILE        the device list\n"
               "  --chunk-size N     devices per request (default 1000)\n"
               "  --plain-path       use PUT /campaigns/{acc}/{id} (the portal's path)\n"
               "  --skip-invalid     ignore lines without a valid IMEI\n"
               "  --resume           complete an interrupted run of the same devices: only its\n"
               "                     remaining chunks are sent (see 'fotactl campaign resume')\n"));
    auto& p = cmd.parser();
    p.addOption({QStringLiteral("file"), Tr::tr("Device list."), QStringLiteral("file")});
    p.addOption({QStringLiteral("chunk-size"), Tr::tr("Devices per request."), QStringLiteral("n"),
                 QString::number(DeviceBatcher::DefaultChunkSize)});
    p.addOption({QStringLiteral("plain-path"), Tr::tr("Use the path without /firmware.")});
    p.addOption({QStringLiteral("skip-invalid"), Tr::tr("Skip invalid lines.")});
    p.addOption({QStringLiteral("resume"), Tr::tr("Resume an interrupted run.")});
    if (auto code = cmd.parse(arguments, 1, 1))
        return *code;
    if (!p.isSet(QStringLiteral("file")))
        return cmd.output().usageError(Tr::tr("--file FILE is required."));
    bool ok = false;
    const int chunkSize = p.value(QStringLiteral("chunk-size")).toInt(&ok);
    if (!ok || chunkSize < 1 || chunkSize > 10000)
        return cmd.output().usageError(Tr::tr("--chunk-size must be a number from 1 to 10000."));
    QString error;
    const auto devices = readDevices(p.value(QStringLiteral("file")),
                                     p.isSet(QStringLiteral("skip-invalid")), cmd.output(), &error);
    if (!devices)
        return cmd.output().usageError(error);
    if (auto code = cmd.connect())
        return *code;

    const QString id = cmd.positional().at(0);
    // Journaled chunk by chunk in the workspace, so that a killed run can be resumed.
    auto runner = journaledBatch(*cmd.session().store(), cmd.client(),
                                 add ? DeviceBatcher::Operation::AddToCampaign
                                     : DeviceBatcher::Operation::RemoveFromCampaign,
                                 *devices, id, chunkSize, requestedPath(p),
                                 p.isSet(QStringLiteral("resume")), cmd.output(), &error);
    if (!runner) {
        cmd.output().note(error + QLatin1Char('\n'));
        return ExitUsage;
    }
    DeviceBatcher& batcher = *runner->batcher();
    runBatch(*runner);
    return batchExitCode(
        *runner, reportBatch(batcher, cmd.output(), add ? Tr::tr("Added") : Tr::tr("Removed"),
                             {{QStringLiteral("campaignId"), id},
                              {QStringLiteral("operation"),
                               add ? QStringLiteral("add") : QStringLiteral("remove")}}));
}

const bool registeredGet =
    registerCommand({{QStringLiteral("campaign"), QStringLiteral("get")},
                     QStringLiteral("campaign get CAMPAIGN-ID"),
                     QCoreApplication::translate("fotactl::campaign", "Show one campaign."),
                     &campaignGet});
const bool registeredDates = registerCommand(
    {{QStringLiteral("campaign"), QStringLiteral("dates")},
     QStringLiteral("campaign dates CAMPAIGN-ID [--start DATE] [--end DATE] [--window H-H]..."),
     QCoreApplication::translate("fotactl::campaign",
                                 "Change a campaign's dates and time windows."),
     &campaignDates});
const bool registeredAdd = registerCommand(
    {{QStringLiteral("campaign"), QStringLiteral("devices"), QStringLiteral("add")},
     QStringLiteral("campaign devices add CAMPAIGN-ID --file FILE"),
     QCoreApplication::translate("fotactl::campaign", "Add the devices of a file to a campaign."),
     [](const QStringList& a) { return campaignDevices(a, true); }});
const bool registeredRemove = registerCommand(
    {{QStringLiteral("campaign"), QStringLiteral("devices"), QStringLiteral("remove")},
     QStringLiteral("campaign devices remove CAMPAIGN-ID --file FILE"),
     QCoreApplication::translate("fotactl::campaign",
                                 "Remove the devices of a file from a campaign."),
     [](const QStringList& a) { return campaignDevices(a, false); }});
const bool registeredCancel =
    registerCommand({{QStringLiteral("campaign"), QStringLiteral("cancel")},
                     QStringLiteral("campaign cancel CAMPAIGN-ID"),
                     QCoreApplication::translate("fotactl::campaign", "Cancel a campaign."),
                     &campaignCancel});

} // namespace

} // namespace fotadesk::ctl
