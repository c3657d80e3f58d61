// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The bodies of the admin endpoints in-process (AdminEndpoints over a
// SimContext with the demo data, no socket): every member is checked like the
// API's — type, range, dates, windows, names — and a refused request changes
// nothing. POST /admin/clock has its own test (AdminClockTest).

#include "sim/AdminEndpoints.h"

#include "api/wire/JsonCodec.h"
#include "core/Clock.h"
#include "sim/DemoData.h"
#include "sim/FaultInjector.h"
#include "sim/SimAuth.h"
#include "sim/SimClock.h"
#include "sim/SimContext.h"
#include "sim/SimRouter.h"
#include "sim/SimState.h"
#include "sim/SimStats.h"

#include <QTest>

#include <memory>

using namespace fotadesk;
using namespace fotadesk::sim;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kStart(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

/// One simulator world and its admin endpoints.
struct World
{
    SimOptions options;
    SimState state = DemoData::create(1, kStart.toMSecsSinceEpoch());
    SimClock clock{kStart, 0};
    ManualClock wall{kStart};
    SimAuth auth{options.credentials, options.tokenLifetimeSeconds, wall};
    FaultInjector faults;
    SimStats stats;
    SimContext context{state, clock, auth, faults, options};
    AdminEndpoints admin{context, stats, [](QString*) { return true; }};
    SimRouter router;

    World() { admin.install(router); }

    SimResponse post(const QString& path, const QByteArray& body)
    {
        SimRequest request;
        request.method = "POST";
        request.path = path;
        request.body = body;
        const SimRouter::Match match = router.match(request.method, request.path);
        if (!match.route)
            return SimResponse::error(u"NoRoute"_s, path, 404);
        return match.route->handler(request);
    }
};

QString errorCodeOf(const SimResponse& response)
{
    const auto json = wire::parseJson(response.body);
    if (!json)
        return {};
    const auto error = wire::decodeErrorBody(json.value());
    return error.ok() ? error->errorCode : QString();
}

} // namespace

class AdminEndpointsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syntheticCampaign_data();
    void syntheticCampaign();
    void setFaults_data();
    void setFaults();

private:
    std::unique_ptr<World> m_world;
};

void AdminEndpointsTest::initTestCase()
{
    m_world = std::make_unique<World>();
}

