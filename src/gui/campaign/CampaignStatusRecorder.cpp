// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/campaign/CampaignStatusRecorder.h"

#include "core/Clock.h"
#include "gui/common/GuiLogging.h"
#include "models/DeviceStatusModel.h"
#include "models/ImeiDigits.h"
#include "store/SnapshotStore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace fotadesk {

CampaignStatusRecorder::CampaignStatusRecorder(SnapshotStore* store, const Clock& clock,
                                               QString profile, QString account, QString campaignId,
                                               QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_profile(std::move(profile))
    , m_account(std::move(account))
    , m_campaignId(std::move(campaignId))
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result r = m_watcher.result();
        m_history = r.history;
        m_changes = r.changes;
        if (r.attemptedSave)
            m_lastSavedId = r.savedId;
        Q_EMIT updated(r.savedId != 0);
        if (m_queued) {
            auto rows = std::move(m_queued);
            m_queued.reset();
            m_reloadQueued = false;
            run(std::move(rows));
        } else if (m_reloadQueued) {
            m_reloadQueued = false;
            run(std::nullopt);
        }
    });
}

CampaignStatusRecorder::~CampaignStatusRecorder()
{
    // The worker uses only the store (which outlives the panels) and its own copies.
    m_watcher.waitForFinished();
}

void CampaignStatusRecorder::record(const DeviceStatusModel& model)
{
    if (!m_store)
        return;
    RowCopy rows;
    const int n = model.rowCount();
    rows.imeis.resize(std::size_t(n));
    rows.statuses.resize(std::size_t(n));
    rows.reasons.resize(std::size_t(n));
    for (int row = 0; row < n; ++row) {
        const std::uint64_t imei = model.imeiValueAt(row);
        rows.imeis[std::size_t(row)] = imei;
        if (imei == 0)
            rows.otherIds.append(model.deviceIdAt(row));
        rows.statuses[std::size_t(row)] = model.statusIdAt(row);
        rows.reasons[std::size_t(row)] = model.reasonIdAt(row);
    }
    rows.strings = model.strings();
    if (m_watcher.isRunning()) {
        m_queued = std::move(rows);
        return;
    }
    run(std::move(rows));
}

void CampaignStatusRecorder::reload()
{
    if (!m_store)
        return;
    if (m_watcher.isRunning()) {
        m_reloadQueued = true;
        return;
    }
    run(std::nullopt);
}

void CampaignStatusRecorder::markSeen()
{
    if (!m_store || m_history.isEmpty())
        return;
    const qint64 newest = m_history.last().id;
    if (m_history.last().seen)
        return;
    if (m_store->markSeen(newest))
        m_history.last().seen = true;
}

void CampaignStatusRecorder::run(std::optional<RowCopy> rows)
{
    SnapshotStore* store = m_store;
    const QDateTime now = m_clock.nowUtc();
    const QString profile = m_profile;
    const QString account = m_account;
    const QString campaignId = m_campaignId;
    m_watcher.setFuture(QtConcurrent::run([=, rows = std::move(rows)]() -> Result {
        Result r;
        if (rows) {
            DeviceStatusMap map;
            map.reserve(qsizetype(rows->imeis.size()));
            qsizetype other = 0;
            char digits[ImeiDigits::Length];
            for (std::size_t i = 0; i < rows->imeis.size(); ++i) {
                QString id;
                if (rows->imeis[i] != 0) {
                    ImeiDigits::write(rows->imeis[i], digits);
                    id = QString::fromLatin1(digits, ImeiDigits::Length);
                } else {
                    id = rows->otherIds.value(other++);
                }
                map.add(id, rows->strings.value(qsizetype(rows->statuses[i])),
                        rows->strings.value(qsizetype(rows->reasons[i])));
            }
            StatusSnapshot snapshot =
                StatusSnapshot::fromDevices(account, campaignId, now, std::move(map));
            snapshot.profile = profile;
            r.attemptedSave = true;
            r.savedId = store->save(snapshot);
            if (r.savedId == 0)
                qCWarning(lcGui) << "the status snapshot of campaign" << campaignId
                                 << "could not be saved (see fotadesk.store)";
        }
        r.history = store->history(account, campaignId);
        r.changes = store->changesSinceLastLook(account, campaignId);
        return r;
    }));
}

} // namespace fotadesk
