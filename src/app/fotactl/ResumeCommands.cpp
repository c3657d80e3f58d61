// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl campaign resume [JOURNAL-ID] [--list], and the workspace wiring of every fotactl run
// (audit hook, journaled batches, reconciliation of unknown creates). The store helper's file.

#include "ResumeCommands.h"

#include "ApiCommand.h"
#include "Command.h"
#include "CommandOutput.h"
#include "TextTable.h"
#include "api/FotaClient.h"
#include "store/LocalStore.h"
#include "workflow/AuditHook.h"
#include "workflow/BatchRunner.h"
#include "workflow/CreateReconciler.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace fotadesk::ctl {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl::resume)
};

QString profileOf(const FotaClient& client)
{
    return Environment::profileName(client.environment().profile);
}

QString verbFor(DeviceBatcher::Operation op)
{
    switch (op) {
    case DeviceBatcher::Operation::AddToCampaign:
        return Tr::tr("add");
    case DeviceBatcher::Operation::RemoveFromCampaign:
        return Tr::tr("remove");
    case DeviceBatcher::Operation::AssignLicenses:
        return Tr::tr("assign licenses");
    case DeviceBatcher::Operation::RemoveLicenses:
        return Tr::tr("remove licenses");
    case DeviceBatcher::Operation::SyncFirmware:
        return Tr::tr("sync firmware");
    }
    return {};
}

QString describe(const BatchJournal::Entry& e)
{
    QString what = Tr::tr("%1 %2 device(s)").arg(verbFor(e.operation)).arg(e.deviceCount);
    if (!e.campaignId.isEmpty())
        what += Tr::tr(" — campaign %1").arg(e.campaignId);
    if (e.devicePath == FotaClient::DevicePath::Plain)
        what += Tr::tr(" (plain path)");
    return what;
}

