// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// BoundedBody: a body never holds more than its limit; an announced length above it is
// refused before anything is read; what arrived is counted for the message.

#include "api/BoundedBody.h"

#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

class BoundedBodyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsWhatFits()
    {
        BoundedBody body({10, "x"});
        QVERIFY(body.declare(-1));
        QVERIFY(body.append("12345"));
        QVERIFY(body.append("67890"));
        QVERIFY(!body.exceeded());
        QCOMPARE(body.arrived(), 10);
        QCOMPARE(body.take(), QByteArray("1234567890"));
        QCOMPARE(body.arrived(), 0);
    }

    void refusesThePassingChunkAndKeepsNothing()
    {
        BoundedBody body({10, "x"});
        QVERIFY(body.append("123456"));
        QVERIFY(!body.append("78901"));
        QVERIFY(body.exceeded());
        QCOMPARE(body.arrived(), 11);
        QVERIFY(!body.append("2"));
        QCOMPARE(body.take(), QByteArray());
    }

    void refusesAnAnnouncedLengthAboveTheLimit()
    {
        BoundedBody body({10, "x"});
        QVERIFY(body.declare(10));
        QVERIFY(!body.declare(5'000'000'000));
        QVERIFY(body.exceeded());
        QCOMPARE(body.declared(), 5'000'000'000);
        QCOMPARE(body.arrived(), 0);
    }

    void limitsFitTheirKinds()
    {
        // A page of 1,000 devices and thousands of firmware packages fit many times over; an
        // error body is small; all of them far below the 256 MB a process may use.
        QCOMPARE(BodyLimit::object().bytes, 1 << 20);
        QCOMPARE(BodyLimit::page().bytes, 16 << 20);
        QCOMPARE(BodyLimit::firmwareList().bytes, 32 << 20);
        QCOMPARE(BodyLimit::errorBody().bytes, 256 << 10);
        QCOMPARE(BodyLimit::page().kindText(), u"a report page"_s);
    }

    void formatsSizes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("bytes") << qint64(1) << u"1 bytes"_s;
        QTest::newRow("just above 1 MiB") << qint64((1 << 20) + 10) << u"1.0 MiB (1048586 bytes)"_s;
        QTest::newRow("KiB") << qint64(256 * 1024) << u"256 KiB"_s;
        QTest::newRow("MiB") << qint64(32 << 20) << u"32 MiB"_s;
        QTest::newRow("fraction") << qint64((32 << 20) + (1 << 19))
                                  << u"32.5 MiB (34078720 bytes)"_s;
        QTest::newRow("5 GB") << qint64(5'000'000'000) << u"4768.4 MiB (5000000000 bytes)"_s;
    }
    void formatsSizes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(BodyLimit::formatBytes(bytes), text);
    }
};

QTEST_GUILESS_MAIN(BoundedBodyTest)
#include "BoundedBodyTest.moc"
