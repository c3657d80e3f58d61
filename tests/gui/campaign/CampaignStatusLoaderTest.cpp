// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CampaignStatusLoader against a real fotasim process (a synthetic campaign of
// 5,000 devices, read range-parallel): rows reach the model in insertions of at
// most sliceRows() rows, never more than one slice per event-loop turn, with
// progress counting the rows appended; the final content equals the server's
// report (every device once, the same statuses, in IMEI order through the sorted
// proxy); cancel() while the last slices are still waiting drops them (nothing
// pending, no row afterwards, finished(false) with Cancelled); cancel() while
// pages are being read does the same; load() again starts from an empty queue.

#include "gui/campaign/CampaignStatusLoader.h"

#include "gui/GuiTestHarness.h"
#include "models/DeviceStatusFilterModel.h"
#include "models/DeviceStatusModel.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::FotaSimProcess;
using fotadesk::test::HttpTestClient;

namespace {

constexpr auto kAccount = "0000123456-00001";
constexpr int kDevices = 5000;

/// The device report as the server sends it (raw HTTP): "imei|status".
QStringList serverReport(HttpTestClient& http, const QString& campaignId)
{
    QStringList out;
    for (const QJsonObject& d : http.deviceReport(QLatin1String(kAccount), campaignId))
        out.append(d[u"deviceId"_s].toString() + u'|' + d[u"status"_s].toString());
    return out;
}

/// The rows in the proxy's order: "imei|status".
QStringList rowsInViewOrder(const QAbstractItemModel& view)
{
    QStringList out;
    for (int row = 0; row < view.rowCount(); ++row)
        out.append(view.index(row, DeviceStatusModel::ImeiColumn)
                       .data(DeviceStatusModel::DeviceIdRole)
                       .toString() +
                   u'|' +
                   view.index(row, DeviceStatusModel::StatusColumn)
                       .data(DeviceStatusModel::StatusRole)
                       .toString());
    return out;
}

} // namespace

class CampaignStatusLoaderTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_campaignId;
    QStringList m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<FotaSimProcess>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_http = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        QVERIFY(m_http->authenticate());
        // Simulated time stands still: the reference read and the loads see the same report.
        QVERIFY(m_http->freezeClock());
        QString failure;
        m_campaignId = m_http->syntheticCampaign(kDevices, 0.1, &failure);
        QVERIFY2(!m_campaignId.isEmpty(), qPrintable(failure));
        // The campaign runs: a mix of statuses, whatever the hour the test runs.
        QVERIFY(m_http->advanceClockToDays(3, 12));
        m_server = serverReport(*m_http, m_campaignId);
        QCOMPARE(m_server.size(), qsizetype(kDevices));
    }

    void rowsArriveInBoundedSlicesAndEqualTheServersReport()
    {
        test::ClientRig rig(m_sim->baseUrl());
        DeviceStatusModel model;
        DeviceStatusFilterModel view;
        view.setSourceModel(&model);
        view.sort(DeviceStatusModel::ImeiColumn, Qt::AscendingOrder);
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CampaignStatusLoader loader(rig.client.get(), m_campaignId);
        constexpr int kSlice = 128; // pages hold 1,000 devices: each page takes several slices
        loader.setSliceRows(kSlice);

        // A marker that runs once per event-loop turn (a posted event: every turn sends the
        // posted events once) numbers the turns; each insertion notes the turn it came in.
        int turn = 0;
        bool counting = true;
        std::function<void()> mark;
        mark = [&] {
            ++turn;
            if (counting)
                QMetaObject::invokeMethod(&loader, mark, Qt::QueuedConnection);
        };
        mark();
        QList<int> sizes;
        QList<int> turns;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex&, int first, int last) {
                    sizes.append(last - first + 1);
                    turns.append(turn);
                });
        QList<qint64> progress;
        connect(&loader, &CampaignStatusLoader::progress, this,
                [&](qint64 appended, qint64) { progress.append(appended); });
        QSignalSpy finished(&loader, &CampaignStatusLoader::finished);

        loader.load(&model);
        QVERIFY(finished.wait(120000));
        counting = false;
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(loader.ranges() > 1, "the report was read in ranges");
        QCOMPARE(loader.pendingRows(), qint64(0));

        // Bounded slices, one per turn.
        QVERIFY(!sizes.isEmpty());
        QVERIFY2(sizes.size() >= kDevices / kSlice, qPrintable(QString::number(sizes.size())));
        for (int n : std::as_const(sizes))
            QVERIFY2(n >= 1 && n <= kSlice, qPrintable(QString::number(n)));
        for (qsizetype i = 1; i < turns.size(); ++i)
            QVERIFY2(turns.at(i) > turns.at(i - 1),
                     qPrintable(u"two slices in turn %1"_s.arg(turns.at(i))));
        qint64 sum = 0;
        for (int n : std::as_const(sizes))
            sum += n;
        QCOMPARE(sum, qint64(kDevices));

        // Progress counts the rows appended: rising to the total.
        QVERIFY(!progress.isEmpty());
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(progress.last(), qint64(kDevices));
        QCOMPARE(loader.appended(), qint64(kDevices));
        QCOMPARE(loader.total(), qint64(kDevices));
        QVERIFY2(model.capacity() >= kDevices, "storage reserved for totalDevice");

        // The same devices and statuses as the server, in IMEI order in the view.
        QCOMPARE(model.rowCount(), kDevices);
        QCOMPARE(rowsInViewOrder(view), m_server);
    }

    void cancelWhileSlicesWaitDropsThem()
    {
        test::ClientRig rig(m_sim->baseUrl());
        DeviceStatusModel model;
        CampaignStatusLoader loader(rig.client.get(), m_campaignId);
        loader.setSliceRows(1);
        // Each slice (one row) takes 2 ms more: appending takes at least 10 s in all, so
        // every page is read long before the queue is drained.
        connect(&model, &QAbstractItemModel::rowsInserted, this, [] { QThread::msleep(2); });
        QSignalSpy finished(&loader, &CampaignStatusLoader::finished);
        loader.load(&model);
        QTRY_VERIFY_WITH_TIMEOUT(loader.allPagesRead(), 120000);
        QVERIFY(finished.isEmpty());
        QVERIFY(loader.pendingRows() > 0);
        QCOMPARE(loader.appended() + loader.pendingRows(), qint64(kDevices));

        loader.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(loader.error().has_value());
        QCOMPARE(loader.error()->kind(), ApiError::Kind::Cancelled);
        QVERIFY(!loader.isLoading());
        QCOMPARE(loader.pendingRows(), qint64(0));
        const int rows = model.rowCount();
        QCOMPARE(qint64(rows), loader.appended());
        QVERIFY(rows < kDevices);
        QTest::qWait(200); // no slice follows
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(finished.count(), 1);

        // A new load starts from an empty queue and ends complete.
        model.disconnect(this);
        model.clear();
        loader.setSliceRows(500);
        loader.load(&model);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(model.rowCount(), kDevices);
    }

    void cancelWhileReadingStopsEverything()
    {
        test::ClientRig rig(m_sim->baseUrl());
        DeviceStatusModel model;
        CampaignStatusLoader loader(rig.client.get(), m_campaignId);
        QSignalSpy finished(&loader, &CampaignStatusLoader::finished);
        // As soon as the first page is in the model: the ranges have just been sent.
        bool cancelled = false;
        connect(&loader, &CampaignStatusLoader::progress, this, [&](qint64, qint64 total) {
            if (total > 0 && !cancelled) {
                cancelled = true;
                loader.cancel();
            }
        });
        loader.load(&model);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, 60000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(loader.error()->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(loader.pendingRows(), qint64(0));
        const int rows = model.rowCount();
        QTest::qWait(300); // answers still on the way and decodes still running are dropped
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(finished.count(), 1);
        QVERIFY(rows < kDevices);
    }
};

QTEST_MAIN(CampaignStatusLoaderTest)
#include "CampaignStatusLoaderTest.moc"