QJsonObject entryJson(const BatchJournal::Entry& e)
{
    return QJsonObject{
        {QStringLiteral("journalId"), e.id},
        {QStringLiteral("operation"), BatchJournal::operationName(e.operation)},
        {QStringLiteral("campaignId"), e.campaignId},
        {QStringLiteral("profile"), e.profile},
        {QStringLiteral("account"), e.account},
        {QStringLiteral("devices"), e.deviceCount},
        {QStringLiteral("chunkSize"), e.chunkSize},
        {QStringLiteral("chunks"), e.chunksTotal},
        {QStringLiteral("chunksSucceeded"), e.chunksSucceeded},
        {QStringLiteral("chunksFailed"), e.chunksFailed},
        {QStringLiteral("devicesDone"), e.devicesDone},
        {QStringLiteral("devicePath"),
         e.devicePath ? QJsonValue(BatchJournal::devicePathName(*e.devicePath)) : QJsonValue()},
        {QStringLiteral("state"), BatchJournal::stateName(e.state)},
        {QStringLiteral("resumable"), e.isResumable()},
        {QStringLiteral("created"), e.createdUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated"), e.updatedUtc.toString(Qt::ISODateWithMs)},
    };
}

void showProgress(BatchRunner& runner)
{
    if (!isatty(fileno(stderr)))
        return;
    QObject::connect(&runner, &BatchRunner::progress, &runner, [](qint64 done, qint64 total) {
        CommandOutput::writeStderr(QStringLiteral("\r%1 / %2").arg(done).arg(total) +
                                   (done == total ? QStringLiteral("\n") : QString()));
    });
}

bool sameDevices(const QStringList& a, const QStringList& b)
{
    return a.size() == b.size() && a == b;
}

int listJournals(ApiCommand& cmd)
{
    const Environment& env = cmd.options().environment;
    LocalStore store(Workspace::defaultPath(), QStringLiteral("fotactl"));
    const auto opened = store.open();
    // "Nothing interrupted" only from journals that were read (see 'audit').
    if (opened.status == Workspace::OpenStatus::Unavailable ||
        opened.status == Workspace::OpenStatus::InMemory)
        return cmd.output().usageError(
            Tr::tr("the batch journals cannot be read: %1").arg(opened.message));
    if (!opened.message.isEmpty())
        cmd.output().note(QStringLiteral("fotactl: ") + opened.message + QLatin1Char('\n'));
    const QString profile = Environment::profileName(env.profile);
    QList<BatchJournal::Entry> mine;
    for (const BatchJournal::Entry& e : store.journal().list(true)) {
        if (e.profile == profile && e.account == env.accountName)
            mine.append(e);
    }
    if (cmd.output().isJson()) {
        QJsonArray list;
        for (const auto& e : std::as_const(mine))
            list.append(entryJson(e));
        cmd.output().json(QJsonObject{{QStringLiteral("batches"), list}});
        return ExitOk;
    }
    if (mine.isEmpty()) {
        cmd.output().text(Tr::tr("No interrupted batch for account %1.\n").arg(env.accountName));
        return ExitOk;
    }
    TextTable table({Tr::tr("ID"), Tr::tr("BATCH"), Tr::tr("CHUNKS DONE"), Tr::tr("DEVICES DONE"),
                     Tr::tr("UPDATED"), Tr::tr("STATE")});
    for (const auto& e : std::as_const(mine))
        table.addRow(
            {QString::number(e.id), describe(e),
             QStringLiteral("%1/%2").arg(e.chunksSucceeded).arg(e.chunksTotal),
             QStringLiteral("%1/%2").arg(e.devicesDone).arg(e.deviceCount), isoTime(e.updatedUtc),
             e.isResumable() ? Tr::tr("interrupted") : Tr::tr("running (process %1)").arg(e.pid)});
    cmd.output().text(table.toString());
    return ExitOk;
}

int campaignResume(const QStringList& arguments)
{
    ApiCommand cmd(
        arguments.value(0),
        Tr::tr("Usage: fotactl campaign resume [JOURNAL-ID] [--list] [options]\n\n"
               "Completes device batches ('campaign devices add|remove') that were interrupted by\n"
               "a crash, a kill, a lost network or a cancel: only the chunks that had not\n"
               "succeeded are sent; devices already handled count as done, so the campaign ends\n"
               "with exactly the intended devices. Without JOURNAL-ID every interrupted batch of\n"
               "the account is resumed, oldest first. Create requests whose outcome was never\n"
               "seen are looked up first (never sent again). Each batch goes on through the\n"
               "path it was started with, as its journal records ('--plain-path' batches\n"
               "through PUT /campaigns/{acc}/{id}).\n"
               "  --list             show the interrupted batches, send nothing\n"
               "  --plain-path       for a batch whose journal has no path (older workspace):\n"
               "                     send through PUT /campaigns/{acc}/{id}; a batch journaled\n"
               "                     with the firmware path is refused rather than switched\n"));
    cmd.parser().addOption({QStringLiteral("list"), Tr::tr("List interrupted batches.")});
    cmd.parser().addOption(
        {QStringLiteral("plain-path"), Tr::tr("Use the path without /firmware.")});
    if (auto code = cmd.parse(arguments, 0, 1))
        return *code;
    if (cmd.parser().isSet(QStringLiteral("list")))
        return listJournals(cmd);
    qint64 only = 0;
    if (!cmd.positional().isEmpty()) {
        bool ok = false;
        only = cmd.positional().at(0).toLongLong(&ok);
        if (!ok || only <= 0)
            return cmd.output().usageError(
                Tr::tr("JOURNAL-ID must be a number (see 'fotactl campaign resume --list')."));
    }
    if (auto code = cmd.connect())
        return *code;
    LocalStore* store = cmd.session().store();
    FotaClient& client = cmd.client();

    QList<qint64> ids;
    if (only > 0) {
        ids << only;
    } else {
        for (const auto& e :
             store->journal().resumable(profileOf(client), client.environment().accountName))
            ids << e.id;
    }
    if (ids.isEmpty()) {
        if (cmd.output().isJson())
            cmd.output().json(QJsonObject{{QStringLiteral("batches"), QJsonArray()}});
        else
            cmd.output().text(Tr::tr("Nothing to resume: no interrupted batch for account %1.\n")
                                  .arg(client.environment().accountName));
        return ExitOk;
    }

    // A resumed batch is journaled like a new one: not on a read-only or full workspace.
    if (auto refused = refuseUnlessWritable(store, cmd.output()))
        return *refused;
    int code = ExitOk;
    QJsonArray batches;
    for (qint64 id : std::as_const(ids)) {
        BatchRunner runner(&client, store->journal());
        if (const auto path = requestedPath(cmd.parser()))
            runner.setDevicePath(*path);
        QString error;
        if (!runner.resume(id, &error)) {
            if (cmd.output().isJson())
                batches.append(QJsonObject{{QStringLiteral("journalId"), id},
                                           {QStringLiteral("error"), error}});
            else
                cmd.output().note(Tr::tr("batch %1: %2\n").arg(id).arg(error));
            code = std::max<int>(code, only > 0 ? ExitUsage : ExitOk);
            continue;
        }
        const auto before = store->journal().load(id);
        if (!cmd.output().isJson())
            cmd.output().text(Tr::tr("Batch %1 (%2): %3 of %4 chunks were done, sending %5.\n")
                                  .arg(id)
                                  .arg(describe(*before))
                                  .arg(runner.chunksDoneBefore())
                                  .arg(before->chunksTotal)
                                  .arg(runner.chunksToSend()));
        showProgress(runner);
        runBatch(runner);
        const auto after = store->journal().load(id);
        const auto outcomes = runner.outcomes();
        QJsonArray failed;
        qint64 refused = 0;
        for (const auto& o : outcomes) {
            if (o.succeeded)
                continue;
            ++refused;
            failed.append(QJsonObject{{QStringLiteral("deviceId"), o.deviceId},
                                      {QStringLiteral("status"), o.status},
                                      {QStringLiteral("reason"), o.reason}});
        }
        int batchCode = refused > 0 ? ExitRefused : ExitOk;
        for (const auto& c : runner.batcher()->chunks()) {
            if (c.state == DeviceBatcher::Chunk::State::Failed && c.error) {
                batchCode = CommandOutput::exitCodeFor(*c.error);
                if (!cmd.output().isJson())
                    cmd.output().note(Tr::tr("chunk %1 (devices %2–%3) failed again: %4\n")
                                          .arg(c.index + 1)
                                          .arg(c.first + 1)
                                          .arg(c.first + c.count)
                                          .arg(c.error->message()));
            }
        }
        code = std::max(code, batchExitCode(runner, batchCode));
        const bool complete = after && after->state == BatchJournal::State::Completed;
        if (cmd.output().isJson()) {
            QJsonObject o = entryJson(*after);
            o.insert(QStringLiteral("chunksDoneBefore"), runner.chunksDoneBefore());
            o.insert(QStringLiteral("chunksSent"), runner.chunksToSend());
            o.insert(QStringLiteral("complete"), complete);
            o.insert(QStringLiteral("failed"), failed);
            batches.append(o);
        } else {
            cmd.output().text(
                complete ? Tr::tr("Batch %1 complete: %2 of %3 device(s) done, %4 refused.\n")
                               .arg(id)
                               .arg(outcomes.size() - refused)
                               .arg(after->deviceCount)
                               .arg(refused)
                         : Tr::tr("Batch %1 is still incomplete: %2 of %3 chunks done. Run "
                                  "'fotactl campaign resume %1' again.\n")
                               .arg(id)
                               .arg(after ? after->chunksSucceeded : 0)
                               .arg(after ? after->chunksTotal : 0));
            for (qsizetype i = 0; i < failed.size() && i < 50; ++i) {
                const QJsonObject f = failed.at(i).toObject();
                cmd.output().text(QStringLiteral("  %1  %2  %3\n")
                                      .arg(f.value(QStringLiteral("deviceId")).toString(),
                                           f.value(QStringLiteral("status")).toString(),
                                           f.value(QStringLiteral("reason")).toString()));
            }
        }
    }
    if (cmd.output().isJson())
        cmd.output().json(QJsonObject{{QStringLiteral("batches"), batches}});
    return code;
}

const bool registeredResume = registerCommand(
    {{QStringLiteral("campaign"), QStringLiteral("resume")},
     QStringLiteral("campaign resume [JOURNAL-ID] [--list] [--plain-path]"),
     QCoreApplication::translate("fotactl::resume",
                                 "Complete interrupted device batches (only the remaining "
                                 "chunks)."),
     &campaignResume});

} // namespace

