// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdint>
#include <cstring>

namespace fotadesk::imeidigits {

// The importer's check of the common cell, 15 ASCII digits, on bytes (issue 20). Little-endian
// only: callers check std::endian::native first.

/// 8 digit values (one a byte, the first in the lowest byte) as a number.
inline std::uint64_t eightDigits(std::uint64_t d)
{
    d = (d * 10) + (d >> 8);
    return (((d & 0x000000FF000000FFULL) * (100 + (1000000ULL << 32))) +
            (((d >> 16) & 0x000000FF000000FFULL) * (1 + (10000ULL << 32)))) >>
           32;
}

/// The value of 15 ASCII digits at s when their Luhn sum is right, else 0: the digit checks,
/// the Luhn sum and the value eight bytes at a time (SWAR) instead of one digit after the other.
inline std::uint64_t fifteenDigitsWithLuhn(const char* s)
{
    constexpr std::uint64_t k30 = 0x3030303030303030ULL;
    constexpr std::uint64_t kF0 = 0xF0F0F0F0F0F0F0F0ULL;
    constexpr std::uint64_t k06 = 0x0606060606060606ULL;
    std::uint64_t a = 0; // digits 0-7
    std::uint64_t b = 0; // digits 7-14
    std::memcpy(&a, s, 8);
    std::memcpy(&b, s + 7, 8);
    // Every byte in '0'..'9': its high nibble is 3, also after adding 6.
    if ((a & kF0) != k30 || (b & kF0) != k30 || ((a + k06) & kF0) != k30 ||
        ((b + k06) & kF0) != k30)
        return 0;
    a -= k30;
    b -= k30;
    // Luhn from the right: the digits at odd positions from the left (1, 3, ..., 13) doubled.
    const std::uint64_t plain = (a & 0x00FF00FF00FF00FFULL) + (b & 0xFF00FF00FF00FF00ULL);
    const std::uint64_t twice = (a & 0xFF00FF00FF00FF00ULL) + (b & 0x00FF00FF00FF0000ULL);
    const std::uint64_t atLeast5 = ((twice + 0x7B7B7B7B7B7B7B7BULL) & 0x8080808080808080ULL) >> 7;
    const std::uint64_t doubled = twice * 2 - atLeast5 * 9; // 2d, minus 9 when 2d > 9
    const auto sum = static_cast<unsigned>(((plain + doubled) * 0x0101010101010101ULL) >> 56);
    // sum % 10 by a multiplication (sum < 256: sum / 10 == sum * 205 >> 11); GCC emits a
    // division instruction for the % here, a tenth of the whole check's time.
    if (sum != ((sum * 205) >> 11) * 10)
        return 0;
    return (eightDigits(a) - (a >> 56)) * 10'000'000ULL + eightDigits(b);
}

} // namespace fotadesk::imeidigits
