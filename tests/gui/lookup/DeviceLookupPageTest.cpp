// The device lookup page against a real fotasim process: typed input is
// checked with the core IMEI rules and the message says precisely what is
// wrong (the 14-digit fix is offered and works); a device in a campaign shows
// its upgrade history and its license; an IMEI the account does not have says
// so, with the license state "none".

#include "gui/lookup/DeviceLookupPage.h"

#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"
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
        auto* table = page.findChild<QTableWidget*>(u"historyTable"_s);
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
