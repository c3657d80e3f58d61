// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/BatchJournal.h"

#include "store/DeviceIdBlob.h"
#include "store/ProcessLiveness.h"
#include "store/StoreLog.h"
#include "store/StoreSql.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::BatchJournal)
};

const QString kOperations[] = {u"add-devices"_s, u"remove-devices"_s, u"assign-licenses"_s,
                               u"remove-licenses"_s, u"sync-firmware"_s};

BatchJournal::ChunkState chunkStateFrom(const QString& s)
{
    if (s == u"succeeded")
        return BatchJournal::ChunkState::Succeeded;
    if (s == u"failed")
        return BatchJournal::ChunkState::Failed;
    return BatchJournal::ChunkState::Pending;
}

BatchJournal::State stateFrom(const QString& s)
{
    if (s == u"completed")
        return BatchJournal::State::Completed;
    if (s == u"abandoned")
        return BatchJournal::State::Abandoned;
    return BatchJournal::State::Open;
}

QByteArray encodeOutcomes(const QList<DeviceBatcher::DeviceOutcome>& outcomes)
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32(outcomes.size());
    for (const auto& o : outcomes)
        out << o.deviceId << o.status << o.reason << o.firmwareVersion << o.succeeded;
    // Appended after the list (a reader from before it stops at the list's end): each
    // device's BatchOutcome, which the status and reason alone cannot give back (a device the
    // answer did not mention has no status).
    QByteArray codes;
    codes.reserve(outcomes.size());
    for (const auto& o : outcomes)
        codes.append(char(o.outcome));
    out << codes;
    return qCompress(raw, 6);
}

QList<DeviceBatcher::DeviceOutcome> decodeOutcomes(const QByteArray& bytes)
{
    QList<DeviceBatcher::DeviceOutcome> outcomes;
    if (bytes.isEmpty())
        return outcomes;
    const QByteArray raw = qUncompress(bytes);
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 n = 0;
    in >> n;
    if (n > quint32(raw.size()))
        return outcomes;
    outcomes.reserve(n);
    for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        DeviceBatcher::DeviceOutcome o;
        in >> o.deviceId >> o.status >> o.reason >> o.firmwareVersion >> o.succeeded;
        // Older journals: what a succeeded answer was (the operation is not known here), and
        // a failure with a status refused, without one unanswered.
        o.outcome = o.succeeded          ? BatchOutcome::Done
                    : o.status.isEmpty() ? BatchOutcome::NoAnswer
                                         : BatchOutcome::Refused;
        outcomes.append(o);
    }
    QByteArray codes;
    if (!in.atEnd())
        in >> codes;
    if (in.status() == QDataStream::Ok && codes.size() == outcomes.size()) {
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const auto code = quint8(codes.at(i));
            if (code > quint8(BatchOutcome::Unclear))
                continue;
            outcomes[i].outcome = BatchOutcome(code);
            outcomes[i].alreadyApplied = outcomes[i].outcome == BatchOutcome::AlreadyApplied;
        }
    }
    return outcomes;
}

const QString kEntryColumns =
    u"j.id, j.created_ms, j.updated_ms, j.profile, j.account, j.operation, j.campaign_id,"
    " j.chunk_size, j.device_count, j.state, j.pid,"
    " (SELECT count(*) FROM batch_chunk c WHERE c.journal_id = j.id),"
    " (SELECT count(*) FROM batch_chunk c WHERE c.journal_id = j.id AND c.state = 'succeeded'),"
    " (SELECT count(*) FROM batch_chunk c WHERE c.journal_id = j.id AND c.state = 'failed'),"
    " (SELECT coalesce(sum(count), 0) FROM batch_chunk c WHERE c.journal_id = j.id"
    "  AND c.state = 'succeeded'), j.device_path"_s;

