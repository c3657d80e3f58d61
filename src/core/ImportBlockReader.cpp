// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ImportBlockReader.h"

#include <QIODevice>

namespace fotadesk {

qint64 readFully(QIODevice& device, char* buffer, qint64 size)
{
    qint64 total = 0;
    while (total < size) {
        const qint64 n = device.read(buffer + total, size - total);
        if (n < 0)
            return -1;
        if (n == 0) {
            if (device.atEnd() || !device.waitForReadyRead(-1))
                break;
            continue;
        }
        total += n;
    }
    return total;
}

ImportBlockReader::ImportBlockReader(QIODevice& device, qsizetype blockSize, bool ahead)
    : m_device(device)
    , m_blockSize(blockSize)
{
    // new char[] leaves the bytes as they are: zeroing the buffers only to read over them cost
    // 3 ms of a million-line import when the blocks were 1 MB (issue 20).
    m_buffers[0].reset(new char[static_cast<size_t>(blockSize)]);
    if (ahead) {
        m_buffers[1].reset(new char[static_cast<size_t>(blockSize)]);
        m_thread = std::thread([this] { readAhead(); });
    }
}

ImportBlockReader::~ImportBlockReader()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

qint64 ImportBlockReader::next(const char** data)
{
    if (!m_thread.joinable()) {
        *data = m_buffers[0].get();
        return readFully(m_device, m_buffers[0].get(), m_blockSize);
    }
    const qint64 k = m_next++;
    std::unique_lock lock(m_mutex);
    m_released = k; // the block before is done with: its buffer may take block k + 1
    m_changed.notify_all();
    m_changed.wait(lock, [&] { return m_filled > k; });
    *data = m_buffers[static_cast<size_t>(k % 2)].get();
    return m_sizes[static_cast<size_t>(k % 2)];
}

void ImportBlockReader::readAhead()
{
    for (qint64 k = 0;; ++k) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || k <= m_released + 1; });
            if (m_stop)
                return;
        }
        char* buffer = m_buffers[static_cast<size_t>(k % 2)].get();
        const qint64 n = readFully(m_device, buffer, m_blockSize);
        {
            const std::lock_guard lock(m_mutex);
            m_sizes[static_cast<size_t>(k % 2)] = n;
            m_filled = k + 1;
        }
        m_changed.notify_all();
        if (n < m_blockSize)
            return; // the end, or a read error: next() does not ask again
    }
}

} // namespace fotadesk
