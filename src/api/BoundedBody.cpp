// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/BoundedBody.h"

namespace fotadesk {

bool BoundedBody::declare(qint64 contentLength)
{
    if (contentLength < 0)
        return !m_exceeded;
    if (contentLength > m_limit.bytes) {
        m_declared = contentLength;
        m_exceeded = true;
        m_data = QByteArray();
        return false;
    }
    m_data.reserve(static_cast<qsizetype>(contentLength));
    return !m_exceeded;
}

bool BoundedBody::append(const QByteArray& chunk)
{
    m_arrived += chunk.size();
    if (m_exceeded || m_arrived > m_limit.bytes) {
        m_exceeded = true;
        m_data = QByteArray();
        return false;
    }
    m_data.append(chunk);
    return true;
}

QByteArray BoundedBody::take()
{
    QByteArray out = std::move(m_data);
    clear();
    return out;
}

void BoundedBody::clear()
{
    m_data = QByteArray();
    m_arrived = 0;
    m_declared = -1;
    m_exceeded = false;
}

} // namespace fotadesk
