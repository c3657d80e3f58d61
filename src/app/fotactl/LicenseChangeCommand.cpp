// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl licenses assign|remove --file FILE: FOTA licenses for the devices of a file, in
// journaled chunks (resumable like 'campaign devices add|remove'), with every device's result
// and the licenses the account has left before and after.

#include "ApiCommand.h"
#include "CampaignIo.h"
#include "Command.h"
#include "FileOutput.h"
#include "LicenseChangeReport.h"
#include "ResumeCommands.h"
#include "api/DeviceBatcher.h"
#include "api/FotaClient.h"
#include "core/FileWriter.h"
#include "workflow/BatchRunner.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace fotadesk::ctl {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl::licenses)
};

/// GET /subscriptions/{acc}; nullopt with *error when it failed.
std::optional<wire::Subscription> readSubscription(FotaClient& client,
                                                   std::optional<ApiError>* error)
{
    std::unique_ptr<RequestJob<wire::Subscription>> job(client.subscription());
    ClientSession::wait(job.get());
    if (!job->succeeded()) {
        *error = job->error();
        return std::nullopt;
    }
    return job->result();
}

int licensesChange(const QStringList& arguments, bool assign)
{
    ApiCommand cmd(
        arguments.value(0),
        (assign
             ? Tr::tr("Usage: fotactl licenses assign --file FILE [--csv FILE] [--chunk-size N]\n"
                      "         [--skip-invalid] [--resume] [options]\n\n"
                      "Assigns a FOTA license to every device of FILE (CSV, TSV or TXT; see\n"
                      "'fotactl imei check'), in chunks of N devices (default 1000), journaled\n"
                      "so that an interrupted run can be completed ('fotactl campaign resume').\n"
                      "Prints every device's result and the licenses the account has left\n"
                      "before and after; a device already licensed counts as done.\n")
             : Tr::tr("Usage: fotactl licenses remove --file FILE [--csv FILE] [--chunk-size N]\n"
                      "         [--skip-invalid] [--resume] [options]\n\n"
                      "Removes the FOTA license of every device of FILE (CSV, TSV or TXT),\n"
                      "in chunks of N devices (default 1000), journaled so that an interrupted\n"
                      "run can be completed ('fotactl campaign resume'). Prints every device's\n"
                      "result and the licenses the account has left before and after; a\n"
                      "device without a license counts as done.\n")) +
            Tr::tr("  --file FILE        the device list\n"
                   "  --csv FILE         also write every device's result as CSV:\n"
                   "                     deviceId,status,reason\n"
                   "  --chunk-size N     devices per request (default 1000)\n"
                   "  --skip-invalid     ignore lines without a valid IMEI\n"
                   "  --resume           complete an interrupted run of the same devices: only\n"
                   "                     its remaining chunks are sent\n"
                   "Exit status: 0 every device done, 1 some devices failed, 2 unusable file or\n"
                   "options, 3 network.\n"));
    auto& p = cmd.parser();
    p.addOption({QStringLiteral("file"), Tr::tr("Device list."), QStringLiteral("file")});
    p.addOption({QStringLiteral("csv"), Tr::tr("Write every device's result as CSV."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("chunk-size"), Tr::tr("Devices per request."), QStringLiteral("n"),
                 QString::number(DeviceBatcher::DefaultChunkSize)});
    p.addOption({QStringLiteral("skip-invalid"), Tr::tr("Skip invalid lines.")});
    p.addOption({QStringLiteral("resume"), Tr::tr("Resume an interrupted run.")});
    if (auto code = cmd.parse(arguments, 0, 0))
        return *code;
    const CommandOutput& out = cmd.output();
    if (!p.isSet(QStringLiteral("file")))
        return out.usageError(
            assign ? Tr::tr("--file FILE is required: the devices to assign licenses to.")
                   : Tr::tr("--file FILE is required: the devices whose licenses to remove."));
    bool ok = false;
    const int chunkSize = p.value(QStringLiteral("chunk-size")).toInt(&ok);
    if (!ok || chunkSize < 1 || chunkSize > 10000)
        return out.usageError(Tr::tr("--chunk-size must be a number from 1 to 10000."));
    QString error;
    const auto devices = readDevices(p.value(QStringLiteral("file")),
                                     p.isSet(QStringLiteral("skip-invalid")), out, &error);
    if (!devices)
        return out.usageError(error);
    // The CSV file is opened before anything is sent: a path that cannot be written stops the
    // command while nothing has changed on the service.
    std::unique_ptr<FileWriter> csv;
    if (p.isSet(QStringLiteral("csv"))) {
        csv = std::make_unique<FileWriter>(p.value(QStringLiteral("csv")));
        if (!csv->open(QIODevice::WriteOnly))
            return fileWriteError(out, csv->fileName(),
                                  Tr::tr("%1 Nothing was sent.").arg(csv->errorString()));
    }
    if (auto code = cmd.connect())
        return *code;

    FotaClient& client = cmd.client();
    std::optional<ApiError> subscriptionError;
    const auto before = readSubscription(client, &subscriptionError);
    if (!before)
        return out.apiError(*subscriptionError);
    const qint64 leftBefore = before->licenseCount - before->licenseUsedCount;
    if (assign && leftBefore < devices->size())
        out.note(Tr::tr("note: the account has %1 license(s) left for %2 device(s); devices "
                        "beyond them that have no license yet will be refused.\n")
                     .arg(leftBefore)
                     .arg(devices->size()));

    const auto operation = assign ? DeviceBatcher::Operation::AssignLicenses
                                  : DeviceBatcher::Operation::RemoveLicenses;
    auto runner = journaledBatch(*cmd.session().store(), client, operation, *devices, {}, chunkSize,
                                 std::nullopt, p.isSet(QStringLiteral("resume")), out, &error);
    if (!runner) {
        out.note(error + QLatin1Char('\n'));
        return ExitUsage;
    }
    runBatch(*runner);

    LicenseChangeReport report(operation, *runner);
    report.setLicensesBefore(before->licenseCount, before->licenseUsedCount);
    if (const auto after = readSubscription(client, &subscriptionError))
        report.setLicensesAfter(after->licenseCount, after->licenseUsedCount);
    else
        out.note(Tr::tr("note: the licenses left afterwards could not be read: %1\n")
                     .arg(subscriptionError->message()));
    int code = report.exitCode();
    // The licenses were changed whatever happens to the file: the report is still printed (it
    // does not claim the file), the file's sentence goes to stderr and the exit is not 0.
    QString csvError;
    if (csv && !(csv->write(report.csv()) && csv->commit())) {
        csvError = Tr::tr("%1 The licenses were changed as shown.").arg(csv->errorString());
        out.note(csvError + QLatin1Char('\n'));
        code = std::max<int>(code, ExitUsage);
    }
    if (out.isJson()) {
        QJsonObject json = report.json();
        if (!csvError.isEmpty())
            json.insert(QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("write")},
                                    {QStringLiteral("file"), csv->fileName()},
                                    {QStringLiteral("message"), csvError}});
        json.insert(QStringLiteral("file"), p.value(QStringLiteral("file")));
        json.insert(QStringLiteral("journalId"), runner->journalId());
        out.json(json);
    } else {
        out.text(report.text());
    }
    return batchExitCode(*runner, code);
}

const bool registeredAssign =
    registerCommand({{QStringLiteral("licenses"), QStringLiteral("assign")},
                     QStringLiteral("licenses assign --file FILE [--csv FILE]"),
                     QCoreApplication::translate("fotactl::licenses",
                                                 "Assign FOTA licenses to the devices of a file."),
                     [](const QStringList& a) { return licensesChange(a, true); }});
const bool registeredRemove =
    registerCommand({{QStringLiteral("licenses"), QStringLiteral("remove")},
                     QStringLiteral("licenses remove --file FILE [--csv FILE]"),
                     QCoreApplication::translate(
                         "fotactl::licenses", "Remove the FOTA licenses of the devices of a file."),
                     [](const QStringList& a) { return licensesChange(a, false); }});

} // namespace

} // namespace fotadesk::ctl
