// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ImeiImporter.h"

#include "support/TestFiles.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

#include <algorithm>
#include <array>
#include <cstring>
#include <span>
#include <stop_token>

using fotadesk::Imei;
using fotadesk::ImeiImporter;
using fotadesk::ImeiImportError;
using fotadesk::ImeiImportOptions;
using fotadesk::ImeiImportResult;
using fotadesk::ImeiRejectReason;
using fotadesk::test::TestFiles;
using namespace Qt::StringLiterals;

namespace {

/// The i-th valid test IMEI (a real TAC, serials counting up, Luhn digit appended).
QByteArray imei(int i)
{
    return Imei::completeFrom14(35693803564380ULL + static_cast<std::uint64_t>(i))
        .toString()
        .toLatin1();
}

QByteArray utf16(const QString& text, QStringEncoder::Encoding encoding, bool bom = true)
{
    QStringEncoder enc(encoding,
                       bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return enc.encode(text);
}

/// "line:code" for every rejected line, for compact comparisons.
QStringList rejectedSummary(const ImeiImportResult& r)
{
    QStringList out;
    for (const auto& line : r.rejected)
        out.append(QStringLiteral("%1:%2").arg(line.line).arg(line.code()));
    return out;
}

QStringList imeiStrings(const ImeiImportResult& r)
{
    QStringList out;
    for (const Imei& i : r.imeis)
        out.append(i.toString());
    return out;
}

/// A sequential device (like a pipe): no size known up front, short reads.
class PipeDevice final : public QIODevice
{
public:
    explicit PipeDevice(QByteArray data)
        : m_data(std::move(data))
    {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min<qint64>({max, m_data.size() - m_offset, 7});
        std::memcpy(out, m_data.constData() + m_offset, static_cast<size_t>(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace

class ImeiImporterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsUglyFiles_data();
    void importsUglyFiles();
    void refusesUnusableFiles_data();
    void refusesUnusableFiles();
    void rejectedLinesCarryTextMessageAndFix();
    void neutralisedCellsAreShownAsWritten_data();
    void neutralisedCellsAreShownAsWritten();
    void duplicatesKeepFirstSeenOrder();
    void keepsLinesAndOtherColumns();
    void keepsLinesOfOneColumnFiles();
    void eightMegabyteLine_data();
    void eightMegabyteLine();
    void chunkBoundariesDoNotMatter_data();
    void chunkBoundariesDoNotMatter();
    void reportsProgress();
    void cancels();
    void readsSequentialDevice();
    void boundsKeptLists();
    void fastLaneMatchesRecords();
    void secondThreadMatchesOneThread();
    void cancelsWhileSecondThreadRuns();
    void readErrorWhileSecondThreadRuns();
};

void ImeiImporterTest::importsUglyFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<QStringList>("valid");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<QStringList>("rejected"); // "line:code"

    const QByteArray a = imei(0), b = imei(1), c = imei(2);
    const QStringList ab{QString::fromLatin1(a), QString::fromLatin1(b)};
    const QStringList abc = ab + QStringList{QString::fromLatin1(c)};

    QTest::newRow("txt, one per line")
        << a + "\n" + b + "\n" + c + "\n"
        << u"utf-8"_s << QString() << false << 0 << QString() << abc << 0 << QStringList{};
    QTest::newRow("txt with header, crlf, no final newline")
        << "IMEI\r\n" + a + "\r\n" + b << u"utf-8"_s << QString() << true << 0 << u"IMEI"_s << ab
        << 0 << QStringList{};
    QTest::newRow("utf-8 bom, comma")
        << "\xef\xbb\xbfName,IMEI\nA," + a + "\nB," + b + "\n"
        << u"utf-8-bom"_s << u","_s << true << 1 << u"IMEI"_s << ab << 0 << QStringList{};
    QTest::newRow("utf-16le bom, tab (Excel Unicode text)")
        << utf16(u"Ger\u00e4t\tGer\u00e4te-IMEI\nM\u00fcller\t"_s + QString::fromLatin1(a) +
                     u"\n\u00c5sa\t"_s + QString::fromLatin1(b) + u"\n"_s,
                 QStringEncoder::Utf16LE)
        << u"utf-16le"_s << u"\t"_s << true << 1 << u"Ger\u00e4te-IMEI"_s << ab << 0
        << QStringList{};
    QTest::newRow("utf-16be bom, tab")
        << utf16(u"IMEI\tName\n"_s + QString::fromLatin1(a) + u"\tx\n"_s, QStringEncoder::Utf16BE)
        << u"utf-16be"_s << u"\t"_s << true << 0 << u"IMEI"_s << QStringList{QString::fromLatin1(a)}
        << 0 << QStringList{};
    QTest::newRow("utf-16le without bom")
        << utf16(QString::fromLatin1(a + "\n" + b + "\n"), QStringEncoder::Utf16LE, false)
        << u"utf-16le"_s << QString() << false << 0 << QString() << ab << 0 << QStringList{};
    QTest::newRow("semicolon with decimal commas")
        << "Name;Preis;IMEI\nA;1,50;" + a + "\nB;2,75;" + b + "\n"
        << u"utf-8"_s << u";"_s << true << 2 << u"IMEI"_s << ab << 0 << QStringList{};
    QTest::newRow("pipe") << "imei_number|site\n" + a + "|x\n" + b + "|y\n"
                          << u"utf-8"_s << u"|"_s << true << 0 << u"imei_number"_s << ab << 0
                          << QStringList{};
    QTest::newRow("excel sep= line") << "sep=;\nIMEI;Name\n" + a + ";x\n"
                                     << u"utf-8"_s << u";"_s << true << 0 << u"IMEI"_s
                                     << QStringList{QString::fromLatin1(a)} << 0 << QStringList{};
    QTest::newRow("quotes with newlines keep physical line numbers")
        << "Name,IMEI,Note\n"
           "A," +
               a +
               ",\"first line\nsecond, line\nthird\"\n"
               "B,35693803564380,\"x\"\n"
               "\"C \"\"the\"\" one\",\"" +
               b + "\",y\n"
        << u"utf-8"_s << u","_s << true << 1 << u"IMEI"_s << ab << 0
        << QStringList{u"5:missing-check-digit"_s};
    QTest::newRow("header in column 3")
        << "Name,Model,Device IMEI,Site\nA,X," + a + ",S\nB,Y," + b + ",T\n"
        << u"utf-8"_s << u","_s << true << 2 << u"Device IMEI"_s << ab << 0 << QStringList{};
    QTest::newRow("no header, IMEI column by content")
        << "Alice," + a + ",Berlin\nBob," + b + ",Paris\nCarol,12345,Rome\n"
        << u"utf-8"_s << u","_s << false << 1 << QString() << ab << 0
        << QStringList{u"3:too-short"_s};
    QTest::newRow("deviceId header") << "deviceId,name\n" + a + ",x\n"
                                     << u"utf-8"_s << u","_s << true << 0 << u"deviceId"_s
                                     << QStringList{QString::fromLatin1(a)} << 0 << QStringList{};
    QTest::newRow("scientific notation")
        << "IMEI\n" + a + "\n3.56938E+14\n3,56938E+14\n"
        << u"utf-8"_s << QString() << true << 0 << u"IMEI"_s << QStringList{QString::fromLatin1(a)}
        << 0 << QStringList{u"3:scientific-notation"_s, u"4:scientific-notation"_s};
    QTest::newRow("14 and 16 digits")
        << "IMEI\n" + a.left(14) + "\n" + a.left(14) + "01\n" + b + "\n"
        << u"utf-8"_s << QString() << true << 0 << u"IMEI"_s << QStringList{QString::fromLatin1(b)}
        << 0 << QStringList{u"2:missing-check-digit"_s, u"3:imeisv"_s};
    QTest::newRow("apostrophes, dashes, spaces, formula")
        << "IMEI\n'" + a + "\n" + b.left(2) + "-" + b.mid(2, 6) + "-" + b.mid(8, 6) + "-" +
               b.right(1) + "\n  " + c + "  \n=\"" + a + "\"\n"
        << u"utf-8"_s << QString() << true << 0 << u"IMEI"_s << abc << 1 << QStringList{};
    QTest::newRow("utf-8 no-break space inside")
        << "IMEI\n" + a.left(6) + "\xc2\xa0" + a.mid(6) + "\n"
        << u"utf-8"_s << QString() << true << 0 << u"IMEI"_s << QStringList{QString::fromLatin1(a)}
        << 0 << QStringList{};
    QTest::newRow("duplicates") << a + "\n" + b + "\n" + a + "\n" + a + "\n"
                                << u"utf-8"_s << QString() << false << 0 << QString() << ab << 2
                                << QStringList{};
    QTest::newRow("windows-1252 names")
        << "Ger\xe4te-IMEI;Besitzer\n" + a + ";M\xfcller\n" + b + ";Fran\xe7ois\n"
        << u"windows-1252"_s << u";"_s << true << 0 << u"Ger\u00e4te-IMEI"_s << ab << 0
        << QStringList{};
    QTest::newRow("blank lines skipped, numbering kept")
        << "IMEI;Name\n\n" + a + ";x\n   \n;\n;;\n" + b + ";y\nbad;z\n\n"
        << u"utf-8"_s << u";"_s << true << 0 << u"IMEI"_s << ab << 0
        << QStringList{u"8:non-digit"_s};
    QTest::newRow("old mac line ends") << "IMEI\r" + a + "\r" + b + "\r" << u"utf-8"_s << QString()
                                       << true << 0 << u"IMEI"_s << ab << 0 << QStringList{};
    QTest::newRow("bad check digit and text")
        << "IMEI\n" + a.left(14) + (a.endsWith('0') ? "1" : "0") + "\nunknown\n" + b + "\n"
        << u"utf-8"_s << QString() << true << 0 << u"IMEI"_s << QStringList{QString::fromLatin1(b)}
        << 0 << QStringList{u"2:bad-check-digit"_s, u"3:non-digit"_s};
    QTest::newRow("row without the IMEI cell")
        << "Name,Site,IMEI\nA,S," + a + "\nB\n"
        << u"utf-8"_s << u","_s << true << 2 << u"IMEI"_s << QStringList{QString::fromLatin1(a)}
        << 0 << QStringList{u"3:missing-field"_s};
    QTest::newRow("empty IMEI cell")
        << "Name,IMEI\nA," + a + "\nB,\n"
        << u"utf-8"_s << u","_s << true << 1 << u"IMEI"_s << QStringList{QString::fromLatin1(a)}
        << 0 << QStringList{u"3:empty"_s};
    QTest::newRow("unterminated quote")
        << "IMEI,Note\n" + a + ",ok\n" + b + ",\"never closed\n" + c + ",x\n"
        << u"utf-8"_s << u","_s << true << 0 << u"IMEI"_s << QStringList{QString::fromLatin1(a)}
        << 0 << QStringList{u"3:unterminated-quote"_s};
    QTest::newRow("header only") << "Name;IMEI\n"_ba << u"utf-8"_s << u";"_s << true << 1
                                 << u"IMEI"_s << QStringList{} << 0 << QStringList{};
}

void ImeiImporterTest::importsUglyFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(bool, hasHeader);
    QFETCH(int, column);
    QFETCH(QString, columnName);
    QFETCH(QStringList, valid);
    QFETCH(int, duplicates);
    QFETCH(QStringList, rejected);

    TestFiles files;
    const QString path = files.write(u"devices.csv"_s, bytes);
    const ImeiImportResult r = ImeiImporter().importFile(path);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.encodingName(), encoding);
    QCOMPARE(r.delimiterText(), delimiter);
    QCOMPARE(r.hasHeader, hasHeader);
    QCOMPARE(r.column, column);
    QCOMPARE(r.columnName, columnName);
    QCOMPARE(imeiStrings(r), valid);
    QCOMPARE(r.duplicateCount, qint64(duplicates));
    QCOMPARE(r.duplicates.size(), qsizetype(duplicates));
    QCOMPARE(rejectedSummary(r), rejected);
    QCOMPARE(r.rejectedCount, qint64(rejected.size()));
    QCOMPARE(r.bytes, qint64(bytes.size()));
    QCOMPARE(r.dataLines, qint64(valid.size() + duplicates + rejected.size()));
}

void ImeiImporterTest::refusesUnusableFiles_data()
{
    QTest::addColumn<QByteArray>("bytes"); // written to a file unless the path is special
    QTest::addColumn<QString>("special");  // "missing" or "folder"
    QTest::addColumn<ImeiImportError>("error");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty file") << QByteArray() << QString() << ImeiImportError::Empty << u"empty"_s
                                << u"is empty"_s;
    QTest::newRow("bom only") << "\xef\xbb\xbf"_ba << QString() << ImeiImportError::Empty
                              << u"empty"_s << u"is empty"_s;
    QTest::newRow("only blank lines") << "\n \r\n\t\n;;\n"_ba << QString() << ImeiImportError::Empty
                                      << u"empty"_s << u"only blank lines"_s;
    QByteArray garbage(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (auto& ch : garbage)
        ch = static_cast<char>(rng.bounded(256));
    QTest::newRow("binary garbage")
        << garbage << QString() << ImeiImportError::Binary << u"binary"_s << u"binary data"_s;
    QTest::newRow("xlsx workbook") << "PK\x03\x04\x14\0\x06\0"_ba + garbage.left(500) << QString()
                                   << ImeiImportError::Binary << u"binary"_s << u"CSV"_s;
    QTest::newRow("no IMEI column")
        << "Name,City\nAlice,Berlin\nBob,Paris\n"_ba << QString() << ImeiImportError::NoImeiColumn
        << u"no-imei-column"_s << u"header named IMEI"_s;
    QTest::newRow("one 8 MB line")
        << QByteArray(8 * 1024 * 1024, 'x') << QString() << ImeiImportError::NoImeiColumn
        << u"no-imei-column"_s << u"No IMEI column"_s;
    QTest::newRow("missing file") << QByteArray() << u"missing"_s << ImeiImportError::Unreadable
                                  << u"unreadable"_s << u"Check the path"_s;
    QTest::newRow("folder") << QByteArray() << u"folder"_s << ImeiImportError::Unreadable
                            << u"unreadable"_s << u"is a folder"_s;
}

void ImeiImporterTest::refusesUnusableFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, special);
    QFETCH(ImeiImportError, error);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    TestFiles files;
    QString path;
    if (special == u"missing")
        path = files.path(u"no-such-file.csv"_s);
    else if (special == u"folder")
        path = files.path(QString()); // the directory itself
    else
        path = files.write(u"bad.csv"_s, bytes);
    const ImeiImportResult r = ImeiImporter().importFile(path);
    QCOMPARE(r.error, error);
    QCOMPARE(fotadesk::imeiImportErrorCode(r.error), code);
    QVERIFY2(r.errorMessage.contains(messagePart), qPrintable(r.errorMessage));
    QVERIFY(r.imeis.isEmpty());
}

void ImeiImporterTest::rejectedLinesCarryTextMessageAndFix()
{
    TestFiles files;
    const QByteArray a = imei(0);
    const QString path =
        files.write(u"r.csv"_s, "IMEI;Name\n " + a.left(14) + ";x\n" + a + "12;y\nab\xc3\xa7;z\n");
    const ImeiImportResult r = ImeiImporter().importFile(path);
    QVERIFY(r.ok());
    QCOMPARE(r.rejected.size(), 3);

    const auto& missing = r.rejected.at(0);
    QCOMPARE(missing.line, 2);
    QCOMPARE(missing.text, QString::fromLatin1(" " + a.left(14))); // raw cell text
    QCOMPARE(missing.reason, ImeiRejectReason::InvalidImei);
    QCOMPARE(missing.code(), u"missing-check-digit"_s);
    QCOMPARE(missing.suggestion(), QString::fromLatin1(a));
    QVERIFY(missing.message().contains(QString::fromLatin1(a)));

    const auto& tooLong = r.rejected.at(1);
    QCOMPARE(tooLong.code(), u"too-long"_s);
    QVERIFY(tooLong.suggestion().isEmpty());
    QVERIFY(tooLong.message().contains(u"17"_s));

    const auto& text = r.rejected.at(2);
    QCOMPARE(text.text, u"ab\u00e7"_s); // decoded as UTF-8
    QCOMPARE(text.code(), u"non-digit"_s);
    QVERIFY(text.message().contains(u"\u201ca\u201d"_s));
}

void ImeiImporterTest::neutralisedCellsAreShownAsWritten_data()
{
    // A CSV exported by FotaDesk (CsvWriter) marks formula-like cells with an
    // apostrophe; the rejected line shows the cell as it was before export.
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("text");
    QTest::newRow("formula") << "'=1+1"_ba << u"=1+1"_s;
    QTest::newRow("at") << "'@SUM(A1)"_ba << u"@SUM(A1)"_s;
    QTest::newRow("quoted, with tab") << "\"'\t=1\""_ba << u"\t=1"_s;
    QTest::newRow("apostrophe kept in data") << "''=x"_ba << u"'=x"_s;
    QTest::newRow("apostrophe text") << "'abc"_ba << u"'abc"_s;
    QTest::newRow("unmarked formula") << "=1+1"_ba << u"=1+1"_s;
}

void ImeiImporterTest::neutralisedCellsAreShownAsWritten()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, text);
    TestFiles files;
    const QString path = files.write(u"n.csv"_s, "\xEF\xBB\xBFimei,state\r\n" + imei(0) +
                                                     ",Valid\r\n" + cell + ",Rejected\r\n");
    const ImeiImportResult r = ImeiImporter().importFile(path);
    QVERIFY(r.ok());
    QCOMPARE(r.imeis.size(), 1);
    QCOMPARE(r.rejected.size(), 1);
    QCOMPARE(r.rejected.first().text, text);
}

