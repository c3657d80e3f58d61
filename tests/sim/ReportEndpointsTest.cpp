// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of Software Management Reports V3 on a real fotasim:
// campaign history by status (paged), campaign device status (cursor paging,
// IMEI order, first cursor 0), device upgrade history.

#include "SimTestSupport.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

class ReportEndpointsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void historyHasEveryStatus_data();
    void historyHasEveryStatus();
    void historyPagesAreCompleteAndDisjoint();
    void historyValidation_data();
    void historyValidation();
    void devicePagesEqualTheFullSet();
    void devicePageFromAnyCursor();
    void devicePageValidation_data();
    void devicePageValidation();
    void deviceHistory();
    void deviceHistoryValidation_data();
    void deviceHistoryValidation();

private:
    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_client;
    QString m_bigCampaign;
    QStringList m_bigDevices; ///< every IMEI of the 10,000-device campaign, read page by page
};

void ReportEndpointsTest::initTestCase()
{
    m_sim = std::make_unique<FotaSimProcess>(simArgs());
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
    m_client = std::make_unique<HttpTestClient>(m_sim->baseUrl());
    QVERIFY(m_client->authenticate());
    const HttpResult r =
        m_client->adminPost(u"/admin/campaigns/synthetic"_s, {{u"devices"_s, 10000}});
    QCOMPARE(r.status, 200);
    m_bigCampaign = r.object().value(u"id"_s).toString();
    QVERIFY(!m_bigCampaign.isEmpty());
}

void ReportEndpointsTest::historyHasEveryStatus_data()
{
    QTest::addColumn<QString>("status");
    for (const char* s :
         {"CampaignRequestPending", "CampaignRequestFailed", "CampaignRequestQueued",
          "CampaignPreScheduled", "CampaignScheduled", "CampaignCancelled", "CampaignAborted",
          "CampaignFailed", "CampaignEnded"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void ReportEndpointsTest::historyHasEveryStatus()
{
    QFETCH(QString, status);
    const HttpResult r = m_client->get(
        u"/fota/v3/reports/%1/firmware/campaigns?campaignStatus=%2"_s.arg(kAccount, status));
    QCOMPARE(r.status, 200);
    const QJsonObject page = r.object();
    QVERIFY(page.value(u"hasMoreData"_s).isBool());
    const QJsonArray list = page.value(u"campaignList"_s).toArray();
    QVERIFY2(!list.isEmpty(), "the demo data has a campaign in every status");
    for (const QJsonValue& v : list) {
        const QJsonObject c = v.toObject();
        QCOMPARE(c.value(u"status"_s).toString(), status);
        QCOMPARE(c.value(u"accountName"_s).toString(), kAccount);
        for (const char* key : {"id", "make", "model", "startDate", "endDate"})
            QVERIFY2(c.value(QLatin1String(key)).isString(), key);
    }
}

void ReportEndpointsTest::historyPagesAreCompleteAndDisjoint()
{
    // 60 more queued campaigns: more than one page of 50.
    QSet<QString> created;
    for (int i = 0; i < 60; ++i) {
        const HttpResult r =
            m_client->adminPost(u"/admin/campaigns/synthetic"_s, {{u"devices"_s, 1},
                                                                  {u"startDate"_s, u"2026-04-01"_s},
                                                                  {u"endDate"_s, u"2026-04-02"_s}});
        QCOMPARE(r.status, 200);
        created.insert(r.object().value(u"id"_s).toString());
    }
    QCOMPARE(m_client->adminPost(u"/admin/clock"_s, {{u"advanceSeconds"_s, 31}}).status, 200);
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    for (;;) {
        QString path =
            u"/fota/v3/reports/%1/firmware/campaigns?campaignStatus=CampaignRequestQueued"_s.arg(
                kAccount);
        if (!cursor.isEmpty())
            path += u"&lastSeenCampaignId="_s + cursor;
        const QJsonObject page = m_client->get(path).object();
        ++pages;
        for (const QJsonValue& v : page.value(u"campaignList"_s).toArray()) {
            const QString id = v.toObject().value(u"id"_s).toString();
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
        }
        if (!page.value(u"hasMoreData"_s).toBool())
            break;
        cursor = page.value(u"lastSeenCampaignId"_s).toString();
        QVERIFY(!cursor.isEmpty());
        QVERIFY(pages < 10);
    }
    QVERIFY(pages >= 2);
    QVERIFY(seen.contains(created));
}

void ReportEndpointsTest::historyValidation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("no status") << QString() << u"MissingRequiredField"_s;
    QTest::newRow("unknown status") << u"?campaignStatus=Done"_s << u"InvalidCampaignStatus"_s;
}

void ReportEndpointsTest::historyValidation()
{
    QFETCH(QString, query);
    QFETCH(QString, errorCode);
    const HttpResult r =
        m_client->get(u"/fota/v3/reports/%1/firmware/campaigns"_s.arg(kAccount) + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), errorCode);
}

void ReportEndpointsTest::devicePagesEqualTheFullSet()
{
    const QString base = u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(kAccount, m_bigCampaign);
    QString cursor = u"0"_s;
    QStringList all;
    int pages = 0;
    for (;;) {
        const HttpResult r = m_client->get(base + u"?lastSeenDeviceId="_s + cursor);
        QCOMPARE(r.status, 200);
        const QJsonObject page = r.object();
        QCOMPARE(page.value(u"totalDevice"_s).toInt(), 10000);
        QCOMPARE(page.value(u"maxPageSize"_s).toInt(), 1000);
        const QJsonArray list = page.value(u"deviceList"_s).toArray();
        QVERIFY(list.size() <= 1000);
        for (const QJsonValue& v : list) {
            const QJsonObject d = v.toObject();
            const QString id = d.value(u"deviceId"_s).toString();
            QVERIFY2(id.toULongLong() > cursor.toULongLong(), "a page holds only IMEIs > cursor");
            QVERIFY(d.value(u"status"_s).isString());
            all.append(id);
        }
        ++pages;
        if (!page.value(u"hasMoreData"_s).toBool())
            break;
        QCOMPARE(page.value(u"lastSeenDeviceId"_s).toString(), all.constLast());
        cursor = page.value(u"lastSeenDeviceId"_s).toString();
        QVERIFY(pages <= 10);
    }
    QCOMPARE(pages, 10);
    QCOMPARE(all.size(), 10000);
    QStringList sorted = all;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(all, sorted); // ordered by IMEI (15 digits: text order = number order)
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 10000);
    // The first page without a cursor is the page of cursor 0.
    const QJsonObject first = m_client->get(base).object();
    QCOMPARE(
        first.value(u"deviceList"_s).toArray().at(0).toObject().value(u"deviceId"_s).toString(),
        all.at(0));
    m_bigDevices = all;
}

