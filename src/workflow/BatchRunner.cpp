// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workflow/BatchRunner.h"

#include "api/FotaClient.h"
#include "store/BatchJournal.h"
#include "store/StoreLog.h"

#include <QCoreApplication>
#include <QLocale>

namespace fotadesk {

namespace {

QString pathText(FotaClient::DevicePath path)
{
    return path == FotaClient::DevicePath::Plain
               ? QStringLiteral("PUT /campaigns/{acc}/{id}")
               : QStringLiteral("PUT /campaigns/firmware/{acc}/{id}");
}

} // namespace

BatchRunner::BatchRunner(FotaClient* client, BatchJournal& journal, QObject* parent)
    : BatchRunner(client, &journal, parent)
{}

BatchRunner::BatchRunner(FotaClient* client, BatchJournal* journal, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{}

BatchRunner::~BatchRunner() = default;

BatchRunner* BatchRunner::create(FotaClient* client, BatchJournal* journal,
                                 DeviceBatcher::Operation operation, const QStringList& deviceIds,
                                 const QString& campaignId, int chunkSize, QObject* parent,
                                 QString* error)
{
    auto* runner = new BatchRunner(client, journal, parent);
    if (!runner->begin(operation, deviceIds, campaignId, chunkSize, error)) {
        delete runner;
        return nullptr;
    }
    return runner;
}

bool BatchRunner::begin(DeviceBatcher::Operation operation, const QStringList& deviceIds,
                        const QString& campaignId, int chunkSize, QString* error)
{
    m_batcher =
        std::make_unique<DeviceBatcher>(m_client, operation, deviceIds, campaignId, chunkSize);
    m_batcher->setDevicePath(m_requestedPath.value_or(FotaClient::DevicePath::Firmware));
    m_journalError.clear();
    const Environment& env = m_client->environment();
    m_journalId = m_journal ? m_journal->create(Environment::profileName(env.profile),
                                                env.accountName, *m_batcher)
                            : 0;
    if (m_journal && m_journalId <= 0) {
        m_batcher.reset();
        if (error)
            *error = tr("The batch could not be journaled in the workspace (%1), so nothing was "
                        "sent: a batch that could not be resumed is not started. Free space on "
                        "the disk or make the workspace writable, then try again.")
                         .arg(m_journal->lastError());
        return false;
    }
    m_doneBefore = 0;
    m_toSend = static_cast<int>(m_batcher->chunks().size());
    attach();
    return true;
}

bool BatchRunner::resume(qint64 journalId, QString* error)
{
    if (!m_journal) {
        if (error)
            *error = tr("There is no workspace to resume a batch from.");
        return false;
    }
    m_journalError.clear();
    const auto entry = m_journal->load(journalId);
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!entry)
        return fail(tr("There is no readable batch journal %1.").arg(journalId));
    const Environment& env = m_client->environment();
    if (entry->profile != Environment::profileName(env.profile) ||
        entry->account != env.accountName)
        return fail(tr("Batch %1 belongs to account %2 (%3 profile); connect to that account "
                       "to resume it.")
                        .arg(journalId)
                        .arg(entry->account, entry->profile));
    // Journals from before workspace schema 5 did not record the path: the caller's (or the
    // default) applies to them.
    if (entry->devicePath && m_requestedPath && *entry->devicePath != *m_requestedPath)
        return fail(tr("Batch %1 was sent through %2; its remaining chunks go the same way, not "
                       "through %3. Resume it without choosing a path.")
                        .arg(journalId)
                        .arg(pathText(*entry->devicePath), pathText(*m_requestedPath)));
    if (!m_journal->claim(journalId, error))
        return false;

    auto batcher = std::make_unique<DeviceBatcher>(m_client, entry->operation, entry->deviceIds,
                                                   entry->campaignId, entry->chunkSize);
    batcher->setDevicePath(
        entry->devicePath.value_or(m_requestedPath.value_or(FotaClient::DevicePath::Firmware)));
    // The plan follows from the device list and chunk size; check it is the journaled one.
    if (batcher->chunks().size() != entry->chunks.size())
        return fail(tr("Batch %1's chunk plan does not match its journal.").arg(journalId));
    int done = 0;
    for (const BatchJournal::Chunk& c : entry->chunks) {
        const DeviceBatcher::Chunk& planned = batcher->chunks().at(c.index);
        if (planned.first != c.first || planned.count != c.count)
            return fail(tr("Batch %1's chunk plan does not match its journal.").arg(journalId));
        if (c.state == BatchJournal::ChunkState::Succeeded) {
            batcher->markChunkSucceeded(c.index);
            ++done;
        }
    }
    m_batcher = std::move(batcher);
    m_journalId = journalId;
    m_doneBefore = done;
    m_toSend = static_cast<int>(entry->chunks.size()) - done;
    qCInfo(lcStore).noquote() << "resuming batch journal" << journalId << ":" << done << "of"
                              << entry->chunks.size() << "chunks done," << m_toSend
                              << "to send through"
                              << BatchJournal::devicePathName(m_batcher->devicePath()) << "path";
    attach();
    return true;
}

void BatchRunner::attach()
{
    connect(m_batcher.get(), &DeviceBatcher::chunkFinished, this, &BatchRunner::onChunkFinished);
    connect(m_batcher.get(), &DeviceBatcher::progress, this, &BatchRunner::progress);
    connect(m_batcher.get(), &DeviceBatcher::finished, this, &BatchRunner::onFinished);
}

void BatchRunner::start()
{
    if (!m_batcher)
        return;
    if (m_toSend == 0 && m_batcher->allSucceeded()) {
        // Nothing left: say so the same way a run does.
        if (m_journal)
            m_journal->setState(m_journalId, BatchJournal::State::Completed);
        Q_EMIT progress(m_batcher->devicesTotal(), m_batcher->devicesTotal());
        Q_EMIT finished();
        return;
    }
    m_batcher->start();
}

void BatchRunner::cancel()
{
    if (m_batcher)
        m_batcher->cancel();
}

void BatchRunner::onChunkFinished(int index)
{
    if (!m_journal || !m_journalError.isEmpty())
        return;
    const DeviceBatcher::Chunk& chunk = m_batcher->chunks().at(index);
    const bool written =
        chunk.state == DeviceBatcher::Chunk::State::Succeeded
            ? m_journal->markSucceeded(m_journalId, index, m_batcher->chunkOutcomes(index))
            : m_journal->markFailed(m_journalId, index,
                                    chunk.error ? chunk.error->toString() : QString());
    if (!written)
        stopOnJournalFailure(m_journal->lastError());
}

void BatchRunner::stopOnJournalFailure(const QString& what)
{
    // The one rule: no chunk goes out that its journal cannot follow. What was sent stays
    // journaled as not done, so a resume sends it again (a set operation: harmless).
    qint64 sent = 0;
    for (const DeviceBatcher::Chunk& c : m_batcher->chunks()) {
        if (c.requests > 0)
            sent += c.count;
    }
    const qint64 total = m_batcher->devicesTotal();
    m_journalError =
        tr("The batch journal could not be written (%1), so the batch was stopped: %2 of %3 "
           "device(s) were sent, the other %4 were not. Once the workspace can be written again "
           "(free space on the disk), resume batch %5 ('fotactl campaign resume %5', or restart "
           "FotaDesk) to send the rest; devices already handled count as done.")
            .arg(what, QLocale().toString(sent), QLocale().toString(total),
                 QLocale().toString(total - sent), QString::number(m_journalId));
    qCWarning(lcStore).noquote() << m_journalError;
    m_batcher->cancel();
}

void BatchRunner::onFinished()
{
    if (m_journal && m_journalError.isEmpty()) {
        // Chunks cancelled in flight never reach chunkFinished: journal them as failed here.
        for (const DeviceBatcher::Chunk& c : m_batcher->chunks()) {
            if (c.state == DeviceBatcher::Chunk::State::Failed && c.error &&
                c.error->kind() == ApiError::Kind::Cancelled)
                m_journal->markFailed(m_journalId, c.index, c.error->toString());
        }
        if (m_batcher->allSucceeded())
            m_journal->setState(m_journalId, BatchJournal::State::Completed);
    }
    Q_EMIT finished();
}

QList<DeviceBatcher::DeviceOutcome> BatchRunner::outcomes() const
{
    if (!m_journal)
        return m_batcher ? m_batcher->outcomes() : QList<DeviceBatcher::DeviceOutcome>();
    QList<DeviceBatcher::DeviceOutcome> all = m_journal->outcomes(m_journalId);
    if (!m_batcher)
        return all;
    // An answered device's outcome follows from its status and reason (BatchVerdict): read
    // again, so that a journal written before outcomes were kept tells "already in" apart too.
    for (DeviceBatcher::DeviceOutcome& o : all) {
        if (!o.status.isEmpty())
            o = DeviceBatcher::judge(m_batcher->operation(), o.deviceId, o.status, o.reason,
                                     o.firmwareVersion);
    }
    return all;
}

} // namespace fotadesk
