// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/Draft.h"

#include <QObject>

#include <functional>
#include <memory>

namespace fotadesk {

class Clock;
class DraftStore;
class SingleShotTimer;

/// Autosaves a form into a draft, debounced: a save happens `quietMs` after
/// the last change, but never later than `maxDelayMs` (≤ 2 s) after the first
/// unsaved change — so typing without pause still gets saved at most 2 s
/// behind. Connect the form's change signal to markChanged(); the controller
/// asks `snapshot` for the form's current Draft when it saves.
///
///     AutosaveController autosave(drafts, [form] { return form->toDraft(); });
///     connect(form, &Form::changed, &autosave, &AutosaveController::markChanged);
///     // after a successful submit: autosave.discard();
///
/// The clock and the timer are seams (tests drive both by hand).
class AutosaveController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutosaveController)

public:
    static constexpr int DefaultQuietMs = 500;
    static constexpr int MaxDelayMs = 2000;

    using Snapshot = std::function<Draft()>;

    AutosaveController(DraftStore& store, Snapshot snapshot, QObject* parent = nullptr);
    /// With an injected clock (monotonic time) and timer.
    AutosaveController(DraftStore& store, Snapshot snapshot, const Clock& clock,
                       std::unique_ptr<SingleShotTimer> timer, QObject* parent = nullptr);
    ~AutosaveController() override;

    void setQuietMs(int ms) { m_quietMs = ms; }
    /// Capped at MaxDelayMs.
    void setMaxDelayMs(int ms);

    /// The draft this form saves into (0: none yet). Set it when the form was restored from a
    /// draft, so that autosave updates that draft instead of making a new one.
    [[nodiscard]] qint64 draftId() const { return m_draftId; }
    void setDraftId(qint64 id) { m_draftId = id; }
    /// A change is waiting to be saved.
    [[nodiscard]] bool isPending() const { return m_pending; }
    /// When (Clock::monotonicMs) the pending save is due; -1 when nothing is pending.
    [[nodiscard]] qint64 dueAtMs() const { return m_pending ? m_dueMs : -1; }
    /// Pauses autosave (e.g. while a restored draft is being loaded into the form).
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    /// The user's switch (the setting AutosaveEnabled), apart from setEnabled(): while not
    /// allowed nothing is saved and a pending change is dropped; discard() still deletes the
    /// draft a form was restored from.
    void setAllowed(bool allowed);
    [[nodiscard]] bool isAllowed() const { return m_allowed; }

public Q_SLOTS:
    /// The form changed: schedule a save.
    void markChanged();
    /// Saves now if something is pending (window close, before submit).
    void flush();
    /// The work is done (submitted) or thrown away: delete the draft, stop saving.
    void discard();

Q_SIGNALS:
    void saved(qint64 draftId);
    /// A save failed (the database said no); the change stays pending and is retried on the
    /// next change or flush.
    void saveFailed(const QString& message);

private:
    void save();

    DraftStore& m_store;
    Snapshot m_snapshot;
    const Clock& m_clock;
    std::unique_ptr<SingleShotTimer> m_timer;
    int m_quietMs = DefaultQuietMs;
    int m_maxDelayMs = MaxDelayMs;
    qint64 m_draftId = 0;
    qint64 m_firstChangeMs = 0;
    qint64 m_dueMs = 0;
    bool m_pending = false;
    bool m_allowed = true;
    bool m_enabled = true;
};

} // namespace fotadesk