BatchJournal::Entry readEntry(const QSqlQuery& q)
{
    BatchJournal::Entry e;
    e.id = q.value(0).toLongLong();
    e.createdUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.updatedUtc = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    e.profile = q.value(3).toString();
    e.account = q.value(4).toString();
    BatchJournal::parseOperation(q.value(5).toString(), &e.operation);
    e.campaignId = q.value(6).toString();
    e.chunkSize = q.value(7).toInt();
    e.deviceCount = q.value(8).toLongLong();
    e.state = stateFrom(q.value(9).toString());
    e.pid = q.value(10).toLongLong();
    e.chunksTotal = q.value(11).toInt();
    e.chunksSucceeded = q.value(12).toInt();
    e.chunksFailed = q.value(13).toInt();
    e.devicesDone = q.value(14).toLongLong();
    const QString path = q.value(15).toString();
    if (path == BatchJournal::devicePathName(FotaClient::DevicePath::Firmware))
        e.devicePath = FotaClient::DevicePath::Firmware;
    else if (path == BatchJournal::devicePathName(FotaClient::DevicePath::Plain))
        e.devicePath = FotaClient::DevicePath::Plain;
    return e;
}

} // namespace

QString BatchJournal::operationName(DeviceBatcher::Operation operation)
{
    return kOperations[static_cast<int>(operation)];
}

bool BatchJournal::parseOperation(const QString& name, DeviceBatcher::Operation* operation)
{
    for (int i = 0; i < 5; ++i) {
        if (kOperations[i] == name) {
            *operation = static_cast<DeviceBatcher::Operation>(i);
            return true;
        }
    }
    return false;
}

QString BatchJournal::stateName(State state)
{
    switch (state) {
    case State::Open:
        return u"open"_s;
    case State::Completed:
        return u"completed"_s;
    case State::Abandoned:
        return u"abandoned"_s;
    }
    return u"open"_s;
}

bool BatchJournal::Entry::isResumable() const
{
    return state == State::Open &&
           !(pid != ProcessLiveness::currentPid() && ProcessLiveness::isRunning(pid));
}

QString BatchJournal::devicePathName(FotaClient::DevicePath path)
{
    return path == FotaClient::DevicePath::Plain ? u"plain"_s : u"firmware"_s;
}

BatchJournal::BatchJournal(Workspace& workspace)
    : m_workspace(workspace)
{}

bool BatchJournal::failed(const QString& sqliteText)
{
    m_lastError = m_workspace.explainError(sqliteText);
    return false;
}

