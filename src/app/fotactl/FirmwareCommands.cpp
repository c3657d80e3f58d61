// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl firmware list [--protocol LWM2M|OMD-DM|all]

#include "ApiCommand.h"
#include "Command.h"
#include "TextTable.h"
#include "api/FotaClient.h"
#include "api/wire/JsonCodec.h"

#include <QCoreApplication>

#include <memory>

namespace fotadesk::ctl {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl::firmware)
};

int firmwareList(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   Tr::tr("Usage: fotactl firmware list [--protocol LWM2M|OMD-DM|all] [options]\n\n"
                          "Lists the firmware packages the account may use in a campaign.\n"
                          "  --protocol P       LWM2M, OMD-DM or all (default all)\n"));
    cmd.parser().addOption({QStringLiteral("protocol"), Tr::tr("Protocol filter."),
                            QStringLiteral("p"), QStringLiteral("all")});
    if (auto code = cmd.parse(arguments, 0, 0))
        return *code;
    if (auto code = cmd.connect())
        return *code;

    std::unique_ptr<RequestJob<QList<wire::FirmwarePackage>>> job(
        cmd.client().firmwareList(cmd.parser().value(QStringLiteral("protocol"))));
    ClientSession::wait(job.get());
    if (!job->succeeded())
        return cmd.output().apiError(job->error());

    const QList<wire::FirmwarePackage>& packages = job->result();
    if (cmd.output().isJson()) {
        cmd.output().json(wire::toJson(packages));
        return ExitOk;
    }
    TextTable table({Tr::tr("FIRMWARE"), Tr::tr("FROM"), Tr::tr("TO"), Tr::tr("MAKE"),
                     Tr::tr("MODEL"), Tr::tr("PROTOCOL"), Tr::tr("LAUNCHED")});
    for (const auto& p : packages)
        table.addRow({p.firmwareName, p.firmwareFrom, p.firmwareTo, p.make, p.model, p.protocol,
                      isoTime(p.launchDate)});
    cmd.output().text(table.toString());
    cmd.output().text(Tr::tr("%n package(s)\n", nullptr, static_cast<int>(packages.size())));
    return ExitOk;
}

const bool registered = registerCommand(
    {{QStringLiteral("firmware"), QStringLiteral("list")},
     QStringLiteral("firmware list [--protocol LWM2M|OMD-DM|all]"),
     QCoreApplication::translate("fotactl::firmware", "List the firmware packages of the account."),
     &firmwareList});

} // namespace

} // namespace fotadesk::ctl