void ImeiImporterTest::keepsLinesAndOtherColumns()
{
    const QByteArray bytes = "Device name;IMEI;Site;Owner;Notes\r\n"
                             "Pump 1;" +
                             imei(1) +
                             ";Berlin;Ann;\r\n"
                             "\r\n"
                             "Pump 2;12345;Madrid;Bob;short\r\n"
                             "\"Pump\n3\";" +
                             imei(2) +
                             ";'=Paris;Cy;x\r\n"
                             "Pump 4;" +
                             imei(1) +
                             ";Rome;Di;dup\r\n"
                             "Pump 5;" +
                             imei(3) + "; Oslo ;Ed;z\r\n";
    TestFiles files;
    const QString path = files.write(u"sites.csv"_s, bytes);
    ImeiImportOptions options;
    options.keepSourceDetails = true;
    const ImeiImportResult r = ImeiImporter(options).importFile(path);
    QVERIFY(r.ok());
    QCOMPARE(r.otherColumnNames,
             (QStringList{u"Device name"_s, u"Site"_s, u"Owner"_s, u"Notes"_s}));
    QCOMPARE(imeiStrings(r),
             (QStringList{QString::fromLatin1(imei(1)), QString::fromLatin1(imei(2)),
                          QString::fromLatin1(imei(3))}));
    // Physical lines: the blank line and the quoted newline count.
    QCOMPARE(r.imeiLines, (QList<quint32>{2, 5, 8}));
    QCOMPARE(r.imeiCells.size(), 3);
    QCOMPARE(r.imeiCells[0], (QStringList{u"Pump 1"_s, u"Berlin"_s, u"Ann"_s, QString()}));
    // A cell CsvWriter neutralised comes back as written; blanks around a cell go.
    QCOMPARE(r.imeiCells[1], (QStringList{u"Pump\n3"_s, u"=Paris"_s, u"Cy"_s, u"x"_s}));
    QCOMPARE(r.imeiCells[2], (QStringList{u"Pump 5"_s, u"Oslo"_s, u"Ed"_s, u"z"_s}));
    QCOMPARE(r.duplicates.size(), 1);
    QCOMPARE(r.duplicates[0].line, 7);
    QCOMPARE(r.duplicateCells, (QList<QStringList>{{u"Pump 4"_s, u"Rome"_s, u"Di"_s, u"dup"_s}}));
    QCOMPARE(rejectedSummary(r), QStringList{u"4:too-short"_s});
    QCOMPARE(r.rejectedCells,
             (QList<QStringList>{{u"Pump 2"_s, u"Madrid"_s, u"Bob"_s, u"short"_s}}));

    // Without the option (fotactl) none of it is collected.
    const ImeiImportResult plain = ImeiImporter().importFile(path);
    QCOMPARE(imeiStrings(plain), imeiStrings(r));
    QVERIFY(plain.imeiLines.isEmpty());
    QVERIFY(plain.otherColumnNames.isEmpty());
    QVERIFY(plain.imeiCells.isEmpty());
    QVERIFY(plain.duplicateCells.isEmpty());
    QVERIFY(plain.rejectedCells.isEmpty());
}

