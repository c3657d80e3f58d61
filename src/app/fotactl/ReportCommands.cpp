// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl report campaigns [--status S]... | report devices CAMPAIGN [--csv FILE] [--sequential]
// [--concurrency N] | report device IMEI

#include "ApiCommand.h"
#include "Command.h"
#include "FileOutput.h"
#include "TextTable.h"
#include "api/CampaignHistoryPager.h"
#include "api/DeviceStatusPager.h"
#include "api/FotaClient.h"
#include "api/wire/JsonCodec.h"
#include "core/CsvWriter.h"
#include "core/FileWriter.h"
#include "core/Imei.h"

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
    Q_DECLARE_TR_FUNCTIONS(fotactl::report)
};

void runPager(Pager& pager)
{
    pager.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&pager, &ApiJob::finished, &loop, &QEventLoop::quit);
    pager.start();
    if (!pager.isFinished())
        loop.exec();
}

int reportCampaigns(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   Tr::tr("Usage: fotactl report campaigns [--status STATUS]... [options]\n\n"
                          "Lists the campaign history. Without --status: every known status, read\n"
                          "concurrently and merged (a campaign appears once).\n"
                          "  --status STATUS    e.g. CampaignScheduled (repeatable)\n"));
    cmd.parser().addOption(
        {QStringLiteral("status"), Tr::tr("Campaign status."), QStringLiteral("s")});
    if (auto code = cmd.parse(arguments, 0, 0))
        return *code;
    if (auto code = cmd.connect())
        return *code;
    CampaignHistoryPager pager(&cmd.client(), cmd.parser().values(QStringLiteral("status")));
    runPager(pager);
    if (!pager.succeeded())
        return cmd.output().apiError(pager.error());
    if (cmd.output().isJson()) {
        QJsonArray list;
        for (const auto& c : pager.campaigns())
            list.append(wire::toJson(c));
        cmd.output().json(QJsonObject{{QStringLiteral("campaigns"), list}});
        return ExitOk;
    }
    TextTable table({Tr::tr("ID"), Tr::tr("STATUS"), Tr::tr("NAME"), Tr::tr("FIRMWARE"),
                     Tr::tr("START"), Tr::tr("END")});
    for (const auto& c : pager.campaigns())
        table.addRow({c.id, c.status, c.campaignName, c.firmwareName, wire::formatDate(c.startDate),
                      wire::formatDate(c.endDate)});
    cmd.output().text(table.toString());
    cmd.output().text(
        Tr::tr("%n campaign(s)\n", nullptr, static_cast<int>(pager.campaigns().size())));
    return ExitOk;
}