qint64 BatchJournal::create(const QString& profile, const QString& account,
                            const DeviceBatcher& batcher)
{
    // Only a workspace that keeps it: a journal in memory or refused by a read-only file
    // would let a batch be sent that nothing can resume.
    if (!m_workspace.writable()) {
        m_lastError = m_workspace.notWritableReason();
        qCWarning(lcStore).noquote() << "not starting a batch journal:" << m_lastError;
        return 0;
    }
    QSqlDatabase db = m_workspace.database();
    if (!db.transaction()) {
        qCWarning(lcStore) << "starting a batch journal failed: no transaction";
        failed(db.lastError().text());
        return 0;
    }
    const qint64 now = m_workspace.nowMs();
    const auto devices = DeviceIdBlob::encode(batcher.deviceIds());
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO batch_journal (created_ms, updated_ms, profile, account, operation,"
              " campaign_id, chunk_size, device_count, devices, devices_format, state, pid,"
              " device_path) VALUES (?,?,?,?,?,?,?,?,?,?, 'open', ?, ?)"_s);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(storesql::text(profile));
    q.addBindValue(storesql::text(account));
    q.addBindValue(operationName(batcher.operation()));
    q.addBindValue(storesql::text(batcher.campaignId()));
    q.addBindValue(batcher.chunkSize());
    q.addBindValue(batcher.devicesTotal());
    q.addBindValue(devices.bytes.isEmpty() ? QVariant(QByteArray("")) : QVariant(devices.bytes));
    q.addBindValue(devices.format);
    q.addBindValue(ProcessLiveness::currentPid());
    q.addBindValue(devicePathName(batcher.devicePath()));
    if (!storesql::exec(q, "recording a batch journal")) {
        failed(q.lastError().text());
        db.rollback();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    q.prepare(u"INSERT INTO batch_chunk (journal_id, chunk_index, first, count, state,"
              " updated_ms) VALUES (?, ?, ?, ?, 'pending', ?)"_s);
    for (const DeviceBatcher::Chunk& c : batcher.chunks()) {
        q.addBindValue(id);
        q.addBindValue(c.index);
        q.addBindValue(c.first);
        q.addBindValue(c.count);
        q.addBindValue(now);
        if (!storesql::exec(q, "recording the chunk plan")) {
            failed(q.lastError().text());
            db.rollback();
            return 0;
        }
    }
    q.finish();
    if (!db.commit()) {
        failed(db.lastError().text());
        db.rollback();
        qCWarning(lcStore) << "committing a batch journal failed";
        return 0;
    }
    qCInfo(lcStore).noquote() << "batch journal" << id << operationName(batcher.operation())
                              << batcher.devicesTotal() << "devices in" << batcher.chunks().size()
                              << "chunks";
    return id;
}

bool BatchJournal::markSucceeded(qint64 journalId, int chunk,
                                 const QList<DeviceBatcher::DeviceOutcome>& outcomes)
{
    QSqlDatabase db = m_workspace.database();
    const qint64 now = m_workspace.nowMs();
    QSqlQuery q(db);
    q.prepare(u"UPDATE batch_chunk SET state = 'succeeded', requests = requests + 1, error = '',"
              " results = ?, updated_ms = ? WHERE journal_id = ? AND chunk_index = ?"_s);
    q.addBindValue(encodeOutcomes(outcomes));
    q.addBindValue(now);
    q.addBindValue(journalId);
    q.addBindValue(chunk);
    if (!storesql::exec(q, "journaling a chunk"))
        return failed(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return failed(Tr::tr("batch %1 has no chunk %2").arg(journalId).arg(chunk + 1));
    q.finish();
    q.prepare(u"UPDATE batch_journal SET updated_ms = ? WHERE id = ?"_s);
    q.addBindValue(now);
    q.addBindValue(journalId);
    return storesql::exec(q, "journaling a chunk") || failed(q.lastError().text());
}

bool BatchJournal::markFailed(qint64 journalId, int chunk, const QString& error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(
        u"UPDATE batch_chunk SET state = 'failed', requests = requests + 1, error = ?,"
        " updated_ms = ? WHERE journal_id = ? AND chunk_index = ? AND state <> 'succeeded'"_s);
    q.addBindValue(storesql::text(error));
    q.addBindValue(m_workspace.nowMs());
    q.addBindValue(journalId);
    q.addBindValue(chunk);
    return storesql::exec(q, "journaling a failed chunk") || failed(q.lastError().text());
}

bool BatchJournal::setState(qint64 journalId, State state)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE batch_journal SET state = ?, updated_ms = ? WHERE id = ?"_s);
    q.addBindValue(stateName(state));
    q.addBindValue(m_workspace.nowMs());
    q.addBindValue(journalId);
    return storesql::exec(q, "updating a batch journal") && q.numRowsAffected() == 1;
}

bool BatchJournal::claim(qint64 journalId, QString* whyNot)
{
    const auto entry = load(journalId);
    const auto fail = [whyNot](const QString& why) {
        if (whyNot)
            *whyNot = why;
        return false;
    };
    if (!entry)
        return fail(Tr::tr("There is no batch journal %1.").arg(journalId));
    if (entry->state == State::Completed)
        return fail(Tr::tr("Batch %1 is complete: every chunk succeeded.").arg(journalId));
    if (entry->state == State::Abandoned)
        return fail(Tr::tr("Batch %1 was abandoned.").arg(journalId));
    if (!entry->isResumable())
        return fail(Tr::tr("Batch %1 is being run by another program (process %2). Wait for it "
                           "to end, or end it, then resume.")
                        .arg(journalId)
                        .arg(entry->pid));
    // A resumed batch must be journaled like a new one (the one rule).
    if (!m_workspace.writable())
        return fail(Tr::tr("Batch %1 cannot be resumed while %2; nothing was sent.")
                        .arg(journalId)
                        .arg(m_workspace.notWritableReason()));
    // Compare-and-set on the old owner: two programs resuming at once cannot both win.
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE batch_journal SET pid = ?, updated_ms = ? WHERE id = ? AND pid = ?"_s);
    q.addBindValue(ProcessLiveness::currentPid());
    q.addBindValue(m_workspace.nowMs());
    q.addBindValue(journalId);
    q.addBindValue(entry->pid);
    if (!storesql::exec(q, "claiming a batch journal"))
        return fail(Tr::tr("Batch %1 cannot be resumed: its journal cannot be written (%2); "
                           "nothing was sent.")
                        .arg(journalId)
                        .arg(m_workspace.explainError(q.lastError().text())));
    if (q.numRowsAffected() != 1)
        return fail(Tr::tr("Batch %1 was just taken over by another program.").arg(journalId));
    return true;
}

std::optional<BatchJournal::Entry> BatchJournal::load(qint64 journalId) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT "_s + kEntryColumns +
              u", j.devices, j.devices_format FROM batch_journal j WHERE j.id = ?"_s);
    q.addBindValue(journalId);
    if (!storesql::exec(q, "reading a batch journal") || !q.next())
        return std::nullopt;
    Entry e = readEntry(q);
    const auto devices = DeviceIdBlob::decode(q.value(16).toByteArray(), q.value(17).toString());
    if (!devices || devices->size() != e.deviceCount) {
        qCWarning(lcStore) << "batch journal" << journalId << "has an unreadable device list";
        return std::nullopt;
    }
    e.deviceIds = *devices;
    q.finish();
    q.prepare(u"SELECT chunk_index, first, count, state, requests, error FROM batch_chunk"
              " WHERE journal_id = ? ORDER BY chunk_index"_s);
    q.addBindValue(journalId);
    if (!storesql::exec(q, "reading a chunk plan"))
        return std::nullopt;
    while (q.next()) {
        Chunk c;
        c.index = q.value(0).toInt();
        c.first = q.value(1).toLongLong();
        c.count = q.value(2).toLongLong();
        c.state = chunkStateFrom(q.value(3).toString());
        c.requests = q.value(4).toInt();
        c.error = q.value(5).toString();
        e.chunks.append(c);
    }
    return e;
}

