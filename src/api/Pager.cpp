// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/Pager.h"

#include "api/ApiLog.h"
#include "api/HttpJob.h"
#include "api/ImeiRangePlanner.h"

#include <QCoreApplication>

#include <algorithm>

namespace fotadesk {

Pager::Pager(QObject* parent)
    : ApiJob(parent)
{}

Pager::~Pager()
{
    abort();
}

bool Pager::keyLess(const QString& a, const QString& b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

void Pager::setMaxConcurrent(int requests)
{
    m_maxConcurrent = std::max(1, requests);
    if (m_running)
        schedule();
}

int Pager::runningRequests() const
{
    return static_cast<int>(std::count_if(m_chains.cbegin(), m_chains.cend(),
                                          [](const ChainState& c) { return !c.running.isNull(); }));
}

void Pager::addChain(const Chain& chain)
{
    ChainState state;
    state.chain = chain;
    state.cursor = chain.firstCursor;
    m_chains.append(state);
    if (m_running)
        schedule();
}

QString Pager::label() const
{
    return QString::fromLatin1(metaObject()->className());
}

void Pager::run()
{
    if (m_keyOrdered && m_strategy == Strategy::RangeParallel && m_chains.size() == 1) {
        m_phase = Phase::Probing;
        m_firstChain = m_chains.constFirst().chain;
    }
    m_running = true;
    schedule();
}

void Pager::schedule()
{
    if (isFinished())
        return;
    int running = runningRequests();
    for (qsizetype i = 0; i < m_chains.size() && running < m_maxConcurrent; ++i) {
        ChainState& state = m_chains[i];
        if (state.done || state.running)
            continue;
        state.started = true;
        state.cursorsAsked.insert(state.cursor);
        HttpJob* job = fetchPage(state.chain, state.cursor);
        state.running = job;
        ++running;
        const int index = static_cast<int>(i);
        connect(job, &ApiJob::finished, this, [this, index, job] { onPageFinished(index, job); });
    }
    const bool allDone =
        std::all_of(m_chains.cbegin(), m_chains.cend(), [](const ChainState& c) { return c.done; });
    if (!allDone)
        return;
    if (m_phase == Phase::Ranges && m_total >= 0 && m_items != m_total) {
        fallBack(tr("the ranges delivered %1 items but the report's total is %2")
                     .arg(m_items)
                     .arg(m_total));
        return;
    }
    m_running = false;
    allChainsDone();
    finishSuccess();
}

std::optional<qsizetype> Pager::admitKeys(const Chain& chain, const QStringList& keys)
{
    m_pastEnd = false;
    const bool check = m_keyOrdered && m_strategy == Strategy::RangeParallel &&
                       m_fallbackReason.isEmpty() && m_phase != Phase::Plain;
    if (check) {
        const QString after = m_consumingCursor.isEmpty() ? tr("the start") : m_consumingCursor;
        QString previous = m_consumingCursor;
        for (const QString& key : keys) {
            if (!previous.isEmpty() && !keyLess(previous, key)) {
                const QString reason =
                    previous == m_consumingCursor
                        ? tr("a page asked for keys after %1 (%2) begins with %3")
                              .arg(after, chain.key, key)
                        : tr("a page (%1, after %2) is not in key order: %3 follows %4")
                              .arg(chain.key, after, key, previous);
                if (m_phase == Phase::Probing) {
                    // Nothing is split yet: this page is what sequential paging gets too.
                    m_fallbackReason = reason;
                    m_phase = Phase::Plain;
                    qCWarning(lcApi).noquote()
                        << label() << "reads sequentially (no ranges):" << reason;
                    return keys.size();
                }
                m_violation = reason;
                return std::nullopt;
            }
            previous = key;
        }
        if (m_phase == Phase::Probing)
            m_firstKeys = keys;
    }
    qsizetype keep = keys.size();
    if (!chain.lastKey.isEmpty()) {
        const auto beyond = std::find_if(keys.cbegin(), keys.cend(), [&chain](const QString& k) {
            return keyLess(chain.lastKey, k);
        });
        keep = beyond - keys.cbegin();
        m_pastEnd = keep < keys.size();
    }
    return keep;
}

void Pager::onPageFinished(int index, HttpJob* job)
{
    m_chains[index].running = nullptr;
    if (isFinished())
        return;
    if (!job->succeeded()) {
        const ApiError error = job->error();
        if (m_phase == Phase::Ranges && error.kind() == ApiError::Kind::Api) {
            // The server refuses a range's cursor (it wants one of its own IMEIs?).
            fallBack(tr("the server refused the cursor %1 of %2: %3")
                         .arg(m_chains[index].cursor, m_chains[index].chain.key, error.toString()));
            return;
        }
        qCInfo(lcApi).noquote() << "paging of" << m_chains[index].chain.key
                                << "stopped:" << error.toString();
        abort();
        finishError(error);
        return;
    }
    const Chain chain = m_chains[index].chain;
    m_consumingCursor = m_chains[index].cursor;
    m_violation.clear();
    m_pastEnd = false;
    auto consumed = consumePage(chain, job);
    if (isFinished())
        return; // cancelled by a receiver of the page
    if (auto* error = std::get_if<ApiError>(&consumed)) {
        abort();
        finishError(*error);
        return;
    }
    if (!m_violation.isEmpty()) {
        fallBack(m_violation);
        return;
    }
    Step step = std::get<Step>(consumed);
    ++m_pages;
    m_items += step.items;
    if (step.total)
        m_total = *step.total;
    if (!chain.lastKey.isEmpty()) {
        // A range chain: stop once its pages pass the upper bound.
        if (m_pastEnd || (!step.nextCursor.isEmpty() && !keyLess(step.nextCursor, chain.lastKey)))
            step.hasMore = false;
    }
    ChainState& state = m_chains[index];
    if (step.hasMore) {
        if (const QString reason = endlessReason(state, step); !reason.isEmpty()) {
            if (m_phase == Phase::Ranges && m_total >= 0 && m_items > m_total) {
                fallBack(reason);
                return;
            }
            qCWarning(lcApi).noquote() << label() << "stopped:" << reason;
            const ApiError error = ApiError::decode({QStringLiteral("$.hasMoreData"), reason},
                                                    job->request().operation());
            abort();
            finishError(error);
            return;
        }
        if (step.nextCursor.isEmpty() || step.nextCursor == state.cursor) {
            const ApiError error = ApiError::decode(
                {QStringLiteral("$.lastSeen"),
                 QCoreApplication::translate(
                     "fotadesk::Pager", "the page says there is more data, but its cursor "
                                        "'%1' does not advance; paging stopped to avoid a loop")
                     .arg(step.nextCursor)},
                job->request().operation());
            abort();
            finishError(error);
            return;
        }
        state.cursor = step.nextCursor;
    } else {
        state.done = true;
    }
    if (m_phase == Phase::Probing) {
        if (step.hasMore)
            splitIntoRanges(index);
        else
            m_phase = Phase::Plain;
    }
    Q_EMIT progress(m_items, m_total, m_pages);
    schedule();
}

QString Pager::endlessReason(const ChainState& state, const Step& step) const
{
    if (m_total >= 0 && m_items > m_total)
        return tr("%1 items arrived, more than the report's total of %2, and the server still "
                  "says there is more; paging stopped")
            .arg(m_items)
            .arg(m_total);
    if (!step.nextCursor.isEmpty() && step.nextCursor != state.cursor &&
        state.cursorsAsked.contains(step.nextCursor))
        return tr("the cursor '%1' repeats (%2 asked for it before); paging stopped to avoid a "
                  "loop")
            .arg(step.nextCursor, state.chain.key);
    if (m_pages >= m_maxPages)
        return tr("the report took %1 pages, the most one report may take, and the server still "
                  "says there is more; paging stopped")
            .arg(m_pages);
    return {};
}

void Pager::splitIntoRanges(int firstIndex)
{
    ImeiRangePlanner::Input input;
    input.firstPageIds = m_firstKeys;
    input.totalDevice = m_total;
    input.pageSize = static_cast<int>(m_firstKeys.size());
    input.concurrency = m_maxConcurrent;
    const QList<ImeiRange> plan = ImeiRangePlanner::plan(input);
    m_firstKeys.clear();
    if (plan.size() < 2) {
        m_phase = Phase::Plain; // go on with the first chain
        return;
    }
    m_chains[firstIndex].done = true; // the ranges take over from its cursor
    for (qsizetype i = 0; i < plan.size(); ++i) {
        ChainState state;
        state.chain = {QStringLiteral("range %1/%2 (%3..%4]")
                           .arg(i + 1)
                           .arg(plan.size())
                           .arg(plan.at(i).lowerCursor, plan.at(i).upperInclusive.isEmpty()
                                                            ? QStringLiteral("end")
                                                            : plan.at(i).upperInclusive),
                       plan.at(i).lowerCursor, plan.at(i).upperInclusive};
        state.cursor = state.chain.firstCursor;
        m_chains.append(state);
    }
    m_rangeCount = static_cast<int>(plan.size());
    m_phase = Phase::Ranges;
    qCInfo(lcApi).noquote() << label() << "read" << m_items << "of" << m_total
                            << "items in the first page; the rest in" << m_rangeCount
                            << "key ranges, at most" << m_maxConcurrent << "requests at a time";
}

void Pager::fallBack(const QString& reason)
{
    m_fallbackReason = reason;
    qCWarning(lcApi).noquote() << label()
                               << "falls back to sequential paging and reads the report again "
                                  "from the start:"
                               << reason;
    stopRequests();
    m_chains.clear();
    m_phase = Phase::Plain;
    m_items = 0;
    m_pages = 0;
    m_total = -1;
    m_firstKeys.clear();
    m_restarted = true;
    discardDelivered();
    Q_EMIT restarted(reason);
    if (isFinished())
        return; // cancelled from a slot
    Q_EMIT progress(0, -1, 0);
    m_running = true;
    addChain(m_firstChain);
}

void Pager::stopRequests()
{
    for (ChainState& state : m_chains) {
        if (HttpJob* job = state.running) {
            state.running = nullptr;
            job->disconnect(this);
            job->cancel();
        }
    }
}

void Pager::abort()
{
    m_running = false;
    stopRequests();
}

} // namespace fotadesk
