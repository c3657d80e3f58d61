// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/Imei.h"

#include <QTest>

using fotadesk::Imei;
using fotadesk::ImeiError;
using namespace Qt::StringLiterals;

class ImeiTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseBytesAgreesWithText_data() { parse_data(); }
    void parseBytesAgreesWithText();
    void checkDigit_data();
    void checkDigit();
    void storageIsCompact();
    void roundTripAndOrder();
    void messagesAreSpecific();
};

void ImeiTest::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ImeiError>("error");
    QTest::addColumn<QString>("imei");       // valid result, or ""
    QTest::addColumn<QString>("suggestion"); // offered fix, or ""

    QTest::newRow("valid") << u"490154203237518"_s << ImeiError::None << u"490154203237518"_s
                           << QString();
    QTest::newRow("valid 2") << u"356938035643809"_s << ImeiError::None << u"356938035643809"_s
                             << QString();
    QTest::newRow("leading zero") << u"012345678901237"_s << ImeiError::None << u"012345678901237"_s
                                  << QString();
    QTest::newRow("spaces") << u" 35 693803 564380 9 "_s << ImeiError::None << u"356938035643809"_s
                            << QString();
    QTest::newRow("dashes") << u"35-693803-564380-9"_s << ImeiError::None << u"356938035643809"_s
                            << QString();
    QTest::newRow("dots") << u"35.693803.564380.9"_s << ImeiError::None << u"356938035643809"_s
                          << QString();
    QTest::newRow("nbsp") << u"356938\u00a0035643809"_s << ImeiError::None << u"356938035643809"_s
                          << QString();
    QTest::newRow("excel apostrophe")
        << u"'356938035643809"_s << ImeiError::None << u"356938035643809"_s << QString();
    QTest::newRow("excel formula")
        << u"=\"356938035643809\""_s << ImeiError::None << u"356938035643809"_s << QString();
    QTest::newRow("empty") << QString() << ImeiError::Empty << QString() << QString();
    QTest::newRow("blank") << u"  \t "_s << ImeiError::Empty << QString() << QString();
    QTest::newRow("only apostrophe") << u"'"_s << ImeiError::Empty << QString() << QString();
    QTest::newRow("letters") << u"35693803564380X"_s << ImeiError::NonDigit << QString()
                             << QString();
    QTest::newRow("header word") << u"IMEI"_s << ImeiError::NonDigit << QString() << QString();
    QTest::newRow("too short") << u"3569380356"_s << ImeiError::TooShort << QString() << QString();
    QTest::newRow("14 digits") << u"35693803564380"_s << ImeiError::MissingCheckDigit << QString()
                               << u"356938035643809"_s;
    QTest::newRow("16 digits imeisv")
        << u"3569380356438012"_s << ImeiError::Imeisv << QString() << u"356938035643809"_s;
    QTest::newRow("too long") << u"35693803564380912"_s << ImeiError::TooLong << QString()
                              << QString();
    QTest::newRow("very long") << QString(200, QLatin1Char('7')) << ImeiError::TooLong << QString()
                               << QString();
    QTest::newRow("bad check digit")
        << u"356938035643808"_s << ImeiError::BadCheckDigit << QString() << QString();
    QTest::newRow("scientific") << u"3.56938E+14"_s << ImeiError::ScientificNotation << QString()
                                << QString();
    QTest::newRow("scientific lower")
        << u"3,56938e14"_s << ImeiError::ScientificNotation << QString() << QString();
    QTest::newRow("all zeros") << u"000000000000000"_s << ImeiError::Empty << QString()
                               << QString();
}

void ImeiTest::parse()
{
    QFETCH(QString, input);
    QFETCH(ImeiError, error);
    QFETCH(QString, imei);
    QFETCH(QString, suggestion);

    const auto result = Imei::parse(QStringView(input));
    QCOMPARE(result.error, error);
    QCOMPARE(result.isValid(), error == ImeiError::None);
    if (!imei.isEmpty())
        QCOMPARE(result.imei().toString(), imei);
    else
        QVERIFY(result.imei().isNull());
    QCOMPARE(result.suggestion, suggestion);
    QVERIFY(!result.message().isEmpty());
    QVERIFY(!result.code().isEmpty());
}

void ImeiTest::parseBytesAgreesWithText()
{
    QFETCH(QString, input);
    const auto text = Imei::parse(QStringView(input));
    const QByteArray utf8 = input.toUtf8();
    // UTF-8 multi-byte separators are not 8-bit separators; only compare pure ASCII rows.
    bool ascii = true;
    for (QChar c : input)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii)
        QSKIP("non-ASCII row");
    const auto bytes = Imei::parse(QByteArrayView(utf8));
    QCOMPARE(bytes.error, text.error);
    QCOMPARE(bytes.value, text.value);
    QCOMPARE(bytes.suggestion, text.suggestion);
}

void ImeiTest::checkDigit_data()
{
    QTest::addColumn<qulonglong>("first14");
    QTest::addColumn<int>("digit");
    QTest::newRow("49015420323751") << 49015420323751ULL << 8;
    QTest::newRow("35693803564380") << 35693803564380ULL << 9;
    QTest::newRow("zeros") << 0ULL << 0;
    QTest::newRow("35209900176148") << 35209900176148ULL << 1;
}

void ImeiTest::checkDigit()
{
    QFETCH(qulonglong, first14);
    QFETCH(int, digit);
    QCOMPARE(Imei::checkDigit(first14), digit);
    QVERIFY(Imei::isValidValue(first14 * 10 + static_cast<qulonglong>(digit)) || first14 == 0);
    QVERIFY(!Imei::isValidValue(first14 * 10 + static_cast<qulonglong>((digit + 1) % 10)));
}

void ImeiTest::storageIsCompact()
{
    static_assert(sizeof(Imei) == 8);
    QVERIFY(Imei().isNull());
}

void ImeiTest::roundTripAndOrder()
{
    const auto a = Imei::fromString(u"356938035643809");
    const auto b = Imei::fromString(u"490154203237518");
    QVERIFY(a && b);
    QVERIFY(*a < *b);
    QCOMPARE(a->tac(), 35693803u);
    QCOMPARE(Imei::fromValue(a->value())->toString(), u"356938035643809"_s);
    QVERIFY(!Imei::fromString(u"35693803564380"));
    QVERIFY(!Imei::fromString(u"356938035643808"));
    QCOMPARE(qHash(*a), qHash(*Imei::fromValue(356938035643809ULL)));
}

void ImeiTest::messagesAreSpecific()
{
    const auto missing = Imei::parse(QStringView(u"35693803564380"));
    QVERIFY2(missing.message().contains(u"356938035643809"_s), qPrintable(missing.message()));
    const auto bad = Imei::parse(QStringView(u"356938035643808"));
    QVERIFY2(bad.message().contains(u"9"_s) && bad.message().contains(u"8"_s),
             qPrintable(bad.message()));
    QCOMPARE(bad.expectedCheckDigit, 9);
    const auto sv = Imei::parse(QStringView(u"3569380356438012"));
    QVERIFY(sv.message().contains(u"IMEISV"_s));
    const auto sci = Imei::parse(QStringView(u"3.56938E+14"));
    QVERIFY(sci.message().contains(u"Text"_s));
    const auto letter = Imei::parse(QStringView(u"35693803564380X"));
    QVERIFY(letter.message().contains(u"X"_s));
    QCOMPARE(letter.code(), u"non-digit"_s);
}

QTEST_GUILESS_MAIN(ImeiTest)
#include "ImeiTest.moc"
