// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <array>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

class QIODevice;

namespace fotadesk {

/// Reads until buffer is full or the device has no more data. -1 on error.
qint64 readFully(QIODevice& device, char* buffer, qint64 size);

/// The importer's reads: the device block after block, each block full unless it is the last.
///
/// With `ahead` (a large file, issue 20), the next block is read on a thread of its own while
/// the importing thread splits and checks the current one: the kernel's copy of 45 MB takes
/// about a sixth of a CSV import, and it then overlaps the rest. The blocks are the same either
/// way. The device belongs to this reader until it is destroyed (or next() returned the last
/// block): the caller asks it for its errorString() only after a failed read.
class ImportBlockReader final
{
public:
    ImportBlockReader(QIODevice& device, qsizetype blockSize, bool ahead);
    /// Waits for a read on its way, then stops the thread.
    ~ImportBlockReader();
    ImportBlockReader(const ImportBlockReader&) = delete;
    ImportBlockReader& operator=(const ImportBlockReader&) = delete;

    /// The next block in *data (valid until the next call): its size, less than the block
    /// size at the end, -1 on a read error. Not called again after a short block.
    qint64 next(const char** data);

private:
    void readAhead();

    QIODevice& m_device;
    const qsizetype m_blockSize;
    /// Block k is read into m_buffers[k % 2]. Not zeroed first: read() writes them.
    std::array<std::unique_ptr<char[]>, 2> m_buffers;
    std::array<qint64, 2> m_sizes{};
    qint64 m_next = 0; ///< the block next() returns next

    // With a thread: it reads block k once k <= m_released + 1 (the buffer is free).
    std::mutex m_mutex;
    std::condition_variable m_changed;
    qint64 m_filled = 0;   ///< blocks read so far
    qint64 m_released = 0; ///< blocks before this one are done with
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace fotadesk
