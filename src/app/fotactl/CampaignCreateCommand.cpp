// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl campaign create: the same rules as the form, a long device list as a create plus
// journaled adds, and a crash at any point completed (never repeated) by the same command or
// by 'campaign resume'.

#include "ApiCommand.h"
#include "CampaignIo.h"
#include "ClientSession.h"
#include "Command.h"
#include "CommandOutput.h"
#include "JsonEmitter.h"
#include "ResumeCommands.h"
#include "api/DeviceBatcher.h"
#include "api/FotaClient.h"
#include "api/ReconcileCreateJob.h"
#include "api/wire/CampaignRequestMapping.h"
#include "api/wire/JsonCodec.h"
#include "core/CampaignDraft.h"
#include "core/Clock.h"
#include "core/ImeiImporter.h"
#include "store/BatchJournal.h"
#include "store/LocalStore.h"
#include "store/PendingCreateStore.h"
#include "workflow/BatchRunner.h"
#include "workflow/CreateDeviceAudit.h"
#include "workflow/CreateFollowUps.h"
#include "workflow/CreateReconciler.h"

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

/// The same create as an earlier run's: the same name, firmware, protocol, dates, windows,
/// flags and devices (the create's and the follow-up's, in list order).
bool sameIntent(const PendingCreate& earlier, const wire::CampaignRequest& request)
{
    wire::CampaignRequest a = earlier.request;
    wire::CampaignRequest b = request;
    a.deviceList.clear();
    b.deviceList.clear();
    return wire::toJson(a) == wire::toJson(b) && earlier.allDevices() == request.deviceList;
}

/// The campaign exists: adds the devices of the create's follow-up that are not in it yet
/// (one journaled batch, resumed if an earlier run started it), settles the create once they
/// all are, and prints the campaign (and the batch's summary).
int completeCreate(ApiCommand& cmd, const CommandOutput& out, PendingCreate create,
                   const wire::Campaign& campaign, bool reconciled)
{
    QJsonObject json = wire::toJson(campaign);
    if (reconciled)
        json.insert(QStringLiteral("reconciled"), true);
    LocalStore& store = *cmd.session().store();
    if (create.id > 0 && create.state != PendingCreate::State::Created)
        store.pendingCreates().markCreated(create.id, campaign.id);
    create.campaignId = campaign.id;
    CreateFollowUps followUps(store.journal(), store.pendingCreates());
    if (!create.followUp || create.followUp->devices.isEmpty() || followUps.settleIfDone(create)) {
        if (create.id > 0)
            store.pendingCreates().settle(create.id);
        if (out.isJson())
            out.json(json);
        else
            out.text(campaignText(campaign));
        return ExitOk;
    }
    QString error;
    const qint64 journalId = followUps.ensureJournal(create, campaign.id, &error);
    auto runner = std::make_unique<BatchRunner>(&cmd.client(), store.journal());
    if (journalId == 0 || !runner->resume(journalId, &error)) {
        if (!out.isJson())
            out.text(campaignText(campaign));
        const QString message =
            Tr::tr("The campaign %1 exists; %2 of its devices were not sent: %3\nAdd them "
                   "with 'fotactl campaign resume' or 'fotactl campaign devices add %1 "
                   "--file FILE'.\n")
                .arg(campaign.id)
                .arg(create.followUp->devices.size())
                .arg(error);
        out.note(message);
        // The campaign was made: the script learns its id beside the error.
        if (out.isJson())
            JsonEmitter::instance().setError(
                JsonEmitter::errorObject(QStringLiteral("workspace"), message.trimmed()),
                QJsonObject{{QStringLiteral("campaign"), json}});
        return ExitUsage;
    }
    if (!out.isJson())
        out.text(campaignText(campaign));
    runBatch(*runner);
    // The create's own audit row says whether all its devices made it ("Partly done" if not).
    CreateDeviceAudit::note(
        store.audit(),
        create.auditId > 0 ? create.auditId
                           : CreateDeviceAudit::createEntryOf(store.audit(), campaign.id),
        CreateDeviceAudit::followUpCounts(*runner, create.request.deviceList.size()));
    if (runner->batcher()->allSucceeded())
        followUps.settleIfDone(create);
    else if (!out.isJson())
        out.note(Tr::tr("Not every device was added; the batch is journaled as %1: 'fotactl "
                        "campaign resume %1' (or this same command) sends the chunks that did not "
                        "succeed.\n")
                     .arg(journalId));
    QJsonObject info{{QStringLiteral("journalId"), journalId}};
    if (out.isJson())
        info.insert(QStringLiteral("campaign"), json);
    else
        info.insert(QStringLiteral("campaignId"), campaign.id);
    return batchExitCode(*runner, reportBatch(*runner->batcher(), out, Tr::tr("Added"), info));
}

