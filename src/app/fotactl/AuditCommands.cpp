// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl audit: prints the audit log of mutating calls (shared with FotaDesk). The store
// helper's file.

#include "Command.h"
#include "CommandOutput.h"
#include "FileOutput.h"
#include "TextTable.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace fotadesk::ctl {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl::audit)
};

QString help()
{
    return Tr::tr("Usage: fotactl audit [--json] [--since WHEN] [--until WHEN] [--campaign ID]\n"
                  "                     [--operation OP] [--outcome OUTCOME] [--account NAME]\n"
                  "                     [--search TEXT] [--limit N] [--csv FILE]\n\n"
                  "Prints the audit log: every mutating call (create, add/remove devices, dates,\n"
                  "cancel, license and callback changes) FotaDesk and fotactl sent from this\n"
                  "computer, recorded before it was sent and completed with its outcome.\n"
                  "  --since WHEN       entries started at or after WHEN: an ISO date or time\n"
                  "                     (2026-03-01, 2026-03-01T08:00Z) or an age (30m, 12h, 7d)\n"
                  "  --until WHEN       entries started before WHEN (same forms)\n"
                  "  --campaign ID      one campaign\n"
                  "  --operation OP     %1\n"
                  "  --outcome OUTCOME  pending, success, partial, failed, unknown, cancelled\n"
                  "  --account NAME     one account\n"
                  "  --search TEXT      text in the summary, result or error\n"
                  "  --limit N          the newest N entries\n"
                  "  --csv FILE         also write the entries as CSV to FILE\n"
                  "  --json             one JSON document on stdout\n")
        .arg(AuditLog::operationNames().join(QStringLiteral(", ")));
}

/// An ISO date/time, or an age like 30m, 12h, 7d (before now). Invalid on bad input.
QDateTime parseWhen(const QString& text)
{
    static const QRegularExpression age(QStringLiteral("^(\\d+)\\s*([smhdw])$"));
    const auto m = age.match(text.trimmed());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == u's'   ? n
                               : unit == u'm' ? n * 60
                               : unit == u'h' ? n * 3600
                               : unit == u'd' ? n * 86400
                                              : n * 7 * 86400;
        return QDateTime::currentDateTimeUtc().addSecs(-seconds);
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no zone given: UTC, like every time fotactl prints
    return t.toUTC();
}

QJsonObject toJson(const AuditEntry& e)
{
    QJsonObject o{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("started"), e.startedUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished"), e.finishedUtc.isValid()
                                         ? QJsonValue(e.finishedUtc.toString(Qt::ISODateWithMs))
                                         : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("origin"), e.origin},
        {QStringLiteral("profile"), e.profile},
        {QStringLiteral("account"), e.account},
        {QStringLiteral("operation"), e.operation},
        {QStringLiteral("campaignId"), e.campaignId},
        {QStringLiteral("deviceCount"), e.deviceCount},
        {QStringLiteral("summary"), e.summary},
        {QStringLiteral("outcome"), AuditEntry::outcomeName(e.outcome)},
        {QStringLiteral("result"), e.result},
    };
    if (!e.errorKind.isEmpty()) {
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("kind"), e.errorKind},
                             {QStringLiteral("httpStatus"), e.httpStatus},
                             {QStringLiteral("errorCode"), e.errorCode},
                             {QStringLiteral("errorMessage"), e.errorMessage}});
    }
    return o;
}

