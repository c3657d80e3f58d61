// fotactl campaign create|get|dates|cancel and campaign devices add|remove.

#include "ApiCommand.h"
#include "Command.h"
#include "ResumeCommands.h"
#include "api/DeviceBatcher.h"
#include "api/FotaClient.h"
#include "api/ReconcileCreateJob.h"
#include "api/wire/JsonCodec.h"
#include "core/CampaignDraft.h"
#include "core/Clock.h"
#include "core/DeviceTable.h"
#include "core/ImeiImporter.h"
#include "workflow/BatchRunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <cstdio>
#include <memory>

namespace fotadesk::ctl {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl::campaign)
};

QString windowsText(const QList<TimeWindow>& windows)
{
    if (windows.isEmpty())
        return Tr::tr("any hour");
    QStringList parts;
    for (const TimeWindow& w : windows)
        parts << w.toDisplayString();
    return parts.join(QStringLiteral(", "));
}

QString campaignText(const wire::Campaign& c)
{
    QString text;
    const auto line = [&text](const QString& key, const QString& value) {
        if (!value.isEmpty())
            text += key.leftJustified(16, QLatin1Char(' ')) + value + QLatin1Char('\n');
    };
    line(Tr::tr("id"), c.id);
    line(Tr::tr("name"), c.campaignName);
    line(Tr::tr("status"), c.status);
    line(Tr::tr("account"), c.accountName);
    line(Tr::tr("firmware"), c.firmwareName);
    line(Tr::tr("upgrade"), c.firmwareFrom + QStringLiteral(" → ") + c.firmwareTo);
    line(Tr::tr("device model"), c.make + u' ' + c.model);
    line(Tr::tr("protocol"), c.protocol);
    line(Tr::tr("dates"),
         wire::formatDate(c.startDate) + QStringLiteral(" … ") + wire::formatDate(c.endDate));
    line(Tr::tr("time windows"), windowsText(c.timeWindows));
    if (c.autoAssignLicenseFlag)
        line(Tr::tr("auto license"), *c.autoAssignLicenseFlag ? Tr::tr("yes") : Tr::tr("no"));
    if (c.autoAddDevicesFlag)
        line(Tr::tr("auto add"), *c.autoAddDevicesFlag ? Tr::tr("yes") : Tr::tr("no"));
    return text;
}

/// "1-5" -> {1, 5}; validated by the caller through TimeWindow::validationError().
std::optional<TimeWindow> parseWindow(const QString& text)
{
    const QStringList parts = text.split(u'-');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok1 = false;
    bool ok2 = false;
    TimeWindow w{parts.at(0).trimmed().toInt(&ok1), parts.at(1).trimmed().toInt(&ok2)};
    if (!ok1 || !ok2)
        return std::nullopt;
    return w;
}

std::optional<QList<TimeWindow>> parseWindows(const QStringList& values, QString* error)
{
    QList<TimeWindow> windows;
    for (const QString& v : values) {
        const auto w = parseWindow(v);
        if (!w) {
            *error = Tr::tr("--window '%1' must be START-END in whole UTC hours, e.g. 1-5.").arg(v);
            return std::nullopt;
        }
        if (const QString problem = w->validationError(); !problem.isEmpty()) {
            *error = Tr::tr("--window '%1': %2").arg(v, problem);
            return std::nullopt;
        }
        windows.append(*w);
    }
    return windows;
}

std::optional<QDate> parseDate(const QString& text, const QString& option, QString* error)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        *error = Tr::tr("--%1 '%2' must be a date YYYY-MM-DD.").arg(option, text);
        return std::nullopt;
    }
    return date;
}

