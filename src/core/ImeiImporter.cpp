// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ImeiImporter.h"

#include "core/CsvTokenizer.h"
#include "core/CsvWriter.h"
#include "core/ImeiColumnDetector.h"
#include "core/ImeiDigits.h"
#include "core/ImportBlockReader.h"
#include "core/ImportDedupe.h"
#include "core/ImportLineSplitter.h"
#include "core/ImportTextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <vector>

namespace fotadesk {

Q_LOGGING_CATEGORY(lcImeiImport, "fotadesk.core.import", QtInfoMsg)

namespace {

constexpr qsizetype kSniffBytes = 64 * 1024; // delimiter and binary sniffing
constexpr int kSampleRows = 200;             // rows looked at to find the IMEI column
constexpr qsizetype kSampleBytes = 1024 * 1024;
constexpr qint64 kMaxReserve = 1'500'000; // IMEIs reserved up front at most (~28 MB)
constexpr qint64 kLargeFileBlocks = 8;    // a file of this many blocks or more is large

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::ImeiImporter)
};

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && CsvRecord::isBlankByte(v[b]))
        ++b;
    while (e > b && CsvRecord::isBlankByte(v[e - 1]))
        --e;
    return v.sliced(b, e - b);
}

/// The value of the 15 digits at `s` when their Luhn sum is right, else 0, for a cell inside a
/// block that holds at least one more byte after it (its delimiter or line end).
std::uint64_t digitsInBlock(const char* s)
{
#if defined(__SSE2__)
    return imeidigits::fifteenDigitsWithLuhn16(s);
#else
    return imeidigits::fifteenDigitsWithLuhn(s);
#endif
}