void ImeiImporterTest::keepsLinesOfOneColumnFiles()
{
    TestFiles files;
    ImeiImportOptions options;
    options.keepSourceDetails = true;
    const ImeiImportResult r = ImeiImporter(options).importFile(
        files.write(u"one.txt"_s, imei(1) + "\n\nbad\n" + imei(2) + "\n"));
    QVERIFY(r.ok());
    QCOMPARE(r.imeiLines, (QList<quint32>{1, 4}));
    // One column: no other cells at all (nothing a row to hold).
    QVERIFY(r.otherColumnNames.isEmpty());
    QVERIFY(r.imeiCells.isEmpty());
    QVERIFY(r.rejectedCells.isEmpty());

    // A file without header names its other columns by position.
    const ImeiImportResult noHeader = ImeiImporter(options).importFile(
        files.write(u"two.csv"_s, "Berlin," + imei(1) + "\nMadrid," + imei(2) + "\n"));
    QVERIFY(noHeader.ok());
    QVERIFY(!noHeader.hasHeader);
    QCOMPARE(noHeader.otherColumnNames, QStringList{u"Column 1"_s});
    QCOMPARE(noHeader.imeiCells, (QList<QStringList>{{u"Berlin"_s}, {u"Madrid"_s}}));
    QCOMPARE(noHeader.imeiLines, (QList<quint32>{1, 2}));
}

