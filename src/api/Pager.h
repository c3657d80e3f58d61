// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiJob.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <variant>

namespace fotadesk {

class HttpJob;

/// The one paging helper: reads a cursor-paged report as one or more
/// independent chains of pages, at most maxConcurrent requests at a time, and
/// hands every page to the concrete pager as it arrives (which emits it as a
/// typed signal for models to append incrementally).
///
/// A chain starts at `firstCursor` (empty: no cursor parameter) and follows
/// `lastSeen…` until the server says hasMoreData=false, or — when the chain has
/// a `lastKey` — until its pages pass that key (an inclusive upper bound). One
/// chain is sequential paging; one chain per status is the all-statuses
/// campaign history; one chain per IMEI range is range-parallel paging of the
/// IMEI-ordered reports. Chains may be added while running.
///
/// A failed page (after the client's retries, which run per request and so per
/// chain) cancels the other chains and finishes the pager with that error;
/// cancel() stops every chain at once (no request stays in flight, no page is
/// delivered afterwards). A cursor that does not advance ends the pager with a
/// Decode error instead of looping.
///
/// Paging always ends: a Decode error stops it, saying which rule, when a chain's cursor
/// repeats one it was already asked for, when more items arrived than the report's total
/// says while pages still say there is more (range-parallel paging first falls back, as
/// below), or at the page ceiling (maxPages(), default DefaultMaxPages).
///
/// ## Range-parallel paging (key-ordered reports)
///
/// A concrete pager whose report is ordered by IMEI, with a cursor meaning
/// "IMEIs greater than this one" (device status, licenses), calls
/// setKeyOrdered(true) and passes every page's keys through admitKeys(). With
/// Strategy::RangeParallel (the default for such reports) the pager reads the
/// first page from the start, then splits the rest of the key space with
/// ImeiRangePlanner into ranges read concurrently, each a chain from its lower
/// bound to its upper bound. Pages are delivered as they arrive, so they come
/// out of IMEI order: a view sorts them.
///
/// Correctness is checked, not assumed: in every range page the keys must be
/// strictly increasing and above the chain's cursor, and at the end the devices
/// received must equal the report's total. When not — or when the server
/// refuses a range's cursor (HTTP 400) — the pager falls back to sequential
/// paging for this report and logs why (category fotadesk.api):
///
/// - on the first page (nothing split yet) it simply goes on sequentially;
/// - later, what was delivered cannot be trusted to fit with what follows, so the
///   pager cancels every range, forgets the devices it collected, emits
///   restarted(reason) — **whoever took pageArrived() must drop what it got**
///   (a model clears itself) — and reads the whole report again, sequentially,
///   from the start. Progress starts again from 0. It falls back at most once:
///   the sequential result is the reference.
///
/// Strategy::Sequential is plain paging (no checks, no split): what the vendor
/// SDK does.
class Pager : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pager)

public:
    enum class Strategy
    {
        Sequential,   ///< one chain, page after page
        RangeParallel ///< key-ordered reports: first page, then concurrent IMEI ranges
    };

    struct Chain
    {
        QString key;         ///< what the chain reads (a status; a range label), passed back
        QString firstCursor; ///< empty: the first request carries no cursor
        QString lastKey;     ///< inclusive upper bound of item keys; empty: to the end
    };

    /// What the concrete pager found in one page.
    struct Step
    {
        bool hasMore = false;        ///< ask for another page of this chain
        QString nextCursor;          ///< the lastSeen… value for the next request
        qint64 items = 0;            ///< items delivered from this page
        std::optional<qint64> total; ///< the report's total, when the page says
    };

    ~Pager() override;

    /// Requests at once (at least 1; default 6; the key-ordered reports: 8 — Qt runs at
    /// most 6 HTTP/1.1 connections per host, and requests queued beyond them go out the
    /// moment a connection is free, while the pager still handles the answer).
    void setMaxConcurrent(int requests);
    [[nodiscard]] int maxConcurrent() const { return m_maxConcurrent; }
    /// Before start(). RangeParallel only takes effect for key-ordered reports.
    void setStrategy(Strategy strategy) { m_strategy = strategy; }
    [[nodiscard]] Strategy strategy() const { return m_strategy; }
    /// The hard ceiling of pages one report may take (before start(); at least 1).
    void setMaxPages(int pages) { m_maxPages = std::max(1, pages); }
    [[nodiscard]] int maxPages() const { return m_maxPages; }
    /// 20,000 pages: 20 million devices at 1,000 per page.
    static constexpr int DefaultMaxPages = 20'000;

    [[nodiscard]] qint64 itemsReceived() const { return m_items; }
    [[nodiscard]] int pagesReceived() const { return m_pages; }
    /// The report's total as the server stated it (-1: not stated).
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] int runningRequests() const;
    /// Range chains the report was split into (0: read sequentially).
    [[nodiscard]] int rangeCount() const { return m_rangeCount; }
    /// Why range-parallel paging fell back to sequential paging (empty: it did not).
    [[nodiscard]] const QString& fallbackReason() const { return m_fallbackReason; }
    /// Whether the fallback discarded delivered pages (restarted() was emitted).
    [[nodiscard]] bool wasRestarted() const { return m_restarted; }

    /// The default of maxConcurrent() for range-parallel reports.
    static constexpr int DefaultRangeConcurrency = 8;

    /// Orders IMEI-like keys numerically (shorter digit strings first).
    static bool keyLess(const QString& a, const QString& b);

