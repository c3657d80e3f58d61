// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl devices check FILE --firmware NAME [--json] [--accepted-out PATH] [--refused-out PATH]
// fotactl devices show IMEI
// fotactl devices list [--protocol P] [--csv FILE]

#include "ApiCommand.h"
#include "CampaignIo.h"
#include "Command.h"
#include "FileOutput.h"
#include "TextTable.h"
#include "api/AccountDevicePager.h"
#include "api/DeviceLookup.h"
#include "api/FotaClient.h"
#include "api/wire/InventoryRecordMapping.h"
#include "api/wire/JsonCodec.h"
#include "core/Clock.h"
#include "core/CsvWriter.h"
#include "core/DeviceInventoryCheck.h"
#include "core/FileWriter.h"
#include "core/Imei.h"
#include "workflow/InventoryCheckRun.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

#include <array>
#include <memory>

namespace fotadesk::ctl {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl::devices)
};

constexpr int ShownRefusals = 20;

/// Runs a job to its end in a local event loop.
void runToEnd(ApiJob* job)
{
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
    job->start();
    if (!job->isFinished())
        loop.exec();
}

/// The ?protocol= value for a --protocol option (OMADM, the inventory's spelling, asks for
/// OMD-DM); empty when not one of them.
QString protocolFilter(const QString& option)
{
    const QString p = option.trimmed().toUpper();
    if (p == u"OMADM")
        return QStringLiteral("OMD-DM");
    for (const char* known : {"LWM2M", "OMD-DM", "OMDADM", "HTTP"}) {
        if (p == QLatin1String(known))
            return p;
    }
    return {};
}

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

// --- devices check ------------------------------------------------------------------------------

