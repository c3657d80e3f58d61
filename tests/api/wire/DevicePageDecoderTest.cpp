// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// decodeCampaignDevicePageBody (the report page read straight from the bytes) against the
// two steps it stands for, parseJson + decodeCampaignDevicePage: for every body below the
// result must be the same, value or error (path and message), and the direct reader must
// take the bodies in the service's own shape itself rather than handing them on.

#include "api/wire/DevicePageDecoder.h"

#include "api/wire/JsonCodec.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace fotadesk::wire {

namespace {

const QByteArray PageBody =
    R"({"totalDevice":2,"hasMoreData":false,"lastSeenDeviceId":"490154203237518",
    "maxPageSize":1000,"deviceList":[
    {"deviceId":"356938035643809","status":"UpgradeSuccess","resultReason":"DownloadInstallSucceeded",
     "updatedTime":"2022-01-26 03:45:01.608 +0000 UTC","recentAttemptTime":"2022-10-06T18:35:00Z",
     "nextAttemptTime":"2022-08-05T21:05:27.129Z"},
    {"deviceId":"490154203237518","status":"UpgradePending","resultReason":null,
     "updatedTime":"yesterday-ish","nextAttemptTime":"2022-08-05T21:05:27.129Z"}]})"_ba;

Decoded<CampaignDevicePage> twoSteps(const QByteArray& body)
{
    const auto json = parseJson(body);
    if (!json.ok())
        return json.error();
    return decodeCampaignDevicePage(json.value(), u"$"_s);
}

/// The same page: every field, the UTC values and the kept unknown members.
void comparePages(const CampaignDevicePage& a, const CampaignDevicePage& b)
{
    QCOMPARE(a.totalDevice, b.totalDevice);
    QCOMPARE(a.hasMoreData, b.hasMoreData);
    QCOMPARE(a.lastSeenDeviceId, b.lastSeenDeviceId);
    QCOMPARE(a.maxPageSize, b.maxPageSize);
    QCOMPARE(a.extra, b.extra);
    QCOMPARE(a.deviceList.size(), b.deviceList.size());
    for (qsizetype i = 0; i < a.deviceList.size(); ++i) {
        const DeviceStatus& x = a.deviceList.at(i);
        const DeviceStatus& y = b.deviceList.at(i);
        QCOMPARE(x.deviceId, y.deviceId);
        QCOMPARE(x.status, y.status);
        QCOMPARE(x.resultReason, y.resultReason);
        QCOMPARE(x.resultReason.isEmpty(), y.resultReason.isEmpty());
        for (const auto& [p, q] : {std::pair{&x.updatedTime, &y.updatedTime},
                                   std::pair{&x.recentAttemptTime, &y.recentAttemptTime},
                                   std::pair{&x.nextAttemptTime, &y.nextAttemptTime}}) {
            QCOMPARE(p->raw, q->raw);
            QCOMPARE(p->utc, q->utc);
            QCOMPARE(p->utc.timeSpec(), q->utc.timeSpec());
        }
        QCOMPARE(x.extra, y.extra);
    }
}

} // namespace

class DevicePageDecoderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheServiceShapeDirectly();
    void sameResultAsTheTwoSteps_data();
    void sameResultAsTheTwoSteps();
    void sharedTextsAreEqualValues();
};

