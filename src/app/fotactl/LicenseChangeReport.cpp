// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LicenseChangeReport.h"

#include "Command.h"
#include "CommandOutput.h"
#include "TextTable.h"
#include "core/CsvWriter.h"
#include "workflow/BatchRunner.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace fotadesk::ctl {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl::licenses)
};

} // namespace

LicenseChangeReport::LicenseChangeReport(DeviceBatcher::Operation operation,
                                         const BatchRunner& runner)
    : m_assign(operation == DeviceBatcher::Operation::AssignLicenses)
{
    QHash<QString, DeviceBatcher::DeviceOutcome> answered;
    for (const auto& o : runner.outcomes())
        answered.insert(o.deviceId, o);
    const DeviceBatcher& batcher = *runner.batcher();
    for (const DeviceBatcher::Chunk& chunk : batcher.chunks()) {
        const bool failed = chunk.state != DeviceBatcher::Chunk::State::Succeeded;
        if (failed && chunk.error) {
            m_chunkExitCode = std::max(
                m_chunkExitCode,
                chunk.outcomeUnknown ? int(ExitNetwork) : CommandOutput::exitCodeFor(*chunk.error));
        }
        for (const QString& id : batcher.chunkDevices(chunk.index)) {
            Row row{id, Result::NoAnswer, {}, {}};
            if (const auto it = answered.constFind(id); it != answered.cend()) {
                row.status = it->status;
                row.reason = it->reason;
                // BatchVerdict's reading (the journal keeps it): a reason that says "try again"
                // is no answer, not a refusal.
                switch (it->outcome) {
                case BatchOutcome::Done:
                    row.result = Result::Done;
                    break;
                case BatchOutcome::AlreadyApplied:
                    row.result = Result::AlreadyDone;
                    break;
                case BatchOutcome::NoAnswer:
                    row.result = Result::NoAnswer;
                    break;
                case BatchOutcome::Refused:
                case BatchOutcome::Unclear:
                    row.result = Result::Failed;
                    break;
                }
            } else if (chunk.outcomeUnknown) {
                row.status = QStringLiteral("OutcomeUnknown");
                row.reason = Tr::tr("No definite answer (%1); 'fotactl campaign resume' sends "
                                    "it again.")
                                 .arg(chunk.error ? chunk.error->message() : QString());
            } else {
                row.status = QStringLiteral("RequestFailed");
                row.reason =
                    chunk.error ? chunk.error->message() : Tr::tr("Not sent: the run was stopped.");
            }
            m_rows.append(row);
        }
    }
}

qsizetype LicenseChangeReport::count(Result result) const
{
    return std::count_if(m_rows.cbegin(), m_rows.cend(),
                         [result](const Row& r) { return r.result == result; });
}

int LicenseChangeReport::exitCode() const
{
    if (m_chunkExitCode != 0)
        return m_chunkExitCode;
    return count(Result::Failed) > 0 ? int(ExitRefused) : int(ExitOk);
}

QString LicenseChangeReport::resultCode(Result result) const
{
    switch (result) {
    case Result::Done:
        return m_assign ? QStringLiteral("assigned") : QStringLiteral("removed");
    case Result::AlreadyDone:
        return m_assign ? QStringLiteral("already-licensed") : QStringLiteral("had-no-license");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::NoAnswer:
        return QStringLiteral("no-answer");
    }
    return {};
}

QString LicenseChangeReport::resultLabel(Result result) const
{
    switch (result) {
    case Result::Done:
        return m_assign ? Tr::tr("assigned") : Tr::tr("removed");
    case Result::AlreadyDone:
        return m_assign ? Tr::tr("already licensed") : Tr::tr("had no license");
    case Result::Failed:
        return Tr::tr("FAILED");
    case Result::NoAnswer:
        return Tr::tr("NO ANSWER");
    }
    return {};
}

QString LicenseChangeReport::text() const
{
    TextTable table({Tr::tr("DEVICE"), Tr::tr("RESULT"), Tr::tr("STATUS"), Tr::tr("REASON")});
    // A long list shows the devices that did not work first; --csv and --json have them all.
    const bool all = m_rows.size() <= ShownRows;
    for (const Row& r : m_rows) {
        if (table.rowCount() >= ShownRows)
            break;
        if (all || r.result == Result::Failed || r.result == Result::NoAnswer)
            table.addRow({r.deviceId, resultLabel(r.result), r.status, r.reason});
    }
    QString text = table.toString();
    if (table.rowCount() < m_rows.size())
        text += Tr::tr("(%1 of %2 devices shown; --csv FILE or --json lists every device)\n")
                    .arg(table.rowCount())
                    .arg(m_rows.size());
    const qsizetype done = count(Result::Done);
    const qsizetype already = count(Result::AlreadyDone);
    const qsizetype failed = count(Result::Failed) + count(Result::NoAnswer);
    text += (m_assign ? Tr::tr("Licenses assigned to %1 of %2 device(s): %3 newly, %4 already "
                               "licensed; %5 failed.\n")
                      : Tr::tr("Licenses removed from %1 of %2 device(s): %3 removed, %4 had "
                               "none; %5 failed.\n"))
                .arg(done + already)
                .arg(m_rows.size())
                .arg(done)
                .arg(already)
                .arg(failed);
    if (m_before && m_after)
        text += Tr::tr("Licenses left: %1 before, %2 after (of %3).\n")
                    .arg(m_before->left())
                    .arg(m_after->left())
                    .arg(m_after->count);
    else if (m_before)
        text += Tr::tr("Licenses left before: %1 (of %2); afterwards unknown.\n")
                    .arg(m_before->left())
                    .arg(m_before->count);
    return text;
}

QJsonObject LicenseChangeReport::json() const
{
    QJsonArray results;
    for (const Row& r : m_rows)
        results.append(QJsonObject{{QStringLiteral("deviceId"), r.deviceId},
                                   {QStringLiteral("result"), resultCode(r.result)},
                                   {QStringLiteral("status"), r.status},
                                   {QStringLiteral("reason"), r.reason}});
    QJsonObject counts;
    for (Result r : {Result::Done, Result::AlreadyDone, Result::Failed, Result::NoAnswer})
        counts.insert(resultCode(r), count(r));
    const auto licenses = [](const std::optional<Counts>& c) {
        return c ? QJsonValue(QJsonObject{{QStringLiteral("licenseCount"), c->count},
                                          {QStringLiteral("licenseUsedCount"), c->used},
                                          {QStringLiteral("left"), c->left()}})
                 : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("operation"),
         m_assign ? QStringLiteral("assign") : QStringLiteral("remove")},
        {QStringLiteral("devices"), m_rows.size()},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("licensesBefore"), licenses(m_before)},
        {QStringLiteral("licensesAfter"), licenses(m_after)},
        {QStringLiteral("results"), results},
    };
}

QByteArray LicenseChangeReport::csv() const
{
    CsvWriter out;
    out.row({u"deviceId", u"status", u"reason"});
    for (const Row& r : m_rows)
        out.row({r.deviceId, r.status, r.reason});
    return out.take();
}

} // namespace fotadesk::ctl
