// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ImportImeiSet.h"

namespace fotadesk {

ImportImeiSet::Slots::Slots(std::uint64_t count)
{
    // Zeroed either way: 0 is the empty slot.
    const std::size_t bytes = count * sizeof(std::uint64_t);
    m_memory = HugePageBuffer(bytes, bytes >= 2 * 1024 * 1024 ? HugePageBuffer::Memory::HugePages
                                                              : HugePageBuffer::Memory::HeapZeroed);
}

} // namespace fotadesk