void ImeiImporterTest::duplicatesKeepFirstSeenOrder()
{
    QByteArray bytes = "IMEI\n";
    QStringList expected;
    // 5000 IMEIs in a scrambled order, each twice: order of first appearance kept.
    for (int i = 0; i < 5000; ++i) {
        const int k = (i * 7919) % 5000;
        bytes += imei(k) + "\n";
        expected.append(QString::fromLatin1(imei(k)));
    }
    for (int i = 4999; i >= 0; --i)
        bytes += imei(i) + "\n";
    TestFiles files;
    const ImeiImportResult r = ImeiImporter().importFile(files.write(u"d.txt"_s, bytes));
    QVERIFY(r.ok());
    QCOMPARE(imeiStrings(r), expected);
    QCOMPARE(r.duplicateCount, 5000);
    QCOMPARE(r.duplicates.size(), 1000); // bounded list
    QCOMPARE(r.duplicates.first().line, 5002);
    QCOMPARE(r.duplicates.first().imei.toString(), QString::fromLatin1(imei(4999)));
}

void ImeiImporterTest::eightMegabyteLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("letters") << QByteArray(8 * 1024 * 1024, 'x');
    QTest::newRow("delimiters") << QByteArray(8 * 1024 * 1024, ',');
    QTest::newRow("digits") << QByteArray(8 * 1024 * 1024, '7');
    QTest::newRow("one quoted field") << "\"" + QByteArray(8 * 1024 * 1024, 'q') + "\"";
}