std::unique_ptr<LocalStore> openWorkspace(FotaClient& client, std::unique_ptr<AuditHook>& hook,
                                          QList<CreateReconciler::Result>* reconciled)
{
    auto store = std::make_unique<LocalStore>(Workspace::defaultPath(), QStringLiteral("fotactl"));
    const auto opened = store->open();
    if (!opened.message.isEmpty())
        CommandOutput::writeStderr(QStringLiteral("fotactl: ") + opened.message +
                                   QLatin1Char('\n'));
    hook = std::make_unique<AuditHook>(store->audit(), &client, &store->pendingCreates());
    if (!store->pendingCreates()
             .unresolved(profileOf(client), client.environment().accountName)
             .isEmpty()) {
        CreateReconciler reconciler(&client, store->pendingCreates(), &store->audit(),
                                    &store->journal());
        QEventLoop loop;
        QObject::connect(&reconciler, &CreateReconciler::finished, &loop, &QEventLoop::quit);
        reconciler.start();
        loop.exec();
        for (const auto& r : reconciler.results())
            CommandOutput::writeStderr(QStringLiteral("fotactl: ") + r.message + QLatin1Char('\n'));
        if (reconciled)
            *reconciled = reconciler.results();
    }
    return store;
}

std::unique_ptr<BatchRunner> journaledBatch(LocalStore& store, FotaClient& client,
                                            DeviceBatcher::Operation operation,
                                            const QStringList& devices, const QString& campaignId,
                                            int chunkSize,
                                            std::optional<FotaClient::DevicePath> path, bool resume,
                                            const CommandOutput& out, QString* error)
{
    auto runner = std::make_unique<BatchRunner>(&client, store.journal());
    if (path)
        runner->setDevicePath(*path);
    // An interrupted journal of the same batch: resume it (--resume) or point at it.
    for (const auto& e :
         store.journal().resumable(profileOf(client), client.environment().accountName)) {
        if (e.operation != operation || e.campaignId != campaignId)
            continue;
        const auto full = store.journal().load(e.id);
        if (!full || !sameDevices(full->deviceIds, devices))
            continue;
        if (!resume) {
            out.note(Tr::tr("note: batch %1 for the same devices was interrupted (%2 of %3 chunks "
                            "done); add --resume to send only the rest. Starting a new batch.\n")
                         .arg(e.id)
                         .arg(e.chunksSucceeded)
                         .arg(e.chunksTotal));
            break;
        }
        if (runner->resume(e.id, error)) {
            out.note(Tr::tr("Resuming batch %1: %2 of %3 chunks were done, sending %4.\n")
                         .arg(e.id)
                         .arg(runner->chunksDoneBefore())
                         .arg(e.chunksTotal)
                         .arg(runner->chunksToSend()));
            showProgress(*runner);
            return runner;
        }
        out.note(Tr::tr("batch %1 cannot be resumed: %2\n").arg(e.id).arg(*error));
        break;
    }
    if (resume)
        out.note(Tr::tr("Nothing to resume for these devices: starting a new batch.\n"));
    if (!runner->begin(operation, devices, campaignId, chunkSize, error))
        return nullptr;
    showProgress(*runner);
    return runner;
}