// --- campaign create -----------------------------------------------------------------------------

int campaignCreate(const QStringList& arguments)
{
    ApiCommand cmd(
        arguments.value(0),
        Tr::tr("Usage: fotactl campaign create [--file CAMPAIGN.json] [--name NAME]\n"
               "         [--firmware NAME] [--from V] [--to V] [--protocol P]\n"
               "         [--start DATE] [--end DATE] [--window H-H]... --devices FILE\n"
               "         [--auto-assign-license] [--auto-add-devices] [--chunk-size N]\n"
               "         [--plain-path] [--skip-invalid] [options]\n\n"
               "Schedules a firmware upgrade campaign. The campaign comes from a JSON file\n"
               "(CampaignFirmwareUpgrade, as in the FOTA v3 contract) and/or the flags (flags\n"
               "win). Devices come from --devices (CSV/TSV/TXT through the IMEI importer) or\n"
               "the JSON file's deviceList. --from/--to/--protocol default to the firmware\n"
               "package of that name. The draft is checked with the same rules as the GUI\n"
               "before anything is sent. More devices than one chunk (default 1000) are\n"
               "added after the campaign is created, journaled chunk by chunk: when that\n"
               "run is interrupted, 'fotactl campaign resume' sends the remaining chunks.\n"
               "--plain-path sends those adds through PUT /campaigns/{acc}/{id} (the\n"
               "portal's path), as 'campaign devices add --plain-path'; resume keeps it.\n\n"
               "Creating is never repeated automatically: if the answer is lost, fotactl\n"
               "looks the campaign up in the campaign history (name, firmware, dates)\n"
               "instead of creating a second one, and says what it found.\n"));
    auto& p = cmd.parser();
    p.addOption({QStringLiteral("file"), Tr::tr("Campaign JSON."), QStringLiteral("file")});
    p.addOption({QStringLiteral("name"), Tr::tr("Campaign name."), QStringLiteral("name")});
    p.addOption(
        {QStringLiteral("firmware"), Tr::tr("Firmware package name."), QStringLiteral("name")});
    p.addOption({QStringLiteral("from"), Tr::tr("Current firmware version."), QStringLiteral("v")});
    p.addOption({QStringLiteral("to"), Tr::tr("Target firmware version."), QStringLiteral("v")});
    p.addOption({QStringLiteral("protocol"), Tr::tr("LWM2M, OMA or HTTP."), QStringLiteral("p")});
    p.addOption({QStringLiteral("start"), Tr::tr("Start date."), QStringLiteral("date")});
    p.addOption({QStringLiteral("end"), Tr::tr("End date."), QStringLiteral("date")});
    p.addOption({QStringLiteral("window"), Tr::tr("Time window."), QStringLiteral("h-h")});
    p.addOption({QStringLiteral("devices"), Tr::tr("Device list."), QStringLiteral("file")});
    p.addOption({QStringLiteral("auto-assign-license"), Tr::tr("License unlicensed devices.")});
    p.addOption({QStringLiteral("auto-add-devices"), Tr::tr("Let matching devices join.")});
    p.addOption({QStringLiteral("chunk-size"), Tr::tr("Devices per request."), QStringLiteral("n"),
                 QString::number(DeviceBatcher::DefaultChunkSize)});
    p.addOption({QStringLiteral("plain-path"), Tr::tr("Use the path without /firmware.")});
    p.addOption({QStringLiteral("skip-invalid"), Tr::tr("Skip invalid lines.")});
    if (auto code = cmd.parse(arguments, 0, 0))
        return *code;
    const CommandOutput& out = cmd.output();
    QString error;

    wire::CampaignRequest request;
    if (p.isSet(QStringLiteral("file"))) {
        QFile file(p.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly))
            return out.usageError(
                Tr::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const auto json = wire::parseJson(file.read(64 * 1024 * 1024));
        const auto decoded = json ? wire::decodeCampaignRequest(json.value())
                                  : wire::Decoded<wire::CampaignRequest>(json.error());
        if (!decoded)
            return out.usageError(Tr::tr("%1 is not a campaign: %2")
                                      .arg(file.fileName(), decoded.error().toString()));
        request = decoded.value();
    }
    const auto setText = [&p](const char* option, QString* field) {
        if (p.isSet(QLatin1String(option)))
            *field = p.value(QLatin1String(option));
    };
    setText("name", &request.campaignName);
    setText("firmware", &request.firmwareName);
    setText("from", &request.firmwareFrom);
    setText("to", &request.firmwareTo);
    const bool protocolGiven =
        p.isSet(QStringLiteral("protocol")) || p.isSet(QStringLiteral("file"));
    setText("protocol", &request.protocol);
    if (p.isSet(QStringLiteral("start"))) {
        const auto d = parseDate(p.value(QStringLiteral("start")), QStringLiteral("start"), &error);
        if (!d)
            return out.usageError(error);
        request.startDate = *d;
    }
    if (p.isSet(QStringLiteral("end"))) {
        const auto d = parseDate(p.value(QStringLiteral("end")), QStringLiteral("end"), &error);
        if (!d)
            return out.usageError(error);
        request.endDate = *d;
    }
    if (p.isSet(QStringLiteral("window"))) {
        const auto windows = parseWindows(p.values(QStringLiteral("window")), &error);
        if (!windows)
            return out.usageError(error);
        request.timeWindows = *windows;
    }
    if (p.isSet(QStringLiteral("auto-assign-license")))
        request.autoAssignLicenseFlag = true;
    if (p.isSet(QStringLiteral("auto-add-devices")))
        request.autoAddDevicesFlag = true;
    if (p.isSet(QStringLiteral("devices"))) {
        const auto devices = readDevices(p.value(QStringLiteral("devices")),
                                         p.isSet(QStringLiteral("skip-invalid")), out, &error);
        if (!devices)
            return out.usageError(error);
        request.deviceList = *devices;
    }
    bool ok = false;
    const int chunkSize = p.value(QStringLiteral("chunk-size")).toInt(&ok);
    if (!ok || chunkSize < 1 || chunkSize > 10000)
        return out.usageError(Tr::tr("--chunk-size must be a number from 1 to 10000."));
    if (request.firmwareName.isEmpty())
        return out.usageError(Tr::tr("--firmware NAME is required (see 'fotactl firmware list')."));

    if (auto code = cmd.connect())
        return *code;

    // Fill from/to/protocol from the firmware package of that name.
    std::optional<wire::FirmwarePackage> chosen;
    if (request.firmwareFrom.isEmpty() || request.firmwareTo.isEmpty() || !protocolGiven) {
        std::unique_ptr<RequestJob<QList<wire::FirmwarePackage>>> list(cmd.client().firmwareList());
        ClientSession::wait(list.get());
        if (!list->succeeded())
            return out.apiError(list->error());
        const wire::FirmwarePackage* package = nullptr;
        for (const auto& fw : list->result()) {
            if (fw.firmwareName == request.firmwareName)
                package = &fw;
        }
        if (!package)
            return out.usageError(Tr::tr("the account has no firmware package named '%1' (see "
                                         "'fotactl firmware list').")
                                      .arg(request.firmwareName));
        if (request.firmwareFrom.isEmpty())
            request.firmwareFrom = package->firmwareFrom;
        if (request.firmwareTo.isEmpty())
            request.firmwareTo = package->firmwareTo;
        if (!protocolGiven)
            request.protocol = CampaignDraft::campaignProtocolFor(package->protocol);
        chosen = *package;
    }

    // The same rules as the GUI form, before anything is sent.
    DraftIssues issues = CampaignDraft::validateWithDeviceIds(wire::toCampaignDraft(request),
                                                              request.deviceList, Clock::system());
    if (chosen)
        issues.append(CampaignDraft::validatePackageProtocol(request.firmwareName, chosen->protocol,
                                                             request.protocol));
    QStringList problems;
    for (const DraftIssue& issue : issues) {
        if (issue.isError())
            problems << issue.toString();
        else
            out.note(Tr::tr("warning: %1\n").arg(issue.toString()));
    }
    if (!problems.isEmpty())
        return out.usageError(
            Tr::tr("the campaign is not valid:\n  %1").arg(problems.join(QStringLiteral("\n  "))));

    // A create is sent only once its pending record is written (it is what prevents a duplicate
    // campaign after a crash): a read-only or full workspace refuses here, before anything.
    if (auto code = refuseUnlessWritable(cmd.session().store(), out))
        return *code;

    // The whole intent: the create carries the first chunk, the rest is added once the campaign
    // exists. Both are journaled before anything is sent (AuditHook, PendingCreateStore).
    const QStringList allDevices = request.deviceList;
    wire::CampaignRequest first = request;
    first.deviceList = allDevices.mid(0, chunkSize);
    std::optional<CreateFollowUp> followUp;
    if (allDevices.size() > chunkSize)
        followUp = CreateFollowUp{allDevices.mid(chunkSize), chunkSize,
                                  BatchJournal::devicePathName(
                                      requestedPath(p).value_or(FotaClient::DevicePath::Firmware))};

    // An identical create of an earlier run whose outcome was not seen (killed, answer lost):
    // opening the workspace looked it up; what it found decides what this run does.
    for (const CreateReconciler::Result& r : cmd.session().reconciledCreates()) {
        if (!sameIntent(r.create, request))
            continue;
        switch (r.kind) {
        case CreateReconciler::Result::Kind::Created:
            out.note(Tr::tr("This create was already made by an earlier run: campaign %1. It is "
                            "not sent again; its devices are completed.\n")
                         .arg(r.matches.first().id));
            return completeCreate(cmd, out, r.create, r.matches.first(), true);
        case CreateReconciler::Result::Kind::NotCreated:
            break; // known not to exist: send it
        case CreateReconciler::Result::Kind::Ambiguous:
        case CreateReconciler::Result::Kind::LookupFailed:
            out.note(Tr::tr("An earlier run sent this same create and its outcome is still not "
                            "known (see above); nothing is sent, so that no second campaign is "
                            "made. Run the command again once the campaign list can be read, or "
                            "check the campaigns named \"%1\" first.\n")
                         .arg(request.campaignName));
            return ExitNetwork;
        }
    }

    std::unique_ptr<RequestJob<wire::Campaign>> job(cmd.client().createCampaign(first, followUp));
    ClientSession::wait(job.get());
    wire::Campaign campaign;
    bool reconciled = false;
    if (job->succeeded()) {
        campaign = job->result();
    } else if (job->error().kind() == ApiError::Kind::OutcomeUnknown) {
        out.note(
            Tr::tr("The answer to the create request was lost (%1). Looking the campaign up in "
                   "the campaign history instead of sending it again…\n")
                .arg(job->error().details()));
        std::unique_ptr<ReconcileCreateJob> reconcile(cmd.client().reconcileCreate(first));
        ClientSession::wait(reconcile.get());
        if (!reconcile->succeeded())
            return out.apiError(job->error());
        const auto& matches = reconcile->matches();
        if (matches.isEmpty()) {
            out.note(
                Tr::tr("No such campaign exists: it was not created. It is safe to run the same "
                       "command again.\n"));
            if (const auto pending = cmd.session().store()->pendingCreates().newestOfThisProgram())
                cmd.session().store()->pendingCreates().settle(pending->id);
            return out.apiError(job->error());
        }
        if (matches.size() > 1) {
            QStringList ids;
            for (const auto& m : matches)
                ids << m.id + QStringLiteral(" (") + m.status + u')';
            out.note(Tr::tr("Several campaigns match (%1); check which one is new before doing "
                            "anything else.\n")
                         .arg(ids.join(QStringLiteral(", "))));
            return out.apiError(job->error());
        }
        campaign = matches.first();
        reconciled = true;
        out.note(Tr::tr("The campaign was created: %1\n").arg(campaign.id));
    } else {
        return out.apiError(job->error());
    }

    PendingCreate create;
    if (const auto pending = cmd.session().store()->pendingCreates().newestOfThisProgram())
        create = *pending;
    else // written and gone since (cannot happen while this run holds it): what this run knows
        create.followUp = followUp;
    return completeCreate(cmd, out, create, campaign, reconciled);
}

const bool registeredCreate = registerCommand(
    {{QStringLiteral("campaign"), QStringLiteral("create")},
     QStringLiteral("campaign create [--file JSON] [--name N] --firmware NAME --start DATE --end "
                    "DATE [--window H-H]... --devices FILE"),
     QCoreApplication::translate("fotactl::campaign", "Schedule a firmware upgrade campaign."),
     &campaignCreate});

} // namespace

} // namespace fotadesk::ctl