void ImeiImporterTest::eightMegabyteLine()
{
    QFETCH(QByteArray, line);
    TestFiles files;
    const QString path = files.write(u"long.csv"_s, "IMEI,Note\n" + imei(0) + ",a\n" + line + "\n" +
                                                        imei(1) + ",b\n");
    const ImeiImportResult r = ImeiImporter().importFile(path);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(imeiStrings(r),
             (QStringList{QString::fromLatin1(imei(0)), QString::fromLatin1(imei(1))}));
    QCOMPARE(rejectedSummary(r), QStringList{u"3:line-too-long"_s});
    QVERIFY(r.rejected.first().text.size() <= 201); // cut for the report
    QCOMPARE(r.lines, 4);
}

void ImeiImporterTest::chunkBoundariesDoNotMatter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray csv = "\xef\xbb\xbf\"Device IMEI\";Note\r\n";
    for (int i = 0; i < 3000; ++i) {
        csv += "\"" + imei(i % 2500) + "\";\"n\xc3\xa4me " + QByteArray::number(i) +
               (i % 7 == 0 ? "\r\nwrapped\"\"q\"\"\"" : "\"") + "\r\n";
        if (i % 100 == 0)
            csv += "123;bad\r\n";
    }
    QTest::newRow("utf-8 quoted crlf") << csv;
    QString text = u"IMEI\tNote\n"_s;
    for (int i = 0; i < 3000; ++i)
        text += QString::fromLatin1(imei(i)) + u"\t\U0001F600 \u00e4\n"_s;
    QTest::newRow("utf-16le with surrogates") << utf16(text, QStringEncoder::Utf16LE);
}

