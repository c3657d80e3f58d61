// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl campaign verify CAMPAIGN-ID [--csv FILE]: after the upgrade, verified rather than
// reported — the devices the campaign's report calls successful are asked which firmware they
// run (the firmware sync, journaled), and each is verified, a mismatch or not reported yet.

#include "ApiCommand.h"
#include "Command.h"
#include "FileOutput.h"
#include "TextTable.h"
#include "api/DeviceStatusPager.h"
#include "api/FotaClient.h"
#include "core/Clock.h"
#include "core/CsvWriter.h"
#include "core/FileWriter.h"
#include "core/FirmwareVerification.h"
#include "core/StatusGroup.h"
#include "store/LocalStore.h"
#include "workflow/FirmwareVerifyRun.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace fotadesk::ctl {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl::verify)
};

constexpr int ShownDevices = 50;

/// The devices the campaign's report calls successful, in IMEI order.
std::optional<QStringList> succeededDevices(FotaClient& client, const QString& campaignId,
                                            const CommandOutput& out, ApiError* error)
{
    DeviceStatusPager pager(&client, campaignId);
    pager.setCollect(true);
    pager.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&pager, &ApiJob::finished, &loop, &QEventLoop::quit);
    pager.start();
    if (!pager.isFinished())
        loop.exec();
    if (!pager.succeeded()) {
        *error = pager.error();
        return std::nullopt;
    }
    if (!pager.fallbackReason().isEmpty())
        out.note(Tr::tr("note: the report was read page after page (%1).\n")
                     .arg(pager.fallbackReason()));
    QStringList ids;
    for (const wire::DeviceStatus& d : pager.devices()) {
        if (StatusClassifier::deviceStatusGroup(d.status, d.resultReason) == StatusGroup::Succeeded)
            ids.append(d.deviceId);
    }
    return ids;
}

bool writeCsv(FileWriter& file, const FirmwareVerificationResult& result)
{
    CsvWriter csv;
    csv.row({u"deviceId", u"firmwareCheck", u"reportedFirmware", u"reason"});
    for (const FirmwareCheck& c : result.devices)
        csv.row({c.deviceId, FirmwareVerification::code(c.verdict), c.reportedFirmware, c.reason});
    return file.write(csv.take()) && file.commit();
}

QJsonObject toJson(const FirmwareVerificationResult& result, const QString& csvPath)
{
    QJsonObject counts;
    for (int i = 0; i < FirmwareVerification::VerdictCount; ++i) {
        const auto verdict = static_cast<FirmwareVerdict>(i);
        counts.insert(FirmwareVerification::code(verdict), result.counts.of(verdict));
    }
    QJsonArray notVerified;
    for (const FirmwareCheck& c : result.devices) {
        if (c.verdict == FirmwareVerdict::Verified)
            continue;
        QJsonObject o{
            {QStringLiteral("deviceId"), c.deviceId},
            {QStringLiteral("verdict"), FirmwareVerification::code(c.verdict)},
            {QStringLiteral("detail"), FirmwareVerification::explain(c, result.firmwareTo)}};
        if (c.verdict == FirmwareVerdict::Mismatch)
            o.insert(QStringLiteral("firmware"), c.reportedFirmware);
        else
            o.insert(QStringLiteral("reason"), c.reason);
        notVerified.append(o);
    }
    QJsonObject o{{QStringLiteral("campaignId"), result.campaignId},
                  {QStringLiteral("firmwareTo"), result.firmwareTo},
                  {QStringLiteral("devices"), result.devices.size()},
                  {QStringLiteral("counts"), counts},
                  {QStringLiteral("notVerifiedDevices"), notVerified}};
    if (!csvPath.isEmpty())
        o.insert(QStringLiteral("csv"), csvPath);
    return o;
}

void printText(const FirmwareVerificationResult& result, const CommandOutput& out)
{
    out.text(Tr::tr("Campaign %1: %n successful device(s) checked against firmware %2\n", nullptr,
                    static_cast<int>(result.devices.size()))
                 .arg(result.campaignId, result.firmwareTo));
    TextTable counts({Tr::tr("DEVICES"), Tr::tr("FIRMWARE CHECK")});
    for (int i = 0; i < FirmwareVerification::VerdictCount; ++i) {
        const auto verdict = static_cast<FirmwareVerdict>(i);
        counts.addRow(
            {QString::number(result.counts.of(verdict)), FirmwareVerification::label(verdict)});
    }
    out.text(counts.toString());
    const qint64 notVerified = result.counts.mismatch + result.counts.notReported;
    if (notVerified > 0) {
        TextTable devices({Tr::tr("DEVICE"), Tr::tr("FIRMWARE CHECK"), Tr::tr("DETAIL")});
        int shown = 0;
        for (const FirmwareCheck& c : result.devices) {
            if (c.verdict == FirmwareVerdict::Verified || shown++ >= ShownDevices)
                continue;
            devices.addRow({c.deviceId, FirmwareVerification::label(c.verdict),
                            FirmwareVerification::explain(c, result.firmwareTo)});
        }
        out.text(devices.toString());
        if (notVerified > ShownDevices)
            out.text(Tr::tr("  ... and %n more (see --csv or --json)\n", nullptr,
                            static_cast<int>(notVerified - ShownDevices)));
    }
    out.text(result.counts.allVerified()
                 ? Tr::tr("Result: all %n device(s) run %1.\n", nullptr,
                          static_cast<int>(result.devices.size()))
                       .arg(result.firmwareTo)
                 : Tr::tr("Result: %1 of %2 devices are not verified to run %3.\n")
                       .arg(notVerified)
                       .arg(result.devices.size())
                       .arg(result.firmwareTo));
}

