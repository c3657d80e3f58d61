// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
// The AVX2 masks are compiled for that instruction set alone (a target attribute) and used only
// where the CPU has it: the build stays for every x86-64 CPU.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define FOTADESK_IMPORT_AVX2 1
#include <immintrin.h>
#else
#define FOTADESK_IMPORT_AVX2 0
#endif

namespace fotadesk {

/// The importer's fast lane (issue 20): finds the IMEI cell of a simple line in a block, the
/// way CsvTokenizer would split it, without a record. A line with a quote, a lone CR, a missing
/// cell or over a limit is not simple: split() refuses it and the tokenizer takes it.
class ImportLineSplitter final
{
public:
    ImportLineSplitter() = default;
    /// `delimiter` 0: one value a line. `column`: the IMEI cell's index.
    ImportLineSplitter(char delimiter, int column, qsizetype maxRecordBytes, int maxFields)
        : m_delimiter(delimiter)
        , m_column(column)
        , m_maxRecordBytes(maxRecordBytes)
        , m_maxFields(maxFields)
        // Without a delimiter the line end is the only separator (as for specialMask()).
        , m_separator(delimiter ? delimiter : '\n')
    {}

    /// Bit k of each mask: p[k] is an LF, the delimiter, a quote or CR (k < 64).
    struct Masks
    {
        std::uint64_t lf = 0;
        std::uint64_t delimiter = 0;
        std::uint64_t other = 0;
    };

    /// How split() finds the special bytes of 64 bytes at once (its template argument): with
    /// SSE2, which every x86-64 CPU has, or with AVX2 where the CPU has it (bestSimd()). With
    /// neither (another architecture) split() takes splitLong() for every line.
    struct NoSimd
    {
        static constexpr bool kMasks = false;
        static Masks masks(const char*, char) { return {}; }
    };
#if defined(__SSE2__)
    struct Sse2
    {
        static constexpr bool kMasks = true;
        /// Four 16-byte compares of each kind.
        static Masks masks(const char* p, char delimiter)
        {
            const __m128i lf = _mm_set1_epi8('\n');
            const __m128i cr = _mm_set1_epi8('\r');
            const __m128i quote = _mm_set1_epi8('"');
            const __m128i delim = _mm_set1_epi8(delimiter);
            Masks m;
#pragma GCC unroll 4
            for (int k = 0; k < 4; ++k) {
                const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
                auto bits = [k](__m128i eq) {
                    return std::uint64_t(unsigned(_mm_movemask_epi8(eq))) << (16 * k);
                };
                m.lf |= bits(_mm_cmpeq_epi8(x, lf));
                m.delimiter |= bits(_mm_cmpeq_epi8(x, delim));
                m.other |= bits(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, cr)));
            }
            return m;
        }
    };
    using Baseline = Sse2;
#else
    using Baseline = NoSimd;
#endif
#if FOTADESK_IMPORT_AVX2
    struct Avx2
    {
        static constexpr bool kMasks = true;
        /// Two 32-byte compares of each kind: half the instructions of Sse2.
        [[gnu::target("avx2")]] static Masks masks(const char* p, char delimiter)
        {
            const __m256i lf = _mm256_set1_epi8('\n');
            const __m256i cr = _mm256_set1_epi8('\r');
            const __m256i quote = _mm256_set1_epi8('"');
            const __m256i delim = _mm256_set1_epi8(delimiter);
            const __m256i x0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
            const __m256i x1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
            // (No lambda here: it would not have this function's target.)
            const __m256i other0 =
                _mm256_or_si256(_mm256_cmpeq_epi8(x0, quote), _mm256_cmpeq_epi8(x0, cr));
            const __m256i other1 =
                _mm256_or_si256(_mm256_cmpeq_epi8(x1, quote), _mm256_cmpeq_epi8(x1, cr));
            Masks m;
            m.lf = std::uint64_t(unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(x0, lf)))) |
                   std::uint64_t(unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(x1, lf)))) << 32;
            m.delimiter =
                std::uint64_t(unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(x0, delim)))) |
                std::uint64_t(unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(x1, delim)))) << 32;
            m.other = std::uint64_t(unsigned(_mm256_movemask_epi8(other0))) |
                      std::uint64_t(unsigned(_mm256_movemask_epi8(other1))) << 32;
            return m;
        }
    };
#endif
    /// True where the running CPU has what Avx2 needs (AVX2, BMI1, POPCNT), asked once.
    static bool avx2Available();

    /// The simple line at p[i]: its IMEI cell [*begin, *end) and the index after its line end;
    /// -1 when the line is not simple or has no line end in [i, n).
    template <typename Simd>
    qsizetype split(const char* p, qsizetype n, qsizetype i, qsizetype* begin, qsizetype* end) const
    {
        // A line within 64 bytes (any export's usual line): its LFs, delimiters, quotes and CRs
        // as three bit masks at once, instead of one special byte after the other.
        if (Simd::kMasks && n - i >= 64 && m_maxRecordBytes >= 64) {
            const Masks m = Simd::masks(p + i, m_separator);
            if (m.lf != 0) {
                const int lf = std::countr_zero(m.lf);
                int lineEnd = lf;
                if (const std::uint64_t other = m.other & ((std::uint64_t{1} << lf) - 1)) {
                    // Only a CR right before the LF (CRLF) belongs here; a quote or a lone CR
                    // is the tokenizer's.
                    if (other != (std::uint64_t{1} << (lf - 1)) || p[i + lf - 1] != '\r')
                        return -1;
                    lineEnd = lf - 1;
                }
                std::uint64_t delimiters = m.delimiter & ((std::uint64_t{1} << lineEnd) - 1);
                // (No popcount instruction in the baseline x86-64 set: only asked when it matters.)
                if (m_maxFields <= 64 && std::popcount(delimiters) >= m_maxFields)
                    return -1;
                int cellBegin = 0;
                for (int field = 0; field < m_column; ++field) {
                    if (delimiters == 0)
                        return -1; // a missing cell
                    cellBegin = std::countr_zero(delimiters) + 1;
                    delimiters &= delimiters - 1;
                }
                *begin = i + cellBegin;
                *end = i + (delimiters ? std::countr_zero(delimiters) : lineEnd);
                return i + lf + 1;
            }
        }
        return splitLong(p, n, i, begin, end);
    }

    /// The simple line [i, next) has nothing but blanks and delimiters: CsvRecord::isBlank().
    bool isBlank(const char* p, qsizetype i, qsizetype next) const;

private:
    /// split() for longer lines and the chunk's end: the special bytes one after the other.
    qsizetype splitLong(const char* p, qsizetype n, qsizetype i, qsizetype* begin,
                        qsizetype* end) const;

    char m_delimiter = 0;
    int m_column = 0;
    qsizetype m_maxRecordBytes = 0;
    int m_maxFields = 0;
    char m_separator = '\n';
};

} // namespace fotadesk
