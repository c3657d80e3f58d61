// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/AuditEntry.h"
#include "store/AuditFilter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fotadesk {

class ApiError;
class Workspace;

/// The audit log of mutating calls (table audit_log), shared by every
/// program that opens the workspace (fotadesk, fotactl). AuditHook writes it
/// for every FotaClient; the activity page and `fotactl audit` read it.
///
/// begin() is written (committed) before the request leaves; finish*() when
/// the answer is in. An entry left Pending by a program that is no longer
/// running (crash, kill, power loss) becomes Unknown on the next start
/// (resolveInterrupted()).
class AuditLog final
{
public:
    /// `origin`: the program name stored with each entry (default: the application name).
    explicit AuditLog(Workspace& workspace, QString origin = {});

    /// Records a call about to be sent (entry.outcome is set to Pending); returns its id, 0 on
    /// a database error (logged).
    qint64 begin(AuditEntry entry);
    bool finish(qint64 id, AuditEntry::Outcome outcome, const QString& result = {});
    /// The campaign an entry is about, once known (a create learns its id from the answer).
    bool setCampaignId(qint64 id, const QString& campaignId);
    /// Failed, Unknown (OutcomeUnknown) or Cancelled, with the error's facts. A call
    /// cancelled after it was sent (`wasSent`) may have been carried out: Unknown.
    bool finishError(qint64 id, const ApiError& error, bool wasSent = false);
    /// Sets the result text of a finished entry (e.g. what a reconciliation found).
    bool amend(qint64 id, AuditEntry::Outcome outcome, const QString& result);

    [[nodiscard]] QList<AuditEntry> query(const AuditFilter& filter = {}) const;
    [[nodiscard]] std::optional<AuditEntry> entry(qint64 id) const;

    /// Pending entries of programs that are no longer running become Unknown ("the program
    /// ended before the answer arrived"); returns how many.
    int resolveInterrupted();

    /// The entries as a CSV file with a header row, written by CsvWriter (UTF-8 with BOM,
    /// CRLF, RFC 4180 quoting, formulas neutralised); times in ISO 8601 UTC.
    static QByteArray toCsv(const QList<AuditEntry>& entries);
    /// Writes toCsv() to `path` through FileWriter (whole or not at all); false with `error`
    /// set to its sentence naming the file and the cause.
    static bool exportCsv(const QList<AuditEntry>& entries, const QString& path, QString* error);

    /// The stable operation names, in the order of MutationInfo::Operation.
    static QStringList operationNames();

    /// Why the last begin() failed, for people (Workspace::explainError or
    /// notWritableReason): a mutating call whose entry was not written is not sent.
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    Workspace& m_workspace;
    QString m_origin;
    QString m_lastError;
};

} // namespace fotadesk