/// Reads the IMEIs of a device file through the importer (CSV/TSV/TXT). Rejected lines are
/// an input error unless skipInvalid.
std::optional<QStringList> readDevices(const QString& path, bool skipInvalid,
                                       const CommandOutput& out, QString* error)
{
    const ImeiImportResult result = ImeiImporter().importFile(path);
    if (!result.ok()) {
        *error = result.errorMessage;
        return std::nullopt;
    }
    if (result.rejectedCount > 0) {
        QString list;
        for (qsizetype i = 0; i < result.rejected.size() && i < 10; ++i)
            list += QStringLiteral("\n  line %1: %2")
                        .arg(result.rejected.at(i).line)
                        .arg(result.rejected.at(i).message());
        if (!skipInvalid) {
            *error = Tr::tr("%1: %n line(s) hold no valid IMEI (fix them, or pass --skip-invalid):",
                            nullptr, static_cast<int>(result.rejectedCount))
                         .arg(path) +
                     list;
            return std::nullopt;
        }
        out.note(Tr::tr("%1: skipping %n line(s) without a valid IMEI.", nullptr,
                        static_cast<int>(result.rejectedCount))
                     .arg(path) +
                 list + QLatin1Char('\n'));
    }
    if (result.duplicateCount > 0)
        out.note(Tr::tr("%1: %n repeated IMEI(s) sent once.\n", nullptr,
                        static_cast<int>(result.duplicateCount))
                     .arg(path));
    const QStringList ids = DeviceTable::deviceIds(
        std::span<const Imei>(result.imeis.constData(), std::size_t(result.imeis.size())));
    if (ids.isEmpty()) {
        *error = Tr::tr("%1 holds no valid IMEI.").arg(path);
        return std::nullopt;
    }
    return ids;
}

QJsonObject batchJson(const DeviceBatcher& batcher)
{
    QJsonArray failed;
    for (const auto& o : batcher.failedDevices())
        failed.append(QJsonObject{{QStringLiteral("deviceId"), o.deviceId},
                                  {QStringLiteral("status"), o.status},
                                  {QStringLiteral("reason"), o.reason}});
    QJsonArray chunks;
    for (const auto& c : batcher.chunks()) {
        if (c.state != DeviceBatcher::Chunk::State::Failed || !c.error)
            continue;
        chunks.append(QJsonObject{{QStringLiteral("index"), c.index},
                                  {QStringLiteral("first"), c.first},
                                  {QStringLiteral("count"), c.count},
                                  {QStringLiteral("error"), CommandOutput::toJson(*c.error)}});
    }
    const qint64 succeeded = batcher.devicesTotal() - failed.size();
    return QJsonObject{{QStringLiteral("devices"), batcher.devicesTotal()},
                       {QStringLiteral("succeeded"), succeeded},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("failedChunks"), chunks}};
}

