// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/ImeiImportResult.h"

#include <QString>

#include <functional>
#include <span>
#include <stop_token>

class QIODevice;

namespace fotadesk {

/// How an import runs: progress, cancellation and memory limits.
struct ImeiImportOptions
{
    /// Called from the importing thread after each block (and once at the start
    /// and end) with bytes read so far and the total (-1 when unknown, e.g. a pipe).
    std::function<void(qint64 bytesRead, qint64 bytesTotal)> progress;
    /// Checked after each block: when stop is requested the import ends with
    /// ImeiImportError::Cancelled.
    std::stop_token stopToken;

    qsizetype blockSize = 256 * 1024;     ///< bytes read at a time
    qsizetype maxRecordBytes = 64 * 1024; ///< longer rows are rejected as line-too-long
    int maxFields = 4096;                 ///< more cells in one row: line-too-long
    qsizetype maxRejectedKept = 100'000;  ///< rejected lines kept in the result (all are counted)
    qsizetype maxDuplicatesKept = 1000;   ///< duplicate lines kept in the result (all are counted)
    qsizetype maxRejectedTextChars = 200; ///< longer cell texts are cut (with "…")
    /// Keeps each valid IMEI's line and, when the file has more columns than
    /// the IMEI, every kept row's other cells (ImeiImportResult::imeiLines,
    /// otherColumnNames, imeiCells, ...). Off: no work per line for it.
    bool keepSourceDetails = false;
    /// Called with each run of new unique IMEIs in first-seen order while the import goes on
    /// (fotactl writes --valid-out from it): every IMEI that ends in ImeiImportResult::imeis,
    /// once, in that order. Called on the importing thread or on the import's second thread
    /// (see parallel), never twice at once; the span lives until the call returns. After a
    /// failed import the IMEIs passed are not a result: throw them away.
    std::function<void(std::span<const Imei> imeis)> uniqueImeis;
    /// False: the unique IMEIs go to uniqueImeis only and ImeiImportResult::imeis stays empty
    /// (uniqueCount counts them). fotactl needs only the count and the file; a million kept
    /// IMEIs would be 8 MB written and thrown away.
    bool keepImeis = true;
    /// A large import (more than a few thousand valid IMEIs) drops its duplicates on a second
    /// thread while the importing thread reads on (without keepSourceDetails). The result is
    /// the same either way; false keeps everything on the importing thread (tests compare).
    bool parallel = true;
    /// True: the fast lane finds the cells with the baseline instructions (SSE2 on x86-64)
    /// even where the CPU has AVX2. The results are the same either way (tests compare).
    bool baselineSimd = false;
};

/// Reads a device table exported from Excel or another tool (CSV, TSV, TXT)
/// and returns the unique valid IMEIs with a precise account of every other
/// line. Encodings: UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1252 for
/// other 8-bit bytes. Delimiter (comma, semicolon, tab, pipe, or none) and
/// header row are sniffed; the IMEI column is found by header name or by
/// content. A rejected cell that CsvWriter neutralised for spreadsheets ('=1+1)
/// is reported without the marker (CsvWriter::restoreCell()). Memory stays bounded for any line
/// length; the work is done on bytes, in blocks, so a million lines take a fraction of a second.
///
/// Not a QObject and without shared state: run it on any thread (the GUI runs
/// it on a worker thread and forwards progress). One importer may run several
/// imports, one after the other or concurrently.
class ImeiImporter final
{
public:
    explicit ImeiImporter(ImeiImportOptions options = {});

    /// Imports the file at path.
    [[nodiscard]] ImeiImportResult importFile(const QString& path) const;
    /// Imports from an open, readable device (read from its current position).
    /// name is used in error messages (e.g. the file name or "standard input").
    [[nodiscard]] ImeiImportResult importDevice(QIODevice& device, const QString& name) const;

    [[nodiscard]] const ImeiImportOptions& options() const { return m_options; }

private:
    ImeiImportOptions m_options;
};

} // namespace fotadesk
