// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/HugePageBuffer.h"

#include <QtGlobal>

class QIODevice;

namespace fotadesk {

/// Reads until buffer is full or the device has no more data. -1 on error.
qint64 readFully(QIODevice& device, char* buffer, qint64 size);

/// The importer's reads: the device block after block into one buffer, each block full unless
/// it is the last.
///
/// The reads happen on the importing thread. A thread reading the next block ahead (stop 30)
/// made a third busy thread beside the importing and the duplicate threads on a 2-core machine:
/// without it a million-line CSV import took 75 instead of 85 ms (issue 20, bench/README.md).
class ImportBlockReader final
{
public:
    /// `large`: the buffer is a HugePageBuffer (one page fault instead of one per 4 KB).
    ImportBlockReader(QIODevice& device, qsizetype blockSize, bool large);

    /// The next block in *data (valid until the next call): its size, less than the block
    /// size at the end, -1 on a read error. Not called again after a short block.
    qint64 next(const char** data);

private:
    QIODevice& m_device;
    const qsizetype m_blockSize;
    /// Not zeroed first (read() writes it), or in huge pages.
    HugePageBuffer m_memory;
};

} // namespace fotadesk
