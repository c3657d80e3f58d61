// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ImportTextDecoder.h"

#include <QStringEncoder>
#include <QTest>

using fotadesk::ImportEncoding;
using fotadesk::ImportTextDecoder;
using namespace Qt::StringLiterals;

class ImportTextDecoderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void validUtf8_data();
    void validUtf8();
    void looksBinary_data();
    void looksBinary();
    void windows1252();
    void decodeCell_data();
    void decodeCell();
    void utf16AcrossChunks_data();
    void utf16AcrossChunks();
};

void ImportTextDecoderTest::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<ImportEncoding>("encoding");
    QTest::addColumn<int>("bom");
    QTest::addColumn<QString>("name");

    QTest::newRow("ascii") << "IMEI\n1\n"_ba << ImportEncoding::Utf8 << 0 << u"utf-8"_s;
    QTest::newRow("utf-8") << "Ger\xc3\xa4t\n"_ba << ImportEncoding::Utf8 << 0 << u"utf-8"_s;
    QTest::newRow("utf-8 bom") << "\xef\xbb\xbfIMEI\n"_ba << ImportEncoding::Utf8Bom << 3
                               << u"utf-8-bom"_s;
    QTest::newRow("utf-16le bom") << "\xff\xfeI\0M\0"_ba << ImportEncoding::Utf16Le << 2
                                  << u"utf-16le"_s;
    QTest::newRow("utf-16be bom") << "\xfe\xff\0I\0M"_ba << ImportEncoding::Utf16Be << 2
                                  << u"utf-16be"_s;
    QTest::newRow("utf-16le no bom")
        << "I\0M\0E\0I\0\n\0"_ba << ImportEncoding::Utf16Le << 0 << u"utf-16le"_s;
    QTest::newRow("utf-16be no bom")
        << "\0I\0M\0E\0I\0\n"_ba << ImportEncoding::Utf16Be << 0 << u"utf-16be"_s;
    QTest::newRow("windows-1252") << "M\xfcller;1\n"_ba << ImportEncoding::Windows1252 << 0
                                  << u"windows-1252"_s;
}

void ImportTextDecoderTest::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(ImportEncoding, encoding);
    QFETCH(int, bom);
    QFETCH(QString, name);
    const auto guess = ImportTextDecoder::detect(head, true);
    QCOMPARE(guess.encoding, encoding);
    QCOMPARE(guess.bomLength, bom);
    QCOMPARE(fotadesk::importEncodingName(guess.encoding), name);
}

void ImportTextDecoderTest::validUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("validIfTruncationAllowed");

    QTest::newRow("ascii") << "abc 123 and a longer ascii run"_ba << true << true;
    QTest::newRow("2 byte") << "\xc3\xa4"_ba << true << true;
    QTest::newRow("3 byte") << "\xe2\x82\xac"_ba << true << true;
    QTest::newRow("4 byte") << "\xf0\x9f\x98\x80"_ba << true << true;
    QTest::newRow("latin-1 byte") << "M\xfcller"_ba << false << false;
    QTest::newRow("overlong") << "\xc0\xaf"_ba << false << false;
    QTest::newRow("surrogate") << "\xed\xa0\x80"_ba << false << false;
    QTest::newRow("truncated at end") << "abc\xe2\x82"_ba << false << true;
    QTest::newRow("bad continuation") << "\xe2\x41\x82"_ba << false << false;
}

void ImportTextDecoderTest::validUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(bool, validIfTruncationAllowed);
    QCOMPARE(ImportTextDecoder::isValidUtf8(bytes), valid);
    QCOMPARE(ImportTextDecoder::isValidUtf8(bytes, true), validIfTruncationAllowed);
}

void ImportTextDecoderTest::looksBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("binary");
    QTest::newRow("text") << "IMEI\r\n356938035643809\t\f\n"_ba << false;
    QTest::newRow("nul") << "IMEI\n\0"_ba << true;
    QTest::newRow("control characters") << "\x01\x02\x03\x04 text"_ba << true;
    QTest::newRow("one stray control in much text") << QByteArray(200, 'a') + "\x1b"_ba << false;
}

void ImportTextDecoderTest::looksBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, binary);
    QCOMPARE(ImportTextDecoder::looksBinary(bytes), binary);
}

void ImportTextDecoderTest::windows1252()
{
    QCOMPARE(ImportTextDecoder::fromWindows1252("Ger\xe4te \x80 \x96 \x93x\x94"_ba),
             u"Ger\u00e4te \u20ac \u2013 \u201cx\u201d"_s);
}

void ImportTextDecoderTest::decodeCell_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ImportEncoding>("encoding");
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << "abc"_ba << ImportEncoding::Utf8 << u"abc"_s;
    QTest::newRow("utf-8") << "Ger\xc3\xa4t"_ba << ImportEncoding::Utf8 << u"Ger\u00e4t"_s;
    QTest::newRow("stray 1252 cell in utf-8 file")
        << "Ger\xe4t"_ba << ImportEncoding::Utf8 << u"Ger\u00e4t"_s;
    QTest::newRow("1252 file") << "Ger\xe4t"_ba << ImportEncoding::Windows1252 << u"Ger\u00e4t"_s;
    QTest::newRow("1252 file, utf-8-looking bytes")
        << "\xc3\xa4"_ba << ImportEncoding::Windows1252 << u"\u00c3\u00a4"_s;
}

void ImportTextDecoderTest::decodeCell()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ImportEncoding, encoding);
    QFETCH(QString, text);
    QCOMPARE(ImportTextDecoder::decodeCell(bytes, encoding), text);
}

void ImportTextDecoderTest::utf16AcrossChunks_data()
{
    QTest::addColumn<ImportEncoding>("encoding");
    QTest::newRow("le") << ImportEncoding::Utf16Le;
    QTest::newRow("be") << ImportEncoding::Utf16Be;
}

void ImportTextDecoderTest::utf16AcrossChunks()
{
    QFETCH(ImportEncoding, encoding);
    const QString text = u"Ger\u00e4te-IMEI\t\U0001F600\n356938035643809\n"_s;
    QStringEncoder enc(encoding == ImportEncoding::Utf16Le ? QStringEncoder::Utf16LE
                                                           : QStringEncoder::Utf16BE);
    const QByteArray bytes = enc.encode(text);
    for (qsizetype chunk : {qsizetype(1), qsizetype(3), bytes.size()}) {
        ImportTextDecoder d(encoding);
        QByteArray out;
        for (qsizetype i = 0; i < bytes.size(); i += chunk)
            out += d.decode(QByteArrayView(bytes).sliced(i, std::min(chunk, bytes.size() - i)));
        QCOMPARE(QString::fromUtf8(out), text);
    }
}

QTEST_GUILESS_MAIN(ImportTextDecoderTest)
#include "ImportTextDecoderTest.moc"
