// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl callbacks show | set URL | delete

#include "ApiCommand.h"
#include "Command.h"
#include "api/FotaClient.h"
#include "api/wire/JsonCodec.h"
#include "core/CallbackUrl.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

namespace fotadesk::ctl {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl::callbacks)
};

QString purpose()
{
    return Tr::tr("ThingSpace POSTs the status changes of the account's campaigns and devices\n"
                  "to the callback URL: it must be a server of yours that the Internet can\n"
                  "reach. FotaDesk and fotactl cannot receive callbacks themselves; they read\n"
                  "the same statuses from the reports.\n");
}

int show(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   Tr::tr("Usage: fotactl callbacks show [options]\n\n"
                          "The callback URL registered for the account, if any.\n\n") +
                       purpose());
    if (auto code = cmd.parse(arguments, 0, 0))
        return *code;
    if (auto code = cmd.connect())
        return *code;
    const CommandOutput& out = cmd.output();
    std::unique_ptr<RequestJob<wire::CallbackInfo>> job(cmd.client().callback());
    ClientSession::wait(job.get());
    QString url;
    if (job->succeeded())
        url = job->result().url;
    else if (!FotaClient::isNoCallbackRegistered(job->error()))
        return out.apiError(job->error());
    if (out.isJson()) {
        out.json(QJsonObject{{QStringLiteral("url"),
                              url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url)}});
        return ExitOk;
    }
    out.text(url.isEmpty() ? Tr::tr("No callback URL is registered.\n")
                           : Tr::tr("callback URL      %1\n").arg(url));
    return ExitOk;
}

int set(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   Tr::tr("Usage: fotactl callbacks set URL [options]\n\n"
                          "Registers URL (http or https) as the account's callback URL, replacing\n"
                          "the one registered before.\n\n") +
                       purpose());
    if (auto code = cmd.parse(arguments, 1, 1))
        return *code;
    const CommandOutput& out = cmd.output();
    const QString text = cmd.positional().at(0).trimmed();
    switch (CallbackUrl::check(text)) {
    case CallbackUrl::Problem::None:
        break;
    case CallbackUrl::Problem::Empty:
    case CallbackUrl::Problem::NotAbsoluteHttp:
        return out.usageError(
            Tr::tr("'%1' is not an absolute http or https URL: write it whole, for example "
                   "https://hooks.example.com/fota.")
                .arg(text));
    case CallbackUrl::Problem::HasUserInfo:
        return out.usageError(Tr::tr("The callback URL must not contain a user name or password "
                                     "('%1@'): the service would store them in clear.")
                                  .arg(QUrl(text).userName()));
    }
    if (auto code = cmd.connect())
        return *code;
    std::unique_ptr<RequestJob<wire::CallbackInfo>> job(cmd.client().setCallback(text));
    ClientSession::wait(job.get());
    if (!job->succeeded())
        return out.apiError(job->error());
    const QString registered = job->result().url.isEmpty() ? text : job->result().url;
    if (out.isJson())
        out.json(QJsonObject{{QStringLiteral("url"), registered}});
    else
        out.text(Tr::tr("Registered callback URL %1\n").arg(registered));
    return ExitOk;
}

int remove(const QStringList& arguments)
{
    ApiCommand cmd(arguments.value(0),
                   Tr::tr("Usage: fotactl callbacks delete [options]\n\n"
                          "Deletes the account's callback URL: the service stops POSTing status\n"
                          "changes.\n"));
    if (auto code = cmd.parse(arguments, 0, 0))
        return *code;
    if (auto code = cmd.connect())
        return *code;
    const CommandOutput& out = cmd.output();
    std::unique_ptr<RequestJob<QJsonValue>> job(cmd.client().deleteCallback());
    ClientSession::wait(job.get());
    if (!job->succeeded() && !FotaClient::isNoCallbackRegistered(job->error()))
        return out.apiError(job->error());
    if (out.isJson())
        out.json(QJsonObject{{QStringLiteral("url"), QJsonValue(QJsonValue::Null)}});
    else
        out.text(Tr::tr("No callback URL is registered now.\n"));
    return ExitOk;
}

const bool registered =
    registerCommand(
        {{QStringLiteral("callbacks"), QStringLiteral("show")},
         QStringLiteral("callbacks show"),
         QCoreApplication::translate("fotactl::callbacks", "Show the account's callback URL."),
         &show}) &&
    registerCommand(
        {{QStringLiteral("callbacks"), QStringLiteral("set")},
         QStringLiteral("callbacks set URL"),
         QCoreApplication::translate("fotactl::callbacks", "Register the account's callback URL."),
         &set}) &&
    registerCommand(
        {{QStringLiteral("callbacks"), QStringLiteral("delete")},
         QStringLiteral("callbacks delete"),
         QCoreApplication::translate("fotactl::callbacks", "Delete the account's callback URL."),
         &remove});

} // namespace

} // namespace fotadesk::ctl
