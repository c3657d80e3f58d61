// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/CsvWriter.h"

#include "support/CsvReadBack.h"

#include <QTest>

using fotadesk::CsvWriter;
using fotadesk::test::readCsvBack;
using namespace Qt::StringLiterals;

class CsvWriterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesCell_data();
    void encodesCell();
    void roundTripsThroughTokenizer_data();
    void roundTripsThroughTokenizer();
    void restoresOnlyTheMarker_data();
    void restoresOnlyTheMarker();
    void writesBomAndCrlf();
    void omitsBomOnRequest();
    void takeStartsAnEmptyBuffer();
    void numbersAreNeverNeutralised();
    void semicolonsDoNotLookLikeTheDelimiter();
    void readBackFindsUnsafeCells();
};

void CsvWriterTest::encodesCell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("plain") << u"abc"_s << "abc"_ba;
    QTest::newRow("empty") << QString() << ""_ba;
    QTest::newRow("imei") << u"490154203237518"_s << "490154203237518"_ba;
    QTest::newRow("iso time") << u"2026-12-01T10:00:00Z"_s << "2026-12-01T10:00:00Z"_ba;
    QTest::newRow("comma") << u"a,b"_s << "\"a,b\""_ba;
    QTest::newRow("quote") << u"say \"hi\""_s << "\"say \"\"hi\"\"\""_ba;
    QTest::newRow("lf") << u"a\nb"_s << "\"a\nb\""_ba;
    QTest::newRow("crlf") << u"a\r\nb"_s << "\"a\r\nb\""_ba;
    QTest::newRow("semicolon") << u"a;b"_s << "\"a;b\""_ba;
    QTest::newRow("pipe") << u"a|b"_s << "\"a|b\""_ba;
    QTest::newRow("inner tab") << u"a\tb"_s << "\"a\tb\""_ba;
    QTest::newRow("leading space") << u" a"_s << "\" a\""_ba;
    QTest::newRow("trailing space") << u"a "_s << "\"a \""_ba;
    QTest::newRow("utf-8") << u"Prüfung €"_s
                           << "Pr\xC3\xBC"
                              "fung \xE2\x82\xAC"_ba;
    QTest::newRow("formula =") << u"=1+1"_s << "'=1+1"_ba;
    QTest::newRow("formula +") << u"+A1"_s << "'+A1"_ba;
    QTest::newRow("formula -") << u"-2+3"_s << "'-2+3"_ba;
    QTest::newRow("formula @") << u"@SUM(A1)"_s << "'@SUM(A1)"_ba;
    QTest::newRow("formula tab") << u"\t=1"_s << "\"'\t=1\""_ba;
    QTest::newRow("formula cr") << u"\r=1"_s << "\"'\r=1\""_ba;
    QTest::newRow("dde, quoted") << u"=cmd|' /C calc'!A0"_s << "\"'=cmd|' /C calc'!A0\""_ba;
    QTest::newRow("hyperlink, quoted")
        << u"=HYPERLINK(\"http://x\",\"y\")"_s << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_ba;
    QTest::newRow("negative number") << u"-5"_s << "-5"_ba;
    QTest::newRow("signed number") << u"+12"_s << "+12"_ba;
    QTest::newRow("negative decimal") << u"-0.25"_s << "-0.25"_ba;
    QTest::newRow("sign only") << u"-"_s << "'-"_ba;
    QTest::newRow("dot without digits") << u"-5."_s << "'-5."_ba;
    QTest::newRow("phone number") << u"+1 555 0100"_s << "'+1 555 0100"_ba;
    QTest::newRow("dashed number") << u"+49-30-1234"_s << "'+49-30-1234"_ba;
    QTest::newRow("apostrophe before trigger") << u"'=x"_s << "''=x"_ba;
    QTest::newRow("apostrophe before number") << u"'-5"_s << "''-5"_ba;
    QTest::newRow("apostrophe alone") << u"'abc"_s << "'abc"_ba;
    QTest::newRow("trigger later") << u"a=1"_s << "a=1"_ba;
    QTest::newRow("nul") << QString(u"a\0b"_s)
                         << "a\xEF\xBF\xBD"
                            "b"_ba;
    QTest::newRow("bell") << u"a\ab"_s
                          << "a\xEF\xBF\xBD"
                             "b"_ba;
}

void CsvWriterTest::encodesCell()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, written);
    QCOMPARE(CsvWriter::encodeCell(value), written);
}