void ImeiImporterTest::chunkBoundariesDoNotMatter()
{
    QFETCH(QByteArray, bytes);
    TestFiles files;
    const QString path = files.write(u"c.csv"_s, bytes);
    const ImeiImportResult whole = ImeiImporter().importFile(path);
    QVERIFY(whole.ok());
    QVERIFY(whole.imeis.size() > 2000);
    for (qsizetype block : {4096, 4097, 5003}) {
        ImeiImportOptions o;
        o.blockSize = block;
        const ImeiImportResult r = ImeiImporter(o).importFile(path);
        QVERIFY(r.ok());
        QCOMPARE(imeiStrings(r), imeiStrings(whole));
        QCOMPARE(rejectedSummary(r), rejectedSummary(whole));
        QCOMPARE(r.duplicateCount, whole.duplicateCount);
        QCOMPARE(r.lines, whole.lines);
    }
}

void ImeiImporterTest::reportsProgress()
{
    QByteArray bytes;
    for (int i = 0; i < 10000; ++i)
        bytes += imei(i) + "\n";
    TestFiles files;
    const QString path = files.write(u"p.txt"_s, bytes);
    QList<qint64> seen;
    ImeiImportOptions o;
    o.blockSize = 16 * 1024;
    o.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(bytes.size()));
        seen.append(done);
    };
    const ImeiImportResult r = ImeiImporter(o).importFile(path);
    QVERIFY(r.ok());
    QCOMPARE(r.imeis.size(), 10000);
    QVERIFY(seen.size() >= bytes.size() / o.blockSize);
    QCOMPARE(seen.first(), 0);
    QCOMPARE(seen.last(), qint64(bytes.size()));
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
}

void ImeiImporterTest::cancels()
{
    QByteArray bytes;
    for (int i = 0; i < 20000; ++i)
        bytes += imei(i) + "\n";
    TestFiles files;
    const QString path = files.write(u"x.txt"_s, bytes);

    // Stop requested from the progress callback (as a GUI cancel button would, from another
    // thread).
    std::stop_source stop;
    ImeiImportOptions o;
    o.blockSize = 8192;
    o.stopToken = stop.get_token();
    qint64 lastProgress = 0;
    o.progress = [&](qint64 done, qint64) {
        lastProgress = done;
        if (done >= 3 * 8192)
            stop.request_stop();
    };
    const ImeiImportResult r = ImeiImporter(o).importFile(path);
    QCOMPARE(r.error, ImeiImportError::Cancelled);
    QCOMPARE(fotadesk::imeiImportErrorCode(r.error), u"cancelled"_s);
    QVERIFY(r.imeis.isEmpty());
    QVERIFY(lastProgress < bytes.size()); // stopped early, did not read it all

    // Already stopped: nothing is read.
    std::stop_source stopped;
    stopped.request_stop();
    ImeiImportOptions o2;
    o2.stopToken = stopped.get_token();
    QCOMPARE(ImeiImporter(o2).importFile(path).error, ImeiImportError::Cancelled);
}

void ImeiImporterTest::readsSequentialDevice()
{
    PipeDevice pipe("IMEI\n" + imei(3) + "\n" + imei(4) + "\n");
    QVERIFY(pipe.open(QIODevice::ReadOnly));
    qint64 total = 0;
    ImeiImportOptions o;
    o.progress = [&](qint64, qint64 t) { total = t; };
    const ImeiImportResult r = ImeiImporter(o).importDevice(pipe, u"standard input"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.imeis.size(), 2);
    QCOMPARE(total, -1);

    QBuffer closed;
    const ImeiImportResult c = ImeiImporter().importDevice(closed, u"closed"_s);
    QCOMPARE(c.error, ImeiImportError::Unreadable);
}

void ImeiImporterTest::boundsKeptLists()
{
    QByteArray bytes = "IMEI\n";
    for (int i = 0; i < 50; ++i)
        bytes += "bad" + QByteArray::number(i) + "\n" + imei(0) + "\n";
    TestFiles files;
    ImeiImportOptions o;
    o.maxRejectedKept = 5;
    o.maxDuplicatesKept = 3;
    const ImeiImportResult r = ImeiImporter(o).importFile(files.write(u"b.txt"_s, bytes));
    QVERIFY(r.ok());
    QCOMPARE(r.rejectedCount, 50);
    QCOMPARE(r.rejected.size(), 5);
    QCOMPARE(r.duplicateCount, 49);
    QCOMPARE(r.duplicates.size(), 3);
    QCOMPARE(r.rejected.at(4).line, 10);
}