QList<BatchJournal::Entry> BatchJournal::list(bool openOnly) const
{
    QList<Entry> entries;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kEntryColumns + u" FROM batch_journal j"_s +
              (openOnly ? u" WHERE j.state = 'open'"_s : QString()) + u" ORDER BY j.id DESC"_s);
    if (!storesql::exec(q, "listing batch journals"))
        return entries;
    while (q.next())
        entries.append(readEntry(q));
    return entries;
}

QList<BatchJournal::Entry> BatchJournal::resumable(const QString& profile,
                                                   const QString& account) const
{
    QList<Entry> entries;
    const QList<Entry> open = list(true);
    for (auto it = open.crbegin(); it != open.crend(); ++it) {
        if (it->profile == profile && it->account == account && it->isResumable())
            entries.append(*it);
    }
    return entries;
}

QList<DeviceBatcher::DeviceOutcome> BatchJournal::outcomes(qint64 journalId) const
{
    QList<DeviceBatcher::DeviceOutcome> all;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT results FROM batch_chunk WHERE journal_id = ? AND state = 'succeeded'"
              " ORDER BY chunk_index"_s);
    q.addBindValue(journalId);
    if (!storesql::exec(q, "reading batch results"))
        return all;
    while (q.next())
        all.append(decodeOutcomes(q.value(0).toByteArray()));
    return all;
}

} // namespace fotadesk
