#pragma once

#include "api/ApiJob.h"

#include <QList>
#include <QPointer>
#include <QString>

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
/// IMEI-ordered reports. Chains may be added while running (a strategy can
/// split the key space after the first page).
///
/// A failed page (after the client's retries) cancels the other chains and
/// finishes the pager with that error; cancel() stops every chain at once.
/// A cursor that does not advance ends the pager with a Decode error instead
/// of looping.
class Pager : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pager)

public:
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

    void setMaxConcurrent(int requests);
    [[nodiscard]] int maxConcurrent() const { return m_maxConcurrent; }

    [[nodiscard]] qint64 itemsReceived() const { return m_items; }
    [[nodiscard]] int pagesReceived() const { return m_pages; }
    /// The report's total as the server stated it (-1: not stated).
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] int runningRequests() const;

Q_SIGNALS:
    /// After every page: items so far, the total (-1 unknown), pages so far.
    void progress(qint64 itemsReceived, qint64 total, int pagesReceived);

protected:
    explicit Pager(QObject* parent = nullptr);

    /// Adds a chain (before or while running).
    void addChain(const Chain& chain);
    /// Starts the request for one page of `chain`.
    virtual HttpJob* fetchPage(const Chain& chain, const QString& cursor) = 0;
    /// Takes the page out of a succeeded job, emits it, and says how to go on.
    virtual std::variant<Step, ApiError> consumePage(const Chain& chain, HttpJob* job) = 0;
    /// Called when every chain is done, before the pager finishes successfully.
    virtual void allChainsDone() {}

    void run() override;
    void abort() override;

private:
    struct ChainState
    {
        Chain chain;
        QString cursor;
        bool started = false;
        bool done = false;
        QPointer<HttpJob> running;
    };

    void schedule();
    void onPageFinished(int index, HttpJob* job);

    QList<ChainState> m_chains;
    int m_maxConcurrent = 6;
    qint64 m_items = 0;
    qint64 m_total = -1;
    int m_pages = 0;
    bool m_running = false;
};

} // namespace fotadesk
