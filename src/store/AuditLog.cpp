// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/AuditLog.h"

#include "api/ApiError.h"
#include "core/CsvWriter.h"
#include "core/FileWriter.h"
#include "core/SecretRedactor.h"
#include "store/ProcessLiveness.h"
#include "store/StoreLog.h"
#include "store/StoreSql.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

struct OutcomeName
{
    AuditEntry::Outcome outcome;
    const char16_t* name;
};

constexpr OutcomeName kOutcomes[] = {
    {AuditEntry::Outcome::Pending, u"pending"}, {AuditEntry::Outcome::Success, u"success"},
    {AuditEntry::Outcome::Partial, u"partial"}, {AuditEntry::Outcome::Failed, u"failed"},
    {AuditEntry::Outcome::Unknown, u"unknown"}, {AuditEntry::Outcome::Cancelled, u"cancelled"},
};

const QString kColumns = u"id, started_ms, finished_ms, origin, pid, profile, account, operation,"
                         " campaign_id, device_count, summary, outcome, http_status, error_kind,"
                         " error_code, error_message, result"_s;

QDateTime fromMs(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

AuditEntry readRow(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.startedUtc = fromMs(q.value(1));
    e.finishedUtc = fromMs(q.value(2));
    e.origin = q.value(3).toString();
    e.pid = q.value(4).toLongLong();
    e.profile = q.value(5).toString();
    e.account = q.value(6).toString();
    e.operation = q.value(7).toString();
    e.campaignId = q.value(8).toString();
    e.deviceCount = q.value(9).toLongLong();
    e.summary = q.value(10).toString();
    AuditEntry::parseOutcome(q.value(11).toString(), &e.outcome);
    e.httpStatus = q.value(12).toInt();
    e.errorKind = q.value(13).toString();
    e.errorCode = q.value(14).toString();
    e.errorMessage = q.value(15).toString();
    e.result = q.value(16).toString();
    return e;
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString AuditEntry::outcomeName(Outcome outcome)
{
    for (const auto& o : kOutcomes) {
        if (o.outcome == outcome)
            return QString::fromUtf16(o.name);
    }
    return {};
}

bool AuditEntry::parseOutcome(const QString& name, Outcome* outcome)
{
    for (const auto& o : kOutcomes) {
        if (name.compare(QString::fromUtf16(o.name), Qt::CaseInsensitive) == 0) {
            *outcome = o.outcome;
            return true;
        }
    }
    return false;
}

QStringList AuditLog::operationNames()
{
    return {u"create-campaign"_s, u"add-devices"_s,     u"remove-devices"_s,  u"change-dates"_s,
            u"cancel-campaign"_s, u"assign-licenses"_s, u"remove-licenses"_s, u"set-callback"_s,
            u"delete-callback"_s, u"rollout"_s};
}

AuditLog::AuditLog(Workspace& workspace, QString origin)
    : m_workspace(workspace)
    , m_origin(origin.isEmpty() ? QCoreApplication::applicationName() : std::move(origin))
{}

qint64 AuditLog::begin(AuditEntry e)
{
    // Only a workspace that keeps it: a change whose record is in memory or refused by a
    // read-only file is not sent (AuditHook).
    if (!m_workspace.writable()) {
        m_lastError = m_workspace.notWritableReason();
        return 0;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO audit_log (started_ms, origin, pid, profile, account, operation,"
              " campaign_id, device_count, summary, outcome) VALUES (?,?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(e.startedUtc.isValid() ? e.startedUtc.toMSecsSinceEpoch() : m_workspace.nowMs());
    q.addBindValue(storesql::text(e.origin.isEmpty() ? m_origin : e.origin));
    q.addBindValue(e.pid > 0 ? e.pid : ProcessLiveness::currentPid());
    q.addBindValue(storesql::text(e.profile));
    q.addBindValue(storesql::text(e.account));
    q.addBindValue(storesql::text(e.operation));
    q.addBindValue(storesql::text(e.campaignId));
    q.addBindValue(e.deviceCount);
    q.addBindValue(storesql::text(SecretRedactor::redact(e.summary)));
    q.addBindValue(AuditEntry::outcomeName(AuditEntry::Outcome::Pending));
    if (!storesql::exec(q, "recording an audit entry")) {
        m_lastError = m_workspace.explainError(q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool AuditLog::finish(qint64 id, AuditEntry::Outcome outcome, const QString& result)
{
    if (id <= 0)
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE audit_log SET finished_ms = ?, outcome = ?, result = ? WHERE id = ?"_s);
    q.addBindValue(m_workspace.nowMs());
    q.addBindValue(AuditEntry::outcomeName(outcome));
    q.addBindValue(storesql::text(SecretRedactor::redact(result)));
    q.addBindValue(id);
    return storesql::exec(q, "completing an audit entry");
}

bool AuditLog::setCampaignId(qint64 id, const QString& campaignId)
{
    if (id <= 0 || campaignId.isEmpty())
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE audit_log SET campaign_id = ? WHERE id = ?"_s);
    q.addBindValue(campaignId);
    q.addBindValue(id);
    return storesql::exec(q, "naming the campaign of an audit entry");
}

bool AuditLog::finishError(qint64 id, const ApiError& error, bool wasSent)
{
    if (id <= 0)
        return false;
    AuditEntry::Outcome outcome = AuditEntry::Outcome::Failed;
    if (error.kind() == ApiError::Kind::OutcomeUnknown)
        outcome = AuditEntry::Outcome::Unknown;
    else if (error.kind() == ApiError::Kind::Cancelled)
        outcome = wasSent ? AuditEntry::Outcome::Unknown : AuditEntry::Outcome::Cancelled;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE audit_log SET finished_ms = ?, outcome = ?, http_status = ?,"
              " error_kind = ?, error_code = ?, error_message = ? WHERE id = ?"_s);
    q.addBindValue(m_workspace.nowMs());
    q.addBindValue(AuditEntry::outcomeName(outcome));
    q.addBindValue(error.httpStatus());
    q.addBindValue(ApiError::kindName(error.kind()));
    q.addBindValue(storesql::text(SecretRedactor::redact(error.errorCode())));
    q.addBindValue(storesql::text(SecretRedactor::redact(
        error.errorMessage().isEmpty() ? error.message() : error.errorMessage())));
    q.addBindValue(id);
    return storesql::exec(q, "completing an audit entry");
}

bool AuditLog::amend(qint64 id, AuditEntry::Outcome outcome, const QString& result)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE audit_log SET outcome = ?, result = ?,"
              " finished_ms = coalesce(finished_ms, ?) WHERE id = ?"_s);
    q.addBindValue(AuditEntry::outcomeName(outcome));
    q.addBindValue(storesql::text(SecretRedactor::redact(result)));
    q.addBindValue(m_workspace.nowMs());
    q.addBindValue(id);
    return storesql::exec(q, "amending an audit entry") && q.numRowsAffected() == 1;
}

QList<AuditEntry> AuditLog::query(const AuditFilter& f) const
{
    QString where = u"1 = 1"_s;
    QVariantList binds;
    if (f.sinceUtc.isValid()) {
        where += u" AND started_ms >= ?"_s;
        binds << f.sinceUtc.toMSecsSinceEpoch();
    }
    if (f.untilUtc.isValid()) {
        where += u" AND started_ms < ?"_s;
        binds << f.untilUtc.toMSecsSinceEpoch();
    }
    const auto equal = [&](const QString& column, const QString& value) {
        if (value.isEmpty())
            return;
        where += u" AND "_s + column + u" = ?"_s;
        binds << value;
    };
    equal(u"profile"_s, f.profile);
    equal(u"account"_s, f.account);
    equal(u"operation"_s, f.operation);
    equal(u"campaign_id"_s, f.campaignId);
    if (f.outcome)
        equal(u"outcome"_s, AuditEntry::outcomeName(*f.outcome));
    if (!f.text.isEmpty()) {
        where += u" AND (summary LIKE ? ESCAPE '\\' OR result LIKE ? ESCAPE '\\'"
                 " OR error_message LIKE ? ESCAPE '\\' OR error_code LIKE ? ESCAPE '\\'"
                 " OR campaign_id LIKE ? ESCAPE '\\')"_s;
        QString pattern = f.text;
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        for (int i = 0; i < 5; ++i)
            binds << pattern;
    }
    QString sql = u"SELECT "_s + kColumns + u" FROM audit_log WHERE "_s + where;
    if (f.limit > 0) // the newest N, shown oldest first
        sql = u"SELECT * FROM ("_s + sql + u" ORDER BY started_ms DESC, id DESC LIMIT "_s +
              QString::number(f.limit) + u")"_s;
    sql += u" ORDER BY started_ms, id"_s;

    QList<AuditEntry> entries;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    if (!storesql::exec(q, "reading the audit log"))
        return entries;
    while (q.next())
        entries.append(readRow(q));
    return entries;
}

std::optional<AuditEntry> AuditLog::entry(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT "_s + kColumns + u" FROM audit_log WHERE id = ?"_s);
    q.addBindValue(id);
    if (!storesql::exec(q, "reading an audit entry") || !q.next())
        return std::nullopt;
    return readRow(q);
}

int AuditLog::resolveInterrupted()
{
    QList<qint64> stale;
    {
        QSqlQuery q(m_workspace.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT id, pid FROM audit_log WHERE outcome = 'pending'"_s);
        if (!storesql::exec(q, "reading pending audit entries"))
            return 0;
        while (q.next()) {
            if (!ProcessLiveness::isRunning(q.value(1).toLongLong()))
                stale.append(q.value(0).toLongLong());
        }
    }
    const QString message = QCoreApplication::translate(
        "fotadesk::AuditLog",
        "The program ended before the answer arrived: the change may or may not have been "
        "made. Check the campaign (a journaled device batch can be resumed).");
    int resolved = 0;
    for (qint64 id : std::as_const(stale)) {
        QSqlQuery q(m_workspace.database());
        q.prepare(u"UPDATE audit_log SET outcome = 'unknown', error_kind = 'interrupted',"
                  " error_message = ? WHERE id = ? AND outcome = 'pending'"_s);
        q.addBindValue(message);
        q.addBindValue(id);
        if (storesql::exec(q, "resolving an interrupted audit entry"))
            resolved += q.numRowsAffected();
    }
    if (resolved > 0)
        qCInfo(lcStore) << resolved << "audit entries were left pending by ended programs";
    return resolved;
}

QByteArray AuditLog::toCsv(const QList<AuditEntry>& entries)
{
    CsvWriter csv;
    csv.row({u"id", u"started_utc", u"finished_utc", u"origin", u"profile", u"account",
             u"operation", u"campaign_id", u"device_count", u"summary", u"outcome", u"http_status",
             u"error_kind", u"error_code", u"error_message", u"result"});
    for (const AuditEntry& e : entries) {
        csv.number(e.id)
            .cell(iso(e.startedUtc))
            .cell(iso(e.finishedUtc))
            .cell(e.origin)
            .cell(e.profile)
            .cell(e.account)
            .cell(e.operation)
            .cell(e.campaignId)
            .number(e.deviceCount)
            .cell(e.summary)
            .cell(AuditEntry::outcomeName(e.outcome));
        if (e.httpStatus)
            csv.number(e.httpStatus);
        else
            csv.empty();
        csv.cell(e.errorKind).cell(e.errorCode).cell(e.errorMessage).cell(e.result).endRow();
    }
    return csv.take();
}

bool AuditLog::exportCsv(const QList<AuditEntry>& entries, const QString& path, QString* error)
{
    return FileWriter::writeFile(path, toCsv(entries), error);
}

} // namespace fotadesk