void DevicePageDecoderTest::readsTheServiceShapeDirectly()
{
    const auto direct = readCampaignDevicePageDirect(PageBody);
    QVERIFY(direct.has_value());
    QCOMPARE(direct->deviceList.size(), 2);
    const DeviceStatus& first = direct->deviceList.at(0);
    QCOMPARE(first.updatedTime.utc, QDateTime(QDate(2022, 1, 26), QTime(3, 45, 1, 608), Qt::UTC));
    QCOMPARE(first.recentAttemptTime.utc, QDateTime(QDate(2022, 10, 6), QTime(18, 35), Qt::UTC));
    const DeviceStatus& second = direct->deviceList.at(1);
    QCOMPARE(second.updatedTime.raw, u"yesterday-ish"_s); // kept raw, never fails the page
    QVERIFY(!second.updatedTime.isValid());
    QVERIFY(second.recentAttemptTime.isNull());
    QVERIFY(second.resultReason.isEmpty());

    // What fotasim sends (the encoder's own output, members in its order) is read directly.
    const QByteArray encoded = toBytes(toJson(*direct));
    QVERIFY(readCampaignDevicePageDirect(encoded).has_value());
    // An empty page, and a page without the optional members.
    QVERIFY(readCampaignDevicePageDirect(R"({"hasMoreData":false,"maxPageSize":1000,)"
                                         R"("deviceList":[]})"_ba)
                .has_value());
    QVERIFY(readCampaignDevicePageDirect(R"( {"deviceList":[{"status":"A","deviceId":"1"}],)"
                                         R"("maxPageSize":0,"hasMoreData":true,)"
                                         R"("totalDevice":null,"lastSeenDeviceId":null} )"
                                         "\r\n"_ba)
                ->deviceList.at(0)
                .deviceId == u"1"_s);
}

void DevicePageDecoderTest::sameResultAsTheTwoSteps_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("direct"); // read without the two steps

    QTest::newRow("service page") << PageBody << true;
    QTest::newRow("empty list") << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[]})"_ba
                                << true;
    // Handed on: each must come out exactly as the two steps have it.
    QTest::newRow("unknown page member kept")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[],"cursor":{"a":[1,2]}})"_ba
        << false;
    QTest::newRow("unknown device member kept")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[{"deviceId":"1","status":"S","firmware":"R2"}]})"_ba
        << false;
    QTest::newRow("missing deviceId")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[{"deviceId":"1","status":"S"},{"status":"S"}]})"_ba
        << false;
    QTest::newRow("status a number")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[{"deviceId":"1","status":3}]})"_ba
        << false;
    QTest::newRow("deviceId null")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[{"deviceId":null,"status":"S"}]})"_ba
        << false;
    QTest::newRow("optional reason a number stays in extra")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[{"deviceId":"1","status":"S","resultReason":7}]})"_ba
        << false;
    QTest::newRow("timestamp a number stays in extra")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[{"deviceId":"1","status":"S","updatedTime":7}]})"_ba
        << false;
    QTest::newRow("device not an object")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":["1"]})"_ba << false;
    QTest::newRow("hasMoreData missing") << R"({"maxPageSize":1,"deviceList":[]})"_ba << false;
    QTest::newRow("hasMoreData a string")
        << R"({"hasMoreData":"no","maxPageSize":1,"deviceList":[]})"_ba << false;
    QTest::newRow("maxPageSize a fraction")
        << R"({"hasMoreData":false,"maxPageSize":1.5,"deviceList":[]})"_ba << false;
    QTest::newRow("maxPageSize 2.0")
        << R"({"hasMoreData":false,"maxPageSize":2.0,"deviceList":[]})"_ba << false;
    QTest::newRow("maxPageSize negative")
        << R"({"hasMoreData":false,"maxPageSize":-1,"deviceList":[]})"_ba << false;
    QTest::newRow("maxPageSize too large")
        << R"({"hasMoreData":false,"maxPageSize":99999999999999999,"deviceList":[]})"_ba << false;
    QTest::newRow("maxPageSize with 80 digits")
        << (R"({"hasMoreData":false,"maxPageSize":)" + QByteArray(80, '6') + R"(,"deviceList":[]})")
        << false;
    QTest::newRow("totalDevice a string")
        << R"({"totalDevice":"5","hasMoreData":false,"maxPageSize":1,"deviceList":[]})"_ba << false;
    QTest::newRow("leading zero") << R"({"hasMoreData":false,"maxPageSize":01,"deviceList":[]})"_ba
                                  << false;
    QTest::newRow("deviceList missing") << R"({"hasMoreData":false,"maxPageSize":1})"_ba << false;
    QTest::newRow("deviceList an object")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":{}})"_ba << false;
    QTest::newRow("escaped text")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[{"deviceId":"1","status":"S\u00e9\n"}]})"_ba
        << false;
    QTest::newRow("escaped member name")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[{"device\u0049d":"1","status":"S"}]})"_ba
        << false;
    QTest::newRow("UTF-8 text")
        << "{\"hasMoreData\":false,\"maxPageSize\":1,\"deviceList\":[{\"deviceId\":\"1\","
           "\"status\":\"S\",\"resultReason\":\"Fehlgeschlagen \xc3\xa4\"}]}"_ba
        << false;
    QTest::newRow("invalid UTF-8")
        << "{\"hasMoreData\":false,\"maxPageSize\":1,\"deviceList\":[{\"deviceId\":\"1\","
           "\"status\":\"S\xff\"}]}"_ba
        << false;
    QTest::newRow("byte order mark")
        << "\xEF\xBB\xBF{\"hasMoreData\":false,\"maxPageSize\":1,\"deviceList\":[]}"_ba << false;
    QTest::newRow("duplicate member")
        << R"({"hasMoreData":false,"hasMoreData":true,"maxPageSize":1,"deviceList":[]})"_ba
        << false;
    QTest::newRow("duplicate device member")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[{"deviceId":"1","deviceId":"2","status":"S"}]})"_ba
        << false;
    QTest::newRow("trailing comma")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[],})"_ba << false;
    QTest::newRow("trailing garbage")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[]} x)"_ba << false;
    QTest::newRow("truncated")
        << R"({"hasMoreData":false,"maxPageSize":1,"deviceList":[{"deviceId":"1")"_ba << false;
    QTest::newRow("control character in a string")
        << "{\"hasMoreData\":false,\"maxPageSize\":1,\"deviceList\":[{\"deviceId\":\"1\t\","
           "\"status\":\"S\"}]}"_ba
        << false;
    QTest::newRow("top-level array") << "[]"_ba << false;
    QTest::newRow("empty body") << " "_ba << false;
    QTest::newRow("truex") << R"({"hasMoreData":truex,"maxPageSize":1,"deviceList":[]})"_ba
                           << false;
}

