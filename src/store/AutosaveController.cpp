// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/AutosaveController.h"

#include "core/Clock.h"
#include "store/DraftStore.h"
#include "store/SingleShotTimer.h"

#include <QCoreApplication>

#include <algorithm>

namespace fotadesk {

AutosaveController::AutosaveController(DraftStore& store, Snapshot snapshot, QObject* parent)
    : AutosaveController(store, std::move(snapshot), Clock::system(),
                         std::make_unique<QtSingleShotTimer>(), parent)
{}

AutosaveController::AutosaveController(DraftStore& store, Snapshot snapshot, const Clock& clock,
                                       std::unique_ptr<SingleShotTimer> timer, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_snapshot(std::move(snapshot))
    , m_clock(clock)
    , m_timer(std::move(timer))
{}

AutosaveController::~AutosaveController()
{
    m_timer->stop();
}

void AutosaveController::setMaxDelayMs(int ms)
{
    m_maxDelayMs = std::clamp(ms, 0, MaxDelayMs);
}

void AutosaveController::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_timer->stop();
        m_pending = false;
    }
}

void AutosaveController::setAllowed(bool allowed)
{
    m_allowed = allowed;
    if (!allowed) {
        m_timer->stop();
        m_pending = false;
    }
}

void AutosaveController::markChanged()
{
    if (!m_enabled || !m_allowed)
        return;
    const qint64 now = m_clock.monotonicMs();
    if (!m_pending) {
        m_pending = true;
        m_firstChangeMs = now;
    }
    m_dueMs = std::min(now + m_quietMs, m_firstChangeMs + m_maxDelayMs);
    m_timer->start(static_cast<int>(std::max<qint64>(0, m_dueMs - now)), [this] { save(); });
}

void AutosaveController::flush()
{
    if (m_pending)
        save();
}

void AutosaveController::save()
{
    m_timer->stop();
    if (!m_enabled || !m_allowed)
        return;
    Draft draft = m_snapshot();
    draft.id = m_draftId;
    if (!m_store.save(draft)) {
        // Keep it pending: the next change (or flush) tries again, still within the deadline.
        m_firstChangeMs = m_clock.monotonicMs();
        Q_EMIT saveFailed(QCoreApplication::translate(
            "fotadesk::AutosaveController",
            "The draft could not be saved in the workspace (see the log); your input is still "
            "in the form."));
        return;
    }
    m_pending = false;
    m_draftId = draft.id;
    Q_EMIT saved(m_draftId);
}

void AutosaveController::discard()
{
    m_timer->stop();
    m_pending = false;
    if (m_draftId > 0)
        m_store.discard(m_draftId);
    m_draftId = 0;
}

} // namespace fotadesk