/// Text summary of a batch; returns the exit code (a failed chunk's, else 1 when a device failed).
int reportBatch(const DeviceBatcher& batcher, const CommandOutput& out, const QString& verb,
                QJsonObject json)
{
    const auto failed = batcher.failedDevices();
    int code = failed.isEmpty() ? ExitOk : ExitRefused;
    for (const auto& c : batcher.chunks()) {
        if (c.state == DeviceBatcher::Chunk::State::Failed && c.error) {
            code = CommandOutput::exitCodeFor(*c.error);
            if (!out.isJson())
                out.note(Tr::tr("chunk %1 (devices %2–%3) failed: %4\n")
                             .arg(c.index + 1)
                             .arg(c.first + 1)
                             .arg(c.first + c.count)
                             .arg(c.error->message()));
        }
    }
    if (out.isJson()) {
        const QJsonObject b = batchJson(batcher);
        for (auto it = b.begin(); it != b.end(); ++it)
            json.insert(it.key(), it.value());
        out.json(json);
        return code;
    }
    out.text(Tr::tr("%1 %2 of %3 device(s).\n")
                 .arg(verb)
                 .arg(batcher.devicesTotal() - failed.size())
                 .arg(batcher.devicesTotal()));
    for (qsizetype i = 0; i < failed.size() && i < 50; ++i)
        out.text(QStringLiteral("  %1  %2  %3\n")
                     .arg(failed.at(i).deviceId, failed.at(i).status, failed.at(i).reason));
    if (failed.size() > 50)
        out.text(Tr::tr("  … and %1 more (use --json for all)\n").arg(failed.size() - 50));
    return code;
}

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
    return reportBatch(
        batcher, cmd.output(), add ? Tr::tr("Added") : Tr::tr("Removed"),
        {{QStringLiteral("campaignId"), id},
         {QStringLiteral("operation"), add ? QStringLiteral("add") : QStringLiteral("remove")}});
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
    }

    // The same rules as the GUI form, before anything is sent.
    CampaignDraft draft;
    draft.campaignName = request.campaignName;
    draft.firmwareName = request.firmwareName;
    draft.firmwareFrom = request.firmwareFrom;
    draft.firmwareTo = request.firmwareTo;
    draft.protocol = request.protocol;
    draft.startDate = request.startDate;
    draft.endDate = request.endDate;
    draft.timeWindows = request.timeWindows;
    draft.autoAssignLicenseFlag = request.autoAssignLicenseFlag;
    draft.autoAddDevicesFlag = request.autoAddDevicesFlag;
    const DraftIssues issues =
        CampaignDraft::validateWithDeviceIds(draft, request.deviceList, Clock::system());
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

    const QStringList allDevices = request.deviceList;
    wire::CampaignRequest first = request;
    first.deviceList = allDevices.mid(0, chunkSize);

    std::unique_ptr<RequestJob<wire::Campaign>> job(cmd.client().createCampaign(first));
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

    int code = ExitOk;
    QJsonObject json = wire::toJson(campaign);
    if (reconciled)
        json.insert(QStringLiteral("reconciled"), true);
    if (allDevices.size() > chunkSize) {
        // The rest is journaled chunk by chunk like 'campaign devices add': a run that dies
        // here is completed by 'fotactl campaign resume' (only the remaining chunks).
        auto runner =
            journaledBatch(*cmd.session().store(), cmd.client(),
                           DeviceBatcher::Operation::AddToCampaign, allDevices.mid(chunkSize),
                           campaign.id, chunkSize, requestedPath(p), false, out, &error);
        if (!out.isJson())
            out.text(campaignText(campaign));
        if (!runner) {
            out.note(Tr::tr("The campaign %1 was created with its first %2 device(s); the other "
                            "%3 were not sent: %4\nAdd them with 'fotactl campaign devices add "
                            "%1 --file FILE'.\n")
                         .arg(campaign.id)
                         .arg(chunkSize)
                         .arg(allDevices.size() - chunkSize)
                         .arg(error));
            if (out.isJson())
                out.json(QJsonObject{{QStringLiteral("campaign"), json},
                                     {QStringLiteral("error"), error}});
            return ExitUsage;
        }
        runBatch(*runner);
        if (!runner->batcher()->allSucceeded() && !out.isJson())
            out.note(Tr::tr("Not every device was added; the batch is journaled as %1: 'fotactl "
                            "campaign resume %1' sends the chunks that did not succeed.\n")
                         .arg(runner->journalId()));
        QJsonObject info{{QStringLiteral("journalId"), runner->journalId()}};
        if (out.isJson())
            info.insert(QStringLiteral("campaign"), json);
        else
            info.insert(QStringLiteral("campaignId"), campaign.id);
        return reportBatch(*runner->batcher(), out, Tr::tr("Added"), info);
    }
    if (out.isJson())
        out.json(json);
    else
        out.text(campaignText(campaign));
    return code;
}

const bool registeredCreate = registerCommand(
    {{QStringLiteral("campaign"), QStringLiteral("create")},
     QStringLiteral("campaign create [--file JSON] [--name N] --firmware NAME --start DATE --end "
                    "DATE [--window H-H]... --devices FILE"),
     QCoreApplication::translate("fotactl::campaign", "Schedule a firmware upgrade campaign."),
     &campaignCreate});
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
