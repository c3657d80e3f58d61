// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The pre-flight check of a list against fotasim's inventory, with auto-assign: the account's
// free licences (GET /subscriptions) cover the first unlicensed devices of the list and no
// more, and a campaign created from the accepted devices with auto-assign has no device
// refused for want of a licence — read back from fotasim's report after its lifecycle ran.

#include "workflow/InventoryCheckRun.h"

#include "api/SimFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

class InventoryCheckRunTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<FotaClient> m_client;
    QStringList m_ids; ///< 3 licensed, then 5 unlicensed devices of one package
    InventoryCheckRun::Options m_options;
    QString m_firmwareName;

    InventoryCheckRun* run(bool autoAssign)
    {
        auto options = m_options;
        options.autoAssign = autoAssign;
        auto* r = new InventoryCheckRun(m_client.get(), m_ids, options);
        r->setAutoDelete(false);
        r->start();
        return SimFixture::waitFor(r) ? r : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_client = m_sim->makeClient();
        const QJsonObject c = m_sim->syntheticCampaign(8);
        QVERIFY(!c.value(u"id"_s).toString().isEmpty());
        m_ids = m_sim->campaignDevices(c.value(u"id"_s).toString());
        QCOMPARE(m_ids.size(), 8);
        m_firmwareName = c.value(u"firmwareName"_s).toString();
        m_options.package =
            PackageFacts{c.value(u"make"_s).toString(), c.value(u"model"_s).toString(),
                         c.value(u"firmwareFrom"_s).toString(), c.value(u"firmwareTo"_s).toString(),
                         c.value(u"protocol"_s).toString()};
        m_options.now = QDateTime::currentDateTimeUtc();
        // The last five lose their licence; the account keeps two free ones.
        std::unique_ptr<ApiJob> removed(m_client->removeLicenses(m_ids.mid(3)));
        QVERIFY(SimFixture::waitFor(removed.get()) && removed->succeeded());
        auto* sub = m_client->subscription();
        std::unique_ptr<ApiJob> owner(sub);
        QVERIFY(SimFixture::waitFor(sub) && sub->succeeded());
        const qint64 used = sub->result().licenseUsedCount;
        QCOMPARE(m_sim->admin()
                     .adminPost(u"/admin/licenses"_s, QJsonObject{{u"licenseCount"_s, used + 2}})
                     .status,
                 200);
    }

    void withoutAutoAssignTheUnlicensedAreRefused()
    {
        std::unique_ptr<InventoryCheckRun> r(run(false));
        QVERIFY(r && r->succeeded());
        QCOMPARE(r->licensesLeft(), std::optional<qint64>(2));
        const InventoryCheckReport& report = r->report();
        QCOMPARE(report.acceptedDevices(), m_ids.mid(0, 3));
        QCOMPARE(report.count(DeviceVerdict::NoLicense), 5);
        QCOMPARE(report.licensableDevices(), m_ids.mid(3));
        QCOMPARE(report.licensesFromPool(), 0);
    }

    void autoAssignCoversTheFirstDevicesWithinThePool()
    {
        std::unique_ptr<InventoryCheckRun> r(run(true));
        QVERIFY(r && r->succeeded());
        const InventoryCheckReport& report = r->report();
        QCOMPARE(report.licensesFromPool(), 2);
        QCOMPARE(report.acceptedDevices(), m_ids.mid(0, 5));
        QCOMPARE(report.licensableDevices(), m_ids.mid(5));

        // The service's truth: a campaign of the accepted devices with auto-assign refuses
        // none of them for want of a licence, and the pool is then empty.
        wire::CampaignRequest request;
        request.campaignName = u"Pool check"_s;
        request.firmwareName = m_firmwareName;
        request.firmwareFrom = m_options.package.firmwareFrom;
        request.firmwareTo = m_options.package.firmwareTo;
        request.protocol = m_options.package.protocol;
        request.startDate = m_sim->today().addDays(1);
        request.endDate = m_sim->today().addDays(4);
        request.deviceList = report.acceptedDevices();
        request.autoAssignLicenseFlag = true;
        auto* create = m_client->createCampaign(request);
        std::unique_ptr<ApiJob> owner(create);
        QVERIFY(SimFixture::waitFor(create));
        QVERIFY2(create->succeeded(), qPrintable(create->error().message()));
        const QString id = create->result().id;
        QVERIFY(m_sim->admin()
                    .adminPost(u"/admin/clock"_s, QJsonObject{{u"advanceSeconds"_s, 5 * 86400}})
                    .status == 200);
        QVERIFY(m_sim->admin().authenticate());
        const QJsonObject page =
            m_sim->admin()
                .get(u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(DemoAccount, id))
                .object();
        const QJsonArray devices = page.value(u"deviceList"_s).toArray();
        QCOMPARE(devices.size(), 5);
        for (const QJsonValue& d : devices)
            QVERIFY2(d.toObject().value(u"resultReason"_s).toString() !=
                         u"No license attached to device"_s,
                     qPrintable(d.toObject().value(u"deviceId"_s).toString()));
        std::unique_ptr<InventoryCheckRun> again(run(true));
        QVERIFY(again && again->succeeded());
        QCOMPARE(again->licensesLeft(), std::optional<qint64>(0));
        QCOMPARE(again->report().licensesFromPool(), 0);
    }
};

QTEST_GUILESS_MAIN(InventoryCheckRunTest)
#include "InventoryCheckRunTest.moc"
