#include "api/Pager.h"

#include "api/ApiLog.h"
#include "api/HttpJob.h"

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

void Pager::run()
{
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
        HttpJob* job = fetchPage(state.chain, state.cursor);
        state.running = job;
        ++running;
        const int index = static_cast<int>(i);
        connect(job, &ApiJob::finished, this, [this, index, job] { onPageFinished(index, job); });
    }
    const bool allDone =
        std::all_of(m_chains.cbegin(), m_chains.cend(), [](const ChainState& c) { return c.done; });
    if (allDone) {
        m_running = false;
        allChainsDone();
        finishSuccess();
    }
}

void Pager::onPageFinished(int index, HttpJob* job)
{
    ChainState& state = m_chains[index];
    state.running = nullptr;
    if (isFinished())
        return;
    if (!job->succeeded()) {
        qCInfo(lcApi).noquote() << "paging of" << state.chain.key
                                << "stopped:" << job->error().toString();
        const ApiError error = job->error();
        abort();
        finishError(error);
        return;
    }
    auto consumed = consumePage(state.chain, job);
    if (auto* error = std::get_if<ApiError>(&consumed)) {
        abort();
        finishError(*error);
        return;
    }
    const Step& step = std::get<Step>(consumed);
    ++m_pages;
    m_items += step.items;
    if (step.total)
        m_total = *step.total;
    if (step.hasMore) {
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
    Q_EMIT progress(m_items, m_total, m_pages);
    schedule();
}

void Pager::abort()
{
    m_running = false;
    for (ChainState& state : m_chains) {
        if (HttpJob* job = state.running) {
            state.running = nullptr;
            job->disconnect(this);
            job->cancel();
        }
    }
}

} // namespace fotadesk
