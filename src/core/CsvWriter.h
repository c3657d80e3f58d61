// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <initializer_list>

namespace fotadesk {

/// The one writer of every CSV file the project produces (campaign report,
/// device status and device list exports, the activity log, `fotactl report
/// devices --csv`, `fotactl audit --csv`). Its rules, and why:
///
/// - **Encoding: UTF-8 with a byte order mark** (EF BB BF) at the start of the
///   file. Excel reads a CSV without BOM in the Windows code page and garbles
///   every non-ASCII character (umlauts in campaign names, error messages); with
///   the BOM it reads UTF-8 ("CSV UTF-8"). The project's importer, LibreOffice,
///   pandas and Python's "utf-8-sig" skip it. Scripts that read the header with a
///   plain UTF-8 decoder see it as part of the first column name.
/// - **Line ends: CRLF** after every row, the last one included (RFC 4180 2.1-2.2).
/// - **Quoting (RFC 4180 2.5-2.7):** a cell is put in double quotes, with each
///   `"` doubled, when it contains a quote, CR or LF, a delimiter any reader
///   might guess (`,` `;` TAB `|` — the importer sniffs among these, so a `;`
///   in every row must not look like the delimiter), or starts or ends with a
///   space (readers that trim would change it). Every other cell is written
///   bare, as before, so plain IMEIs and times stay easy to read in a text editor.
/// - **Formula neutralisation (OWASP "CSV Injection", ASVS 1.2.10):** a cell
///   whose first character is `=` `+` `-` `@` TAB or CR is what spreadsheets
///   run as a formula (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3`, DDE `=cmd|...`);
///   it gets a leading apostrophe `'`, which makes the spreadsheet take it as
///   text. `=1+1` is written `'=1+1`.
///   *Exception, a plain number:* an optional sign, digits and at most one
///   `.` with digits after it (`-5`, `+12`, `-0.25`) is left as it is: a
///   spreadsheet reads it as that number and no formula fits in it. Anything
///   more — a phone number `+1 555 0100`, `-1+1`, `+49-30-1234` — is
///   neutralised; a spreadsheet would otherwise have evaluated it (and mangled
///   the phone number as a formula).
///   *Unambiguous:* a cell that already starts with apostrophes followed by
///   one of those characters (`'=x`, `''-5`) gets one more apostrophe, so
///   restoreCell() — which removes exactly one apostrophe before such a
///   character — gives back every cell exactly as it was passed in.
/// - **Control characters:** NUL and the other C0 controls except TAB, LF
///   and CR are written as U+FFFD: spreadsheets mishandle them and the
///   importer refuses a file with NUL bytes as binary.
///
/// Usage: cell() each value of a row, endRow(), and take() the bytes to write
/// whenever convenient (large exports are written in chunks).
class CsvWriter final
{
public:
    enum class Bom
    {
        Write, ///< the first take()/data() starts with the UTF-8 BOM
        Omit   ///< no BOM (a chunk that continues a file, or bytes for a test)
    };

    /// The UTF-8 byte order mark every file starts with.
    static constexpr QByteArrayView Utf8Bom{"\xEF\xBB\xBF", 3};

    explicit CsvWriter(Bom bom = Bom::Write);

    /// Appends one cell (quoted and neutralised as needed) to the current row.
    CsvWriter& cell(QStringView value);
    CsvWriter& cell(const QString& value) { return cell(QStringView(value)); }
    CsvWriter& cell(const char16_t* value) { return cell(QStringView(value)); }
    /// Appends a number cell (never quoted, never neutralised).
    CsvWriter& number(qint64 value);
    /// Appends an empty cell.
    CsvWriter& empty();
    /// Appends the cells of a whole row and ends it.
    CsvWriter& row(std::initializer_list<QStringView> cells);
    /// Ends the current row (CRLF).
    CsvWriter& endRow();

    /// The bytes written so far (and not yet taken).
    [[nodiscard]] const QByteArray& data() const { return m_out; }
    [[nodiscard]] qsizetype size() const { return m_out.size(); }
    /// Hands over the bytes written so far and starts an empty buffer.
    [[nodiscard]] QByteArray take();
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }

    /// One cell as written in a file (without delimiter).
    [[nodiscard]] static QByteArray encodeCell(QStringView value);
    /// True when value gets the apostrophe marker (see the rules above).
    [[nodiscard]] static bool needsNeutralising(QStringView value);
    /// The reader's side: a cell read back (unquoted) without the marker that
    /// encodeCell() added; any other cell unchanged.
    [[nodiscard]] static QString restoreCell(QStringView cell);

private:
    QByteArray m_out;
    bool m_rowStarted = false;
};

} // namespace fotadesk