bool hasHighBytes(QByteArrayView v)
{
    return std::any_of(v.begin(), v.end(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

/// A row kept while the first rows are sampled (owns its bytes).
struct SampleRow
{
    qint64 m_line = 0;
    QList<QByteArray> m_fields;
    bool m_truncated = false;
    bool m_unterminated = false;

    qint64 line() const { return m_line; }
    int fieldCount() const { return static_cast<int>(m_fields.size()); }
    QByteArrayView field(int i) const { return m_fields.at(i); }
    bool truncated() const { return m_truncated; }
    bool unterminatedQuote() const { return m_unterminated; }
};

/// One import: receives the tokenizer's records, samples the first rows to
/// find the column, then validates every row.
class ImportRun final : public CsvTokenizer::Sink
{
public:
    ImportRun(const ImeiImportOptions& options, ImeiImportResult& result, bool skipSepLine,
              qint64 totalBytes)
        : m_options(options)
        , m_result(result)
        , m_skipSepLine(skipSepLine)
        , m_totalBytes(totalBytes)
        , m_lane(chooseLane(options.baselineSimd))
        , m_unique(result, options)
    {}

    /// Ends the import: the IMEIs still on their way are stored.
    void finish() { m_unique.finish(); }
    /// The import failed: stops the second thread before the result is cleared.
    void abandon() { m_unique.abandon(); }

    void record(const CsvRecord& record) override
    {
        if (m_skipSepLine) {
            m_skipSepLine = false;
            return;
        }
        if (record.isBlank() && !record.truncated() && !record.unterminatedQuote())
            return;
        if (m_sampling) {
            SampleRow row;
            row.m_line = record.line();
            row.m_truncated = record.truncated();
            row.m_unterminated = record.unterminatedQuote();
            row.m_fields.reserve(record.fieldCount());
            for (int i = 0; i < record.fieldCount(); ++i) {
                row.m_fields.append(record.field(i).toByteArray());
                m_sampleBytes += record.field(i).size() + 1; // + delimiter or line end
            }
            m_sample.push_back(std::move(row));
            if (static_cast<int>(m_sample.size()) >= kSampleRows || m_sampleBytes >= kSampleBytes)
                endSampling();
            return;
        }
        handle(record);
    }

    /// The fast lane of an import (fotactl's, and the editor's for one-column files): while
    /// nothing but the IMEI is kept, the lines whose IMEI cell is 15 digits with a right Luhn
    /// sum are checked here straight from the block, without a record each. Any other line
    /// (and one not simple for the tokenizer) ends the lane: the tokenizer hands it over as a
    /// record, so every rule below applies to it as before.
    qsizetype takeLines(const char* p, qsizetype n, qint64 line, qint64* lines) override
    {
        *lines = 0;
        if (m_sampling || m_keepCells || m_column < 0 || m_skipSepLine ||
            std::endian::native != std::endian::little)
            return 0;
        return m_lane(*this, p, n, line, lines);
    }

    /// The lane with AVX2 where the CPU has it, else with the baseline (SSE2 on x86-64): the
    /// same lines taken, the same results (ImeiImportOptions::baselineSimd, for the tests).
    using Lane = qsizetype (*)(ImportRun&, const char*, qsizetype, qint64, qint64*);
    static Lane chooseLane(bool baseline)
    {
#if FOTADESK_IMPORT_AVX2
        if (!baseline && ImportLineSplitter::avx2Available())
            return &laneAvx2;
#else
        (void)baseline;
#endif
        return &laneBaseline;
    }
    // flatten: the lane, the splitter and its masks become one function, compiled for the
    // instruction set named here (an inlined call cannot cross from one set to another).
    [[gnu::flatten]] static qsizetype laneBaseline(ImportRun& run, const char* p, qsizetype n,
                                                   qint64 line, qint64* lines)
    {
        return run.lane<ImportLineSplitter::Baseline>(p, n, line, lines);
    }
#if FOTADESK_IMPORT_AVX2
    [[gnu::flatten, gnu::target("avx2,bmi,popcnt")]] static qsizetype
    laneAvx2(ImportRun& run, const char* p, qsizetype n, qint64 line, qint64* lines)
    {
        return run.lane<ImportLineSplitter::Avx2>(p, n, line, lines);
    }
#endif

    template <typename Simd> qsizetype lane(const char* p, qsizetype n, qint64 line, qint64* lines)
    {
        // One IMEI a line (the plain list): 15 digits and an LF need no splitting at all.
        const bool plain =
            m_result.delimiter == 0 && m_column == 0 && m_options.maxRecordBytes >= 15;
        qsizetype i = 0;
        while (i < n) {
            std::uint64_t value = 0;
            qsizetype next = -1;
            if (plain && n - i >= 16 && p[i + 15] == '\n') {
                value = digitsInBlock(p + i);
                next = i + 16;
            }
            if (value == 0) {
                qsizetype begin = 0;
                qsizetype end = 0;
                next = m_splitter.split<Simd>(p, n, i, &begin, &end);
                if (next < 0)
                    return i;
                const QByteArrayView raw(p + begin, end - begin);
                // The cell ends before the line's LF, inside [p, p + n): its 16th byte is there.
                // 15 digits have no blank to trim (a blank is not a digit: 0, and trimmed below).
                if (raw.size() == 15)
                    value = digitsInBlock(raw.data());
                const QByteArrayView cell = value != 0 ? raw : trimmed(raw);
                if (value == 0 && raw.size() != 15 && cell.size() == 15)
                    value = digitsInBlock(cell.data());
                if (value == 0) {
                    // Any other cell (dashes, an apostrophe, a wrong digit): Imei's full rules,
                    // as handle() applies them to a record, without leaving the lane. A blank
                    // row (skipped, not counted) and a cell to decode first are the tokenizer's.
                    if (hasHighBytes(cell) || (cell.isEmpty() && m_splitter.isBlank(p, i, next)))
                        return i;
                    const ImeiParseResult r = Imei::parse(cell);
                    ++m_result.dataLines;
                    if (r.isValid())
                        m_unique.add(line + *lines, r.value);
                    else
                        rejectInvalid(line + *lines, raw, r.error);
                    ++*lines;
                    i = next;
                    continue;
                }
            }
            ++m_result.dataLines;
            m_unique.add(line + *lines, value);
            ++*lines;
            i = next;
        }
        return i;
    }

    /// Chooses the column from the sampled rows and processes them. False when
    /// no column holds IMEIs (the result's error is set) or nothing was sampled.
    bool endSampling()
    {
        if (!m_sampling)
            return m_result.column >= 0;
        m_sampling = false;
        if (m_sample.empty())
            return false;
        QList<QStringList> rows;
        rows.reserve(static_cast<qsizetype>(m_sample.size()));
        for (const auto& s : m_sample) {
            QStringList cells;
            cells.reserve(s.m_fields.size());
            for (const auto& f : s.m_fields)
                cells.append(ImportTextDecoder::decodeCell(f, m_result.encoding));
            rows.append(cells);
        }
        const ImeiColumnChoice choice = ImeiColumnDetector::choose(rows);
        m_result.column = choice.column;
        m_result.hasHeader = choice.hasHeader;
        m_result.columnName = choice.headerName;
        m_result.columnByHeaderName = choice.byHeaderName;
        if (choice.column < 0) {
            m_sample.clear();
            return false;
        }
        m_column = choice.column;
        m_splitter = ImportLineSplitter(m_result.delimiter, m_column, m_options.maxRecordBytes,
                                        m_options.maxFields);
        if (m_options.keepSourceDetails) {
            startKeepingCells(rows, choice.hasHeader);
            m_unique.keepDetails(m_keepCells);
        }
        reserveForEstimate();
        bool first = true;
        for (const auto& row : m_sample) {
            if (first && choice.hasHeader) {
                first = false;
                continue;
            }
            first = false;
            handle(row);
        }
        m_sample.clear();
        m_sample.shrink_to_fit();
        return true;
    }

    /// The other columns are kept when any sampled row has more than one cell.
    void startKeepingCells(const QList<QStringList>& rows, bool hasHeader)
    {
        m_keepCells = std::any_of(rows.begin(), rows.end(),
                                  [](const QStringList& r) { return r.size() > 1; });
        if (!m_keepCells)
            return;
        QStringList names;
        if (hasHeader) {
            names = rows.first();
            for (QString& name : names)
                name = name.trimmed();
        } else {
            // No header: the columns are named by their position in the file.
            qsizetype widest = 0;
            for (const QStringList& r : rows)
                widest = std::max(widest, r.size());
            for (qsizetype i = 0; i < widest; ++i)
                names.append(Tr::tr("Column %1").arg(i + 1));
        }
        if (m_column < names.size())
            names.removeAt(m_column);
        m_result.otherColumnNames = names;
    }

    [[nodiscard]] bool sampledNothing() const
    {
        return m_sampling && m_sample.empty();
    }
    [[nodiscard]] bool sampling() const
    {
        return m_sampling;
    }
    [[nodiscard]] bool columnMissing() const
    {
        return !m_sampling && m_result.column < 0;
    }

private:
    template <typename Row> void handle(const Row& row)
    {
        if (m_result.column < 0)
            return; // no column: the caller stops
        ++m_result.dataLines;
        if (row.unterminatedQuote()) {
            reject(row, cellOrRow(row), ImeiRejectReason::UnterminatedQuote);
            return;
        }
        if (row.truncated()) {
            reject(row, cellOrRow(row), ImeiRejectReason::LineTooLong);
            return;
        }
        if (m_column >= row.fieldCount()) {
            reject(row, cellOrRow(row), ImeiRejectReason::MissingField);
            return;
        }
        const QByteArrayView raw = row.field(m_column);
        const QByteArrayView cell = trimmed(raw);

        // Fast path: exactly 15 ASCII digits (the overwhelmingly common case) with a right
        // Luhn sum; anything else, including 15 zeros, takes Imei's full rules below.
        if (cell.size() == 15 && std::endian::native == std::endian::little) {
            const std::uint64_t value = imeidigits::fifteenDigitsWithLuhn(cell.data());
            if (value != 0) {
                accept(row, value);
                return;
            }
        }

        // Everything else goes through Imei's full rules.
        ImeiParseResult r;
        QString text;
        if (hasHighBytes(cell)) {
            text = ImportTextDecoder::decodeCell(cell, m_result.encoding);
            r = Imei::parse(QStringView(text));
        } else {
            r = Imei::parse(cell);
        }
        if (r.isValid()) {
            accept(row, r.value);
            return;
        }
        if (rejectInvalid(row.line(), raw, r.error) && m_keepCells)
            m_result.rejectedCells.append(otherCells(row));
    }

    /// Counts line `line`, whose IMEI cell `raw` Imei::parse() refused with `error`, and keeps
    /// it while fewer than maxRejectedKept are kept (true: kept).
    [[gnu::noinline]] bool rejectInvalid(qint64 line, QByteArrayView raw, ImeiError error)
    {
        ++m_result.rejectedCount;
        if (m_result.rejected.size() >= m_options.maxRejectedKept)
            return false;
        ImeiRejectedLine rejected;
        rejected.line = line;
        // A cell our own CsvWriter neutralised ('=1+1) is shown as it was (=1+1).
        rejected.text = CsvWriter::restoreCell(cut(raw));
        rejected.reason = ImeiRejectReason::InvalidImei;
        rejected.imeiError = error;
        m_result.rejected.append(std::move(rejected));
        return true;
    }

    template <typename Row> void accept(const Row& row, std::uint64_t value)
    {
        if (m_keepCells)
            m_unique.add(row.line(), value, otherCells(row));
        else
            m_unique.add(row.line(), value);
    }

    /// The row's cells other than the IMEI, decoded (and without CsvWriter's marker).
    template <typename Row> QStringList otherCells(const Row& row) const
    {
        QStringList cells;
        cells.reserve(std::max(row.fieldCount() - 1, 0));
        for (int i = 0; i < row.fieldCount(); ++i) {
            if (i != m_column)
                cells.append(CsvWriter::restoreCell(
                    ImportTextDecoder::decodeCell(trimmed(row.field(i)), m_result.encoding)));
        }
        return cells;
    }

    /// Sizes the set and the list once from the sample's average row length,
    /// instead of growing them step by step (capped: an estimate is only an estimate).
    void reserveForEstimate()
    {
        if (m_totalBytes <= 0 || m_sample.empty())
            return;
        const double perRow = double(m_sampleBytes) / double(m_sample.size());
        const auto estimate = static_cast<qint64>(double(m_totalBytes) / std::max(perRow, 1.0));
        const qint64 reserve = std::min<qint64>(estimate + estimate / 16, kMaxReserve);
        if (reserve > kSampleRows)
            m_unique.reserve(reserve);
    }

    template <typename Row>
    void reject(const Row& row, const QString& text, ImeiRejectReason reason)
    {
        ++m_result.rejectedCount;
        if (m_result.rejected.size() < m_options.maxRejectedKept) {
            m_result.rejected.append({row.line(), text, reason, ImeiError::None});
            if (m_keepCells)
                m_result.rejectedCells.append(otherCells(row));
        }
    }

    /// The IMEI cell when the row has one, else the start of the row.
    template <typename Row> QString cellOrRow(const Row& row) const
    {
        if (m_column < row.fieldCount() && !row.field(m_column).isEmpty())
            return cut(row.field(m_column));
        QByteArray joined;
        const char sep = m_result.delimiter ? m_result.delimiter : ' ';
        for (int i = 0; i < row.fieldCount() && joined.size() <= m_options.maxRejectedTextChars * 4;
             ++i) {
            if (i)
                joined += sep;
            joined += row.field(i).first(
                std::min<qsizetype>(row.field(i).size(), m_options.maxRejectedTextChars * 4));
        }
        return cut(joined);
    }

    QString cut(QByteArrayView bytes) const
    {
        const qsizetype max = m_options.maxRejectedTextChars;
        // Decode a little more than needed (UTF-8 takes up to 4 bytes a character).
        const bool longer = bytes.size() > max * 4;
        QString text =
            ImportTextDecoder::decodeCell(longer ? bytes.first(max * 4) : bytes, m_result.encoding);
        if (text.size() > max || longer) {
            text.truncate(max);
            text += QChar(0x2026);
        }
        return text;
    }

    const ImeiImportOptions& m_options;
    ImeiImportResult& m_result;
    bool m_skipSepLine;
    bool m_sampling = true;
    std::vector<SampleRow> m_sample;
    qsizetype m_sampleBytes = 0;
    qint64 m_totalBytes;
    int m_column = -1;
    ImportLineSplitter m_splitter; ///< the fast lane's, once the column is known
    bool m_keepCells = false;
    const Lane m_lane;
    ImportDedupe m_unique; ///< last: stops its thread before the rest goes
};

void fail(ImeiImportResult& result, ImeiImportError error, QString message)
{
    result.error = error;
    result.errorMessage = std::move(message);
    result.imeis.clear();
    result.uniqueCount = 0;
    result.rejected.clear();
    result.duplicates.clear();
    result.imeiLines.clear();
    result.imeiCells.clear();
    result.duplicateCells.clear();
    result.rejectedCells.clear();
}

} // namespace

ImeiImporter::ImeiImporter(ImeiImportOptions options)
    : m_options(std::move(options))
{
    m_options.blockSize = std::max<qsizetype>(m_options.blockSize, 4096);
    m_options.maxRejectedTextChars = std::max<qsizetype>(m_options.maxRejectedTextChars, 16);
}

ImeiImportResult ImeiImporter::importFile(const QString& path) const
{
    const QFileInfo info(path);
    if (info.isDir()) {
        ImeiImportResult result;
        fail(result, ImeiImportError::Unreadable,
             Tr::tr("\u201c%1\u201d is a folder, not a file: give the path of the exported device "
                    "list (CSV, TSV or TXT).")
                 .arg(path));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImeiImportResult result;
        fail(result, ImeiImportError::Unreadable,
             (info.exists()
                  ? Tr::tr("Cannot read \u201c%1\u201d: %2. Check that you have permission "
                           "to read it.")
                  : Tr::tr("Cannot read \u201c%1\u201d: %2. Check the path and the file "
                           "name."))
                 .arg(path, file.errorString()));
        return result;
    }
    return importDevice(file, path);
}

ImeiImportResult ImeiImporter::importDevice(QIODevice& device, const QString& name) const
{
    ImeiImportResult result;
    const qint64 total = device.isSequential() ? -1 : device.size() - device.pos();
    auto progress = [&](qint64 done) {
        if (m_options.progress)
            m_options.progress(done, total);
    };
    auto cancelled = [&]() {
        if (!m_options.stopToken.stop_requested())
            return false;
        fail(result, ImeiImportError::Cancelled,
             Tr::tr("The import of \u201c%1\u201d was cancelled.").arg(name));
        return true;
    };
    if (!device.isOpen() || !device.isReadable()) {
        fail(result, ImeiImportError::Unreadable,
             Tr::tr("Cannot read \u201c%1\u201d: it is not open for reading.").arg(name));
        return result;
    }
    progress(0);
    if (cancelled())
        return result;

    const qint64 blockSize = m_options.blockSize;
    // A file of a few MB reads into huge pages.
    ImportBlockReader reader(device, blockSize, total >= kLargeFileBlocks * blockSize);
    const char* block = nullptr;
    qint64 n = reader.next(&block);
    if (n < 0) {
        fail(result, ImeiImportError::Unreadable,
             Tr::tr("Cannot read \u201c%1\u201d: %2.").arg(name, device.errorString()));
        return result;
    }
    result.bytes = n;
    bool atEnd = n < blockSize;
    const QByteArrayView head(block, n);
    const ImportEncodingGuess guess = ImportTextDecoder::detect(head, atEnd);
    result.encoding = guess.encoding;
    if (head.size() <= guess.bomLength) {
        fail(result, ImeiImportError::Empty,
             Tr::tr("\u201c%1\u201d is empty. Export the device list again and check that the "
                    "export wrote the rows.")
                 .arg(name));
        return result;
    }

    ImportTextDecoder decoder(guess.encoding);
    const QByteArrayView decodedHead = decoder.decode(head.sliced(guess.bomLength));
    const QByteArrayView sniffed = decodedHead.first(std::min(decodedHead.size(), kSniffBytes));
    if (ImportTextDecoder::looksBinary(sniffed)) {
        const bool zip = head.startsWith("PK\x03\x04");
        fail(result, ImeiImportError::Binary,
             zip ? Tr::tr(
                       "\u201c%1\u201d is a spreadsheet workbook (.xlsx or .ods), not a text "
                       "table. Open it and save the device list as CSV (Excel: File \u2192 Save As "
                       "\u2192 CSV UTF-8) or as Unicode text.")
                       .arg(name)
                 : Tr::tr(
                       "\u201c%1\u201d is not a text table: it contains binary data (NUL bytes or "
                       "control characters). Export the device list as CSV, TSV or plain text.")
                       .arg(name));
        return result;
    }
    const CsvDialect dialect =
        CsvTokenizer::sniff(sniffed, atEnd && sniffed.size() == decodedHead.size());
    result.delimiter = dialect.delimiter;

    CsvTokenizer tokenizer(dialect.delimiter,
                           CsvTokenizer::Limits{m_options.maxRecordBytes, m_options.maxFields});
    ImportRun run(m_options, result, dialect.sepLine, total);
    // Every way out before the end stops the run's second thread first: it writes to result.
    auto noColumn = [&]() {
        run.abandon();
        fail(result, ImeiImportError::NoImeiColumn,
             Tr::tr("No IMEI column found in \u201c%1\u201d: no column header is named IMEI (or "
                    "“Device IMEI”, “Device ID”, ...) and no column holds "
                    "15-digit IMEI values. Add a header named IMEI above the column of device "
                    "IMEIs, or check that this is the right file.")
                 .arg(name));
    };

    tokenizer.feed(decodedHead, run);
    progress(result.bytes);
    while (!atEnd) {
        if (run.columnMissing()) {
            noColumn();
            return result;
        }
        if (m_options.stopToken.stop_requested()) {
            run.abandon();
            cancelled();
            return result;
        }
        n = reader.next(&block);
        if (n < 0) {
            run.abandon();
            fail(result, ImeiImportError::Unreadable,
                 Tr::tr("Reading \u201c%1\u201d failed after %2 bytes: %3.")
                     .arg(name)
                     .arg(result.bytes)
                     .arg(device.errorString()));
            return result;
        }
        result.bytes += n;
        atEnd = n < blockSize;
        tokenizer.feed(decoder.decode(QByteArrayView(block, n)), run);
        progress(result.bytes);
    }
    tokenizer.finish(run);
    result.lines = tokenizer.lines();

    if (run.sampledNothing()) {
        run.abandon();
        fail(result, ImeiImportError::Empty,
             Tr::tr("\u201c%1\u201d holds only blank lines: there is no device to import. Export "
                    "the device list again.")
                 .arg(name));
        return result;
    }
    if (!run.endSampling()) {
        noColumn();
        return result;
    }
    run.finish();
    progress(result.bytes);
    qCDebug(lcImeiImport) << "imported" << result.bytes << "bytes," << result.lines << "lines,"
                          << result.imeis.size() << "valid," << result.rejectedCount << "rejected,"
                          << result.duplicateCount << "duplicates";
    return result;
}

} // namespace fotadesk
