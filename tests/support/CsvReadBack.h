// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/ImeiImportResult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fotadesk::test {

/// A CSV file the project wrote, read back the way the project reads files:
/// the BOM checked and skipped, the delimiter sniffed by CsvTokenizer::sniff(),
/// the records split by CsvTokenizer, each cell decoded from UTF-8 and passed
/// through CsvWriter::restoreCell().
struct CsvReadBack
{
    bool bom = false;        ///< the file starts with the UTF-8 BOM
    bool crlf = false;       ///< every line end outside quotes is CRLF, the last line included
    char delimiter = 0;      ///< as sniffed (',' or 0 for a one-column file)
    QList<QStringList> rows; ///< header row included
    /// The cells as written (quotes removed, apostrophe markers kept).
    QList<QStringList> rawRows;
    /// Cells as written that a spreadsheet would run as a formula: starting with
    /// = + - @ TAB or CR and not a plain number. Empty for a safe file.
    QStringList unsafeCells;
};

[[nodiscard]] CsvReadBack readCsvBack(const QByteArray& file);

/// The file through the project's IMEI importer (ImeiImporter::importDevice()).
[[nodiscard]] ImeiImportResult importCsvBack(const QByteArray& file);

} // namespace fotadesk::test
