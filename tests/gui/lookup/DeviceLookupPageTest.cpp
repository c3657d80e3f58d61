// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The device lookup page against a real fotasim process: typed input is
// checked with the core IMEI rules and the message says precisely what is
// wrong (the 14-digit fix is offered and works); a device in a campaign shows
// its upgrade history and its license; an IMEI the account does not have says
// so, with the license state "none". Above the history, the device's line in the account's
// inventory (POST /devices) is what fotasim holds; a failed part hides no other part.

#include "gui/lookup/DeviceLookupPage.h"

#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "core/Imei.h"
#include "gui/GuiTestHarness.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::FotaSimProcess;
using fotadesk::test::HttpTestClient;
using fotadesk::test::typeInto;

namespace {

constexpr auto kAccount = "0000123456-00001";

using Rig = test::ClientRig;

} // namespace

class DeviceLookupPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_http;

    /// The device as POST /devices/{acc} answers it, read by the test itself (empty: absent).
    QJsonObject inventoryOf(const QString& imei)
    {
        const auto r = m_http->post(u"/fota/v3/devices/%1"_s.arg(QLatin1String(kAccount)),
                                    QJsonObject{{u"deviceList"_s, QJsonArray{imei}}});
        for (const QJsonValue& d : r.object().value(u"deviceList"_s).toArray()) {
            if (d[u"deviceId"_s].toString() == imei && d.toObject().contains(u"make"_s))
                return d.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<FotaSimProcess>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_http = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        QVERIFY(m_http->authenticate());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("code"); // ImeiError code the message must come from
        QTest::addColumn<bool>("suggestion");

        QTest::newRow("valid") << u"490154203237518"_s << true << QString() << false;
        QTest::newRow("valid with spaces") << u"49 015420 323751 8"_s << true << QString() << false;
        QTest::newRow("14 digits")
            << u"49015420323751"_s << false << u"missing-check-digit"_s << true;
        QTest::newRow("imeisv") << u"4901542032375101"_s << false << u"imeisv"_s << false;
        QTest::newRow("bad check digit")
            << u"490154203237519"_s << false << u"bad-check-digit"_s << true;
        QTest::newRow("letters") << u"49015420323751X"_s << false << u"non-digit"_s << false;
        QTest::newRow("excel") << u"4.90154E+14"_s << false << u"scientific-notation"_s << false;
    }

    void validation()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, code);
        QFETCH(bool, suggestion);

        Rig rig(m_sim->baseUrl());
        DeviceLookupPage page(rig.context);
        page.show();
        auto* edit = page.findChild<QLineEdit*>(u"imeiEdit"_s);
        auto* lookup = page.findChild<QPushButton*>(u"lookupButton"_s);
        auto* fix = page.findChild<QPushButton*>(u"suggestionButton"_s);
        QVERIFY(edit && lookup && fix);
        QVERIFY(typeInto(edit, input));
        QCOMPARE(lookup->isEnabled(), valid);
        const ImeiParseResult parsed = Imei::parse(input);
        if (valid) {
            QVERIFY(page.validationText().contains(parsed.digits));
        } else {
            QCOMPARE(parsed.code(), code);
            QCOMPARE(page.validationText(), parsed.message()); // the core's precise sentence
        }
        // The fix is offered exactly when the core can compute one (14 digits: append the
        // check digit).
        QCOMPARE(fix->isVisible(), !parsed.suggestion.isEmpty());
        if (suggestion)
            QVERIFY(fix->text().contains(parsed.suggestion));
    }

    void suggestionFixesAndLooksUp()
    {
        Rig rig(m_sim->baseUrl());
        DeviceLookupPage page(rig.context);
        page.show();
        auto* edit = page.findChild<QLineEdit*>(u"imeiEdit"_s);
        auto* fix = page.findChild<QPushButton*>(u"suggestionButton"_s);
        QVERIFY(typeInto(edit, u"49015420323751"_s));
        QVERIFY(fix->isVisible());
        QSignalSpy done(&page, &DeviceLookupPage::lookupFinished);
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(edit->text(), u"490154203237518"_s);
        QVERIFY(done.wait(30000));
    }

    void deviceInCampaign()
    {
        // A small synthetic campaign: its devices are licensed and in one campaign.
        const auto created = m_http->adminPost(
            u"/admin/campaigns/synthetic"_s,
            QJsonObject{{u"devices"_s, 3}, {u"campaignName"_s, u"Depot 12 meters"_s}});
        QVERIFY2(created.status == 200, qPrintable(created.describe()));
        const QString campaignId = created.object().value(u"id"_s).toString();
        const auto report = m_http->get(
            u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(QLatin1String(kAccount), campaignId));
        QCOMPARE(report.status, 200);
        const QString imei =
            report.object().value(u"deviceList"_s).toArray().first()[u"deviceId"_s].toString();
        QVERIFY(Imei::fromString(imei).has_value());

        Rig rig(m_sim->baseUrl());
        DeviceLookupPage page(rig.context);
        page.show();
        QSignalSpy done(&page, &DeviceLookupPage::lookupFinished);
        page.lookUp(imei);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(page.history().size(), 1);
        QCOMPARE(page.history().first().campaignId, campaignId);
        QCOMPARE(page.history().first().deviceId, imei);
        QCOMPARE(page.license(), DeviceLookupPage::License::Licensed);
        QVERIFY2(page.summaryText().contains(u"assigned"_s), qPrintable(page.summaryText()));
        // The inventory line, above the history: what POST /devices says of the device.
        const QString inventory = page.inventoryText();
        const QJsonObject facts = inventoryOf(imei);
        QVERIFY(!facts.isEmpty());
        for (const char* key : {"make", "model", "firmware", "protocol", "status"})
            QVERIFY2(inventory.contains(facts.value(QLatin1String(key)).toString().toHtmlEscaped()),
                     qPrintable(inventory));
        QVERIFY2(inventory.contains(u"Licensed:</td><td>yes"_s), qPrintable(inventory));
        auto* line = page.findChild<QWidget*>(u"inventoryLine"_s);
        auto* table = page.findChild<QTableWidget*>(u"historyTable"_s);
        QVERIFY(line && line->isVisible());
        QVERIFY(line->geometry().bottom() < table->geometry().top());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), campaignId);
        // Named by its name (asked from the server: the overview has not listed it), not by a
        // cut id.
        QTRY_COMPARE(table->item(0, 0)->text(), u"Depot 12 meters"_s);

        QSignalSpy open(&page, &DeviceLookupPage::openCampaignRequested);
        const QRect cell = table->visualItemRect(table->item(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), campaignId);
    }

    void inventoryLineIsTheAccountsTruth_data()
    {
        QTest::addColumn<QString>("which"); // the kind of device picked from the inventory
        QTest::newRow("not FOTA-eligible") << u"fotaEligible"_s;
        QTest::newRow("unlicensed") << u"licenseAssigned"_s;
    }
    void inventoryLineIsTheAccountsTruth()
    {
        QFETCH(QString, which);
        // A device of the inventory for which `which` is false, as GET /devices lists it.
        QString imei;
        QString cursor = u"0"_s;
        for (int guard = 0; guard < 40 && imei.isEmpty(); ++guard) {
            const QJsonObject page = m_http
                                         ->get(u"/fota/v3/devices/%1?lastSeenDeviceId=%2"_s.arg(
                                             QLatin1String(kAccount), cursor))
                                         .object();
            for (const QJsonValue& d : page.value(u"deviceList"_s).toArray()) {
                if (imei.isEmpty() && !d[which].toBool(true))
                    imei = d[u"deviceId"_s].toString();
            }
            if (!page.value(u"hasMoreData"_s).toBool())
                break;
            cursor = page.value(u"lastSeenDeviceId"_s).toString();
        }
        QVERIFY(!imei.isEmpty());
        const QJsonObject facts = inventoryOf(imei);

        Rig rig(m_sim->baseUrl());
        DeviceLookupPage page(rig.context);
        page.show();
        QSignalSpy done(&page, &DeviceLookupPage::lookupFinished);
        page.lookUp(imei);
        QVERIFY(done.wait(30000));
        const QString inventory = page.inventoryText();
        const QString label = which == u"fotaEligible"_s ? u"FOTA-eligible:"_s : u"Licensed:"_s;
        QVERIFY2(inventory.contains(label + u"</td><td><span style=\"color:#c62828\"><b>no"_s),
                 qPrintable(inventory));
        QVERIFY2(inventory.contains(facts.value(u"firmware"_s).toString()), qPrintable(inventory));
        // The last connection in the page's date format (no locale here: ISO 8601).
        const QDateTime last = QDateTime::fromString(
            facts.value(u"lastConnectionTime"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(last.isValid());
        QVERIFY2(inventory.contains(DisplayFormat::dateTime(last.toTimeZone(rig.context.siteZone))),
                 qPrintable(inventory));
    }

    // A lookup whose inventory call fails still shows the history, and the other way round.
    void failedPartHidesNothingElse()
    {
        const auto created =
            m_http->adminPost(u"/admin/campaigns/synthetic"_s, QJsonObject{{u"devices"_s, 1}});
        QVERIFY2(created.status == 200, qPrintable(created.describe()));
        const QString campaignId = created.object().value(u"id"_s).toString();
        const QString imei = m_http
                                 ->get(u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(
                                     QLatin1String(kAccount), campaignId))
                                 .object()
                                 .value(u"deviceList"_s)
                                 .toArray()
                                 .first()[u"deviceId"_s]
                                 .toString();
        Rig rig(m_sim->baseUrl());
        rig.client->setRetryPolicy(RetryPolicy::none());
        // Half the calls fail (seeded): some lookup loses only its inventory call, another
        // only its history.
        QCOMPARE(m_http
                     ->adminPost(u"/admin/faults"_s,
                                 QJsonObject{{u"faults"_s, u"error500=0.5,seed=5"_s}})
                     .status,
                 200);
        const auto faultsOff = qScopeGuard([this] {
            m_http->adminPost(u"/admin/faults"_s, QJsonObject{{u"faults"_s, u"none"_s}});
        });
        DeviceLookupPage page(rig.context);
        page.show();
        auto* table = page.findChild<QTableWidget*>(u"historyTable"_s);
        bool inventoryFailedHistoryShown = false;
        bool historyFailedInventoryShown = false;
        for (int attempt = 0;
             attempt < 80 && !(inventoryFailedHistoryShown && historyFailedInventoryShown);
             ++attempt) {
            QSignalSpy done(&page, &DeviceLookupPage::lookupFinished);
            page.lookUp(imei);
            QVERIFY(done.wait(30000));
            const bool inventoryFailed = page.inventoryText().contains(u"could not be read"_s);
            const bool historyFailed = page.summaryText().contains(u"upgrade history of"_s);
            if (inventoryFailed && !historyFailed) {
                QCOMPARE(done.first().first().toBool(), false);
                QVERIFY2(page.inventoryText().contains(u"HTTP 500"_s),
                         qPrintable(page.inventoryText()));
                QCOMPARE(table->rowCount(), 1);
                QVERIFY(table->isVisible());
                inventoryFailedHistoryShown = true;
            }
            if (historyFailed && !inventoryFailed) {
                QVERIFY2(page.inventoryText().contains(u"Licensed:"_s),
                         qPrintable(page.inventoryText()));
                historyFailedInventoryShown = true;
            }
        }
        QVERIFY(inventoryFailedHistoryShown);
        QVERIFY(historyFailedInventoryShown);
    }

    void unknownDevice()
    {
        // A valid IMEI that the demo account does not have.
        const Imei unknown = Imei::completeFrom14(99999999999990ULL);
        Rig rig(m_sim->baseUrl());
        DeviceLookupPage page(rig.context);
        QSignalSpy done(&page, &DeviceLookupPage::lookupFinished);
        page.lookUp(unknown.toString());
        QVERIFY(done.wait(30000));
        QVERIFY(page.history().isEmpty());
        QVERIFY2(page.inventoryText().contains(u"not in this account"_s),
                 qPrintable(page.inventoryText()));
        QVERIFY(inventoryOf(unknown.toString()).isEmpty()); // fotasim's truth
        QCOMPARE(page.license(), DeviceLookupPage::License::NotLicensed);
        QVERIFY2(page.summaryText().contains(u"none"_s), qPrintable(page.summaryText()));
        // fotasim answers 400 UnknownDevice for the history: shown verbatim.
        QVERIFY2(page.summaryText().contains(u"UnknownDevice"_s) ||
                     page.summaryText().contains(u"in no campaign"_s),
                 qPrintable(page.summaryText()));
    }
};

QTEST_MAIN(DeviceLookupPageTest)
#include "DeviceLookupPageTest.moc"
