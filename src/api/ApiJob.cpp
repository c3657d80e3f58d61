// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiJob.h"

namespace fotadesk {

ApiJob::ApiJob(QObject* parent)
    : QObject(parent)
{
    QMetaObject::invokeMethod(this, &ApiJob::start, Qt::QueuedConnection);
}

ApiJob::~ApiJob() = default;

void ApiJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    run();
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_started = true; // a queued start must not run after a cancel
    abort();
    finishError(ApiError::cancelled(operationName()));
}

void ApiJob::refuse(const ApiError& error)
{
    if (m_started || m_finished)
        return;
    m_started = true; // the queued start must not send it
    // Later, like every job's end: the caller connects to finished() after the call returns.
    QMetaObject::invokeMethod(
        this, [this, error] { finishError(error); }, Qt::QueuedConnection);
}

void ApiJob::finishSuccess()
{
    if (m_finished)
        return;
    m_failed = false;
    finish();
}

void ApiJob::finishError(const ApiError& error)
{
    if (m_finished)
        return;
    m_failed = true;
    m_error = error;
    finish();
}

void ApiJob::finish()
{
    m_finished = true;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace fotadesk
