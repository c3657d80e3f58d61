// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of Licenses V3, subscription and callbacks on a real fotasim.

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

class LicenseEndpointsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listPagesCoverEveryLicense();
    void assignAndRemoveAnswerPerDevice();
    void changeValidation_data();
    void changeValidation();
    void subscriptionCountsLicenses();
    void callbacksAreStored();
    void callbackValidation_data();
    void callbackValidation();

private:
    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_client;
};

void LicenseEndpointsTest::initTestCase()
{
    m_sim = std::make_unique<FotaSimProcess>(simArgs());
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
    m_client = std::make_unique<HttpTestClient>(m_sim->baseUrl());
    QVERIFY(m_client->authenticate());
}

void LicenseEndpointsTest::listPagesCoverEveryLicense()
{
    qint64 expected = 0;
    for (const auto& d : demoState().devices())
        expected += d.account == 0 && d.licensedAtMs != 0 ? 1 : 0;
    QVERIFY(expected > 15000);
    QString cursor = u"0"_s;
    QStringList all;
    for (int pages = 0;; ++pages) {
        QVERIFY(pages < 100);
        const HttpResult r =
            m_client->get(u"/fota/v3/licenses/%1?lastSeenDeviceId=%2"_s.arg(kAccount, cursor));
        QCOMPARE(r.status, 200);
        const QJsonObject page = r.object();
        QCOMPARE(page.value(u"accountName"_s).toString(), kAccount);
        QCOMPARE(page.value(u"assignedLicenses"_s).toInteger(), expected);
        QCOMPARE(page.value(u"totalLicenses"_s).toInteger(), 25000);
        QCOMPARE(page.value(u"maxPageSize"_s).toInt(), 1000);
        for (const QJsonValue& v : page.value(u"deviceList"_s).toArray()) {
            all.append(v.toObject().value(u"deviceId"_s).toString());
            QVERIFY(v.toObject().value(u"assignmentTime"_s).toString().endsWith(u'Z'));
        }
        if (!page.value(u"hasMoreData"_s).toBool())
            break;
        cursor = page.value(u"lastSeenDeviceId"_s).toString();
    }
    QCOMPARE(all.size(), expected);
    QStringList sorted = all;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(all, sorted);
}

void LicenseEndpointsTest::assignAndRemoveAnswerPerDevice()
{
    const QString unlicensed = freeDevices(AX200, false, 1).at(0);
    const QString licensed = freeDevices(AX200, true, 1).at(0);
    const QString unknown = u"012345678901237"_s;
    const QString path = u"/fota/v3/licenses/%1/"_s.arg(kAccount);
    HttpResult r =
        m_client->post(path + u"assign"_s,
                       QJsonObject{{u"deviceList"_s, QJsonArray{unlicensed, licensed, unknown}}});
    QCOMPARE(r.status, 200);
    QJsonObject o = r.object();
    QCOMPARE(o.value(u"accountName"_s).toString(), kAccount);
    QCOMPARE(o.value(u"licCount"_s).toInt(), 25000);
    const qint64 used = o.value(u"licUsedCount"_s).toInteger();
    QJsonArray list = o.value(u"deviceList"_s).toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject().value(u"status"_s).toString(), u"LicenseAssigned"_s);
    QCOMPARE(list.at(1).toObject().value(u"status"_s).toString(), u"LicenseAssigned"_s);
    QCOMPARE(list.at(2).toObject().value(u"status"_s).toString(), u"LicenseAssignFailed"_s);
    QCOMPARE(list.at(2).toObject().value(u"resultReason"_s).toString(),
             u"Device does not exist."_s);

    r = m_client->post(path + u"remove"_s, QJsonObject{{u"deviceList"_s, QJsonArray{unlicensed}}});
    QCOMPARE(r.status, 200);
    o = r.object();
    QCOMPARE(o.value(u"licUsedCount"_s).toInteger(), used - 1);
    QCOMPARE(o.value(u"deviceList"_s).toArray().at(0).toObject().value(u"status"_s).toString(),
             u"LicenseRemoved"_s);
    r = m_client->post(path + u"remove"_s, QJsonObject{{u"deviceList"_s, QJsonArray{unlicensed}}});
    QCOMPARE(r.object().value(u"deviceList"_s).toArray().at(0).toObject().value(u"resultReason"_s),
             QJsonValue(u"No license attached to device"_s));
}