void ReportEndpointsTest::devicePageFromAnyCursor()
{
    QVERIFY(!m_bigDevices.isEmpty());
    const QString base = u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(kAccount, m_bigCampaign);
    // A cursor that is not a member: the page starts at the next greater IMEI.
    const quint64 between = m_bigDevices.at(4499).toULongLong() + 1;
    QVERIFY(between < m_bigDevices.at(4500).toULongLong());
    const QJsonObject page = m_client->get(base + u"?lastSeenDeviceId=%1"_s.arg(between)).object();
    const QJsonArray list = page.value(u"deviceList"_s).toArray();
    QCOMPARE(list.size(), 1000);
    QCOMPARE(list.at(0).toObject().value(u"deviceId"_s).toString(), m_bigDevices.at(4500));
    QVERIFY(page.value(u"hasMoreData"_s).toBool());
    // Past the end: an empty last page.
    const QJsonObject end =
        m_client->get(base + u"?lastSeenDeviceId="_s + m_bigDevices.constLast()).object();
    QCOMPARE(end.value(u"deviceList"_s).toArray().size(), 0);
    QCOMPARE(end.value(u"hasMoreData"_s), QJsonValue(false));
}

void ReportEndpointsTest::devicePageValidation_data()
{
    QTest::addColumn<QString>("campaign"); // "" = the big one
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("cursor with letters")
        << QString() << u"?lastSeenDeviceId=abc"_s << u"InvalidCursor"_s;
    QTest::newRow("cursor too long")
        << QString() << u"?lastSeenDeviceId=1234567890123456"_s << u"InvalidCursor"_s;
    QTest::newRow("empty cursor") << QString() << u"?lastSeenDeviceId="_s << u"InvalidCursor"_s;
    QTest::newRow("unknown campaign") << u"nope"_s << QString() << u"UnknownCampaign"_s;
}

void ReportEndpointsTest::devicePageValidation()
{
    QFETCH(QString, campaign);
    QFETCH(QString, query);
    QFETCH(QString, errorCode);
    const HttpResult r =
        m_client->get(u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(
                          kAccount, campaign.isEmpty() ? m_bigCampaign : campaign) +
                      query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), errorCode);
}

void ReportEndpointsTest::deviceHistory()
{
    // A device of the demo's 10,000-device BG96 campaign (ended in January).
    const QString imei = demoDevices(
                             [](const fotadesk::sim::SimDevice& d) {
                                 return d.model == BG96 && !d.campaigns.isEmpty();
                             },
                             1)
                             .at(0);
    const HttpResult r = m_client->get(u"/fota/v3/reports/%1/devices/%2"_s.arg(kAccount, imei));
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.array();
    QCOMPARE(list.size(), 1);
    const QJsonObject e = list.at(0).toObject();
    QCOMPARE(e.value(u"deviceId"_s).toString(), imei);
    QCOMPARE(e.value(u"accountName"_s).toString(), kAccount);
    QCOMPARE(e.value(u"firmwareTo"_s).toString(), u"BG96MAR02A08M1G"_s);
    for (const char* key : {"campaignId", "startDate", "status", "reason"})
        QVERIFY2(e.value(QLatin1String(key)).isString(), key);
    QVERIFY(e.value(u"status"_s).toString() == u"UpgradeSuccess"_s ||
            e.value(u"status"_s).toString() == u"UpgradeFailed"_s);
    // A device in no campaign has an empty history.
    const QString free = freeDevices(AX200, true, 1).at(0);
    const HttpResult none = m_client->get(u"/fota/v3/reports/%1/devices/%2"_s.arg(kAccount, free));
    QCOMPARE(none.status, 200);
    QCOMPARE(none.array().size(), 0);
}

void ReportEndpointsTest::deviceHistoryValidation_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("malformed IMEI") << kAccount << u"49015420323751"_s << u"InvalidDeviceId"_s;
    QTest::newRow("unknown device") << kAccount << u"012345678901237"_s << u"UnknownDevice"_s;
    QTest::newRow("device of another account")
        << kOtherAccount << u"490154203237518"_s << u"UnknownDevice"_s;
    QTest::newRow("unknown account") << u"x"_s << u"490154203237518"_s << u"UnknownAccount"_s;
}

void ReportEndpointsTest::deviceHistoryValidation()
{
    QFETCH(QString, account);
    QFETCH(QString, device);
    QFETCH(QString, errorCode);
    const HttpResult r = m_client->get(u"/fota/v3/reports/%1/devices/%2"_s.arg(account, device));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), errorCode);
}

QTEST_GUILESS_MAIN(ReportEndpointsTest)
#include "ReportEndpointsTest.moc"
