// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/CsvTokenizer.h"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace fotadesk {

CsvTokenizer::CsvTokenizer(char delimiter, Limits limits)
    : m_limits(limits)
    , m_delimiter(delimiter)
    , m_fast(delimiter != '"' && delimiter != '\r' && delimiter != '\n')
{
    m_limits.maxRecordBytes = std::max<qsizetype>(m_limits.maxRecordBytes, 64);
    m_limits.maxFields = std::max(m_limits.maxFields, 1);
    m_buffer.resize(m_limits.maxRecordBytes);
    m_special[static_cast<unsigned char>('\n')] = true;
    m_special[static_cast<unsigned char>('\r')] = true;
    m_special[static_cast<unsigned char>('"')] = true;
    if (delimiter)
        m_special[static_cast<unsigned char>(delimiter)] = true;
    m_fields.reserve(64);
}

void CsvTokenizer::append(const char* p, qsizetype n)
{
    const qsizetype room = m_limits.maxRecordBytes - m_used;
    if (n > room) {
        n = room;
        m_truncated = true;
    }
    if (n > 0) {
        std::memcpy(m_buffer.data() + m_used, p, static_cast<size_t>(n));
        m_used += n;
    }
}

void CsvTokenizer::endField()
{
    if (static_cast<qsizetype>(m_fields.size()) >= m_limits.maxFields) {
        m_truncated = true;
    } else {
        m_fields.push_back({m_fieldStart, m_used - m_fieldStart});
    }
    m_fieldStart = m_used;
}

void CsvTokenizer::endRecord(Sink& sink, bool unterminatedQuote)
{
    CsvRecord record;
    record.m_data = m_buffer.constData();
    record.m_fields = &m_fields;
    record.m_line = m_recordLine;
    record.m_lineCount = m_line - m_recordLine + 1;
    record.m_truncated = m_truncated;
    record.m_unterminatedQuote = unterminatedQuote;
    sink.record(record);
    m_fields.clear();
    m_used = 0;
    m_fieldStart = 0;
    m_truncated = false;
    m_anyInput = false;
}

qsizetype CsvTokenizer::simpleRecord(const char* p, qsizetype i, qsizetype n, Sink& sink)
{
    // Where the state machine would copy the line's bytes cell by cell into m_buffer, a simple
    // line (the vast majority of any export) is split in place: the same fields, the same
    // record, no copy. Anything else (a quote anywhere, a lone CR, no line end in this chunk,
    // a line over the limits) is left to the state machine, which decides it exactly as before.
    const char delimiter = m_delimiter ? m_delimiter : '\n';
    const qsizetype maxEnd = std::min(n, i + m_limits.maxRecordBytes + 2);
    m_fields.clear();
    qsizetype fieldStart = i;
    qsizetype j = i;
    // Returns the index after the line end, 0 when the line is not simple, -1 to go on.
    auto special = [&](qsizetype k) -> qsizetype {
        const char c = p[k];
        if (c == '\n' || (c == '\r' && k + 1 < n && p[k + 1] == '\n')) {
            if (static_cast<int>(m_fields.size()) >= m_limits.maxFields ||
                k - i > m_limits.maxRecordBytes)
                return 0;
            m_fields.push_back({fieldStart - i, k - fieldStart});
            return c == '\n' ? k + 1 : k + 2;
        }
        if (c != delimiter)
            return 0; // a quote, or a lone CR
        if (static_cast<int>(m_fields.size()) >= m_limits.maxFields)
            return 0;
        m_fields.push_back({fieldStart - i, k - fieldStart});
        fieldStart = k + 1;
        return -1;
    };
    qsizetype next = -1;
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i delim = _mm_set1_epi8(delimiter);
    for (; next < 0 && j + 16 <= maxEnd; j += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, lf), _mm_cmpeq_epi8(x, cr)),
                         _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, delim)))));
        while (mask && next < 0) {
            next = special(j + std::countr_zero(mask));
            mask &= mask - 1;
        }
    }
#endif
    for (; next < 0 && j < maxEnd; ++j) {
        if (m_special[static_cast<unsigned char>(p[j])])
            next = special(j);
    }
    if (next <= 0) {
        m_fields.clear();
        return i;
    }
    CsvRecord record;
    record.m_data = p + i;
    record.m_fields = &m_fields;
    record.m_line = m_line;
    record.m_lineCount = 1;
    sink.record(record);
    m_fields.clear();
    ++m_line;
    return next;
}

