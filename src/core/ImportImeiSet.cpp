// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ImportImeiSet.h"

namespace fotadesk {

ImportImeiSet::Slots::Slots(std::uint64_t count)
{
    const std::size_t bytes = count * sizeof(std::uint64_t);
    if (bytes >= 2 * 1024 * 1024) {
        m_huge = HugePageBuffer(bytes);
        m_data = static_cast<std::uint64_t*>(m_huge.data());
    } else {
        m_small.reset(new std::uint64_t[count]()); // zeroed: 0 is the empty slot
        m_data = m_small.get();
    }
}

} // namespace fotadesk