Q_SIGNALS:
    /// After every page: items so far, the total (-1 unknown), pages so far.
    void progress(qint64 itemsReceived, qint64 total, int pagesReceived);
    /// Range-parallel paging fell back after pages were delivered: drop every
    /// item pageArrived() delivered so far; the report is read again from the start.
    void restarted(const QString& reason);

protected:
    explicit Pager(QObject* parent = nullptr);

    /// Adds a chain (before or while running).
    void addChain(const Chain& chain);
    /// The report is ordered by IMEI-like keys and its cursor is the last key seen:
    /// range-parallel paging is possible (call in the constructor).
    void setKeyOrdered(bool ordered) { m_keyOrdered = ordered; }
    /// Key-ordered reports: call in consumePage() with the page's keys, in the
    /// order received, before delivering anything. Returns how many leading items
    /// to deliver (the rest lie beyond the chain's lastKey), or nullopt when the
    /// page breaks the ordered-cursor contract: deliver nothing then, and return
    /// any Step (the pager falls back).
    [[nodiscard]] std::optional<qsizetype> admitKeys(const Chain& chain, const QStringList& keys);
    /// Whether the items delivered so far came from concurrent ranges (so out of order).
    [[nodiscard]] bool readsRanges() const { return m_phase == Phase::Ranges; }

    /// Starts the request for one page of `chain`.
    virtual HttpJob* fetchPage(const Chain& chain, const QString& cursor) = 0;
    /// Takes the page out of a succeeded job, emits it, and says how to go on.
    virtual std::variant<Step, ApiError> consumePage(const Chain& chain, HttpJob* job) = 0;
    /// Called when every chain is done, before the pager finishes successfully.
    virtual void allChainsDone() {}
    /// Forget collected items: the pager is about to emit restarted().
    virtual void discardDelivered() {}

    void run() override;
    void abort() override;

private:
    enum class Phase
    {
        Plain,   ///< as the chains were added (sequential or per status)
        Probing, ///< range-parallel: reading the first page
        Ranges   ///< range-parallel: the ranges after the first page
    };
    struct ChainState
    {
        Chain chain;
        QString cursor;
        bool started = false;
        bool done = false;
        QPointer<HttpJob> running;
        QSet<QString> cursorsAsked; ///< every cursor this chain was asked for
    };

    void schedule();
    void onPageFinished(int index, HttpJob* job);
    void splitIntoRanges(int firstIndex);
    void fallBack(const QString& reason);
    void stopRequests();
    /// Why paging must stop after this page (empty: it may go on).
    [[nodiscard]] QString endlessReason(const ChainState& state, const Step& step) const;
    [[nodiscard]] QString label() const;

    QList<ChainState> m_chains;
    Chain m_firstChain;
    QStringList m_firstKeys;
    QString m_consumingCursor;
    QString m_violation;
    QString m_fallbackReason;
    Strategy m_strategy = Strategy::RangeParallel;
    Phase m_phase = Phase::Plain;
    int m_maxConcurrent = 6;
    int m_maxPages = DefaultMaxPages;
    int m_rangeCount = 0;
    qint64 m_items = 0;
    qint64 m_total = -1;
    int m_pages = 0;
    bool m_running = false;
    bool m_keyOrdered = false;
    bool m_pastEnd = false;
    bool m_restarted = false;
};

} // namespace fotadesk
