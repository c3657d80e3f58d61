// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/CsvTokenizer.h"

#include <QTest>

using fotadesk::CsvDialect;
using fotadesk::CsvRecord;
using fotadesk::CsvTokenizer;
using namespace Qt::StringLiterals;

namespace {

/// Collects records as "line:field|field|..." (+ " [cut]" / " [open]").
class Collector final : public CsvTokenizer::Sink
{
public:
    void record(const CsvRecord& r) override
    {
        QByteArray s = QByteArray::number(r.line()) + ':';
        for (int i = 0; i < r.fieldCount(); ++i) {
            if (i)
                s += '|';
            s += r.field(i).toByteArray();
        }
        if (r.truncated())
            s += " [cut]";
        if (r.unterminatedQuote())
            s += " [open]";
        if (r.isBlank())
            s += " [blank]";
        records.append(QString::fromUtf8(s));
        spans.append(QString::number(r.lineCount()));
    }
    QStringList records;
    QStringList spans;
};

QStringList tokenize(const QByteArray& input, char delimiter, qsizetype chunk,
                     CsvTokenizer::Limits limits = {})
{
    CsvTokenizer t(delimiter, limits);
    Collector c;
    for (qsizetype i = 0; i < input.size(); i += chunk)
        t.feed(QByteArrayView(input).sliced(i, std::min(chunk, input.size() - i)), c);
    t.finish(c);
    return c.records;
}

} // namespace

class CsvTokenizerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data();
    void tokenize();
    void lineCount_data();
    void lineCount();
    void limitsBoundMemory();
    void fastPathMatchesStateMachine();
    void sniff_data();
    void sniff();
};

void CsvTokenizerTest::tokenize_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("records");

    QTest::newRow("simple lf") << "a,b\nc,d\n"_ba << ',' << QStringList{u"1:a|b"_s, u"2:c|d"_s};
    QTest::newRow("crlf") << "a,b\r\nc,d\r\n"_ba << ',' << QStringList{u"1:a|b"_s, u"2:c|d"_s};
    QTest::newRow("lone cr") << "a;b\rc;d\r"_ba << ';' << QStringList{u"1:a|b"_s, u"2:c|d"_s};
    QTest::newRow("no final newline")
        << "a,b\nc,d"_ba << ',' << QStringList{u"1:a|b"_s, u"2:c|d"_s};
    QTest::newRow("empty fields") << "a,,\n,\n"_ba << ','
                                  << QStringList{u"1:a||"_s, u"2:| [blank]"_s};
    QTest::newRow("blank lines") << "a\n\n  \nb\n"_ba << char(0)
                                 << QStringList{u"1:a"_s, u"2: [blank]"_s, u"3:   [blank]"_s,
                                                u"4:b"_s};
    QTest::newRow("quoted delimiter") << "\"a,b\",c\n"_ba << ',' << QStringList{u"1:a,b|c"_s};
    QTest::newRow("doubled quotes")
        << "\"say \"\"hi\"\"\",x\n"_ba << ',' << QStringList{u"1:say \"hi\"|x"_s};
    QTest::newRow("quoted newline")
        << "\"one\ntwo\",x\ny,z\n"_ba << ',' << QStringList{u"1:one\ntwo|x"_s, u"3:y|z"_s};
    QTest::newRow("quoted crlf") << "\"one\r\ntwo\";x\r\ny;z\r\n"_ba << ';'
                                 << QStringList{u"1:one\r\ntwo|x"_s, u"3:y|z"_s};
    QTest::newRow("empty quoted") << "\"\",a\n"_ba << ',' << QStringList{u"1:|a"_s};
    QTest::newRow("quote inside unquoted") << "ab\"c,d\n"_ba << ',' << QStringList{u"1:ab\"c|d"_s};
    QTest::newRow("text after closing quote")
        << "\"ab\"c,d\n"_ba << ',' << QStringList{u"1:abc|d"_s};
    QTest::newRow("tab") << "a\tb c\n"_ba << '\t' << QStringList{u"1:a|b c"_s};
    QTest::newRow("pipe") << "a|b\n"_ba << '|' << QStringList{u"1:a|b"_s};
    QTest::newRow("no delimiter keeps commas") << "a,b\n"_ba << char(0) << QStringList{u"1:a,b"_s};
    QTest::newRow("unterminated quote")
        << "a,\"open\nmore\n"_ba << ',' << QStringList{u"1:a|open\nmore\n [open]"_s};
    QTest::newRow("empty input") << QByteArray() << ',' << QStringList{};
}

void CsvTokenizerTest::tokenize()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(QStringList, records);
    QCOMPARE(::tokenize(input, delimiter, input.size() + 1), records);
    // The same records whatever the chunking (states carried across chunks).
    QCOMPARE(::tokenize(input, delimiter, 1), records);
    QCOMPARE(::tokenize(input, delimiter, 2), records);
}

void CsvTokenizerTest::lineCount_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("lines");
    QTest::newRow("empty") << QByteArray() << qint64(0);
    QTest::newRow("one with lf") << "a\n"_ba << qint64(1);
    QTest::newRow("one without lf") << "a"_ba << qint64(1);
    QTest::newRow("crlf") << "a\r\nb\r\n"_ba << qint64(2);
    QTest::newRow("quoted newlines count") << "\"a\nb\nc\"\nd"_ba << qint64(4);
}

