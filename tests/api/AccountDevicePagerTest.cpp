// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// AccountDevicePager against a real fotasim: every page of the account's inventory for a
// protocol filter, in IMEI order, decoded with the vendor's types; a failing page ends it.

#include "api/AccountDevicePager.h"

#include "SimFixture.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

class AccountDevicePagerTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<FotaClient> m_client;

    /// The inventory's devices for a filter, read with the plain test client.
    QStringList plainListing(const QString& protocol)
    {
        QStringList ids;
        QString cursor = u"0"_s;
        for (int guard = 0; guard < 100; ++guard) {
            const QJsonObject page =
                m_sim->admin()
                    .get(u"/fota/v3/devices/%1?protocol=%2&lastSeenDeviceId=%3"_s.arg(
                        DemoAccount, protocol, cursor))
                    .object();
            for (const QJsonValue& d : page.value(u"deviceList"_s).toArray())
                ids.append(d[u"deviceId"_s].toString());
            if (!page.value(u"hasMoreData"_s).toBool())
                break;
            cursor = page.value(u"lastSeenDeviceId"_s).toString();
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        QVERIFY(m_sim->admin().authenticate());
    }
    void init() { m_client = m_sim->makeClient(); }
    void cleanup()
    {
        m_client.reset();
        m_sim->setFaults(u"none"_s);
    }

    void readsEveryPage_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("protocol");
        QTest::newRow("server default") << QString() << u"LWM2M"_s;
        QTest::newRow("OMDADM") << u"OMDADM"_s << u"OMADM"_s;
        QTest::newRow("OMD-DM") << u"OMD-DM"_s << u"OMADM"_s;
        QTest::newRow("HTTP") << u"HTTP"_s << u"HTTP"_s;
    }
    void readsEveryPage()
    {
        QFETCH(QString, filter);
        QFETCH(QString, protocol);
        const QStringList expected = plainListing(filter.isEmpty() ? u"LWM2M"_s : filter);
        QVERIFY(expected.size() > 50);
        AccountDevicePager pager(m_client.get(), filter);
        pager.setCollect(true);
        int pages = 0;
        connect(&pager, &AccountDevicePager::pageArrived, this,
                [&](const QList<wire::AccountDevice>&) { ++pages; });
        pager.start();
        QVERIFY(SimFixture::waitFor(&pager));
        QVERIFY2(pager.succeeded(), qPrintable(pager.error().toString()));
        QStringList got;
        for (const wire::AccountDevice& d : pager.devices()) {
            QCOMPARE(d.protocol, protocol);
            QVERIFY(!d.make.isEmpty() && !d.firmware.isEmpty());
            QVERIFY(d.createTime.isValid()); // the "+0000 UTC" form, parsed
            got.append(d.deviceId);
        }
        QCOMPARE(got, expected);
        QCOMPARE(pages, (expected.size() + 999) / 1000);
        QCOMPARE(pager.itemsReceived(), expected.size());
    }

    void aFailingPageEndsThePager()
    {
        m_client = m_sim->makeClient(2);
        QVERIFY(m_sim->setFaults(u"error503=1"_s));
        AccountDevicePager pager(m_client.get());
        pager.start();
        QVERIFY(SimFixture::waitFor(&pager));
        QVERIFY(!pager.succeeded());
        QCOMPARE(pager.error().httpStatus(), 503);
    }
};

QTEST_GUILESS_MAIN(AccountDevicePagerTest)
#include "AccountDevicePagerTest.moc"
