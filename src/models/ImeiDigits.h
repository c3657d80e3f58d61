// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdint>
#include <cstring>

namespace fotadesk {

/// Fast conversion of a stored IMEI value to its 15 ASCII digits, used where
/// millions of rows are scanned (device list filtering, CSV export).
struct ImeiDigits
{
    static constexpr int Length = 15;

    /// Writes exactly 15 digits (leading zeros kept) to out, no terminator.
    static void write(std::uint64_t value, char* out)
    {
        static constexpr char pairs[] = "00010203040506070809"
                                        "10111213141516171819"
                                        "20212223242526272829"
                                        "30313233343536373839"
                                        "40414243444546474849"
                                        "50515253545556575859"
                                        "60616263646566676869"
                                        "70717273747576777879"
                                        "80818283848586878889"
                                        "90919293949596979899";
        // 15 digits = 7 (high, fits 32 bits) + 8 (low, fits 32 bits).
        auto hi = static_cast<std::uint32_t>(value / 100'000'000ULL);
        auto lo = static_cast<std::uint32_t>(value % 100'000'000ULL);
        for (int i = 13; i >= 7; i -= 2) {
            std::memcpy(out + i, pairs + 2 * (lo % 100), 2);
            lo /= 100;
        }
        for (int i = 5; i >= 1; i -= 2) {
            std::memcpy(out + i, pairs + 2 * (hi % 100), 2);
            hi /= 100;
        }
        out[0] = static_cast<char>('0' + hi % 10);
    }
};

} // namespace fotadesk