int audit(const QStringList& arguments)
{
    CommandOutput out(arguments.value(0), arguments.contains(QStringLiteral("--json")));
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOptions({
        {{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help.")},
        {QStringLiteral("json"), Tr::tr("JSON output.")},
        {QStringLiteral("since"), Tr::tr("From."), QStringLiteral("when")},
        {QStringLiteral("until"), Tr::tr("Until."), QStringLiteral("when")},
        {QStringLiteral("campaign"), Tr::tr("Campaign."), QStringLiteral("id")},
        {QStringLiteral("operation"), Tr::tr("Operation."), QStringLiteral("op")},
        {QStringLiteral("outcome"), Tr::tr("Outcome."), QStringLiteral("outcome")},
        {QStringLiteral("account"), Tr::tr("Account."), QStringLiteral("name")},
        {QStringLiteral("search"), Tr::tr("Text."), QStringLiteral("text")},
        {QStringLiteral("limit"), Tr::tr("Newest N."), QStringLiteral("n")},
        {QStringLiteral("csv"), Tr::tr("CSV file."), QStringLiteral("file")},
    });
    if (!p.parse(arguments))
        return out.usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        CommandOutput::writeStdout(help());
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return out.usageError(
            Tr::tr("unexpected argument '%1'.\n%2").arg(p.positionalArguments().first(), help()));

    AuditFilter filter;
    for (const auto& [option, target] : {std::pair{QStringLiteral("since"), &filter.sinceUtc},
                                         std::pair{QStringLiteral("until"), &filter.untilUtc}}) {
        if (!p.isSet(option))
            continue;
        *target = parseWhen(p.value(option));
        if (!target->isValid())
            return out.usageError(Tr::tr("--%1 '%2' is neither an ISO date/time (2026-03-01, "
                                         "2026-03-01T08:00Z) nor an age (30m, 12h, 7d).")
                                      .arg(option, p.value(option)));
    }
    filter.campaignId = p.value(QStringLiteral("campaign"));
    filter.account = p.value(QStringLiteral("account"));
    filter.text = p.value(QStringLiteral("search"));
    if (p.isSet(QStringLiteral("operation"))) {
        filter.operation = p.value(QStringLiteral("operation"));
        if (!AuditLog::operationNames().contains(filter.operation))
            return out.usageError(Tr::tr("--operation must be one of: %1.")
                                      .arg(AuditLog::operationNames().join(QStringLiteral(", "))));
    }
    if (p.isSet(QStringLiteral("outcome"))) {
        AuditEntry::Outcome outcome{};
        if (!AuditEntry::parseOutcome(p.value(QStringLiteral("outcome")), &outcome))
            return out.usageError(Tr::tr("--outcome must be one of: pending, success, partial, "
                                         "failed, unknown, cancelled."));
        filter.outcome = outcome;
    }
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1)
            return out.usageError(Tr::tr("--limit must be a positive number."));
    }

    LocalStore store(Workspace::defaultPath(), QStringLiteral("fotactl"));
    const auto opened = store.open();
    // Never an empty list for a log that could not be read: a read-only workspace is read as
    // it is, one that cannot be opened (or only a stand-in in memory) is an error.
    if (opened.status == Workspace::OpenStatus::Unavailable ||
        opened.status == Workspace::OpenStatus::InMemory)
        return out.usageError(Tr::tr("the audit log cannot be read: %1").arg(opened.message));
    if (!opened.message.isEmpty())
        out.note(QStringLiteral("fotactl: ") + opened.message + QLatin1Char('\n'));
    const QList<AuditEntry> entries = store.audit().query(filter);

    if (p.isSet(QStringLiteral("csv"))) {
        QString error;
        if (!AuditLog::exportCsv(entries, p.value(QStringLiteral("csv")), &error))
            return fileWriteError(out, p.value(QStringLiteral("csv")), error);
    }
    if (out.isJson()) {
        QJsonArray list;
        for (const AuditEntry& e : entries)
            list.append(toJson(e));
        out.json(QJsonObject{{QStringLiteral("workspace"), store.workspace().path()},
                             {QStringLiteral("entries"), list}});
        return ExitOk;
    }
    if (entries.isEmpty()) {
        out.text(Tr::tr("No audit entries%1 (workspace %2).\n")
                     .arg(filter.sinceUtc.isValid() || !filter.campaignId.isEmpty() ||
                                  !filter.operation.isEmpty() || filter.outcome ||
                                  !filter.text.isEmpty() || !filter.account.isEmpty()
                              ? Tr::tr(" match")
                              : QString(),
                          store.workspace().path()));
        return ExitOk;
    }
    TextTable table({Tr::tr("ID"), Tr::tr("STARTED (UTC)"), Tr::tr("BY"), Tr::tr("ACCOUNT"),
                     Tr::tr("OPERATION"), Tr::tr("CAMPAIGN"), Tr::tr("DEVICES"), Tr::tr("OUTCOME"),
                     Tr::tr("RESULT / ERROR")});
    for (const AuditEntry& e : entries) {
        QString detail = e.result;
        if (!e.errorKind.isEmpty()) {
            detail = e.errorCode.isEmpty() ? e.errorMessage
                                           : e.errorCode + QStringLiteral(": ") + e.errorMessage;
            if (e.httpStatus)
                detail = QStringLiteral("HTTP %1 ").arg(e.httpStatus) + detail;
        }
        table.addRow({QString::number(e.id), isoTime(e.startedUtc), e.origin, e.account,
                      e.operation, e.campaignId, QString::number(e.deviceCount),
                      AuditEntry::outcomeName(e.outcome), detail});
    }
    out.text(table.toString());
    return ExitOk;
}

const bool registeredAudit = registerCommand(
    {{QStringLiteral("audit")},
     QStringLiteral("audit [--json] [--since WHEN] [--campaign ID] [--outcome O] [--csv FILE]"),
     QCoreApplication::translate("fotactl::audit",
                                 "Show the audit log of changes sent from this computer."),
     &audit});

} // namespace

} // namespace fotadesk::ctl