void ImeiImporterTest::fastLaneMatchesRecords()
{
    // Without keepSourceDetails the lines whose IMEI cell is a clean valid IMEI are checked
    // straight from the block (ImportRun::takeLines); with it (and more than one column) every
    // line goes through the tokenizer as a record. Random tables of valid, duplicate and odd
    // values, quotes, CR, CRLF, blank and short rows give the same result both ways.
    static constexpr std::array<const char*, 12> odd = {"\"q\"", "\"a\nb\"",    "x\ry", "",
                                                        "  ",    "3.56938E+14", "n/a",  "'=1+1",
                                                        "a\"b",  ";",           ",",    "\t"};
    std::uint64_t state = 7;
    auto next = [&state](unsigned n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(state >> 33) % n;
    };
    for (int round = 0; round < 300; ++round) {
        const char sep = round % 3 == 0 ? ',' : round % 3 == 1 ? ';' : '\t';
        const unsigned columns = 2 + next(3);
        const unsigned imeiColumn = next(columns);
        QByteArray bytes;
        if (round % 2)
            bytes += "a" + QByteArray(1, sep) + "IMEI\n";
        const unsigned rows = 20 + next(300);
        for (unsigned r = 0; r < rows; ++r) {
            const unsigned cells = next(10) == 0 ? next(columns + 2) : columns;
            for (unsigned c = 0; c < cells; ++c) {
                if (c)
                    bytes += sep;
                const unsigned dice = next(20);
                if (c == imeiColumn && dice < 2)
                    bytes += " " + imei(int(next(50)));
                else if (c == imeiColumn && dice < 3) // written with dashes: valid
                    bytes += imei(int(next(400))).insert(8, '-').insert(2, '-');
                else if (c == imeiColumn && dice < 4) // with Excel's apostrophe: valid
                    bytes += "'" + imei(int(next(400)));
                else if (c == imeiColumn && dice < 14)
                    bytes += imei(int(next(400)));
                else if (c == imeiColumn && dice < 15)
                    bytes += imei(int(next(400))).left(14);
                else if (dice < 17)
                    bytes += odd[next(odd.size())];
                else
                    bytes += "cell" + QByteArray::number(next(100));
            }
            bytes += next(8) == 0 ? "\r\n" : "\n";
            if (next(30) == 0) // a row of blanks and delimiters: skipped, not counted
                bytes += " " + QByteArray(1, sep) + "\t" + QByteArray(1, sep) + "\n";
        }
        ImeiImportOptions plain;
        ImeiImportOptions details;
        details.keepSourceDetails = true;
        // The lane with the CPU's best instructions (AVX2 where it has them) and with the
        // baseline ones (SSE2): both as the records.
        for (const bool baseline : {false, true})
            for (const qsizetype block : {qsizetype(4096), qsizetype(1024 * 1024)}) {
                plain.blockSize = block;
                plain.baselineSimd = baseline;
                details.blockSize = block;
                QBuffer a(&bytes);
                QBuffer b(&bytes);
                a.open(QIODevice::ReadOnly);
                b.open(QIODevice::ReadOnly);
                const ImeiImportResult fast = ImeiImporter(plain).importDevice(a, u"x"_s);
                const ImeiImportResult slow = ImeiImporter(details).importDevice(b, u"x"_s);
                const QByteArray what = "round " + QByteArray::number(round) +
                                        (baseline ? " (baseline)" : "") + ": " + bytes.left(300);
                QVERIFY2(fast.error == slow.error, what.constData());
                QVERIFY2(imeiStrings(fast) == imeiStrings(slow), what.constData());
                QVERIFY2(rejectedSummary(fast) == rejectedSummary(slow), what.constData());
                QVERIFY2(fast.duplicateCount == slow.duplicateCount, what.constData());
                QVERIFY2(fast.dataLines == slow.dataLines && fast.lines == slow.lines,
                         what.constData());
                QVERIFY2(fast.column == slow.column && fast.hasHeader == slow.hasHeader,
                         what.constData());
                for (qsizetype i = 0; i < fast.duplicates.size(); ++i)
                    QVERIFY2(fast.duplicates.at(i).line == slow.duplicates.at(i).line,
                             what.constData());
                for (qsizetype i = 0; i < fast.rejected.size(); ++i)
                    QVERIFY2(fast.rejected.at(i).text == slow.rejected.at(i).text,
                             what.constData());
            }
    }
}

/// A large random table (tens of thousands of rows, so that the dedupe goes to its second
/// thread): valid IMEIs repeated at every distance, rejected values, long lines, quotes.
QByteArray largeTable(std::uint64_t seed, int rows)
{
    std::uint64_t state = seed;
    auto next = [&state](unsigned n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(state >> 33) % n;
    };
    QByteArray bytes = "name,IMEI,notes\n";
    for (int r = 0; r < rows; ++r) {
        bytes += "dev" + QByteArray::number(r) + ',';
        const unsigned dice = next(100);
        if (dice < 80)
            bytes += imei(int(next(unsigned(rows))));
        else if (dice < 85)
            bytes += imei(int(next(50))); // repeated often, also across batches
        else if (dice < 88)
            bytes += imei(r).left(14);
        else if (dice < 90)
            bytes += "'" + imei(r);
        else if (dice < 92)
            bytes += "\"" + imei(r) + "\"";
        else
            bytes += imei(r);
        bytes += ',';
        if (next(10) == 0)
            bytes += QByteArray(int(next(120)), 'x'); // lines over 64 bytes
        bytes += next(20) == 0 ? "\r\n" : "\n";
    }
    return bytes;
}