int reportDevices(const QStringList& arguments)
{
    ApiCommand cmd(
        arguments.value(0),
        Tr::tr("Usage: fotactl report devices CAMPAIGN-ID [--csv FILE] [--sequential]\n"
               "                              [--concurrency N] [options]\n\n"
               "The upgrade status of every device of a campaign (all pages), in IMEI\n"
               "order. The report is read range-parallel: the first page, then the rest\n"
               "of the IMEI space in ranges read concurrently (checked against the\n"
               "report's totalDevice; if the server's pages do not fit, it is read again\n"
               "page after page).\n"
               "  --csv FILE         write deviceId,status,resultReason,updatedTime,\n"
               "                     recentAttemptTime,nextAttemptTime to FILE (replaced\n"
               "                     only when the report is complete)\n"
               "  --sequential       read page after page, as the vendor SDK does\n"
               "  --concurrency N    requests at once, 1..16 (default 8)\n"));
    cmd.parser().addOption({QStringLiteral("csv"), Tr::tr("CSV file."), QStringLiteral("file")});
    cmd.parser().addOption({QStringLiteral("sequential"), Tr::tr("Read page after page.")});
    cmd.parser().addOption(
        {QStringLiteral("concurrency"), Tr::tr("Requests at once."), QStringLiteral("n")});
    if (auto code = cmd.parse(arguments, 1, 1))
        return *code;
    const CommandOutput& out = cmd.output();
    int concurrency = Pager::DefaultRangeConcurrency;
    if (cmd.parser().isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        concurrency = cmd.parser().value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > 16)
            return out.usageError(Tr::tr("--concurrency takes a number from 1 to 16, got '%1'.")
                                      .arg(cmd.parser().value(QStringLiteral("concurrency"))));
    }
    // Opened before anything is read: an unwritable path fails at once, not after the report.
    std::unique_ptr<FileWriter> csv;
    if (cmd.parser().isSet(QStringLiteral("csv"))) {
        csv = std::make_unique<FileWriter>(cmd.parser().value(QStringLiteral("csv")));
        if (!csv->open(QIODevice::WriteOnly))
            return fileWriteError(out, csv->fileName(), csv->errorString());
    }
    if (auto code = cmd.connect())
        return *code;

    const QString id = cmd.positional().at(0);
    DeviceStatusPager pager(&cmd.client(), id);
    pager.setStrategy(cmd.parser().isSet(QStringLiteral("sequential"))
                          ? Pager::Strategy::Sequential
                          : Pager::Strategy::RangeParallel);
    pager.setMaxConcurrent(concurrency);
    // Collected (and put in IMEI order by the pager): ranges arrive out of order, and a
    // fallback to sequential paging drops what arrived before it.
    pager.setCollect(true);
    const bool tty = isatty(fileno(stderr));
    if (tty)
        QObject::connect(
            &pager, &Pager::progress, &pager, [&out](qint64 received, qint64 total, int) {
                out.note(total >= 0 ? QStringLiteral("\r%1 / %2 devices").arg(received).arg(total)
                                    : QStringLiteral("\r%1 devices").arg(received));
            });
    runPager(pager);
    if (tty)
        out.note(QStringLiteral("\n"));
    if (!pager.fallbackReason().isEmpty())
        out.note(Tr::tr("note: the server's pages did not fit range-parallel reading (%1); the "
                        "report was read page after page.\n")
                     .arg(pager.fallbackReason()));
    if (!pager.succeeded()) {
        if (csv)
            csv->discard();
        return out.apiError(pager.error());
    }
    if (pager.total() >= 0 && pager.total() != pager.itemsReceived())
        out.note(Tr::tr("warning: the report says %1 devices but %2 arrived.\n")
                     .arg(pager.total())
                     .arg(pager.itemsReceived()));
    if (csv) {
        CsvWriter text;
        text.row({u"deviceId", u"status", u"resultReason", u"updatedTime", u"recentAttemptTime",
                  u"nextAttemptTime"});
        for (const auto& d : pager.devices())
            text.row({d.deviceId, d.status, d.resultReason, d.updatedTime.raw,
                      d.recentAttemptTime.raw, d.nextAttemptTime.raw});
        if (!csv->write(text.take()) || !csv->commit())
            return fileWriteError(out, csv->fileName(), csv->errorString());
        if (out.isJson())
            out.json(QJsonObject{{QStringLiteral("campaignId"), id},
                                 {QStringLiteral("devices"), pager.itemsReceived()},
                                 {QStringLiteral("csv"), csv->fileName()}});
        else
            out.text(Tr::tr("%1 device(s) written to %2\n")
                         .arg(pager.itemsReceived())
                         .arg(csv->fileName()));
        return ExitOk;
    }
    if (out.isJson()) {
        QJsonArray list;
        for (const auto& d : pager.devices())
            list.append(wire::toJson(d));
        QJsonObject o{{QStringLiteral("campaignId"), id}, {QStringLiteral("deviceList"), list}};
        if (pager.total() >= 0)
            o.insert(QStringLiteral("totalDevice"), pager.total());
        out.json(o);
        return ExitOk;
    }
    TextTable table({Tr::tr("DEVICE"), Tr::tr("STATUS"), Tr::tr("REASON"), Tr::tr("UPDATED")});
    for (const auto& d : pager.devices())
        table.addRow({d.deviceId, d.status, d.resultReason, d.updatedTime.raw});
    out.text(table.toString());
    out.text(Tr::tr("%n device(s)\n", nullptr, static_cast<int>(pager.devices().size())));
    return ExitOk;
}

int reportDevice(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0), Tr::tr("Usage: fotactl report device IMEI [options]\n\n"
                                              "One device's firmware upgrade history.\n"));
    if (auto code = cmd.parse(arguments, 1, 1))
        return *code;
    const ImeiParseResult imei = Imei::parse(QStringView(cmd.positional().at(0)));
    if (!imei.isValid())
        return cmd.output().usageError(imei.message());
    if (auto code = cmd.connect())
        return *code;
    std::unique_ptr<RequestJob<QList<wire::DeviceHistoryEntry>>> job(
        cmd.client().deviceHistory(imei.imei().toString()));
    ClientSession::wait(job.get());
    if (!job->succeeded())
        return cmd.output().apiError(job->error());
    if (cmd.output().isJson()) {
        cmd.output().json(wire::toJson(job->result()));
        return ExitOk;
    }
    TextTable table({Tr::tr("CAMPAIGN"), Tr::tr("STATUS"), Tr::tr("REASON"), Tr::tr("FIRMWARE"),
                     Tr::tr("START"), Tr::tr("UPDATED")});
    for (const auto& e : job->result())
        table.addRow({e.campaignId, e.status, e.reason,
                      e.firmwareFrom.isEmpty()
                          ? e.firmwareName
                          : e.firmwareFrom + QStringLiteral(" → ") + e.firmwareTo,
                      wire::formatDate(e.startDate), e.reportUpdatedTime.raw});
    cmd.output().text(table.toString());
    cmd.output().text(Tr::tr("%n entr(y/ies)\n", nullptr, static_cast<int>(job->result().size())));
    return ExitOk;
}

const bool registeredCampaigns =
    registerCommand({{QStringLiteral("report"), QStringLiteral("campaigns")},
                     QStringLiteral("report campaigns [--status STATUS]..."),
                     QCoreApplication::translate(
                         "fotactl::report", "List the campaign history (all statuses by default)."),
                     &reportCampaigns});
const bool registeredDevices = registerCommand(
    {{QStringLiteral("report"), QStringLiteral("devices")},
     QStringLiteral("report devices CAMPAIGN-ID [--csv FILE] [--sequential] [--concurrency N]"),
     QCoreApplication::translate("fotactl::report", "The status of every device of a campaign."),
     &reportDevices});
const bool registeredDevice = registerCommand(
    {{QStringLiteral("report"), QStringLiteral("device")},
     QStringLiteral("report device IMEI"),
     QCoreApplication::translate("fotactl::report", "One device's upgrade history."),
     &reportDevice});

} // namespace

} // namespace fotadesk::ctl