int campaignVerify(const QStringList& arguments)
{
    ApiCommand cmd(
        arguments.value(0),
        Tr::tr("Usage: fotactl campaign verify CAMPAIGN-ID [--csv FILE] [options]\n\n"
               "Verifies the upgrade: every device the campaign's report calls successful\n"
               "is asked which firmware it runs (PUT /firmware/{acc}/devices, 100 devices a\n"
               "request, journaled), and is 'verified' (it runs the campaign's firmwareTo),\n"
               "a 'mismatch' (it runs another version) or 'not-reported' (it did not say).\n"
               "Exit status 0 when every device is verified, 1 when some are not, 3 on a\n"
               "network failure.\n"
               "  --csv FILE         write deviceId,firmwareCheck,reportedFirmware,reason\n"
               "                     to FILE\n"));
    cmd.parser().addOption({QStringLiteral("csv"), Tr::tr("CSV file."), QStringLiteral("file")});
    if (auto code = cmd.parse(arguments, 1, 1))
        return *code;
    const CommandOutput& out = cmd.output();
    std::unique_ptr<FileWriter> csv;
    if (cmd.parser().isSet(QStringLiteral("csv"))) {
        csv = std::make_unique<FileWriter>(cmd.parser().value(QStringLiteral("csv")));
        if (!csv->open(QIODevice::WriteOnly))
            return fileWriteError(out, csv->fileName(), csv->errorString());
    }
    if (auto code = cmd.connect())
        return *code;
    const QString id = cmd.positional().at(0);

    std::unique_ptr<RequestJob<wire::Campaign>> campaign(cmd.client().campaign(id));
    ClientSession::wait(campaign.get());
    if (!campaign->succeeded())
        return out.apiError(campaign->error());
    ApiError error;
    const auto devices = succeededDevices(cmd.client(), id, out, &error);
    if (!devices)
        return out.apiError(error);
    if (devices->isEmpty()) {
        // Nothing is unverified: say so, and that nothing was asked.
        FirmwareVerificationResult empty;
        empty.campaignId = id;
        empty.firmwareTo = campaign->result().firmwareTo;
        out.note(Tr::tr("note: no device of campaign %1 has succeeded yet; nothing to verify.\n")
                     .arg(id));
        if (csv && !writeCsv(*csv, empty))
            return fileWriteError(out, csv->fileName(), csv->errorString());
        if (out.isJson())
            out.json(toJson(empty, csv ? csv->fileName() : QString()));
        return ExitOk;
    }

    LocalStore* store = cmd.session().store();
    FirmwareVerifyRun run(&cmd.client(), store ? &store->journal() : nullptr, Clock::system());
    const bool tty = isatty(fileno(stderr));
    if (tty)
        QObject::connect(&run, &FirmwareVerifyRun::progress, &run,
                         [&out](qint64 done, qint64 total) {
                             out.note(QStringLiteral("\r%1 / %2 devices").arg(done).arg(total));
                         });
    QEventLoop loop;
    QObject::connect(&run, &FirmwareVerifyRun::finished, &loop, &QEventLoop::quit);
    QString why;
    if (!run.start(id, campaign->result().firmwareTo, *devices, &why))
        return out.usageError(why);
    if (run.isRunning())
        loop.exec();
    if (tty)
        out.note(QStringLiteral("\n"));
    if (!run.journalProblem().isEmpty())
        out.note(Tr::tr("note: not journaled: %1\n").arg(run.journalProblem()));
    if (run.error()) {
        // Some devices were never asked: a verdict for them would be a guess.
        if (csv)
            csv->discard();
        return out.apiError(*run.error());
    }
    const FirmwareVerificationResult& result = run.result();
    if (csv && !writeCsv(*csv, result))
        return fileWriteError(out, csv->fileName(), csv->errorString());
    if (out.isJson())
        out.json(toJson(result, csv ? csv->fileName() : QString()));
    else
        printText(result, out);
    return result.counts.allVerified() ? ExitOk : ExitRefused;
}

const bool registeredVerify = registerCommand(
    {{QStringLiteral("campaign"), QStringLiteral("verify")},
     QStringLiteral("campaign verify CAMPAIGN-ID [--csv FILE]"),
     QCoreApplication::translate("fotactl::verify",
                                 "Verify that a campaign's successful devices run its firmware."),
     &campaignVerify});

} // namespace

} // namespace fotadesk::ctl