int devicesCheck(const QStringList& arguments)
{
    ApiCommand cmd(
        arguments.value(0),
        Tr::tr("Usage: fotactl devices check FILE --firmware NAME [--accepted-out PATH]\n"
               "         [--refused-out PATH] [--stale-days N] [--auto-assign] [--skip-invalid]\n"
               "         [options]\n\n"
               "Checks every device of FILE (CSV/TSV/TXT) against the account's device\n"
               "inventory before a campaign of firmware package NAME is sent: will it be\n"
               "accepted, or is it not in this account, of another make or model, not\n"
               "FOTA-eligible, on another protocol, without a license, already at the\n"
               "target firmware, or on another firmware than the package starts from.\n"
               "A device not connected for more than N days (default 30) is a warning.\n"
               "  --auto-assign        the campaign will give unlicensed devices a license\n"
               "                       from the account's pool: count those it covers\n"
               "  --accepted-out PATH  write the devices that will be accepted, one per line\n"
               "  --refused-out PATH   write the others as CSV: deviceId,reason,detail\n"
               "Exit status: 0 every device will be accepted, 1 some will not, 2 unusable\n"
               "file or options, 3 network.\n"));
    auto& p = cmd.parser();
    p.addOption(
        {QStringLiteral("firmware"), Tr::tr("Firmware package name."), QStringLiteral("name")});
    p.addOption({QStringLiteral("accepted-out"), Tr::tr("Where to write the accepted devices."),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("refused-out"), Tr::tr("Where to write the refused devices."),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("stale-days"), Tr::tr("Days without a connection that warn."),
                 QStringLiteral("n"), QString::number(DeviceInventoryCheck::DefaultStaleDays)});
    p.addOption({QStringLiteral("skip-invalid"), Tr::tr("Skip invalid lines.")});
    p.addOption({QStringLiteral("auto-assign"),
                 Tr::tr("The campaign will assign licenses from the account's pool.")});
    if (auto code = cmd.parse(arguments, 1, 1))
        return *code;
    const CommandOutput& out = cmd.output();
    const QString firmware = p.value(QStringLiteral("firmware"));
    if (firmware.isEmpty())
        return out.usageError(Tr::tr("--firmware NAME is required (see 'fotactl firmware list')."));
    bool ok = false;
    const int staleDays = p.value(QStringLiteral("stale-days")).toInt(&ok);
    if (!ok || staleDays < 1)
        return out.usageError(Tr::tr("--stale-days must be a whole number of days, at least 1."));
    QString error;
    const QString file = cmd.positional().at(0);
    const auto ids = readDevices(file, p.isSet(QStringLiteral("skip-invalid")), out, &error);
    if (!ids)
        return out.usageError(error);

    if (auto code = cmd.connect())
        return *code;
    std::unique_ptr<RequestJob<QList<wire::FirmwarePackage>>> list(
        cmd.client().firmwareList(wire::protocol::AllListing));
    ClientSession::wait(list.get());
    if (!list->succeeded())
        return out.apiError(list->error());
    std::optional<wire::FirmwarePackage> package;
    for (const auto& fw : list->result()) {
        if (fw.firmwareName == firmware)
            package = fw;
    }
    if (!package)
        return out.usageError(
            Tr::tr("the account has no firmware package named '%1' (see 'fotactl firmware list').")
                .arg(firmware));

    InventoryCheckRun::Options options;
    options.package = wire::toPackageFacts(*package);
    options.now = cmd.client().clock().nowUtc();
    options.staleDays = staleDays;
    options.autoAssign = p.isSet(QStringLiteral("auto-assign"));
    InventoryCheckRun run(&cmd.client(), *ids, options);
    run.setAutoDelete(false);
    if (ids->size() > DeviceLookup::MaxChunk) {
        QObject::connect(&run, &InventoryCheckRun::progress, &run,
                         [&out](qint64 done, qint64 total) {
                             out.note(Tr::tr("looked up %1 of %2 devices\n").arg(done).arg(total));
                         });
    }
    runToEnd(&run);
    if (!run.succeeded())
        return out.apiError(run.error());
    const PackageFacts& facts = options.package;
    const InventoryCheckReport& r = run.report();

    if (p.isSet(QStringLiteral("accepted-out"))) {
        const QString text =
            r.acceptedDevices().isEmpty() ? QString() : r.acceptedDevices().join(u'\n') + u'\n';
        const QString path = p.value(QStringLiteral("accepted-out"));
        if (!FileWriter::writeFile(path, text.toUtf8(), &error))
            return fileWriteError(out, path, error);
    }
    if (p.isSet(QStringLiteral("refused-out"))) {
        const QString path = p.value(QStringLiteral("refused-out"));
        if (!FileWriter::writeFile(path, r.refusedCsv(facts), &error))
            return fileWriteError(out, path, error);
    }

    const int exitCode = r.allAccepted() ? ExitOk : ExitRefused;
    if (out.isJson()) {
        QJsonObject counts;
        for (int i = 0; i < DeviceInventoryCheck::VerdictCount; ++i)
            counts.insert(DeviceInventoryCheck::code(static_cast<DeviceVerdict>(i)),
                          r.count(static_cast<DeviceVerdict>(i)));
        QJsonArray refused;
        for (const auto& [id, c] : r.refusedDevices()) {
            QJsonObject o{{QStringLiteral("deviceId"), id},
                          {QStringLiteral("reason"), DeviceInventoryCheck::code(c.verdict)},
                          {QStringLiteral("detail"), DeviceInventoryCheck::explain(c, facts)}};
            if (c.verdict == DeviceVerdict::FirmwareNotFrom ||
                c.verdict == DeviceVerdict::AlreadyAtTarget)
                o.insert(QStringLiteral("firmware"), c.firmware);
            refused.append(o);
        }
        QJsonArray warned;
        for (const auto& [id, c] : r.staleDevices())
            warned.append(
                QJsonObject{{QStringLiteral("deviceId"), id},
                            {QStringLiteral("warning"), QStringLiteral("not-connected")},
                            {QStringLiteral("daysSinceConnection"), c.daysSinceConnection}});
        out.json(QJsonObject{{QStringLiteral("file"), file},
                             {QStringLiteral("firmware"), wire::toJson(*package)},
                             {QStringLiteral("devices"), ids->size()},
                             {QStringLiteral("accepted"), r.acceptedCount()},
                             {QStringLiteral("refused"), r.refusedCount()},
                             {QStringLiteral("licensesLeft"),
                              run.licensesLeft() ? QJsonValue(*run.licensesLeft()) : QJsonValue()},
                             {QStringLiteral("licensesFromPool"), r.licensesFromPool()},
                             {QStringLiteral("staleDays"), staleDays},
                             {QStringLiteral("counts"), counts},
                             {QStringLiteral("refusedDevices"), refused},
                             {QStringLiteral("warnings"), warned}});
        return exitCode;
    }
    out.text(Tr::tr("%1 against %2 (%3 %4, %5 -> %6)\n")
                 .arg(file, package->firmwareName, package->make, package->model,
                      package->firmwareFrom, package->firmwareTo));
    TextTable table({Tr::tr("DEVICES"), Tr::tr("REASON")});
    for (int i = 0; i < DeviceInventoryCheck::VerdictCount; ++i) {
        if (r.count(static_cast<DeviceVerdict>(i)) > 0)
            table.addRow({QString::number(r.count(static_cast<DeviceVerdict>(i))),
                          DeviceInventoryCheck::label(static_cast<DeviceVerdict>(i))});
    }
    out.text(table.toString());
    const auto& refused = r.refusedDevices();
    for (qsizetype i = 0; i < refused.size() && i < ShownRefusals; ++i)
        out.text(QStringLiteral("  %1  %2\n")
                     .arg(refused.at(i).deviceId,
                          DeviceInventoryCheck::explain(refused.at(i).check, facts)));
    if (refused.size() > ShownRefusals)
        out.text(Tr::tr("  ... and %n more (see --refused-out or --json)\n", nullptr,
                        static_cast<int>(refused.size() - ShownRefusals)));
    if (r.licensesFromPool() > 0)
        out.text(Tr::tr("Auto-assign gives %n device(s) a license from the account's pool (%1 "
                        "left before, %2 after).\n",
                        nullptr, static_cast<int>(r.licensesFromPool()))
                     .arg(*run.licensesLeft())
                     .arg(*run.licensesLeft() - r.licensesFromPool()));
    if (!r.staleDevices().isEmpty())
        out.text(Tr::tr("Warning: %n device(s) will be accepted but have not connected for more "
                        "than %1 days.\n",
                        nullptr, static_cast<int>(r.staleDevices().size()))
                     .arg(staleDays));
    out.text(r.allAccepted() ? Tr::tr("Result: all %n device(s) will be accepted.\n", nullptr,
                                      static_cast<int>(ids->size()))
                             : Tr::tr("Result: %1 of %2 devices will not be accepted.\n")
                                   .arg(r.refusedCount())
                                   .arg(ids->size()));
    return exitCode;
}

