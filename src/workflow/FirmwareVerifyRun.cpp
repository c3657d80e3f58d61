// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workflow/FirmwareVerifyRun.h"

#include "api/DeviceBatcher.h"
#include "core/Clock.h"
#include "store/BatchJournal.h"
#include "workflow/BatchRunner.h"

#include <QLoggingCategory>

namespace fotadesk {

namespace {

Q_LOGGING_CATEGORY(lcVerify, "fotadesk.workflow.verify")

} // namespace

FirmwareVerifyRun::FirmwareVerifyRun(FotaClient* client, BatchJournal* journal, const Clock& clock,
                                     QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_clock(clock)
{}

FirmwareVerifyRun::~FirmwareVerifyRun()
{
    if (!m_running)
        return;
    // Gone mid-run (its page closed): stop the requests and close the journal, as a cancel
    // would, so that the next start does not offer to complete a verification nobody waits for.
    BatchRunner* runner = m_runner.data();
    if (runner)
        runner->disconnect(this);
    if (DeviceBatcher* batcher = m_batcher.data()) {
        batcher->disconnect(this);
        batcher->cancel();
    }
    if (runner && m_journal)
        m_journal->setState(runner->journalId(), BatchJournal::State::Abandoned);
}

bool FirmwareVerifyRun::start(const QString& campaignId, const QString& firmwareTo,
                              const QStringList& deviceIds, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_running)
        return fail(tr("A verification of this campaign is running already."));
    if (firmwareTo.trimmed().isEmpty())
        return fail(tr("Campaign %1 states no target firmware, so there is "
                       "nothing to compare the devices' firmware with. Reload the campaign and "
                       "try again.")
                        .arg(campaignId));
    if (deviceIds.isEmpty())
        return fail(tr("No device of campaign %1 has succeeded yet, so there is nothing to "
                       "verify. Refresh the device status once devices report success.")
                        .arg(campaignId));
    m_campaignId = campaignId;
    m_firmwareTo = firmwareTo.trimmed();
    m_deviceIds = deviceIds;
    m_journalProblem.clear();
    m_error.reset();
    m_cancelled = false;
    m_result = {};
    // The previous run's batch (start() may be called from its finished()).
    if (m_runner)
        m_runner->deleteLater();
    else if (m_batcher)
        m_batcher->deleteLater();
    m_runner = nullptr;
    m_batcher = nullptr;

    // Journaled, or not sent at all (BatchRunner::create: the one rule).
    BatchRunner* runner = BatchRunner::create(
        m_client, m_journal, DeviceBatcher::Operation::SyncFirmware, deviceIds, campaignId,
        DeviceBatcher::MaxFirmwareSyncChunk, this, &m_journalProblem);
    if (!runner)
        return fail(m_journalProblem);
    m_runner = runner;
    DeviceBatcher* batcher = runner->batcher();
    m_batcher = batcher;
    batcher->setMaxConcurrent(m_maxConcurrent);
    connect(batcher, &DeviceBatcher::progress, this, &FirmwareVerifyRun::progress);
    connect(runner, &BatchRunner::finished, this, &FirmwareVerifyRun::onFinished);
    m_running = true;
    qCInfo(lcVerify).noquote() << "verifying firmware" << m_firmwareTo << "of" << deviceIds.size()
                               << "devices of campaign" << campaignId << "in"
                               << batcher->chunks().size() << "requests";
    runner->start();
    return true;
}

void FirmwareVerifyRun::cancel()
{
    if (!m_running || !m_batcher)
        return;
    m_cancelled = true;
    m_batcher->cancel();
}

void FirmwareVerifyRun::onFinished()
{
    DeviceBatcher* batcher = m_batcher.data();
    if (!m_running || !batcher)
        return;
    m_running = false;
    if (const BatchRunner* runner = m_runner.data()) {
        if (!runner->journalError().isEmpty())
            m_journalProblem = runner->journalError();
    }
    QList<FirmwareReport> reports;
    reports.reserve(m_deviceIds.size());
    for (const DeviceBatcher::DeviceOutcome& o : batcher->outcomes())
        reports.append({o.deviceId, o.status, o.firmwareVersion, o.reason});
    for (const DeviceBatcher::Chunk& c : batcher->chunks()) {
        if (c.state != DeviceBatcher::Chunk::State::Failed)
            continue;
        if (!m_error && c.error)
            m_error = c.error;
        const QString reason = c.error ? c.error->message() : QString();
        for (const QString& id : batcher->chunkDevices(c.index))
            reports.append({id, {}, {}, reason});
    }
    m_result.campaignId = m_campaignId;
    m_result.firmwareTo = m_firmwareTo;
    m_result.devices = FirmwareVerification::verify(
        m_firmwareTo, m_deviceIds, reports,
        m_cancelled ? tr("stopped before this device was asked")
                    : tr("the firmware sync did not answer for this device"));
    m_result.counts = FirmwareVerification::count(m_result.devices);
    m_result.checkedUtc = m_clock.nowUtc();
    // A verification is run again, not resumed: close a journal that did not complete.
    if (m_runner && m_journal && !batcher->allSucceeded())
        m_journal->setState(m_runner->journalId(), BatchJournal::State::Abandoned);
    qCInfo(lcVerify).noquote() << "campaign" << m_campaignId
                               << "verified:" << m_result.counts.verified << "verified,"
                               << m_result.counts.mismatch << "mismatch,"
                               << m_result.counts.notReported << "not reported;"
                               << (m_error ? m_error->toString() : QStringLiteral("all answered"));
    Q_EMIT finished();
}

} // namespace fotadesk
