// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Imei.h"
#include "core/ImportTextDecoder.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace fotadesk {

/// Why a whole file could not be imported.
enum class ImeiImportError : std::uint8_t
{
    None,
    Unreadable,   ///< missing, no permission, a directory, or a read error
    Empty,        ///< no bytes, or only blank lines
    Binary,       ///< not text (NUL bytes, control characters)
    NoImeiColumn, ///< no column named or looking like IMEIs
    Cancelled,    ///< stopped through ImeiImportOptions::stopToken
};

/// The stable kebab-case code, e.g. "no-imei-column" (part of fotactl's JSON).
QString imeiImportErrorCode(ImeiImportError error);

/// Why one line was rejected.
enum class ImeiRejectReason : std::uint8_t
{
    InvalidImei,       ///< the IMEI cell failed Imei::parse (see imeiError)
    MissingField,      ///< the row has fewer cells than the IMEI column needs
    LineTooLong,       ///< the row exceeded the record size limit (cut, not parsed)
    UnterminatedQuote, ///< a quoted field opened here was never closed
};

/// One rejected data line. code(), message() and suggestion() are computed
/// on demand so that a file full of bad lines stays cheap to hold.
struct ImeiRejectedLine
{
    qint64 line = 0; ///< physical line (1-based) where the row starts
    QString text;    ///< the IMEI cell as found (cut to a few hundred characters)
    ImeiRejectReason reason = ImeiRejectReason::InvalidImei;
    ImeiError imeiError = ImeiError::None; ///< for InvalidImei

    /// Stable kebab-case: an Imei error code ("bad-check-digit", ...) or
    /// "missing-field", "line-too-long", "unterminated-quote".
    [[nodiscard]] QString code() const;
    [[nodiscard]] QString message() const;
    /// The corrected 15-digit IMEI for 14-digit values and IMEISVs, else empty.
    [[nodiscard]] QString suggestion() const;
};

/// A data line whose IMEI was already seen on an earlier line.
struct ImeiDuplicateLine
{
    qint64 line = 0;
    Imei imei;
};

/// Everything an import found out about a file.
struct ImeiImportResult
{
    ImeiImportError error = ImeiImportError::None;
    QString errorMessage; ///< what went wrong and how to fix it (when error != None)

    ImportEncoding encoding = ImportEncoding::Utf8;
    char delimiter = 0;     ///< ',', ';', '\t', '|', or 0 for one value per line
    bool hasHeader = false; ///< the first row was a header (not data)
    int column = -1;        ///< the IMEI column, 0-based
    QString columnName;     ///< its header cell (empty without a header row)
    bool columnByHeaderName = false;

    QList<Imei> imeis; ///< unique valid IMEIs, first-seen order (see ImeiImportOptions::keepImeis)
    qint64 uniqueCount = 0; ///< how many unique valid IMEIs (imeis.size() when they are kept)
    qint64 duplicateCount = 0;
    QList<ImeiDuplicateLine> duplicates; ///< the first ImeiImportOptions::maxDuplicatesKept
    QList<ImeiRejectedLine> rejected;    ///< the first ImeiImportOptions::maxRejectedKept
    qint64 rejectedCount = 0;            ///< all rejected lines (>= rejected.size())

    // With ImeiImportOptions::keepSourceDetails only (the device list editor;
    // fotactl does without): each kept row's source line and other cells.
    QList<quint32> imeiLines;          ///< the line of each of `imeis`
    QStringList otherColumnNames;      ///< header cells of the other columns (no header: empty)
    QList<QStringList> imeiCells;      ///< other cells of each of `imeis` (none: empty)
    QList<QStringList> duplicateCells; ///< ... of each of `duplicates`
    QList<QStringList> rejectedCells;  ///< ... of each of `rejected`

    qint64 dataLines = 0; ///< non-blank rows after the header
    qint64 lines = 0;     ///< physical lines in the file
    qint64 bytes = 0;     ///< bytes read

    [[nodiscard]] bool ok() const { return error == ImeiImportError::None; }
    [[nodiscard]] QString encodingName() const { return importEncodingName(encoding); }
    /// "," ";" "\t" "|" as text; empty for one value per line.
    [[nodiscard]] QString delimiterText() const;
    /// "comma", "semicolon", "tab", "pipe" or "none" (for people).
    [[nodiscard]] QString delimiterName() const;
};

} // namespace fotadesk

// A list of rejected lines grows by realloc() instead of moving each line (issue 20: a million-
// line file with 11,000 rejected lines).
Q_DECLARE_TYPEINFO(fotadesk::ImeiRejectedLine, Q_RELOCATABLE_TYPE);