void LicenseEndpointsTest::changeValidation_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    for (const char* action : {"assign", "remove"}) {
        const QString a = QString::fromLatin1(action);
        QTest::addRow("%s no deviceList", action)
            << a << QByteArray("{}") << u"MissingRequiredField"_s;
        QTest::addRow("%s empty", action)
            << a << QByteArray("{\"deviceList\":[]}") << u"DeviceListEmpty"_s;
        QTest::addRow("%s malformed", action)
            << a << QByteArray("{\"deviceList\":[\"1\"]}") << u"InvalidDeviceId"_s;
        QTest::addRow("%s not JSON", action)
            << a << QByteArray("deviceList=1") << u"InvalidRequestBody"_s;
    }
}

void LicenseEndpointsTest::changeValidation()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const HttpResult r =
        m_client->send("POST", u"/fota/v3/licenses/%1/%2"_s.arg(kAccount, action), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), errorCode);
}

void LicenseEndpointsTest::subscriptionCountsLicenses()
{
    const HttpResult r = m_client->get(u"/fota/v3/subscriptions/%1"_s.arg(kAccount));
    QCOMPARE(r.status, 200);
    const QJsonObject s = r.object();
    QCOMPARE(s.value(u"accountName"_s).toString(), kAccount);
    QCOMPARE(s.value(u"purchaseType"_s).toString(), u"MRC"_s);
    QCOMPARE(s.value(u"licenseCount"_s).toInt(), 25000);
    const HttpResult licenses = m_client->get(u"/fota/v3/licenses/%1"_s.arg(kAccount));
    QCOMPARE(s.value(u"licenseUsedCount"_s).toInteger(),
             licenses.object().value(u"assignedLicenses"_s).toInteger());
    QVERIFY(s.value(u"updateTime"_s).toString().endsWith(u'Z'));
}

void LicenseEndpointsTest::callbacksAreStored()
{
    const QString path = u"/fota/v3/callbacks/%1"_s.arg(kAccount);
    QCOMPARE(m_client->get(path).errorCode(), u"NoCallbackRegistered"_s);
    const QString url = u"https://example.com/fota/callback"_s;
    HttpResult r = m_client->post(path, QJsonObject{{u"url"_s, url}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"url"_s).toString(), url);
    QCOMPARE(m_client->get(path).object().value(u"url"_s).toString(), url);
    r = m_client->put(path, QJsonObject{{u"url"_s, u"https://example.com/v2"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(m_client->get(path).object().value(u"url"_s).toString(), u"https://example.com/v2"_s);
    r = m_client->del(path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"success"_s), QJsonValue(true));
    QCOMPARE(m_client->get(path).errorCode(), u"NoCallbackRegistered"_s);
}

void LicenseEndpointsTest::callbackValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("no url") << QJsonObject{} << u"MissingRequiredField"_s;
    QTest::newRow("relative url") << QJsonObject{{u"url"_s, u"/callback"_s}}
                                  << u"InvalidCallbackUrl"_s;
    QTest::newRow("ftp url") << QJsonObject{{u"url"_s, u"ftp://example.com/x"_s}}
                             << u"InvalidCallbackUrl"_s;
    QTest::newRow("url not a string") << QJsonObject{{u"url"_s, 5}} << u"InvalidRequestBody"_s;
}

void LicenseEndpointsTest::callbackValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, errorCode);
    const HttpResult r = m_client->post(u"/fota/v3/callbacks/%1"_s.arg(kAccount), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), errorCode);
}

QTEST_GUILESS_MAIN(LicenseEndpointsTest)
#include "LicenseEndpointsTest.moc"
