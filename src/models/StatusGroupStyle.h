// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/StatusGroup.h"

#include <QColor>

#include <array>

namespace fotadesk {

/// How the models present a status group: the order groups are counted and
/// listed in, and a badge colour readable on light and dark palettes.
class StatusGroupStyle
{
public:
    StatusGroupStyle() = delete;

    static constexpr int GroupCount = 7;
    /// Every group, in display order (Unknown last).
    static constexpr std::array<StatusGroup, GroupCount> groups()
    {
        return {StatusGroup::Pending, StatusGroup::InProgress, StatusGroup::Succeeded,
                StatusGroup::Failed,  StatusGroup::Cancelled,  StatusGroup::Ended,
                StatusGroup::Unknown};
    }
    /// Position of a group in groups() (and in per-group count arrays).
    static constexpr int slot(StatusGroup group)
    {
        for (int i = 0; i < GroupCount; ++i) {
            if (groups()[std::size_t(i)] == group)
                return i;
        }
        return GroupCount - 1;
    }
    static QColor color(StatusGroup group);
};

} // namespace fotadesk
