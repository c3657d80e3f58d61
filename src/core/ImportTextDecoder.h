// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <cstdint>

namespace fotadesk {

/// The text encodings the IMEI table importer recognises.
enum class ImportEncoding : std::uint8_t
{
    Utf8,        ///< UTF-8 without BOM (plain ASCII files are reported as this)
    Utf8Bom,     ///< UTF-8 with a byte order mark (Excel "CSV UTF-8")
    Utf16Le,     ///< UTF-16 little endian (Excel "Unicode text"), with or without BOM
    Utf16Be,     ///< UTF-16 big endian, with or without BOM
    Windows1252, ///< 8-bit text that is not valid UTF-8 (older Excel "CSV")
};

/// The stable name of an encoding: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252".
QString importEncodingName(ImportEncoding encoding);

/// What the first bytes of a file say about its encoding.
struct ImportEncodingGuess
{
    ImportEncoding encoding = ImportEncoding::Utf8;
    int bomLength = 0; ///< bytes to skip at the start of the file
};

/// Turns the raw bytes of a table file into the 8-bit stream the CSV tokenizer
/// reads: UTF-8 and Windows-1252 pass through untouched (no copy), UTF-16 is
/// converted to UTF-8 chunk by chunk (surrogate pairs split across chunks are
/// handled). Cells are decoded to QString only when needed (decodeCell()).
class ImportTextDecoder final
{
public:
    /// Guesses the encoding from the first bytes of a file: BOMs first, then
    /// UTF-16 without BOM (every other byte zero), then UTF-8 validity.
    /// atEnd: head holds the whole file (a truncated UTF-8 sequence at its end
    /// is then an error rather than a chunk boundary).
    static ImportEncodingGuess detect(QByteArrayView head, bool atEnd);

    /// True when decoded text looks like binary data rather than a table:
    /// NUL bytes, or more than 2% control characters other than tab, CR, LF, FF.
    static bool looksBinary(QByteArrayView decoded);

    /// True when bytes are well-formed UTF-8. allowTruncatedEnd: an incomplete
    /// sequence in the last 3 bytes is accepted (the rest is in the next chunk).
    static bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd = false);

    /// Windows-1252 to Unicode (the 0x80-0x9F range mapped per the code page).
    static QString fromWindows1252(QByteArrayView bytes);

    /// Decodes one cell of the tokenizer's stream: ASCII as is, otherwise UTF-8
    /// when it is valid UTF-8 (and the file is not Windows-1252), else Windows-1252.
    static QString decodeCell(QByteArrayView bytes, ImportEncoding encoding);

    explicit ImportTextDecoder(ImportEncoding encoding);

    /// Converts one chunk (BOM already removed). The returned view is valid
    /// until the next call and may point into `chunk`.
    QByteArrayView decode(QByteArrayView chunk);

    [[nodiscard]] ImportEncoding encoding() const { return m_encoding; }

private:
    ImportEncoding m_encoding;
    QStringDecoder m_utf16;
    QByteArray m_out;
    QString m_text;
    char16_t m_pendingHigh = 0; ///< a high surrogate whose pair is in the next chunk
};

} // namespace fotadesk
