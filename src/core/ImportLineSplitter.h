// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
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
    {}

    /// The simple line at p[i]: its IMEI cell [*begin, *end) and the index after its line end;
    /// -1 when the line is not simple or has no line end in [i, n).
    [[gnu::always_inline]] qsizetype split(const char* p, qsizetype n, qsizetype i,
                                           qsizetype* begin, qsizetype* end) const
    {
#if defined(__SSE2__)
        // A line within 64 bytes (any export's usual line): its LFs, delimiters, quotes and CRs
        // as three bit masks at once, instead of one special byte after the other.
        if (n - i >= 64 && m_maxRecordBytes >= 64) {
            const Masks m = masks(p + i, separator());
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
#endif
        return splitLong(p, n, i, begin, end);
    }

    /// The simple line [i, next) has nothing but blanks and delimiters: CsvRecord::isBlank().
    bool isBlank(const char* p, qsizetype i, qsizetype next) const;

private:
    /// Without a delimiter the line end is the only separator (as for specialMask()).
    char separator() const
    {
        return m_delimiter ? m_delimiter : '\n';
    }
    /// split() for longer lines and the chunk's end: the special bytes one after the other.
    qsizetype splitLong(const char* p, qsizetype n, qsizetype i, qsizetype* begin,
                        qsizetype* end) const;

#if defined(__SSE2__)
    /// Bit k of each mask: p[k] is an LF, the delimiter, a quote or CR (k < 64).
    struct Masks
    {
        std::uint64_t lf = 0;
        std::uint64_t delimiter = 0;
        std::uint64_t other = 0;
    };
    static Masks masks(const char* p, char delimiter)
    {
        const __m128i lf = _mm_set1_epi8('\n');
        const __m128i cr = _mm_set1_epi8('\r');
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i delim = _mm_set1_epi8(delimiter);
        Masks m;
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
#endif

    char m_delimiter = 0;
    int m_column = 0;
    qsizetype m_maxRecordBytes = 0;
    int m_maxFields = 0;
};

} // namespace fotadesk
