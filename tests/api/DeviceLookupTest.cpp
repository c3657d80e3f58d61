// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DeviceLookup against a real fotasim: a whole list (more than 20 chunks) is looked up in
// parallel within the limit, every device of the account is found and nothing else, progress
// counts up to the total, cancel stops every request, and a chunk that keeps failing fails the
// lookup (never a partial "found" set).

#include "api/DeviceLookup.h"

#include "SimFixture.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

class DeviceLookupTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<FotaClient> m_client;
    QSet<QString> m_account; ///< every device of the demo account (all protocols but NONE)

    QStringList listOfManyChunks()
    {
        // The account's devices, a few IMEIs it does not have, and one repeated.
        QStringList ids(m_account.cbegin(), m_account.cend());
        std::sort(ids.begin(), ids.end());
        ids << u"012345678901237"_s << u"353456789012348"_s << ids.first();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        QVERIFY(m_sim->admin().authenticate());
        for (const QString& protocol : {u"LWM2M"_s, u"OMD-DM"_s, u"HTTP"_s}) {
            QString cursor = u"0"_s;
            for (int guard = 0; guard < 100; ++guard) {
                const QJsonObject page =
                    m_sim->admin()
                        .get(u"/fota/v3/devices/%1?protocol=%2&lastSeenDeviceId=%3"_s.arg(
                            DemoAccount, protocol, cursor))
                        .object();
                for (const QJsonValue& d : page.value(u"deviceList"_s).toArray())
                    m_account.insert(d[u"deviceId"_s].toString());
                if (!page.value(u"hasMoreData"_s).toBool())
                    break;
                cursor = page.value(u"lastSeenDeviceId"_s).toString();
            }
        }
        QVERIFY(m_account.size() > 20000);
    }
    void init()
    {
        QVERIFY(m_sim->setFaults(u"none"_s));
        m_client = m_sim->makeClient();
    }
    void cleanup()
    {
        m_client.reset();
        m_sim->setFaults(u"none"_s);
    }

    void wholeListInParallelChunks()
    {
        const QStringList ids = listOfManyChunks();
        DeviceLookup lookup(m_client.get(), ids);
        QVERIFY(lookup.chunkCount() > 20);
        QList<qint64> progress;
        connect(&lookup, &DeviceLookup::progress, this, [&](qint64 done, qint64 total) {
            QCOMPARE(total, ids.size());
            progress.append(done);
        });
        m_sim->resetStats();
        lookup.start();
        QVERIFY(SimFixture::waitFor(&lookup));
        QVERIFY2(lookup.succeeded(), qPrintable(lookup.error().toString()));
        QCOMPARE(m_sim->requestsTo(u"POST /api/fota/v3/devices"_s), lookup.chunkCount());
        QCOMPARE(progress.size(), lookup.chunkCount());
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(progress.constLast(), ids.size());
        QVERIFY(lookup.maxRunningSeen() > 1);
        QVERIFY(lookup.maxRunningSeen() <= DeviceLookup::DefaultConcurrency);
        const QList<QString> keys = lookup.found().keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), m_account);
        const wire::InventoryDevice& example = lookup.found().value(u"490154203237518"_s);
        QCOMPARE(example.make, u"ACME Modems"_s);
        QCOMPARE(example.firmware, u"R2.1.0"_s);
        QVERIFY(example.lastConnectionTime.isValid());
    }

    void cancelStopsEveryRequest()
    {
        QVERIFY(m_sim->setFaults(u"latency=200"_s));
        DeviceLookup lookup(m_client.get(), listOfManyChunks());
        lookup.setAutoDelete(false);
        QSignalSpy progress(&lookup, &DeviceLookup::progress);
        lookup.start();
        QVERIFY(progress.wait(10000));
        lookup.cancel();
        QVERIFY(lookup.isFinished());
        QCOMPARE(lookup.error().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(lookup.runningRequests(), 0);
        QVERIFY(lookup.devicesDone() < lookup.deviceIds().size());
    }

    void aFailingChunkFailsTheLookup()
    {
        m_client = m_sim->makeClient(2);
        QVERIFY(m_sim->setFaults(u"error500=1"_s));
        DeviceLookup lookup(m_client.get(), listOfManyChunks());
        lookup.start();
        QVERIFY(SimFixture::waitFor(&lookup));
        QVERIFY(!lookup.succeeded());
        QCOMPARE(lookup.error().httpStatus(), 500);
        QCOMPARE(lookup.runningRequests(), 0);
    }

    void emptyListSucceedsAtOnce()
    {
        DeviceLookup lookup(m_client.get(), {});
        lookup.start();
        QVERIFY(SimFixture::waitFor(&lookup));
        QVERIFY(lookup.succeeded());
        QVERIFY(lookup.found().isEmpty());
    }
};

QTEST_GUILESS_MAIN(DeviceLookupTest)
#include "DeviceLookupTest.moc"