// --- devices show -------------------------------------------------------------------------------

int devicesShow(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   Tr::tr("Usage: fotactl devices show IMEI [options]\n\n"
                          "The device's line in the account's inventory: make, model, the\n"
                          "firmware it last reported, FOTA eligibility, license, protocol and\n"
                          "last connection. Exit status 1 when the account does not have it.\n"));
    if (auto code = cmd.parse(arguments, 1, 1))
        return *code;
    const CommandOutput& out = cmd.output();
    const QString text = cmd.positional().at(0).trimmed();
    const auto imei = Imei::fromString(text);
    if (!imei || imei->toString() != text)
        return out.usageError(Tr::tr("'%1' is not a valid 15-digit IMEI.").arg(text));
    if (auto code = cmd.connect())
        return *code;
    std::unique_ptr<RequestJob<wire::DeviceListResult>> job(
        cmd.client().lookupDevices({imei->toString()}));
    ClientSession::wait(job.get());
    if (!job->succeeded())
        return out.apiError(job->error());
    const wire::InventoryDevice* device = nullptr;
    for (const wire::InventoryDevice& d : job->result().deviceList) {
        if (d.deviceId == imei->toString() && DeviceLookup::hasFacts(d))
            device = &d;
    }
    if (!device) {
        if (out.isJson())
            out.json(QJsonObject{{QStringLiteral("deviceId"), imei->toString()},
                                 {QStringLiteral("reason"),
                                  DeviceInventoryCheck::code(DeviceVerdict::NotInAccount)}});
        else
            out.text(Tr::tr("%1: not in this account.\n").arg(imei->toString()));
        return ExitRefused;
    }
    if (out.isJson()) {
        out.json(wire::toJson(*device));
        return ExitOk;
    }
    out.text(Tr::tr("device            %1\n").arg(device->deviceId));
    out.text(Tr::tr("make / model      %1 %2\n").arg(device->make, device->model));
    out.text(Tr::tr("firmware          %1\n").arg(device->firmware));
    out.text(Tr::tr("FOTA-eligible     %1\n").arg(yesNo(device->fotaEligible.value_or(false))));
    out.text(Tr::tr("licensed          %1\n").arg(yesNo(device->licenseAssigned.value_or(false))));
    out.text(Tr::tr("protocol          %1\n").arg(device->protocol));
    out.text(Tr::tr("status            %1\n").arg(device->status));
    out.text(Tr::tr("last connection   %1\n").arg(isoTime(device->lastConnectionTime)));
    out.text(Tr::tr("last report       %1\n").arg(isoTime(device->refreshTime)));
    return ExitOk;
}