void CsvTokenizerTest::lineCount()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, lines);
    CsvTokenizer t(',');
    Collector c;
    t.feed(input, c);
    t.finish(c);
    QCOMPARE(t.lines(), lines);
}

void CsvTokenizerTest::fastPathMatchesStateMachine()
{
    // A line is split in place only when it is whole inside one chunk; fed one byte at a time,
    // every line goes through the state machine. Random text of the characters that matter
    // (delimiters, quotes, CR, LF, blanks) under tight limits gives the same records, lines
    // and flags both ways, and with chunks of every size in between.
    static constexpr char alphabet[] = {'a', '1', ',', ';', '"', '\r', '\n', ' ', '\t', 'x'};
    std::uint64_t state = 20;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(state >> 33);
    };
    for (int round = 0; round < 3000; ++round) {
        QByteArray input;
        const unsigned length = next() % 200;
        for (unsigned i = 0; i < length; ++i) {
            // Mostly plain characters, so that many lines are simple.
            const unsigned pick = next() % 40;
            input += pick < 30 ? alphabet[pick % 2] : alphabet[pick % sizeof(alphabet)];
        }
        const char delimiter = round % 3 == 0 ? ',' : round % 3 == 1 ? ';' : char(0);
        const CsvTokenizer::Limits limits{round % 2 ? 64 : 100000, round % 4 < 2 ? 3 : 4096};
        // The records, each with the lines it spans, and the tokenizer's line count.
        auto run = [&](qsizetype chunk) {
            CsvTokenizer t(delimiter, limits);
            Collector c;
            for (qsizetype i = 0; i < input.size(); i += chunk)
                t.feed(QByteArrayView(input).sliced(i, std::min(chunk, input.size() - i)), c);
            t.finish(c);
            c.records.append(u"lines %1, spans %2"_s.arg(t.lines()).arg(c.spans.join(u',')));
            return c.records;
        };
        const QStringList slow = run(1);
        QVERIFY2(run(input.size() + 1) == slow,
                 qPrintable(u"input: "_s + QString::fromLatin1(input.toPercentEncoding())));
        QCOMPARE(run(static_cast<qsizetype>(next() % 50 + 2)), slow);
    }
}

void CsvTokenizerTest::limitsBoundMemory()
{
    // A 1 MB line is cut at the byte limit and flagged; the next line is intact.
    const QByteArray big = QByteArray(1024 * 1024, 'x');
    const QStringList r =
        ::tokenize("ok\n"_ba + big + "\nnext\n"_ba, ',', 4096, CsvTokenizer::Limits{1000, 16});
    QCOMPARE(r.size(), 3);
    QCOMPARE(r.at(0), u"1:ok"_s);
    QVERIFY(r.at(1).endsWith(u" [cut]"_s));
    QCOMPARE(r.at(1).size(), qsizetype(2 + 1000 + 6));
    QCOMPARE(r.at(2), u"3:next"_s);

    // A line of 100k empty fields is cut at the field limit.
    const QStringList f =
        ::tokenize(QByteArray(100000, ',') + "\nz\n"_ba, ',', 4096, CsvTokenizer::Limits{1000, 16});
    QCOMPARE(f.size(), 2);
    QVERIFY(f.at(0).endsWith(u" [cut] [blank]"_s));
    QCOMPARE(f.at(0).count(u'|'), 15);
    QCOMPARE(f.at(1), u"2:z"_s);
}

void CsvTokenizerTest::sniff_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("sepLine");

    QTest::newRow("comma") << "Name,IMEI\nA,1\nB,2\n"_ba << ',' << false;
    QTest::newRow("semicolon with decimal commas")
        << "Name;Price;IMEI\nA;1,5;1\nB;2,5;2\n"_ba << ';' << false;
    QTest::newRow("tab") << "Name\tIMEI\nA, Inc.\t1\n"_ba << '\t' << false;
    QTest::newRow("pipe") << "a|b|c\nd|e|f\n"_ba << '|' << false;
    QTest::newRow("single column") << "356938035643809\n490154203237518\n"_ba << char(0) << false;
    QTest::newRow("quoted commas ignored")
        << "\"a,b,c\";x\n\"d,e\";y\n\"f\";z\n"_ba << ';' << false;
    QTest::newRow("excel sep line") << "sep=|\na,b|c\n"_ba << '|' << true;
    QTest::newRow("excel sep line crlf") << "sep=;\r\na;b\r\n"_ba << ';' << true;
    QTest::newRow("empty") << QByteArray() << char(0) << false;
}

void CsvTokenizerTest::sniff()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QFETCH(bool, sepLine);
    const CsvDialect d = CsvTokenizer::sniff(sample, true);
    QCOMPARE(d.delimiter, delimiter);
    QCOMPARE(d.sepLine, sepLine);
}

QTEST_GUILESS_MAIN(CsvTokenizerTest)
#include "CsvTokenizerTest.moc"
