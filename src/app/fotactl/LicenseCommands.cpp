// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl licenses

#include "ApiCommand.h"
#include "Command.h"
#include "api/FotaClient.h"
#include "api/LicensePager.h"
#include "api/wire/JsonCodec.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

#include <memory>

namespace fotadesk::ctl {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl::licenses)
};

int licenses(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   Tr::tr("Usage: fotactl licenses [--devices] [options]\n\n"
                          "The account's FOTA licenses: subscription, counts, and with --devices\n"
                          "every licensed device (all pages).\n"
                          "  --devices          list the licensed devices too\n"));
    cmd.parser().addOption({QStringLiteral("devices"), Tr::tr("List the licensed devices.")});
    if (auto code = cmd.parse(arguments, 0, 0))
        return *code;
    if (auto code = cmd.connect())
        return *code;
    const CommandOutput& out = cmd.output();
    const bool listDevices = cmd.parser().isSet(QStringLiteral("devices"));

    std::unique_ptr<RequestJob<wire::Subscription>> subscription(cmd.client().subscription());
    ClientSession::wait(subscription.get());
    if (!subscription->succeeded())
        return out.apiError(subscription->error());

    LicensePager pager(&cmd.client());
    pager.setAutoDelete(false);
    pager.setCollect(listDevices);
    if (!listDevices) {
        // The summary is in every page: the first one is enough.
        QObject::connect(&pager, &LicensePager::pageArrived, &pager, [&pager] {
            QMetaObject::invokeMethod(&pager, &ApiJob::cancel, Qt::QueuedConnection);
        });
    }
    QEventLoop loop;
    QObject::connect(&pager, &ApiJob::finished, &loop, &QEventLoop::quit);
    pager.start();
    if (!pager.isFinished())
        loop.exec();
    const bool complete = pager.succeeded();
    if (!complete &&
        !(pager.error().kind() == ApiError::Kind::Cancelled && pager.pagesReceived() > 0))
        return out.apiError(pager.error());

    const wire::Subscription& s = subscription->result();
    const wire::LicenseSummary& summary = pager.summary();
    if (out.isJson()) {
        QJsonObject o = wire::toJson(summary);
        o.insert(QStringLiteral("subscription"), wire::toJson(s));
        o.remove(QStringLiteral("hasMoreData"));
        o.remove(QStringLiteral("lastSeenDeviceId"));
        if (listDevices) {
            QJsonArray list;
            for (const auto& d : pager.devices())
                list.append(wire::toJson(d));
            o.insert(QStringLiteral("deviceList"), list);
        } else {
            o.remove(QStringLiteral("deviceList"));
        }
        out.json(o);
        return ExitOk;
    }
    out.text(Tr::tr("account           %1\n").arg(s.accountName));
    out.text(Tr::tr("purchase type     %1\n").arg(s.purchaseType));
    out.text(
        Tr::tr("licenses          %1 used of %2\n").arg(s.licenseUsedCount).arg(s.licenseCount));
    if (summary.totalLicenses)
        out.text(Tr::tr("license report    %1 assigned of %2\n")
                     .arg(summary.assignedLicenses)
                     .arg(*summary.totalLicenses));
    if (listDevices) {
        for (const auto& d : pager.devices())
            out.text(QStringLiteral("%1  %2\n").arg(d.deviceId, isoTime(d.assignmentTime)));
        out.text(
            Tr::tr("%n licensed device(s)\n", nullptr, static_cast<int>(pager.devices().size())));
    }
    return ExitOk;
}

const bool registered = registerCommand(
    {{QStringLiteral("licenses")},
     QStringLiteral("licenses [--devices]"),
     QCoreApplication::translate("fotactl::licenses", "The account's FOTA licenses."),
     &licenses});

} // namespace

} // namespace fotadesk::ctl
