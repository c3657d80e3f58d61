// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ImportLineSplitter.h"

#include "core/CsvTokenizer.h"

#include <algorithm>

namespace fotadesk {

bool ImportLineSplitter::avx2Available()
{
#if FOTADESK_IMPORT_AVX2
    static const bool available = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") &&
                                  __builtin_cpu_supports("popcnt");
    return available;
#else
    return false;
#endif
}

bool ImportLineSplitter::isBlank(const char* p, qsizetype i, qsizetype next) const
{
    qsizetype end = next - 1; // its LF
    if (end > i && p[end - 1] == '\r')
        --end; // CRLF
    const char delimiter = m_delimiter;
    return std::all_of(p + i, p + end, [delimiter](char c) {
        return CsvRecord::isBlankByte(c) || (delimiter != 0 && c == delimiter);
    });
}

qsizetype ImportLineSplitter::splitLong(const char* p, qsizetype n, qsizetype i, qsizetype* begin,
                                        qsizetype* end) const
{
    const char delimiter = m_separator;
    const qsizetype maxEnd = std::min(n, i + m_maxRecordBytes + 2);
    qsizetype fieldStart = i;
    qsizetype cellBegin = -1;
    qsizetype cellEnd = -1;
    int field = 0;
    for (qsizetype block = i; block < maxEnd; block += 16) {
        unsigned mask = CsvTokenizer::specialMask(p + block, maxEnd - block, delimiter);
        for (; mask != 0; mask &= mask - 1) {
            const qsizetype k = block + std::countr_zero(mask);
            const char c = p[k];
            const bool lineEnd = c == '\n' || (c == '\r' && k + 1 < n && p[k + 1] == '\n');
            if (!lineEnd && c != delimiter)
                return -1; // a quote or a lone CR
            if (field == m_column) {
                cellBegin = fieldStart;
                cellEnd = k;
            }
            if (lineEnd) {
                if (k - i > m_maxRecordBytes || cellBegin < 0)
                    return -1;
                *begin = cellBegin;
                *end = cellEnd;
                return c == '\n' ? k + 1 : k + 2;
            }
            if (++field >= m_maxFields)
                return -1;
            fieldStart = k + 1;
        }
    }
    return -1; // no line end within the limit or the chunk
}

} // namespace fotadesk