// --- devices list -------------------------------------------------------------------------------

int devicesList(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   Tr::tr("Usage: fotactl devices list [--protocol P] [--csv FILE] [options]\n\n"
                          "Every device of the account's inventory for one protocol (all pages).\n"
                          "  --protocol P       LWM2M (default), OMD-DM (or OMDADM, OMADM), HTTP\n"
                          "  --csv FILE         write the devices to FILE as CSV\n"));
    cmd.parser().addOption({QStringLiteral("protocol"), Tr::tr("Protocol filter."),
                            QStringLiteral("p"), QStringLiteral("LWM2M")});
    cmd.parser().addOption({QStringLiteral("csv"), Tr::tr("CSV file."), QStringLiteral("file")});
    if (auto code = cmd.parse(arguments, 0, 0))
        return *code;
    const CommandOutput& out = cmd.output();
    const QString protocol = protocolFilter(cmd.parser().value(QStringLiteral("protocol")));
    if (protocol.isEmpty())
        return out.usageError(Tr::tr("--protocol must be LWM2M, OMD-DM, OMDADM, OMADM or HTTP."));
    if (auto code = cmd.connect())
        return *code;
    AccountDevicePager pager(&cmd.client(), protocol);
    pager.setAutoDelete(false);
    pager.setCollect(true);
    runToEnd(&pager);
    if (!pager.succeeded())
        return out.apiError(pager.error());
    const QList<wire::AccountDevice>& devices = pager.devices();

    if (cmd.parser().isSet(QStringLiteral("csv"))) {
        CsvWriter csv;
        csv.row({u"deviceId", u"make", u"model", u"firmware", u"fotaEligible", u"licenseAssigned",
                 u"protocol", u"status", u"refreshTime"});
        for (const auto& d : devices)
            csv.cell(d.deviceId)
                .cell(d.make)
                .cell(d.model)
                .cell(d.firmware)
                .cell(d.fotaEligible ? u"true" : u"false")
                .cell(d.licenseAssigned ? u"true" : u"false")
                .cell(d.protocol)
                .cell(d.status)
                .cell(d.refreshTime.raw)
                .endRow();
        QString error;
        const QString path = cmd.parser().value(QStringLiteral("csv"));
        if (!FileWriter::writeFile(path, csv.take(), &error))
            return fileWriteError(out, path, error);
    }
    if (out.isJson()) {
        QJsonArray list;
        for (const auto& d : devices)
            list.append(wire::toJson(d));
        out.json(QJsonObject{{QStringLiteral("protocol"), protocol},
                             {QStringLiteral("deviceCount"), devices.size()},
                             {QStringLiteral("deviceList"), list}});
        return ExitOk;
    }
    if (!cmd.parser().isSet(QStringLiteral("csv"))) {
        TextTable table({Tr::tr("IMEI"), Tr::tr("MAKE"), Tr::tr("MODEL"), Tr::tr("FIRMWARE"),
                         Tr::tr("ELIGIBLE"), Tr::tr("LICENSED"), Tr::tr("PROTOCOL")});
        for (const auto& d : devices)
            table.addRow({d.deviceId, d.make, d.model, d.firmware, yesNo(d.fotaEligible),
                          yesNo(d.licenseAssigned), d.protocol});
        out.text(table.toString());
    }
    out.text(Tr::tr("%n device(s)\n", nullptr, static_cast<int>(devices.size())));
    return ExitOk;
}

const bool registeredCheck = registerCommand(
    {{QStringLiteral("devices"), QStringLiteral("check")},
     QStringLiteral(
         "devices check FILE --firmware NAME [--accepted-out PATH] [--refused-out PATH]"),
     QCoreApplication::translate("fotactl::devices",
                                 "Check a device list against the account's inventory."),
     &devicesCheck});
const bool registeredShow = registerCommand(
    {{QStringLiteral("devices"), QStringLiteral("show")},
     QStringLiteral("devices show IMEI"),
     QCoreApplication::translate("fotactl::devices", "Show a device's inventory line."),
     &devicesShow});
const bool registeredList =
    registerCommand({{QStringLiteral("devices"), QStringLiteral("list")},
                     QStringLiteral("devices list [--protocol P] [--csv FILE]"),
                     QCoreApplication::translate("fotactl::devices", "List the account's devices."),
                     &devicesList});

} // namespace

} // namespace fotadesk::ctl