std::optional<FotaClient::DevicePath> requestedPath(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("plain-path")))
        return FotaClient::DevicePath::Plain;
    return std::nullopt;
}

void runBatch(BatchRunner& runner)
{
    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::finished, &loop, &QEventLoop::quit);
    bool done = false;
    QObject::connect(&runner, &BatchRunner::finished, &loop, [&done] { done = true; });
    runner.start();
    if (!done)
        loop.exec();
    if (!runner.journalError().isEmpty())
        CommandOutput::writeStderr(QStringLiteral("fotactl: ") + runner.journalError() +
                                   QLatin1Char('\n'));
}

int batchExitCode(const BatchRunner& runner, int code)
{
    return runner.journalError().isEmpty() ? code : int(ExitUsage);
}

std::optional<int> refuseUnlessWritable(LocalStore* store, const CommandOutput& out)
{
    if (store && store->workspace().writable())
        return std::nullopt;
    const QString why =
        store ? store->workspace().notWritableReason() : Tr::tr("no workspace is open");
    return out.usageError(
        Tr::tr("nothing was sent: %1. A change is sent only once the workspace has recorded it "
               "(the record prevents a duplicate and lets an interrupted run be resumed). Free "
               "space on the disk or make the workspace writable, then run the command again.")
            .arg(why));
}

} // namespace fotadesk::ctl