void CsvWriterTest::roundTripsThroughTokenizer_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("plain") << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("formulas") << QStringList{u"=1+1"_s, u"+A1"_s, u"-2+3"_s, u"@SUM(A1)"_s};
    QTest::newRow("numbers") << QStringList{u"-5"_s, u"+12"_s, u"-0.25"_s, u"7"_s};
    QTest::newRow("markers in data") << QStringList{u"'=x"_s, u"''-5"_s, u"'"_s, u"'a"_s};
    QTest::newRow("quotes, commas, newlines")
        << QStringList{u"say \"hi\""_s, u"a,b"_s, u"x\r\ny"_s, u"x\ny"_s, u"\r=z"_s};
    QTest::newRow("spaces and empties") << QStringList{u" a "_s, QString(), u"\t-1"_s, QString()};
    QTest::newRow("non-ascii") << QStringList{u"Prüfung"_s, u"日本"_s, u"=ä"_s};
}

void CsvWriterTest::roundTripsThroughTokenizer()
{
    QFETCH(QStringList, cells);
    CsvWriter w;
    w.row({u"one", u"two", u"three", u"four"});
    for (int r = 0; r < 3; ++r) {
        for (const QString& c : cells)
            w.cell(c);
        w.endRow();
    }
    const auto back = readCsvBack(w.data());
    QVERIFY(back.bom);
    QVERIFY(back.crlf);
    QCOMPARE(back.delimiter, ',');
    QCOMPARE(back.unsafeCells, QStringList());
    QCOMPARE(back.rows.size(), 4);
    for (int r = 1; r < 4; ++r)
        QCOMPARE(back.rows.at(r), cells);
}

void CsvWriterTest::restoresOnlyTheMarker_data()
{
    QTest::addColumn<QString>("read");
    QTest::addColumn<QString>("restored");
    QTest::newRow("marker") << u"'=1+1"_s << u"=1+1"_s;
    QTest::newRow("double marker") << u"''=1"_s << u"'=1"_s;
    QTest::newRow("apostrophe text") << u"'abc"_s << u"'abc"_s;
    QTest::newRow("apostrophe only") << u"'"_s << u"'"_s;
    QTest::newRow("no marker") << u"=1"_s << u"=1"_s;
    QTest::newRow("empty") << QString() << QString();
}

void CsvWriterTest::restoresOnlyTheMarker()
{
    QFETCH(QString, read);
    QFETCH(QString, restored);
    QCOMPARE(CsvWriter::restoreCell(read), restored);
}

void CsvWriterTest::writesBomAndCrlf()
{
    CsvWriter w;
    w.cell(u"a").cell(u"b").endRow().cell(u"c").empty().endRow();
    QCOMPARE(w.data(), "\xEF\xBB\xBF"
                       "a,b\r\nc,\r\n"_ba);
}

void CsvWriterTest::omitsBomOnRequest()
{
    CsvWriter w(CsvWriter::Bom::Omit);
    w.row({u"x"});
    QCOMPARE(w.data(), "x\r\n"_ba);
}

void CsvWriterTest::takeStartsAnEmptyBuffer()
{
    CsvWriter w;
    w.row({u"a", u"b"});
    const QByteArray first = w.take();
    QCOMPARE(w.size(), 0);
    w.row({u"=c", u"d"});
    QCOMPARE(first + w.take(), "\xEF\xBB\xBF"
                               "a,b\r\n'=c,d\r\n"_ba);
}

void CsvWriterTest::numbersAreNeverNeutralised()
{
    CsvWriter w(CsvWriter::Bom::Omit);
    w.number(-42).number(0).endRow();
    QCOMPARE(w.data(), "-42,0\r\n"_ba);
}

void CsvWriterTest::semicolonsDoNotLookLikeTheDelimiter()
{
    CsvWriter w;
    w.row({u"id", u"summary"});
    for (int i = 0; i < 10; ++i)
        w.row({QString::number(i), u"a; b; c"_s});
    const auto back = readCsvBack(w.data());
    QCOMPARE(back.delimiter, ',');
    QCOMPARE(back.rows.value(5), (QStringList{u"4"_s, u"a; b; c"_s}));
}

void CsvWriterTest::readBackFindsUnsafeCells()
{
    // The round-trip tests' safety check is not vacuous: a file written without the
    // writer (the old fotactl report) is caught.
    const auto back = readCsvBack("id,reason\r\n1,=1+1\r\n2,-5\r\n3,\"@x\"\r\n4,'=ok\r\n"_ba);
    QCOMPARE(back.unsafeCells, (QStringList{u"=1+1"_s, u"@x"_s}));
    QVERIFY(!back.bom);
}

QTEST_GUILESS_MAIN(CsvWriterTest)
#include "CsvWriterTest.moc"