void ImeiImporterTest::secondThreadMatchesOneThread()
{
    // ImportDedupe hands batches of 16,384 IMEIs to a second thread, 4 on their way at most:
    // the result, and the IMEIs passed to uniqueImeis, are those of the same import on one
    // thread. The tables are large enough for the slots to be used more than once.
    for (const std::uint64_t seed : {1ULL, 2ULL, 3ULL}) {
        const QByteArray bytes = largeTable(seed, 90'000 + int(seed) * 7'000);
        for (const qsizetype block : {qsizetype(4096), qsizetype(1024 * 1024)}) {
            // Run 2 keeps the IMEIs out of the result (fotactl's way): uniqueImeis only.
            ImeiImportResult results[3];
            QList<Imei> streamed[3];
            for (int parallel = 0; parallel < 3; ++parallel) {
                ImeiImportOptions o;
                o.blockSize = block;
                o.parallel = parallel >= 1;
                o.keepImeis = parallel != 2;
                o.baselineSimd = parallel == 1; // the SSE2 lane against the best one
                o.maxDuplicatesKept = 5000;
                o.uniqueImeis = [&streamed, parallel](std::span<const Imei> imeis) {
                    for (const Imei i : imeis)
                        streamed[parallel].append(i);
                };
                QBuffer in;
                in.setData(bytes);
                in.open(QIODevice::ReadOnly);
                results[parallel] = ImeiImporter(o).importDevice(in, u"x"_s);
            }
            const ImeiImportResult& one = results[0];
            const ImeiImportResult& two = results[1];
            QVERIFY(one.ok() && two.ok());
            QVERIFY(one.imeis.size() > 45'000);
            QVERIFY(one.duplicateCount > 12'000);
            QCOMPARE(two.imeis, one.imeis);
            QCOMPARE(streamed[0], one.imeis);
            QCOMPARE(streamed[1], one.imeis);
            QCOMPARE(streamed[2], one.imeis);
            QVERIFY(results[2].imeis.isEmpty());
            QCOMPARE(results[2].uniqueCount, one.imeis.size());
            QCOMPARE(one.uniqueCount, one.imeis.size());
            QCOMPARE(results[2].duplicateCount, one.duplicateCount);
            QCOMPARE(rejectedSummary(results[2]), rejectedSummary(one));
            QCOMPARE(two.duplicateCount, one.duplicateCount);
            QCOMPARE(two.duplicates.size(), one.duplicates.size());
            for (qsizetype i = 0; i < one.duplicates.size(); ++i) {
                QCOMPARE(two.duplicates.at(i).line, one.duplicates.at(i).line);
                QCOMPARE(two.duplicates.at(i).imei, one.duplicates.at(i).imei);
            }
            QCOMPARE(rejectedSummary(two), rejectedSummary(one));
            QCOMPARE(two.dataLines, one.dataLines);
        }
    }
}

void ImeiImporterTest::cancelsWhileSecondThreadRuns()
{
    // Cancelled after some blocks, with batches on the second thread: the import ends
    // cancelled with nothing kept (the second thread stopped before the result was cleared).
    const QByteArray bytes = largeTable(9, 150'000);
    std::stop_source stop;
    qsizetype streamed = 0;
    ImeiImportOptions o;
    o.blockSize = 64 * 1024;
    o.stopToken = stop.get_token();
    o.progress = [&stop, &bytes](qint64 done, qint64) {
        if (done > bytes.size() / 2)
            stop.request_stop();
    };
    o.uniqueImeis = [&streamed](std::span<const Imei> imeis) {
        streamed += qsizetype(imeis.size());
    };
    QBuffer in;
    in.setData(bytes);
    in.open(QIODevice::ReadOnly);
    const ImeiImportResult r = ImeiImporter(o).importDevice(in, u"x"_s);
    QCOMPARE(r.error, ImeiImportError::Cancelled);
    QVERIFY(r.imeis.isEmpty());
    QVERIFY(r.duplicates.isEmpty());
    // What was streamed before the stop is a prefix of the import (the caller throws it away).
    QVERIFY(streamed < 150'000);
}

/// A file that cannot be read past `failAt` bytes (a disk error half-way).
class FailingBuffer final : public QBuffer
{
public:
    explicit FailingBuffer(qint64 failAt)
        : m_failAt(failAt)
    {}

protected:
    qint64 readData(char* out, qint64 max) override
    {
        if (pos() >= m_failAt) {
            setErrorString(u"Input/output error"_s);
            return -1;
        }
        return QBuffer::readData(out, std::min(max, m_failAt - pos()));
    }

private:
    qint64 m_failAt;
};

void ImeiImporterTest::readErrorWhileSecondThreadRuns()
{
    // A read error half-way through a large file, while the duplicate thread runs, reaches the
    // import after the same bytes, with the same message, as on one thread.
    const QByteArray bytes = largeTable(4, 100'000);
    QString messages[2];
    for (int parallel = 0; parallel < 2; ++parallel) {
        ImeiImportOptions o;
        o.blockSize = 8192;
        o.parallel = parallel == 1;
        FailingBuffer in(bytes.size() / 2);
        in.setData(bytes);
        in.open(QIODevice::ReadOnly);
        const ImeiImportResult r = ImeiImporter(o).importDevice(in, u"x"_s);
        QCOMPARE(r.error, ImeiImportError::Unreadable);
        QVERIFY(r.imeis.isEmpty());
        messages[parallel] = r.errorMessage;
    }
    QCOMPARE(messages[1], messages[0]);
    QVERIFY2(messages[0].contains(u"failed after %1 bytes: Input/output error"_s.arg(
                 bytes.size() / 2 / 8192 * 8192)),
             qPrintable(messages[0]));
}

QTEST_GUILESS_MAIN(ImeiImporterTest)
#include "ImeiImporterTest.moc"
