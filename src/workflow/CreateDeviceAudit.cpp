// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workflow/CreateDeviceAudit.h"

#include "core/BatchVerdict.h"
#include "store/AuditFilter.h"
#include "store/AuditLog.h"
#include "workflow/BatchRunner.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::CreateDeviceAudit)
};

/// Starts the suffix note() appends, so that a later note replaces it.
const QString kMarker = u" — "_s;

} // namespace

bool CreateDeviceAudit::note(AuditLog& log, qint64 createAuditId, const Counts& counts)
{
    if (createAuditId <= 0)
        return false;
    const auto entry = log.entry(createAuditId);
    if (!entry || entry->operation != AuditLog::operationNames().value(0) ||
        (entry->outcome != AuditEntry::Outcome::Success &&
         entry->outcome != AuditEntry::Outcome::Partial))
        return false;
    QString base = entry->result;
    if (const qsizetype at = base.indexOf(kMarker); at >= 0)
        base.truncate(at);
    const qint64 done = counts.devices - counts.notDone();
    QString suffix = Tr::tr("%1 of %2 devices added").arg(done).arg(counts.devices);
    if (counts.refused > 0)
        suffix += u", "_s + Tr::tr("%1 refused by the server").arg(counts.refused);
    if (counts.noAnswer > 0)
        suffix += u", "_s + Tr::tr("%1 without an answer").arg(counts.noAnswer);
    const auto outcome =
        counts.notDone() > 0 ? AuditEntry::Outcome::Partial : AuditEntry::Outcome::Success;
    return log.amend(createAuditId, outcome, base + kMarker + suffix);
}

qint64 CreateDeviceAudit::createEntryOf(const AuditLog& log, const QString& campaignId)
{
    if (campaignId.isEmpty())
        return 0;
    AuditFilter filter;
    filter.campaignId = campaignId;
    filter.operation = AuditLog::operationNames().value(0); // create-campaign
    filter.limit = 1;
    const QList<AuditEntry> rows = log.query(filter);
    return rows.isEmpty() ? 0 : rows.first().id;
}

CreateDeviceAudit::Counts CreateDeviceAudit::followUpCounts(const BatchRunner& runner,
                                                            qint64 createdDevices)
{
    Counts c;
    c.devices = createdDevices;
    const DeviceBatcher* batcher = runner.batcher();
    if (!batcher)
        return c;
    c.devices += batcher->devicesTotal();
    // Answers of every run (the journal), then the devices of chunks without one.
    QSet<QString> answered;
    for (const DeviceBatcher::DeviceOutcome& o : runner.outcomes()) {
        answered.insert(o.deviceId);
        c.refused += o.outcome == BatchOutcome::Refused || o.outcome == BatchOutcome::Unclear;
        c.noAnswer += o.outcome == BatchOutcome::NoAnswer;
    }
    for (const DeviceBatcher::Chunk& chunk : batcher->chunks()) {
        if (chunk.state == DeviceBatcher::Chunk::State::Succeeded)
            continue;
        const BatchOutcome outcome =
            chunk.error ? DeviceBatcher::outcomeOfRequest(*chunk.error) : BatchOutcome::NoAnswer;
        for (const QString& id : batcher->chunkDevices(chunk.index)) {
            if (answered.contains(id))
                continue;
            c.refused += outcome == BatchOutcome::Refused;
            c.noAnswer += outcome != BatchOutcome::Refused;
        }
    }
    return c;
}

} // namespace fotadesk
