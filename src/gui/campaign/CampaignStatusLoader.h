// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/DeviceStatusPager.h"
#include "api/wire/WireTypes.h"
#include "gui/common/SliceQueue.h"
#include "models/DeviceStatusModel.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace fotadesk {

class FotaClient;

/// Reads one campaign's per-device status report into a DeviceStatusModel
/// without freezing the window: pages are taken from the service layer's
/// paging helper (DeviceStatusPager) as they arrive and appended to the model
/// in slices of at most sliceRows() rows, one slice per event-loop turn, so
/// that no single turn does much GUI work (a 100,000-device report is ~100
/// short turns, with the network reads running concurrently).
///
/// The pager reads range-parallel by default (the first page, then IMEI ranges
/// concurrently: see Pager), so pages arrive out of IMEI order; the view sorts.
/// If the pager falls back to sequential paging after pages were delivered
/// (Pager::restarted), the loader drops its queue, clears the model, starts
/// counting from 0 again and emits restarted(reason).
///
/// Progress is devices appended / the report's totalDevice. finished() comes
/// once, after the last page is in the model (or on the first error: the rows
/// already appended stay; or on cancel(): also while the last slices are still
/// being appended — what was not appended yet is dropped, no row follows).
///
/// The pages' JSON is decoded off the GUI thread (RequestJob::setDecodeInBackground),
/// so a turn of the event loop that receives several pages at once stays short; the
/// model's storage is reserved for totalDevice once the first page states it.
class CampaignStatusLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignStatusLoader)

public:
    CampaignStatusLoader(FotaClient* client, QString campaignId, QObject* parent = nullptr);
    ~CampaignStatusLoader() override;

    [[nodiscard]] const QString& campaignId() const { return m_campaignId; }
    /// Rows appended per event-loop turn (default 1,000: one report page). Each turn also pays
    /// the window's repaint and layout (about 5 ms with a 100,000-row table shown): with half
    /// a page per turn a 100,000-device read took twice the turns and 0.5 s more CPU
    /// (bench_report_load), while the slice itself stays a few ms.
    void setSliceRows(int rows) { m_queue.setSliceRows(rows); }
    [[nodiscard]] int sliceRows() const { return m_queue.sliceRows(); }
    /// Concurrent page requests handed to the pager (default Pager::DefaultRangeConcurrency).
    void setMaxConcurrent(int requests) { m_maxConcurrent = requests; }
    /// How the pager reads (default range-parallel); for the next load().
    void setStrategy(Pager::Strategy strategy) { m_strategy = strategy; }
    [[nodiscard]] Pager::Strategy strategy() const { return m_strategy; }

    /// Starts reading into `model` (appends; clear it first for a fresh read). A running
    /// load is cancelled first.
    void load(DeviceStatusModel* model);
    void cancel();

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] DeviceStatusModel* model() const { return m_model; }
    /// Devices appended to the model by this load.
    [[nodiscard]] qint64 appended() const { return m_queue.appended(); }
    /// Devices received but not yet appended (waiting for their slice).
    [[nodiscard]] qint64 pendingRows() const { return m_queue.queuedRows(); }
    /// Whether the pager has ended (every page read, or failed/cancelled) while slices may
    /// still be appended.
    [[nodiscard]] bool allPagesRead() const { return m_pagerDone; }
    /// The report's totalDevice as the server stated it (-1: not stated / not yet).
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] int pages() const { return m_pages; }
    /// Key ranges the last load was split into (0: sequential).
    [[nodiscard]] int ranges() const { return m_ranges; }
    /// Why the last load fell back to sequential paging (empty: it did not).
    [[nodiscard]] const QString& fallbackReason() const { return m_fallbackReason; }
    [[nodiscard]] const std::optional<ApiError>& error() const { return m_error; }
    /// The longest single slice (rows appended to the model, with the views' updates) of the
    /// last load, in ms: the loader's own share of an event-loop stall.
    [[nodiscard]] double longestSliceMs() const { return m_queue.longestSliceMs(); }
    /// Wall time of the last (or running) load in ms.
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }

Q_SIGNALS:
    void progress(qint64 appended, qint64 total);
    /// The model was cleared: the report is read again, sequentially (reason for the log).
    void restarted(const QString& reason);
    /// `ok` false: error() says why (Cancelled after cancel()).
    void finished(bool ok);

private:
    void enqueue(QList<wire::DeviceStatus> page);
    void restart(const QString& reason);
    void drainSlice();
    void maybeFinish();

    FotaClient* m_client;
    QString m_campaignId;
    QPointer<DeviceStatusModel> m_model;
    QPointer<DeviceStatusPager> m_pager;
    SliceQueue<wire::DeviceStatus> m_queue{2000};
    QTimer m_drain;
    QElapsedTimer m_elapsed;
    std::optional<ApiError> m_error;
    QString m_fallbackReason;
    qint64 m_total = -1;
    int m_pages = 0;
    int m_maxConcurrent = Pager::DefaultRangeConcurrency;
    int m_ranges = 0;
    Pager::Strategy m_strategy = Pager::Strategy::RangeParallel;
    bool m_loading = false;
    bool m_pagerDone = false;
};

} // namespace fotadesk
