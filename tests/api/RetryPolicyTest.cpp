// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/RetryPolicy.h"

#include "api/ApiError.h"

#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace fotadesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fotadesk::Idempotency)
Q_DECLARE_METATYPE(fotadesk::ApiError)

namespace {

RetryPolicy::Settings settings(int attempts = 5, qint64 total = 60'000)
{
    RetryPolicy::Settings s;
    s.maxAttempts = attempts;
    s.maxTotalMs = total;
    s.baseDelayMs = 500;
    s.maxDelayMs = 8'000;
    s.maxRetryAfterMs = 30'000;
    s.jitter = 0.0;
    return s;
}

ApiError httpError(int status, std::optional<qint64> retryAfterMs = std::nullopt)
{
    ApiError e = ApiError::http(status, {}, u"GET /x"_s);
    e.setRetryAfterMs(retryAfterMs);
    return e;
}

const QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), QTimeZone::utc());

} // namespace

class RetryPolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffWithoutJitter_data()
    {
        QTest::addColumn<int>("attemptsMade");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("before 2nd") << 1 << qint64(500);
        QTest::newRow("before 3rd") << 2 << qint64(1000);
        QTest::newRow("before 4th") << 3 << qint64(2000);
        QTest::newRow("before 5th") << 4 << qint64(4000);
        QTest::newRow("capped") << 5 << qint64(8000);
        QTest::newRow("capped far out") << 40 << qint64(8000);
    }
    void backoffWithoutJitter()
    {
        QFETCH(int, attemptsMade);
        QFETCH(qint64, expected);
        QCOMPARE(RetryPolicy(settings()).backoffMs(attemptsMade), expected);
    }

    void jitterStaysWithinBoundsAndIsReproducible_data()
    {
        QTest::addColumn<double>("jitter");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("half, seed 1") << 0.5 << 1u;
        QTest::newRow("half, seed 99") << 0.5 << 99u;
        QTest::newRow("full, seed 7") << 1.0 << 7u;
    }
    void jitterStaysWithinBoundsAndIsReproducible()
    {
        QFETCH(double, jitter);
        QFETCH(quint32, seed);
        auto s = settings();
        s.jitter = jitter;
        RetryPolicy a(s);
        RetryPolicy b(s);
        a.setSeed(seed);
        b.setSeed(seed);
        QSet<qint64> distinct;
        for (int attempt = 1; attempt <= 4; ++attempt) {
            for (int i = 0; i < 50; ++i) {
                const qint64 full = RetryPolicy(settings()).backoffMs(attempt);
                const qint64 da = a.backoffMs(attempt);
                QCOMPARE(da, b.backoffMs(attempt));
                QVERIFY2(
                    da >= static_cast<qint64>(full * (1.0 - jitter)) && da <= full,
                    qPrintable(
                        u"%1 outside [%2, %3]"_s.arg(da).arg(full * (1.0 - jitter)).arg(full)));
                distinct.insert(da);
            }
        }
        QVERIFY2(distinct.size() > 10, "jitter must actually spread the delays");
    }

    void copiesShareTheSeededSource()
    {
        auto s = settings();
        s.jitter = 1.0;
        RetryPolicy a(s);
        a.setSeed(5);
        RetryPolicy copy = a;
        RetryPolicy fresh(s);
        fresh.setSeed(5);
        // a and its copy draw from one generator: together they follow fresh's sequence.
        QCOMPARE(a.backoffMs(3), fresh.backoffMs(3));
        QCOMPARE(copy.backoffMs(3), fresh.backoffMs(3));
    }

    void injectedRandomSource()
    {
        auto s = settings();
        s.jitter = 1.0;
        RetryPolicy p(s);
        p.setRandomSource([] { return 0.25; });
        QCOMPARE(p.backoffMs(2), qint64(250)); // 1000 * 0.25
    }

    void nextDelay_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<Idempotency>("idempotency");
        QTest::addColumn<int>("attemptsMade");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<qint64>("expected"); // -1: no retry

        const auto safe = Idempotency::RepeatSafe;
        const auto unsafe = Idempotency::NotRepeatable;
        const ApiError refused = ApiError::network(QNetworkReply::ConnectionRefusedError,
                                                   u"refused"_s, u"h"_s, u"GET /x"_s);
        const ApiError reset = ApiError::network(QNetworkReply::RemoteHostClosedError, u"closed"_s,
                                                 u"h"_s, u"GET /x"_s);
        QTest::newRow("network, safe") << reset << safe << 1 << qint64(0) << qint64(500);
        QTest::newRow("refused, safe, 3rd") << refused << safe << 3 << qint64(0) << qint64(2000);
        QTest::newRow("network, not repeatable") << reset << unsafe << 1 << qint64(0) << qint64(-1);
        QTest::newRow("timeout") << ApiError::timeout(1000, u"h"_s, u"GET /x"_s) << safe << 1
                                 << qint64(0) << qint64(500);
        QTest::newRow("502") << httpError(502) << safe << 1 << qint64(0) << qint64(500);
        QTest::newRow("503") << httpError(503) << safe << 2 << qint64(0) << qint64(1000);
        QTest::newRow("504") << httpError(504) << safe << 1 << qint64(0) << qint64(500);
        QTest::newRow("503 not repeatable")
            << httpError(503) << unsafe << 1 << qint64(0) << qint64(-1);
        QTest::newRow("500 is not transient")
            << httpError(500) << safe << 1 << qint64(0) << qint64(-1);
        QTest::newRow("404") << httpError(404) << safe << 1 << qint64(0) << qint64(-1);
        QTest::newRow("429 without Retry-After")
            << httpError(429) << safe << 1 << qint64(0) << qint64(500);
        QTest::newRow("429 honours Retry-After")
            << httpError(429, 3000) << safe << 1 << qint64(0) << qint64(3000);
        QTest::newRow("429 Retry-After 0 keeps the backoff")
            << httpError(429, 0) << safe << 3 << qint64(0) << qint64(2000);
        QTest::newRow("Retry-After shorter than the backoff")
            << httpError(429, 1000) << safe << 4 << qint64(0) << qint64(4000);
        QTest::newRow("503 with Retry-After")
            << httpError(503, 7000) << safe << 1 << qint64(0) << qint64(7000);
        QTest::newRow("Retry-After beyond cap")
            << httpError(429, 31'000) << safe << 1 << qint64(0) << qint64(-1);
        QTest::newRow("Retry-After beyond budget")
            << httpError(429, 10'000) << safe << 1 << qint64(55'000) << qint64(-1);
        QTest::newRow("attempts exhausted")
            << httpError(503) << safe << 5 << qint64(0) << qint64(-1);
        QTest::newRow("total time exhausted")
            << httpError(503) << safe << 2 << qint64(59'500) << qint64(-1);
        QTest::newRow("api 400") << ApiError::api(400, u"E1"_s, u"bad"_s, u"GET /x"_s) << safe << 1
                                 << qint64(0) << qint64(-1);
        QTest::newRow("decode") << ApiError::decode({u"$.id"_s, u"missing"_s}, u"GET /x"_s) << safe
                                << 1 << qint64(0) << qint64(-1);
        QTest::newRow("tls") << ApiError::tls({u"expired"_s}, u"h"_s, u"GET /x"_s) << safe << 1
                             << qint64(0) << qint64(-1);
        QTest::newRow("auth") << ApiError::auth(u"no"_s, u"GET /x"_s) << safe << 1 << qint64(0)
                              << qint64(-1);
        QTest::newRow("cancelled")
            << ApiError::cancelled(u"GET /x"_s) << safe << 1 << qint64(0) << qint64(-1);
        QTest::newRow("outcome unknown") << ApiError::outcomeUnknown(reset, u"POST /x"_s) << safe
                                         << 1 << qint64(0) << qint64(-1);
    }
    void nextDelay()
    {
        QFETCH(ApiError, error);
        QFETCH(Idempotency, idempotency);
        QFETCH(int, attemptsMade);
        QFETCH(qint64, elapsedMs);
        QFETCH(qint64, expected);
        const auto delay =
            RetryPolicy(settings()).nextDelayMs(error, idempotency, attemptsMade, elapsedMs);
        QCOMPARE(delay.value_or(-1), expected);
    }

    void giveUpSaysWhenToComeBack_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<int>("attemptsMade");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<QString>("comeBack"); // empty: the message stays as it was
        QTest::newRow("beyond the cap")
            << httpError(429, 3'600'000) << 1 << qint64(0) << u"2026-03-01 13:00:00 UTC"_s;
        QTest::newRow("beyond the total time")
            << httpError(503, 10'000) << 1 << qint64(55'000) << u"2026-03-01 12:00:10 UTC"_s;
        QTest::newRow("attempts exhausted") << httpError(429, 1000) << 5 << qint64(0) << QString();
        QTest::newRow("no Retry-After") << httpError(503) << 1 << qint64(0) << QString();
        QTest::newRow("short Retry-After") << httpError(429, 1000) << 1 << qint64(0) << QString();
    }
    void giveUpSaysWhenToComeBack()
    {
        QFETCH(ApiError, error);
        QFETCH(int, attemptsMade);
        QFETCH(qint64, elapsedMs);
        QFETCH(QString, comeBack);
        const ApiError explained =
            RetryPolicy(settings())
                .explainGiveUp(error, Idempotency::RepeatSafe, attemptsMade, elapsedMs, now);
        if (comeBack.isEmpty()) {
            QCOMPARE(explained.message(), error.message());
            return;
        }
        QVERIFY(explained.message().startsWith(error.message()));
        QVERIFY2(explained.message().contains(comeBack), qPrintable(explained.message()));
        QCOMPARE(explained.kind(), error.kind());
        QCOMPARE(explained.httpStatus(), error.httpStatus());
    }

    void noneNeverRetries()
    {
        const RetryPolicy none = RetryPolicy::none();
        QCOMPARE(none.settings().maxAttempts, 1);
        QVERIFY(!none.nextDelayMs(httpError(503), Idempotency::RepeatSafe, 1, 0));
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: unusable

        QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("padded") << QByteArray("  30 ") << qint64(30'000);
        QTest::newRow("IMF-fixdate +10 s")
            << QByteArray("Sun, 01 Mar 2026 12:00:10 GMT") << qint64(10'000);
        QTest::newRow("IMF-fixdate +1 h")
            << QByteArray("Sun, 01 Mar 2026 13:00:00 GMT") << qint64(3'600'000);
        QTest::newRow("date in the past")
            << QByteArray("Sat, 28 Feb 2026 12:00:00 GMT") << qint64(0);
        QTest::newRow("RFC 850") << QByteArray("Sunday, 01-Mar-26 12:00:05 GMT") << qint64(5'000);
        QTest::newRow("asctime") << QByteArray("Sun Mar  1 12:01:00 2026") << qint64(60'000);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("absurdly large") << QByteArray("99999999999999") << qint64(-1);
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        QCOMPARE(RetryPolicy::parseRetryAfter(value, now).value_or(-1), expected);
    }
};

QTEST_GUILESS_MAIN(RetryPolicyTest)
#include "RetryPolicyTest.moc"