void DevicePageDecoderTest::sameResultAsTheTwoSteps()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, direct);
    QCOMPARE(readCampaignDevicePageDirect(body).has_value(), direct);
    const auto expected = twoSteps(body);
    const auto got = decodeCampaignDevicePageBody(body);
    QCOMPARE(got.ok(), expected.ok());
    if (!expected.ok()) {
        QCOMPARE(got.error().path, expected.error().path);
        QCOMPARE(got.error().message, expected.error().message);
        return;
    }
    comparePages(got.value(), expected.value());
}

void DevicePageDecoderTest::sharedTextsAreEqualValues()
{
    // Statuses, reasons and repeated timestamps share one QString: still separate values.
    QByteArray body = R"({"hasMoreData":false,"maxPageSize":3,"deviceList":[)"_ba;
    for (int i = 0; i < 3; ++i) {
        body += (i ? ","_ba : ""_ba) + R"({"deviceId":")" + QByteArray::number(i) +
                R"(","status":"UpgradeSuccess","recentAttemptTime":"2022-10-06T18:35:00Z"})";
    }
    body += "]}";
    auto page = decodeCampaignDevicePageBody(body);
    QVERIFY(page.ok());
    CampaignDevicePage value = std::move(page).value();
    value.deviceList[0].status.append(u'!');
    QCOMPARE(value.deviceList.at(0).status, u"UpgradeSuccess!"_s);
    QCOMPARE(value.deviceList.at(1).status, u"UpgradeSuccess"_s);
    QCOMPARE(value.deviceList.at(2).recentAttemptTime.utc,
             QDateTime(QDate(2022, 10, 6), QTime(18, 35), Qt::UTC));
}

} // namespace fotadesk::wire

QTEST_GUILESS_MAIN(fotadesk::wire::DevicePageDecoderTest)
#include "DevicePageDecoderTest.moc"
