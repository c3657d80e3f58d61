// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace fotadesk {

/// The dialect of a delimited text file as sniffed from its first lines.
struct CsvDialect
{
    char delimiter = 0;   ///< ',', ';', '\t', '|', or 0 for one value per line
    bool sepLine = false; ///< the first line is Excel's "sep=;" hint (not data)
};

/// One record (logical row) handed to a CsvTokenizer::Sink. Field views point
/// into the tokenizer's buffer and are valid only during the Sink call.
class CsvRecord final
{
public:
    /// Physical line (1-based) on which the record starts in the source.
    [[nodiscard]] qint64 line() const { return m_line; }
    /// Physical lines the record spans (more than 1 with quoted newlines).
    [[nodiscard]] qint64 lineCount() const { return m_lineCount; }
    [[nodiscard]] int fieldCount() const { return static_cast<int>(m_fields->size()); }
    [[nodiscard]] QByteArrayView field(int i) const
    {
        const auto& f = (*m_fields)[static_cast<size_t>(i)];
        return QByteArrayView(m_data + f.offset, f.length);
    }
    /// True when the record exceeded the byte or field limit: fields are cut.
    [[nodiscard]] bool truncated() const { return m_truncated; }
    /// True when the file ended inside a quoted field that started here.
    [[nodiscard]] bool unterminatedQuote() const { return m_unterminatedQuote; }
    /// A byte of blank space in a cell: a space or a tab (isBlank(); the importer trims these
    /// and skips a line of nothing else, in its fast lane too).
    [[nodiscard]] static constexpr bool isBlankByte(char c) { return c == ' ' || c == '\t'; }
    /// True when every field is empty or only spaces and tabs (inline: asked of every record).
    [[nodiscard]] bool isBlank() const
    {
        for (const Span& f : *m_fields) {
            for (qsizetype i = 0; i < f.length; ++i) {
                if (!isBlankByte(m_data[f.offset + i]))
                    return false;
            }
        }
        return true;
    }

private:
    friend class CsvTokenizer;
    struct Span
    {
        qsizetype offset;
        qsizetype length;
    };
    const char* m_data = nullptr;
    const std::vector<Span>* m_fields = nullptr;
    qint64 m_line = 1;
    qint64 m_lineCount = 1;
    bool m_truncated = false;
    bool m_unterminatedQuote = false;
};

/// A streaming RFC 4180 tokenizer over 8-bit text (UTF-8 or Windows-1252):
/// quoted fields with embedded delimiters, doubled quotes and newlines; CRLF,
/// LF and lone CR line ends; physical line numbers counted through quoted
/// newlines. Memory is bounded whatever the input: a record longer than
/// maxRecordBytes (or with more than maxFields fields) is cut and flagged.
/// Lenient where Excel is sloppy: a quote inside an unquoted field, or text
/// after a closing quote, is kept literally.
class CsvTokenizer final
{
public:
    struct Limits
    {
        qsizetype maxRecordBytes = 64 * 1024;
        int maxFields = 4096;
    };

    class Sink
    {
    public:
        virtual ~Sink() = default;
        virtual void record(const CsvRecord& record) = 0;
        /// At the start of a record: the sink may take whole simple lines from the start of
        /// [p, p + n) itself, as fast as it can, instead of receiving them one by one as
        /// records: lines without a quote or a lone CR, each ended by LF or CRLF inside the
        /// range, within the limits (the first is line `line`).
        /// Returns the bytes taken (whole lines) and sets *lines to their number. Taking
        /// nothing is always right (the default); a line taken must be handled exactly as its
        /// record would have been.
        virtual qsizetype takeLines(const char* p, qsizetype n, qint64 line, qint64* lines)
        {
            (void)p;
            (void)n;
            (void)line;
            *lines = 0;
            return 0;
        }
    };

    /// Bit k set when p[k] is LF, CR, '"' or delimiter, for k < min(count, 16): the bytes a
    /// line splitter stops at, 16 at a time.
    static unsigned specialMask(const char* p, qsizetype count, char delimiter)
    {
#if defined(__SSE2__)
        if (count >= 16) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            return static_cast<unsigned>(_mm_movemask_epi8(
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')),
                                          _mm_cmpeq_epi8(x, _mm_set1_epi8('\r'))),
                             _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                          _mm_cmpeq_epi8(x, _mm_set1_epi8(delimiter))))));
        }
#endif
        unsigned mask = 0;
        for (qsizetype k = 0; k < std::min<qsizetype>(count, 16); ++k) {
            const char c = p[k];
            if (c == '\n' || c == '\r' || c == '"' || c == delimiter)
                mask |= 1u << k;
        }
        return mask;
    }

    /// The limits in force (the ones given, raised to their minimums).
    [[nodiscard]] const Limits& limits() const
    {
        return m_limits;
    }

    explicit CsvTokenizer(char delimiter, Limits limits);
    explicit CsvTokenizer(char delimiter)
        : CsvTokenizer(delimiter, Limits{})
    {}

    /// Feeds the next chunk; every complete record goes to sink.
    void feed(QByteArrayView chunk, Sink& sink);
    /// Ends the input: a last record without a line end is delivered.
    void finish(Sink& sink);

    /// Physical lines seen so far (a final line without line end counts).
    [[nodiscard]] qint64 lines() const
    {
        return m_anyInput || m_finalLine ? m_line : m_line - 1;
    }

    /// Sniffs the delimiter from the first lines of a file: the candidate
    /// (tab, semicolon, comma, pipe) that occurs outside quotes the same
    /// number of times on most lines. Excel's "sep=X" first line wins.
    /// atEnd: sample holds the whole file (its last line is complete).
    static CsvDialect sniff(QByteArrayView sample, bool atEnd);

private:
    enum class State : std::uint8_t
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
        AfterCr
    };

    void append(const char* p, qsizetype n);
    void endField();
    void endRecord(Sink& sink, bool unterminatedQuote = false);
    /// The fast path at the start of a record: a whole line of `p[i, n)` without quotes or a
    /// lone CR, within the limits, goes to sink straight from the chunk (no copy). Returns
    /// the index after its line end, or i when the state machine has to take the line.
    qsizetype simpleRecord(const char* p, qsizetype i, qsizetype n, Sink& sink);

    Limits m_limits;
    char m_delimiter = 0;
    bool m_fast = true; ///< simpleRecord() may be used (the delimiter is no quote or line end)
    State m_state = State::FieldStart;
    std::array<bool, 256> m_special{};
    QByteArray m_buffer;
    qsizetype m_used = 0;
    qsizetype m_fieldStart = 0;
    std::vector<CsvRecord::Span> m_fields;
    qint64 m_line = 1;       ///< current physical line (1-based)
    qint64 m_recordLine = 1; ///< line where the current record started
    bool m_truncated = false;
    bool m_anyInput = false;  ///< bytes seen since the last record end
    bool m_finalLine = false; ///< the input ended without a line end
};

} // namespace fotadesk
