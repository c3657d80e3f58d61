// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fotadesk {

/// A daily time window in whole UTC hours, as on the wire:
/// startTime in [0..23], endTime in [1..24], startTime < endTime.
/// A device may be upgraded when startTime <= current hour < endTime.
struct TimeWindow
{
    int startTime = 0;
    int endTime = 24;

    [[nodiscard]] constexpr bool isValid() const
    {
        return startTime >= 0 && startTime <= 23 && endTime >= 1 && endTime <= 24 &&
               startTime < endTime;
    }
    [[nodiscard]] constexpr bool contains(int hour) const
    {
        return startTime <= hour && hour < endTime;
    }
    [[nodiscard]] constexpr int hours() const { return endTime - startTime; }
    /// True when both are valid and share at least one hour (touching, e.g. 1–5 and 5–8, is not
    /// overlapping).
    [[nodiscard]] constexpr bool overlaps(const TimeWindow& other) const
    {
        return isValid() && other.isValid() && startTime < other.endTime &&
               other.startTime < endTime;
    }
    /// Empty when valid, otherwise a sentence saying which bound is wrong and how to fix it.
    [[nodiscard]] QString validationError() const;
    /// Empty when valid, otherwise a stable kebab-case code: "window-start-out-of-range",
    /// "window-end-out-of-range", "window-empty" (start == end), "window-crosses-midnight"
    /// (start > end: split it with TimeWindowList::splitAcrossMidnight()).
    [[nodiscard]] QString validationCode() const;
    /// "01:00–05:00 UTC"
    [[nodiscard]] QString toDisplayString() const;
    /// "01:00–05:00" (no zone: for windows in a site's local time).
    [[nodiscard]] QString toHoursString() const;

    friend constexpr bool operator==(const TimeWindow&, const TimeWindow&) = default;
};

} // namespace fotadesk
