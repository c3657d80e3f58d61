// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/BodyLimit.h"

#include <QByteArray>

namespace fotadesk {

/// The body of one answer as it arrives, never more than its limit: append() refuses the
/// chunk that would pass it (keeping nothing of it), declare() refuses a Content-Length above
/// it. What arrived is counted either way, for the message.
class BoundedBody final
{
public:
    explicit BoundedBody(BodyLimit limit = BodyLimit::object())
        : m_limit(limit)
    {}

    /// Changes the limit (the status line decides: an error answer has its own).
    void setLimit(BodyLimit limit) { m_limit = limit; }
    [[nodiscard]] const BodyLimit& limit() const { return m_limit; }

    /// The server announced `contentLength` bytes (negative: not announced). False when that
    /// is more than the limit; otherwise reserves it.
    bool declare(qint64 contentLength);
    /// Adds a chunk. False (and nothing kept) when the body would pass the limit.
    bool append(const QByteArray& chunk);
    /// Bytes that arrived (kept or not).
    [[nodiscard]] qint64 arrived() const { return m_arrived; }
    /// The announced length that was refused (-1: none).
    [[nodiscard]] qint64 declared() const { return m_declared; }
    [[nodiscard]] bool exceeded() const { return m_exceeded; }

    /// Takes the body out and starts again empty.
    QByteArray take();
    void clear();

private:
    QByteArray m_data;
    BodyLimit m_limit;
    qint64 m_arrived = 0;
    qint64 m_declared = -1;
    bool m_exceeded = false;
};

} // namespace fotadesk
