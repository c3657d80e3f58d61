// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QObject>

namespace fotadesk {

/// The base of every asynchronous service-layer operation: one HTTP call
/// (HttpJob / RequestJob<T>) or a composition of calls (ReconcileCreateJob).
///
/// - A job starts by itself when control returns to the event loop (connect to
///   finished() right after creating it), or earlier through start().
/// - It emits finished() exactly once: then either succeeded() and the typed
///   result of the concrete job is set, or error() says why not.
/// - cancel() stops it at once and finishes it with an ApiError of kind Cancelled.
/// - By default it deletes itself (deleteLater) after finished(); read the
///   result in the slot, or call setAutoDelete(false) and own it.
class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    [[nodiscard]] bool isStarted() const { return m_started; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool succeeded() const { return m_finished && !m_failed; }
    /// Meaningful after a failed finish.
    [[nodiscard]] const ApiError& error() const { return m_error; }

    [[nodiscard]] bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

public Q_SLOTS:
    /// Starts now (no-op when already started).
    void start();
    /// Stops the job and finishes it as Cancelled (no-op when finished).
    void cancel();

public:
    /// Finishes a job that has not started with `error`, sending nothing: a MutationObserver
    /// refuses a mutating call whose record (audit entry, pending create) could not be written.
    /// No-op once started or finished.
    void refuse(const ApiError& error);

Q_SIGNALS:
    void finished();

protected:
    explicit ApiJob(QObject* parent = nullptr);

    /// Does the work; must end in finishSuccess() or finishError() (now or later).
    virtual void run() = 0;
    /// Stops outstanding work on cancel(), without finishing.
    virtual void abort() {}
    /// Describes the job for the Cancelled error ("GET /fota/v3/...").
    [[nodiscard]] virtual QString operationName() const { return {}; }

    void finishSuccess();
    void finishError(const ApiError& error);

private:
    void finish();

    ApiError m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_failed = false;
    bool m_autoDelete = true;
};

} // namespace fotadesk
