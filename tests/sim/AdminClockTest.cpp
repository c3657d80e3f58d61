// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// POST /admin/clock in-process (AdminEndpoints over a SimContext, no socket):
// values that overflowed the clock's milliseconds (undefined behaviour found
// by fuzz_sim_request, inputs kept in tests/fuzz/corpus/sim_request/regress-*)
// are refused with 400 and leave the clock as it was; ordinary ones still work.

#include "api/wire/JsonCodec.h"
#include "core/Clock.h"
#include "core/Timestamp.h"
#include "sim/AdminEndpoints.h"
#include "sim/FaultInjector.h"
#include "sim/SimAuth.h"
#include "sim/SimClock.h"
#include "sim/SimContext.h"
#include "sim/SimRouter.h"
#include "sim/SimState.h"
#include "sim/SimStats.h"

#include <QTest>

using namespace fotadesk;
using namespace fotadesk::sim;
using namespace Qt::StringLiterals;

class AdminClockTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setClock_data();
    void setClock();
};

void AdminClockTest::setClock_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("now"); // the clock afterwards

    const QString start = u"2026-03-02T08:00:00.000Z"_s;
    QTest::newRow("advance a day")
        << QByteArray(R"({"advanceSeconds": 86400})") << 200 << u"2026-03-03T08:00:00.000Z"_s;
    QTest::newRow("set") << QByteArray(R"({"set": "2026-12-01T00:00:00Z"})") << 200
                         << u"2026-12-01T00:00:00.000Z"_s;
    QTest::newRow("set then advance")
        << QByteArray(R"({"set": "2026-12-01T00:00:00Z", "advanceSeconds": 60})") << 200
        << u"2026-12-01T00:01:00.000Z"_s;
    QTest::newRow("advance a century")
        << QByteArray(R"({"advanceSeconds": 3162240000})") << 200 << u"2126-05-17T08:00:00.000Z"_s;
    QTest::newRow("scale") << QByteArray(R"({"timeScale": 0})") << 200 << start;
    // Found by fuzzing: 1e300 s overflowed qint64 milliseconds.
    QTest::newRow("advance 1e300") << QByteArray(R"({"advanceSeconds": 1e300})") << 400 << start;
    QTest::newRow("advance past a century")
        << QByteArray(R"({"advanceSeconds": 3162240001})") << 400 << start;
    QTest::newRow("negative advance") << QByteArray(R"({"advanceSeconds": -1})") << 400 << start;
    QTest::newRow("advance past 9999")
        << QByteArray(R"({"set": "9999-12-31T23:59:59Z", "advanceSeconds": 1000000})") << 400
        << start;
    QTest::newRow("scale 1e300") << QByteArray(R"({"timeScale": 1e300})") << 400 << start;
    QTest::newRow("refused scale keeps an accepted set out too")
        << QByteArray(R"({"set": "2026-12-01T00:00:00Z", "timeScale": -5})") << 400 << start;
    QTest::newRow("not a date") << QByteArray(R"({"set": "tomorrow"})") << 400 << start;
}

void AdminClockTest::setClock()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, now);

    const QDateTime start(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    SimOptions options;
    SimState state;
    SimClock clock(start, 0);
    const ManualClock wall(start);
    SimAuth auth(options.credentials, options.tokenLifetimeSeconds, wall);
    FaultInjector faults;
    SimStats stats;
    SimContext context(state, clock, auth, faults, options);
    AdminEndpoints admin(context, stats, [](QString*) { return true; });
    SimRouter router;
    admin.install(router);

    SimRequest request;
    request.method = "POST";
    request.path = u"/admin/clock"_s;
    request.body = body;
    const SimRouter::Match match = router.match(request.method, request.path);
    QVERIFY(match.route);
    const SimResponse response = match.route->handler(request);
    QCOMPARE(response.status, status);
    if (status == 400) {
        const auto error = wire::decodeErrorBody(wire::parseJson(response.body).value());
        QVERIFY2(error.ok() && !error->errorMessage.isEmpty(), response.body.constData());
    }
    QCOMPARE(Timestamp::format(clock.nowUtc()), now);
}

QTEST_GUILESS_MAIN(AdminClockTest)
#include "AdminClockTest.moc"
