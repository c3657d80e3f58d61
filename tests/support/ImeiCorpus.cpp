// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/ImeiCorpus.h"

#include "core/Imei.h"

#include <QStringEncoder>

#include <array>
#include <cstdint>

namespace fotadesk::test {

namespace {

constexpr qsizetype kBlock = 1024 * 1024; // the importer's read block

/// splitmix64: the same numbers everywhere (std distributions differ between libraries).
class Numbers final
{
public:
    explicit Numbers(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }

private:
    std::uint64_t m_state;
};

QByteArray imei(std::uint64_t i)
{
    return Imei::completeFrom14(35693803564380ULL + i * 7).toString().toLatin1();
}

/// The value with a wrong check digit.
QByteArray badCheck(std::uint64_t i)
{
    QByteArray v = imei(i);
    v[14] = static_cast<char>('0' + (v[14] - '0' + 3) % 10);
    return v;
}

QByteArray utf16(const QString& text, QStringEncoder::Encoding encoding, bool bom)
{
    QStringEncoder enc(encoding,
                       bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return enc.encode(text);
}

/// Every kind of IMEI cell the importer tells apart, as UTF-8 bytes (unquoted-safe: no
/// delimiter, quote or line break).
QByteArray oddValue(int kind, std::uint64_t i)
{
    const QByteArray v = imei(i);
    switch (kind) {
    case 0:
        return v.left(14); // missing check digit
    case 1:
        return badCheck(i);
    case 2:
        return v + '7'; // IMEISV
    case 3:
        return v + "12345"; // too long
    case 4:
        return v.left(9); // too short
    case 5:
        return "3.56938E+14";
    case 6:
        return "n/a";
    case 7:
        return "000000000000000"; // placeholder
    case 8:
        return "'" + v; // Excel text apostrophe: valid
    case 9:
        return v.left(2) + '-' + v.mid(2, 6) + '-' + v.mid(8, 6) + '-' + v.right(1); // valid
    case 10:
        return v.left(8) + ' ' + v.mid(8); // valid
    case 11:
        return v.left(8) + "\xc2\xa0" + v.mid(8); // no-break space: valid
    case 12:
        return v.left(8) + "\xe2\x80\x93" + v.mid(8); // en dash: valid
    case 13:
        return "  " + v + "\t"; // blanks around: valid
    case 14:
        return "'=1+1"; // CsvWriter's neutralised formula
    case 15:
        return "35693803x564380"; // non-digit
    case 16:
        return "\xc3\xa4" + v.left(14); // a non-ASCII letter
    case 17:
        return "=\"" + v + "\""; // Excel's ="..." text formula: valid
    case 18:
        return QByteArray(); // empty cell
    default:
        return v;
    }
}

constexpr int kOddKinds = 19;

/// A realistic export: header, 5 columns, valid, duplicate and odd IMEIs, quoted notes.
QByteArray table(int rows, char sep, const char* eol, std::uint64_t seed, bool quotes)
{
    static constexpr std::array<const char*, 4> models = {"SM-A546B", "iPhone 14", "TC52",
                                                          "Pixel 7a"};
    Numbers n(seed);
    QByteArray out = QByteArray("device_name") + sep + "model" + sep + "site" + sep + "IMEI" + sep +
                     "notes" + eol;
    for (int r = 0; r < rows; ++r) {
        const int dice = n.below(100);
        QByteArray value;
        if (dice < 8)
            value = oddValue(n.below(kOddKinds), static_cast<std::uint64_t>(r));
        else if (dice < 12 && r > 0)
            value = imei(static_cast<std::uint64_t>(n.below(r))); // duplicate
        else
            value = imei(static_cast<std::uint64_t>(r));
        out += "dev-" + QByteArray::number(r) + sep + models[r % 4] + sep + "Site " +
               QByteArray::number(r % 7) + sep;
        if (quotes && dice == 20)
            out += '"' + value + '"'; // a quoted IMEI
        else
            out += value;
        out += sep;
        if (quotes && dice == 30)
            out += QByteArray("\"rack 3") + sep + " shelf \"\"2\"\"\"";
        else if (quotes && dice == 31)
            out += "\"two\nlines\"";
        else if (dice == 40)
            out += "M\xc3\xbcller"; // UTF-8 note
        out += eol;
        if (dice == 50)
            out += eol; // a blank line
        if (dice == 51)
            out += QByteArray("  ") + eol; // a line of blanks
    }
    return out;
}

QByteArray plain(int rows, const char* eol, std::uint64_t first)
{
    QByteArray out;
    out.reserve(rows * 17);
    for (int r = 0; r < rows; ++r)
        out += imei(first + static_cast<std::uint64_t>(r)) + eol;
    return out;
}

/// Lines of `imei + suffix`, padded with a filler line so that `tail` starts exactly `before`
/// bytes before the end of the importer's first 1 MB block (and so straddles it).
QByteArray acrossBlock(const QByteArray& head, const QByteArray& suffix, qsizetype before,
                       const QByteArray& tail, const char* eol)
{
    QByteArray out = head;
    std::uint64_t i = 0;
    const QByteArray e(eol);
    while (out.size() + 15 + suffix.size() + e.size() <= kBlock - before - 80)
        out += imei(i++) + suffix + e;
    // A last filler line of the exact length needed (its "x" cell is rejected: non-digit).
    const qsizetype fill = kBlock - before - out.size() - e.size() - suffix.size();
    out += QByteArray(std::max<qsizetype>(fill, 1), 'x') + suffix + e;
    out += tail;
    for (int k = 0; k < 50; ++k)
        out += imei(900000 + i++) + suffix + e;
    return out;
}

} // namespace

QList<ImeiCorpusFile> imeiCorpus()
{
    QList<ImeiCorpusFile> c;
    auto add = [&c](const char* name, QByteArray bytes) {
        c.append({QString::fromLatin1(name), std::move(bytes)});
    };

    // One value a line.
    add("plain.txt", plain(50, "\n", 0));
    add("plain-crlf.txt", plain(50, "\r\n", 100));
    add("plain-cr.txt", plain(50, "\r", 200));
    add("plain-no-final-eol.txt", plain(10, "\n", 300).chopped(1));
    add("plain-blank-lines.txt", "\n\n  \n" + imei(1) + "\n\n" + imei(2) + "\n\t\n" + imei(3) +
                                     "\r\n\r\n" + imei(4) + "\n\n");
    add("plain-duplicates.txt", [] {
        QByteArray b;
        for (int r = 0; r < 40; ++r)
            b += imei(static_cast<std::uint64_t>(r % 7)) + '\n';
        return b;
    }());
    add("plain-odd-values.txt", [] {
        QByteArray b;
        for (int k = 0; k < kOddKinds; ++k)
            b += oddValue(k, static_cast<std::uint64_t>(k)) + '\n';
        b += imei(77) + '\n';
        return b;
    }());
    add("header-only.csv", "IMEI\n");
    add("header-imei.csv", "IMEI\n" + plain(5, "\n", 400));
    add("one-row.txt", imei(9) + "\n");
    add("all-rejected.csv", "IMEI\nabc\n12345\n");

    // Delimiters, headers and encodings.
    add("table-comma.csv", table(300, ',', "\n", 1, true));
    add("table-semicolon-crlf.csv", table(300, ';', "\r\n", 2, true));
    add("table-tab.tsv", table(300, '\t', "\n", 3, false));
    add("table-pipe.txt", table(300, '|', "\n", 4, true));
    add("table-bom.csv", "\xef\xbb\xbf" + table(100, ';', "\r\n", 5, true));
    add("table-german-header.csv", "\xef\xbb\xbfName;Modell;Ger\xc3\xa4te-IMEI;Notiz\n"
                                   "A;X;" +
                                       imei(1) + ";\xc3\xbc\nB;Y;" + imei(1) + ";\nC;Z;" +
                                       imei(2).left(14) + ";\"mehrere\nZeilen\"\nD;W;" + imei(3) +
                                       ";x\n");
    add("table-no-header.csv", [] {
        QByteArray b;
        for (int r = 0; r < 30; ++r)
            b += "dev" + QByteArray::number(r) + "," + imei(static_cast<std::uint64_t>(r)) + ",x\n";
        return b;
    }());
    add("table-device-id.csv", "Name,Device ID,Site\nA," + imei(1) + ",B\nC," + imei(2) + ",D\n");
    add("sep-line.csv", "sep=;\nName;IMEI\nA;" + imei(1) + "\nB;" + imei(2) + "\n");
    add("missing-fields.csv",
        "Name,Model,IMEI\nA,X," + imei(1) + "\nB,Y\nC\n,,\nD,Z," + imei(2) + "\n");
    add("quoted.csv", "Name,IMEI,Note\n\"A, the first\"," + imei(1) +
                          ",\"say \"\"hi\"\"\"\n\"B\",\"" + imei(2) +
                          "\",\"multi\r\nline\nnote\"\nC," + imei(3).left(14) + ",after\n\"D\"x," +
                          imei(4) + ",\"text\"after\nE,\"" + imei(5).left(7) + "\n" +
                          imei(5).mid(7) + "\",z\nF,ab\"c," + imei(6) + "\n");
    add("unterminated-quote.csv",
        "Name,IMEI\nA," + imei(1) + "\nB,\"" + imei(2) + "\nC," + imei(3) + "\n");
    add("utf16le-bom.txt",
        utf16(QStringLiteral("Name\tIMEI\tNote\r\nA\t%1\tGr\u00fc\u00dfe\r\n"
                             "B\t%2\t\U0001F600\r\nC\t%3\tx\r\n")
                  .arg(QString::fromLatin1(imei(1)), QString::fromLatin1(imei(2).left(14)),
                       QString::fromLatin1(imei(1))),
              QStringEncoder::Utf16LE, true));
    add("utf16be-no-bom.txt",
        utf16(QStringLiteral("IMEI;Name\n%1;\u00e9\n%2;b\n")
                  .arg(QString::fromLatin1(imei(1)), QString::fromLatin1(badCheck(2))),
              QStringEncoder::Utf16BE, false));
    add("windows-1252.csv", "Name;IMEI;Ort\nM\xfcller;" + imei(1) + ";K\xf6ln\n\x80uro;" + imei(2) +
                                ";\x93x\x94\nZ;\xe4" + imei(3).left(14) + ";a\n");

    // Limits.
    add("line-too-long.csv", "Name,IMEI\nA," + imei(1) + "\n" + QByteArray(70000, 'y') + "," +
                                 imei(2) + "\nB," + imei(3) + "\n");
    add("too-many-fields.csv", "Name,IMEI\nA," + imei(1) + "\nB," + imei(2) +
                                   QByteArray(5000, ',') + "\nC," + imei(3) + "\n");
    add("long-quoted-cell.csv",
        "Name,IMEI\n\"" + QByteArray(100000, 'q') + "\"," + imei(1) + "\nB," + imei(2) + "\n");

    // Many lines: more than 20 and 100,000 rejected, 1,000 duplicates, several read blocks.
    add("many-rejected.txt", [] {
        QByteArray b;
        for (int r = 0; r < 110000; ++r)
            b += (r % 10 == 0 ? imei(static_cast<std::uint64_t>(r)) : badCheck(r)) + '\n';
        return b;
    }());
    add("many-duplicates.txt", [] {
        QByteArray b;
        for (int r = 0; r < 5000; ++r)
            b += imei(static_cast<std::uint64_t>(r % 1500)) + '\n';
        return b;
    }());
    add("big-table.csv", table(120000, ',', "\n", 6, true));
    add("big-table-crlf.csv", table(60000, ';', "\r\n", 7, true));

    // Records across the 1 MB read block.
    // CRLF split: '\r' the last byte of the block, '\n' the first of the next.
    add("crlf-across-block.txt", acrossBlock({}, {}, 16, imei(5) + "\r\n", "\r\n"));
    // A lone CR as the last byte of the block, a digit after it.
    add("cr-across-block.txt", acrossBlock({}, {}, 16, imei(5) + "\r", "\r"));
    add("line-across-block.csv", acrossBlock("IMEI,Name\n", ",n", 7, imei(6) + ",abc\n", "\n"));
    add("crlf-csv-across-block.csv",
        acrossBlock("IMEI;Name\r\n", ";n", 4, imei(6) + ";abc\r\n", "\r\n"));
    // A quoted cell with a delimiter, a line break and a doubled quote across the block end.
    add("quote-across-block.csv",
        acrossBlock("IMEI,Name\n", ",n", 20, imei(7) + ",\"a,b\nc\"\"d\"\n", "\n"));
    // A quote as the last byte of the block.
    add("quote-at-block-end.csv",
        acrossBlock("IMEI,Name\n", ",n", 1, "\"" + imei(7) + "\",\"x\"\n", "\n"));
    // A two-byte UTF-8 character split by the block end.
    add("utf8-across-block.csv",
        acrossBlock("IMEI,Name\n", ",n", 17, imei(8) + ",\xc3\xa4\xc3\xb6\n", "\n"));
    // Not UTF-8 after the first block: the encoding was decided on the first.
    add("late-non-utf8.csv", acrossBlock("IMEI,Name\n", ",n", 0,
                                         imei(9) + ",M\xfcller\n\xe4" + imei(10) + ",x\n", "\n"));
    add("utf16-large.txt", [] {
        QString text = QStringLiteral("IMEI\tNote\n");
        for (int r = 0; r < 40000; ++r)
            text += QString::fromLatin1(imei(static_cast<std::uint64_t>(r))) +
                    (r % 3 ? QStringLiteral("\t\U0001F4F1\n") : QStringLiteral("\t\u00e4\n"));
        return utf16(text, QStringEncoder::Utf16LE, true);
    }());

    // Whole-file errors.
    add("empty.csv", {});
    add("bom-only.csv", "\xef\xbb\xbf");
    add("blank-only.csv", "\n  \n\t\r\n\n");
    add("binary.bin", QByteArray("\x00\x01\x02\x03\xff\xfe", 6) + QByteArray(100, '\0'));
    add("workbook.xlsx", QByteArray("PK\x03\x04", 4) + QByteArray(200, '\x01'));
    add("no-imei-column.csv", "Name,City\nA,B\nC,D\n");
    return c;
}

} // namespace fotadesk::test
