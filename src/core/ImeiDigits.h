// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

#if defined(__SSE2__)
/// fifteenDigitsWithLuhn() for 15 digits followed by at least one more readable byte (s[15] is
/// loaded and ignored), as in a block of the file: the 15 bytes in one SSE2 register, their
/// Luhn sum by one horizontal byte sum (psadbw) and their value by two multiply-adds, in less
/// than half the instructions of the two 8-byte words.
inline std::uint64_t fifteenDigitsWithLuhn16(const char* s)
{
    const __m128i zero = _mm_setzero_si128();
    const __m128i nine = _mm_set1_epi8(9);
    // The bytes minus '0': a digit is 0..9, any other byte 10..255 (unsigned, wrapped).
    const __m128i d =
        _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s)), _mm_set1_epi8('0'));
    const int digitBytes = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_subs_epu8(d, nine), zero));
    if ((digitBytes & 0x7FFF) != 0x7FFF)
        return 0;
    // Luhn from the right: the digits at odd positions from the left (1, 3, ..., 13) doubled,
    // minus 9 when the double is over 9; the 16th byte is not part of the cell.
    const __m128i digits = _mm_and_si128(
        d, _mm_setr_epi8(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0));
    __m128i luhn =
        _mm_add_epi8(digits, _mm_and_si128(digits, _mm_setr_epi8(0, -1, 0, -1, 0, -1, 0, -1, 0, -1,
                                                                 0, -1, 0, -1, 0, 0)));
    luhn = _mm_sub_epi8(luhn, _mm_and_si128(_mm_cmpgt_epi8(luhn, nine), nine));
    const __m128i sums = _mm_sad_epu8(luhn, zero); // bytes 0-7 and 8-15, each summed
    const auto sum =
        static_cast<unsigned>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4)); // <= 135
    if (sum != ((sum * 205) >> 11) * 10) // sum % 10 without a division (as above)
        return 0;
    // The value: with a leading 0 the digits are 16; pairs of digits (16-bit lanes), then 4
    // digits (32-bit lanes), then two halves of 8 digits.
    const __m128i sixteen = _mm_slli_si128(digits, 1);
    const __m128i pairs = _mm_add_epi16(
        _mm_mullo_epi16(_mm_and_si128(sixteen, _mm_set1_epi16(0x00FF)), _mm_set1_epi16(10)),
        _mm_srli_epi16(sixteen, 8));
    const __m128i fours = _mm_madd_epi16(pairs, _mm_set1_epi32(0x00010064)); // x 100 + y
    const __m128i eights = _mm_madd_epi16(_mm_packs_epi32(fours, fours),
                                          _mm_set1_epi32(0x00012710)); // x 10000 + y
    const auto halves = static_cast<std::uint64_t>(_mm_cvtsi128_si64(eights));
    return (halves & 0xFFFFFFFFULL) * 100'000'000ULL + (halves >> 32);
}
#endif

} // namespace fotadesk::imeidigits