void AdminEndpointsTest::syntheticCampaign_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");

    QTest::newRow("minimal") << QByteArray(R"({"devices": 2})") << 200 << QString();
    QTest::newRow("everything") << QByteArray(R"({"devices": 3, "account": "0000123456-00001",
        "make": "Quectel", "model": "BG96", "startDate": "2026-02-01", "endDate": "2026-02-03",
        "campaignTimeWindowList": [{"startTime": 1, "endTime": 5}], "failureRate": 0.5,
        "campaignName": "Load test", "createdAt": "2026-02-01T00:00:00Z"})")
                                << 200 << QString();
    // The issue's example: accepted with 200 before.
    QTest::newRow("createdAt garbage")
        << QByteArray(R"({"devices": 1, "createdAt": "garbage"})") << 400 << u"InvalidDate"_s;
    QTest::newRow("createdAt in the future")
        << QByteArray(R"({"devices": 1, "createdAt": "2026-03-03T00:00:00Z"})") << 400
        << u"InvalidDate"_s;
    QTest::newRow("createdAt a number") << QByteArray(R"({"devices": 1, "createdAt": 1700000000})")
                                        << 400 << u"InvalidRequestBody"_s;
    QTest::newRow("no devices") << QByteArray(R"({"campaignName": "x"})") << 400
                                << u"MissingRequiredField"_s;
    QTest::newRow("devices a string")
        << QByteArray(R"({"devices": "5"})") << 400 << u"InvalidRequestBody"_s;
    QTest::newRow("devices a fraction")
        << QByteArray(R"({"devices": 2.5})") << 400 << u"InvalidRequestBody"_s;
    QTest::newRow("devices 0") << QByteArray(R"({"devices": 0})") << 400 << u"InvalidRequestBody"_s;
    QTest::newRow("account a number")
        << QByteArray(R"({"devices": 1, "account": 5})") << 400 << u"InvalidRequestBody"_s;
    QTest::newRow("unknown account")
        << QByteArray(R"({"devices": 1, "account": "nobody"})") << 400 << u"UnknownAccount"_s;
    QTest::newRow("make a number")
        << QByteArray(R"({"devices": 1, "make": 1})") << 400 << u"InvalidRequestBody"_s;
    QTest::newRow("unknown model")
        << QByteArray(R"({"devices": 1, "model": "Z9"})") << 400 << u"InvalidRequestBody"_s;
    QTest::newRow("no such date") << QByteArray(R"({"devices": 1, "startDate": "2026-02-30"})")
                                  << 400 << u"InvalidDate"_s;
    QTest::newRow("end before start")
        << QByteArray(R"({"devices": 1, "startDate": "2026-04-02", "endDate": "2026-04-01"})")
        << 400 << u"EndDateBeforeStartDate"_s;
    QTest::newRow("windows not a list")
        << QByteArray(R"({"devices": 1, "campaignTimeWindowList": "1-5"})") << 400
        << u"InvalidRequestBody"_s;
    QTest::newRow("window across midnight")
        << QByteArray(R"({"devices": 1, "campaignTimeWindowList": [{"startTime": 22,
            "endTime": 2}]})")
        << 400 << u"InvalidTimeWindow"_s;
    QTest::newRow("failureRate 2")
        << QByteArray(R"({"devices": 1, "failureRate": 2})") << 400 << u"InvalidRequestBody"_s;
    QTest::newRow("failureRate a string")
        << QByteArray(R"({"devices": 1, "failureRate": "0.1"})") << 400 << u"InvalidRequestBody"_s;
    QTest::newRow("name too long")
        << QByteArray(R"({"devices": 1, "campaignName": ")" + QByteArray(101, 'n') + R"("})") << 400
        << u"InvalidCampaignName"_s;
    QTest::newRow("name with a control character")
        << QByteArray(R"({"devices": 1, "campaignName": "a\u0007b"})") << 400
        << u"InvalidCampaignName"_s;
    QTest::newRow("name with a right-to-left override")
        << QByteArray(R"({"devices": 1, "campaignName": "a\u202Eb"})") << 400
        << u"InvalidCampaignName"_s;
    QTest::newRow("misspelt member")
        << QByteArray(R"({"devices": 1, "failurerate": 0.5})") << 400 << u"InvalidRequestBody"_s;
    QTest::newRow("not an object") << QByteArray("[1]") << 400 << u"InvalidRequestBody"_s;
}

void AdminEndpointsTest::syntheticCampaign()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    const size_t campaigns = m_world->state.campaigns().size();
    const size_t devices = m_world->state.devices().size();
    const SimResponse r = m_world->post(u"/admin/campaigns/synthetic"_s, body);
    QVERIFY2(r.status == status, r.body.constData());
    if (status != 200) {
        QCOMPARE(errorCodeOf(r), errorCode);
        QCOMPARE(m_world->state.campaigns().size(), campaigns); // nothing was made
        QCOMPARE(m_world->state.devices().size(), devices);
        return;
    }
    QCOMPARE(m_world->state.campaigns().size(), campaigns + 1);
    QVERIFY(m_world->state.devices().size() > devices);
}

void AdminEndpointsTest::setFaults_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("a spec") << QByteArray(R"({"faults": "error503=0.5"})") << 200 << QString();
    QTest::newRow("none") << QByteArray(R"({"faults": "none"})") << 200 << QString();
    QTest::newRow("empty body") << QByteArray("{}") << 400 << u"MissingRequiredField"_s;
    QTest::newRow("a number") << QByteArray(R"({"faults": 5})") << 400 << u"InvalidRequestBody"_s;
    QTest::newRow("misspelt") << QByteArray(R"({"fault": "none"})") << 400
                              << u"InvalidRequestBody"_s;
    QTest::newRow("bad spec") << QByteArray(R"({"faults": "error500=2"})") << 400
                              << u"InvalidRequestBody"_s;
}

void AdminEndpointsTest::setFaults()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    const QString before = m_world->faults.spec().toString();
    const SimResponse r = m_world->post(u"/admin/faults"_s, body);
    QVERIFY2(r.status == status, r.body.constData());
    if (status != 200) {
        QCOMPARE(errorCodeOf(r), errorCode);
        QCOMPARE(m_world->faults.spec().toString(), before);
    }
}

QTEST_GUILESS_MAIN(AdminEndpointsTest)
#include "AdminEndpointsTest.moc"