void CsvTokenizer::feed(QByteArrayView chunk, Sink& sink)
{
    const char* p = chunk.data();
    const qsizetype n = chunk.size();
    qsizetype i = 0;
    while (i < n) {
        if (m_fast && m_state == State::FieldStart && !m_anyInput) {
            qint64 lines = 0;
            const qsizetype taken = sink.takeLines(p + i, n - i, m_line, &lines);
            if (taken > 0) {
                i += taken;
                m_line += lines;
                continue;
            }
            const qsizetype next = simpleRecord(p, i, n, sink);
            if (next > i) {
                i = next;
                continue;
            }
        }
        switch (m_state) {
        case State::AfterCr:
            if (p[i] == '\n')
                ++i;
            m_state = State::FieldStart;
            break;
        case State::FieldStart:
            if (!m_anyInput) {
                m_anyInput = true;
                m_recordLine = m_line;
            }
            if (p[i] == '"') {
                m_state = State::Quoted;
                ++i;
                break;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            qsizetype j = i;
            while (j < n && !m_special[static_cast<unsigned char>(p[j])])
                ++j;
            append(p + i, j - i);
            if (j == n) {
                i = n;
                break;
            }
            const char c = p[j];
            i = j + 1;
            if (c == '"') {
                append(p + j, 1); // a literal quote inside an unquoted field
            } else if (c == '\n' || c == '\r') {
                endField();
                endRecord(sink);
                ++m_line;
                m_state = c == '\r' ? State::AfterCr : State::FieldStart;
            } else { // the delimiter
                endField();
                m_state = State::FieldStart;
            }
            break;
        }
        case State::Quoted: {
            const void* q = std::memchr(p + i, '"', static_cast<size_t>(n - i));
            const qsizetype k = q ? static_cast<const char*>(q) - p : n;
            m_line += std::count(p + i, p + k, '\n');
            append(p + i, k - i);
            if (k == n) {
                i = n;
                break;
            }
            m_state = State::QuoteInQuoted;
            i = k + 1;
            break;
        }
        case State::QuoteInQuoted:
            if (p[i] == '"') {
                append(p + i, 1); // "" inside quotes is one quote
                m_state = State::Quoted;
                ++i;
            } else {
                // Closing quote: the delimiter or line end follows (anything
                // else is kept literally, as Excel does).
                m_state = State::Unquoted;
            }
            break;
        }
    }
}

void CsvTokenizer::finish(Sink& sink)
{
    if (m_state == State::AfterCr) {
        m_state = State::FieldStart;
        return;
    }
    if (!m_anyInput)
        return;
    const bool unterminated = m_state == State::Quoted;
    m_finalLine = true;
    endField();
    endRecord(sink, unterminated);
    m_state = State::FieldStart;
}

CsvDialect CsvTokenizer::sniff(QByteArrayView sample, bool atEnd)
{
    CsvDialect dialect;
    // Excel's hint line: "sep=;"
    if (sample.startsWith("sep=") && sample.size() >= 5) {
        const char c = sample[4];
        const QByteArrayView rest = sample.sliced(5);
        const qsizetype eol = rest.indexOf('\n');
        const QByteArrayView tail = eol < 0 ? rest : rest.first(eol);
        if (c != '\r' && c != '\n' && tail.trimmed().isEmpty()) {
            dialect.delimiter = c;
            dialect.sepLine = true;
            return dialect;
        }
    }

    constexpr std::array<char, 4> candidates = {'\t', ';', ',', '|'};
    constexpr int maxLines = 100;
    std::vector<std::array<int, 4>> counts;
    counts.reserve(maxLines);
    std::array<int, 4> current{};
    bool inQuotes = false;
    bool lineHasText = false;
    const qsizetype n = sample.size();
    for (qsizetype i = 0; i < n && static_cast<int>(counts.size()) < maxLines; ++i) {
        const char c = sample[i];
        if (c == '"') {
            inQuotes = !inQuotes;
            lineHasText = true;
            continue;
        }
        if (!inQuotes && (c == '\n' || c == '\r')) {
            if (lineHasText)
                counts.push_back(current);
            current = {};
            lineHasText = false;
            continue;
        }
        if (inQuotes)
            continue;
        if (c != ' ' && c != '\t')
            lineHasText = true;
        for (size_t k = 0; k < candidates.size(); ++k) {
            if (c == candidates[k]) {
                ++current[k];
                lineHasText = true;
            }
        }
    }
    if (atEnd && lineHasText && static_cast<int>(counts.size()) < maxLines)
        counts.push_back(current); // last line without line end
    if (counts.empty())
        return dialect;

    // For each candidate: the most common per-line count (the mode) and how many
    // lines have exactly it. Best: most consistent, then most columns.
    double bestConsistency = 0;
    int bestMode = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        std::vector<int> values;
        values.reserve(counts.size());
        for (const auto& line : counts)
            values.push_back(line[k]);
        std::sort(values.begin(), values.end());
        int mode = 0;
        int modeRun = 0;
        for (size_t a = 0; a < values.size();) {
            size_t b = a;
            while (b < values.size() && values[b] == values[a])
                ++b;
            const int run = static_cast<int>(b - a);
            if (values[a] > 0 && (run > modeRun || (run == modeRun && values[a] > mode))) {
                mode = values[a];
                modeRun = run;
            }
            a = b;
        }
        if (mode == 0)
            continue;
        const double consistency = double(modeRun) / double(values.size());
        if (consistency < 0.5)
            continue;
        if (consistency > bestConsistency + 1e-9 ||
            (consistency > bestConsistency - 1e-9 && mode > bestMode)) {
            bestConsistency = consistency;
            bestMode = mode;
            dialect.delimiter = candidates[k];
        }
    }
    return dialect;
}

} // namespace fotadesk
