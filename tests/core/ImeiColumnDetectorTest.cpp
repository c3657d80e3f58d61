// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ImeiColumnDetector.h"

#include <QTest>

using fotadesk::ImeiColumnChoice;
using fotadesk::ImeiColumnDetector;
using namespace Qt::StringLiterals;

namespace {
QList<QStringList> table(const QString& text)
{
    QList<QStringList> rows;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts))
        rows.append(line.split(u','));
    return rows;
}
} // namespace

class ImeiColumnDetectorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerNameScore_data();
    void headerNameScore();
    void choose_data();
    void choose();
};

void ImeiColumnDetectorTest::headerNameScore_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("score");
    QTest::newRow("IMEI") << u"IMEI"_s << 3;
    QTest::newRow("imei lower, spaces") << u"  imei "_s << 3;
    QTest::newRow("Device IMEI") << u"Device IMEI"_s << 2;
    QTest::newRow("Geräte-IMEI") << u"Ger\u00e4te-IMEI"_s << 2;
    QTest::newRow("imei_number") << u"imei_number"_s << 2;
    QTest::newRow("IMEI 1") << u"IMEI 1"_s << 2;
    QTest::newRow("deviceId") << u"deviceId"_s << 1;
    QTest::newRow("Device ID") << u"Device ID"_s << 1;
    QTest::newRow("device_id") << u"device_id"_s << 1;
    QTest::newRow("Name") << u"Name"_s << 0;
    QTest::newRow("Serial") << u"Serial"_s << 0;
    QTest::newRow("empty") << QString() << 0;
}

void ImeiColumnDetectorTest::headerNameScore()
{
    QFETCH(QString, name);
    QFETCH(int, score);
    QCOMPARE(ImeiColumnDetector::headerNameScore(name), score);
}

void ImeiColumnDetectorTest::choose_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QString>("headerName");
    QTest::addColumn<bool>("byName");

    QTest::newRow("single column, no header")
        << u"356938035643809\n490154203237518\n"_s << 0 << false << QString() << false;
    QTest::newRow("header IMEI") << u"IMEI\n356938035643809\n"_s << 0 << true << u"IMEI"_s << true;
    QTest::newRow("header in column 3") << u"Name,Site,Device IMEI,Model\nA,B,356938035643809,X\n"_s
                                        << 2 << true << u"Device IMEI"_s << true;
    QTest::newRow("named column trusted even if values are bad")
        << u"Name,IMEI\nA,bad\nB,worse\n"_s << 1 << true << u"IMEI"_s << true;
    QTest::newRow("exact name beats partial")
        << u"Old IMEI,IMEI\n356938035643809,490154203237518\n"_s << 1 << true << u"IMEI"_s << true;
    QTest::newRow("no header, by content in column 2")
        << u"Alice,356938035643809,Berlin\nBob,490154203237518,Paris\n"_s << 1 << false << QString()
        << false;
    QTest::newRow("header without IMEI name, by content")
        << u"Name,Number\nAlice,356938035643809\n"_s << 1 << true << u"Number"_s << false;
    QTest::newRow("damaged values still count")
        << u"A,3.56938E+14\nB,35693803564380\n"_s << 1 << false << QString() << false;
    QTest::newRow("device id with IMEIs elsewhere")
        << u"Device ID,Serial\nMDN-1,356938035643809\nMDN-2,490154203237518\n"_s << 1 << true
        << u"Serial"_s << false;
    QTest::newRow("device id holding IMEIs")
        << u"deviceId,Name\n356938035643809,A\n"_s << 0 << true << u"deviceId"_s << true;
    QTest::newRow("header only") << u"Name,IMEI\n"_s << 1 << true << u"IMEI"_s << true;
    QTest::newRow("no IMEI anywhere")
        << u"Name,City\nAlice,Berlin\n"_s << -1 << true << QString() << false;
    QTest::newRow("short numbers are not IMEIs")
        << u"1,2\n3,4\n"_s << -1 << false << QString() << false;
    QTest::newRow("nothing") << QString() << -1 << false << QString() << false;
}

void ImeiColumnDetectorTest::choose()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(bool, hasHeader);
    QFETCH(QString, headerName);
    QFETCH(bool, byName);
    const ImeiColumnChoice c = ImeiColumnDetector::choose(table(text));
    QCOMPARE(c.column, column);
    QCOMPARE(c.hasHeader, hasHeader);
    QCOMPARE(c.headerName, headerName);
    QCOMPARE(c.byHeaderName, byName);
}

QTEST_GUILESS_MAIN(ImeiColumnDetectorTest)
#include "ImeiColumnDetectorTest.moc"
