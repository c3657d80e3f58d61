// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/AuditLog.h"

#include "api/ApiError.h"
#include "core/Clock.h"
#include "store/ProcessLiveness.h"
#include "store/Workspace.h"
#include "support/CsvReadBack.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fotadesk::AuditFilter)

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, minute, 0), Qt::UTC);
}

AuditEntry entry(const QString& operation, const QString& campaign, const QString& summary)
{
    AuditEntry e;
    e.profile = u"demo"_s;
    e.account = u"0000123456-00001"_s;
    e.operation = operation;
    e.campaignId = campaign;
    e.summary = summary;
    return e;
}

/// A process id that belonged to a process that has ended.
qint64 endedPid()
{
    QProcess p;
    p.start(u"sh"_s, {u"-c"_s, u"exit 0"_s});
    if (!p.waitForStarted())
        return 0;
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

} // namespace

class AuditLogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void beginThenFinish();
    void errorsKeepTheFacts_data();
    void errorsKeepTheFacts();
    void filters_data();
    void filters();
    void limitGivesNewest();
    void interruptedEntriesBecomeUnknown();
    void csvExport();
    void csvExportReportsUnwritablePath();
    void csvRoundTrip_data();
    void csvRoundTrip();

private:
    void fill();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
};

void AuditLogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(at(0));
    m_ws = std::make_unique<Workspace>(m_dir->filePath(u"ws.sqlite"_s), *m_clock);
    QVERIFY(m_ws->open().persistent());
}

void AuditLogTest::cleanup()
{
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
}

void AuditLogTest::beginThenFinish()
{
    AuditLog log(*m_ws, u"fotactl"_s);
    const qint64 id = log.begin(entry(u"add-devices"_s, u"c-1"_s, u"Add 2 devices"_s));
    QVERIFY(id > 0);
    // Recorded before the answer: pending, no finish time.
    auto e = log.entry(id);
    QVERIFY(e.has_value());
    QCOMPARE(e->outcome, AuditEntry::Outcome::Pending);
    QCOMPARE(e->startedUtc, at(0));
    QVERIFY(!e->finishedUtc.isValid());
    QCOMPARE(e->origin, u"fotactl"_s);
    QCOMPARE(e->pid, ProcessLiveness::currentPid());
    m_clock->advance(60'000);
    QVERIFY(log.finish(id, AuditEntry::Outcome::Partial, u"1 of 2 devices added"_s));
    e = log.entry(id);
    QCOMPARE(e->outcome, AuditEntry::Outcome::Partial);
    QCOMPARE(e->finishedUtc, at(1));
    QCOMPARE(e->result, u"1 of 2 devices added"_s);
}

void AuditLogTest::errorsKeepTheFacts_data()
{
    QTest::addColumn<int>(
        "kind"); // 0 api, 1 http, 2 outcome unknown, 3 cancelled, 4 cancelled sent
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("errorKind");
    QTest::newRow("api 400") << 0 << int(AuditEntry::Outcome::Failed) << u"api"_s;
    QTest::newRow("http 503") << 1 << int(AuditEntry::Outcome::Failed) << u"http"_s;
    QTest::newRow("outcome unknown")
        << 2 << int(AuditEntry::Outcome::Unknown) << u"outcome-unknown"_s;
    QTest::newRow("cancelled before sending")
        << 3 << int(AuditEntry::Outcome::Cancelled) << u"cancelled"_s;
    QTest::newRow("cancelled after sending")
        << 4 << int(AuditEntry::Outcome::Unknown) << u"cancelled"_s;
}

void AuditLogTest::errorsKeepTheFacts()
{
    QFETCH(int, kind);
    QFETCH(int, outcome);
    QFETCH(QString, errorKind);
    const QString op = u"POST /api/fota/v3/campaigns/firmware/acc"_s;
    ApiError error;
    switch (kind) {
    case 0:
        error = ApiError::api(400, u"EC042"_s, u"Campaign already started"_s, op);
        break;
    case 1:
        error = ApiError::http(503, "busy", op);
        break;
    case 2:
        error = ApiError::outcomeUnknown(ApiError::network(2, u"closed"_s, u"h"_s, op), op);
        break;
    default:
        error = ApiError::cancelled(op);
        break;
    }
    AuditLog log(*m_ws);
    const qint64 id = log.begin(entry(u"create-campaign"_s, {}, u"Create"_s));
    QVERIFY(log.finishError(id, error, kind == 4));
    const auto e = log.entry(id);
    QCOMPARE(int(e->outcome), outcome);
    QCOMPARE(e->errorKind, errorKind);
    QCOMPARE(e->httpStatus, error.httpStatus());
    if (kind == 0) {
        QCOMPARE(e->errorCode, u"EC042"_s);
        QCOMPARE(e->errorMessage, u"Campaign already started"_s);
    } else {
        QVERIFY(!e->errorMessage.isEmpty()); // the client's own message
    }
}

void AuditLogTest::fill()
{
    AuditLog log(*m_ws);
    const struct
    {
        const char16_t* op;
        const char16_t* campaign;
        const char16_t* summary;
        AuditEntry::Outcome outcome;
        const char16_t* profile;
    } rows[] = {
        {u"create-campaign", u"", u"Create campaign “Depot 7”", AuditEntry::Outcome::Success,
         u"demo"},
        {u"add-devices", u"c-1", u"Add 1000 devices to campaign c-1", AuditEntry::Outcome::Success,
         u"demo"},
        {u"add-devices", u"c-1", u"Add 1000 devices to campaign c-1", AuditEntry::Outcome::Failed,
         u"demo"},
        {u"change-dates", u"c-2", u"Change the dates of campaign c-2 (50% off_peak)",
         AuditEntry::Outcome::Success, u"production"},
        {u"cancel-campaign", u"c-2", u"Cancel campaign c-2", AuditEntry::Outcome::Unknown,
         u"production"},
    };
    for (const auto& r : rows) {
        AuditEntry e = entry(QString::fromUtf16(r.op), QString::fromUtf16(r.campaign),
                             QString::fromUtf16(r.summary));
        e.profile = QString::fromUtf16(r.profile);
        const qint64 id = log.begin(e);
        log.finish(id, r.outcome);
        m_clock->advance(60'000);
    }
}

void AuditLogTest::filters_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<QList<qint64>>("ids");

    QTest::newRow("all") << AuditFilter{} << QList<qint64>{1, 2, 3, 4, 5};
    AuditFilter f;
    f.sinceUtc = at(2);
    QTest::newRow("since") << f << QList<qint64>{3, 4, 5};
    f = {};
    f.untilUtc = at(2);
    QTest::newRow("until") << f << QList<qint64>{1, 2};
    f = {};
    f.operation = u"add-devices"_s;
    QTest::newRow("operation") << f << QList<qint64>{2, 3};
    f = {};
    f.campaignId = u"c-2"_s;
    QTest::newRow("campaign") << f << QList<qint64>{4, 5};
    f = {};
    f.outcome = AuditEntry::Outcome::Failed;
    QTest::newRow("outcome") << f << QList<qint64>{3};
    f = {};
    f.profile = u"production"_s;
    QTest::newRow("profile") << f << QList<qint64>{4, 5};
    f = {};
    f.text = u"depot"_s;
    QTest::newRow("text, any case") << f << QList<qint64>{1};
    f = {};
    f.text = u"50%"_s;
    QTest::newRow("text with % is literal") << f << QList<qint64>{4};
    f = {};
    f.text = u"c_2"_s; // '_' is literal: "c-2" does not match
    QTest::newRow("text with _ is literal") << f << QList<qint64>{};
    f = {};
    f.operation = u"add-devices"_s;
    f.outcome = AuditEntry::Outcome::Success;
    QTest::newRow("combined") << f << QList<qint64>{2};
}

void AuditLogTest::filters()
{
    QFETCH(AuditFilter, filter);
    QFETCH(QList<qint64>, ids);
    fill();
    AuditLog log(*m_ws);
    QList<qint64> got;
    for (const AuditEntry& e : log.query(filter))
        got << e.id;
    QCOMPARE(got, ids);
}

void AuditLogTest::limitGivesNewest()
{
    fill();
    AuditLog log(*m_ws);
    AuditFilter f;
    f.limit = 2;
    const auto entries = log.query(f);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).id, 4);
    QCOMPARE(entries.at(1).id, 5);
}

void AuditLogTest::interruptedEntriesBecomeUnknown()
{
    AuditLog log(*m_ws);
    AuditEntry mine = entry(u"add-devices"_s, u"c-1"_s, u"still running here"_s);
    const qint64 running = log.begin(mine);
    AuditEntry dead = entry(u"add-devices"_s, u"c-1"_s, u"killed"_s);
    dead.pid = endedPid();
    QVERIFY(dead.pid > 0);
    const qint64 killed = log.begin(dead);
    const qint64 done = log.begin(entry(u"cancel-campaign"_s, u"c-3"_s, u"done"_s));
    log.finish(done, AuditEntry::Outcome::Success);

    QCOMPARE(log.resolveInterrupted(), 1);
    QCOMPARE(log.entry(running)->outcome, AuditEntry::Outcome::Pending);
    const auto e = log.entry(killed);
    QCOMPARE(e->outcome, AuditEntry::Outcome::Unknown);
    QCOMPARE(e->errorKind, u"interrupted"_s);
    QVERIFY(e->errorMessage.contains(u"ended before the answer"_s));
    QCOMPARE(log.entry(done)->outcome, AuditEntry::Outcome::Success);
    QCOMPARE(log.resolveInterrupted(), 0);
}

void AuditLogTest::csvExport()
{
    AuditLog log(*m_ws);
    AuditEntry e = entry(u"create-campaign"_s, {}, u"Create campaign “A, \"B\"”\nline two"_s);
    const qint64 id = log.begin(e);
    log.finishError(id, ApiError::api(400, u"=EC1"_s, u"bad, very bad"_s, u"POST /x"_s));
    const QByteArray csv = AuditLog::toCsv(log.query());
    const QList<QByteArray> lines = csv.split('\n');
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFid,started_utc,finished_utc,origin,profile,account,"
                                   "operation,campaign_id,device_count,summary,outcome"));
    QVERIFY(csv.contains("\"Create campaign “A, \"\"B\"\"”\nline two\""));
    QVERIFY(csv.contains(",failed,400,api,'=EC1,\"bad, very bad\","));
    QVERIFY(csv.contains("2026-03-01T12:00:00.000Z"));
    QVERIFY(csv.endsWith("\r\n"));

    const QString path = m_dir->filePath(u"audit.csv"_s);
    QString error;
    QVERIFY2(AuditLog::exportCsv(log.query(), path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), csv);
}

void AuditLogTest::csvExportReportsUnwritablePath()
{
    QString error;
    const QString path = m_dir->filePath(u"no/such/folder/a.csv"_s);
    QVERIFY(!AuditLog::exportCsv({}, path, &error));
    QCOMPARE(error,
             u"Could not write %1: No such file or directory. No file was created."_s.arg(path));
}

void AuditLogTest::csvRoundTrip_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("errorMessage");
    QTest::addColumn<QString>("result");
    QTest::newRow("formulas") << u"=1+1"_s << u"+EC1"_s << u"-1+2"_s << u"@SUM(A1)"_s;
    QTest::newRow("numbers kept") << u"-5"_s << u"+12"_s << u"-0.25"_s << u"'=1+1"_s;
    QTest::newRow("quotes, commas, CRLF")
        << u"Create \"A, B\"\r\nline two"_s << u"E;1"_s << u" padded "_s << u"a\nb"_s;
    QTest::newRow("non-ascii") << u"Kampagne „Zürich“"_s << u"ÄÖÜ"_s << u"日本"_s << u"€"_s;
}

void AuditLogTest::csvRoundTrip()
{
    // Every column of every entry reads back from the export as it was logged.
    QFETCH(QString, summary);
    QFETCH(QString, errorCode);
    QFETCH(QString, errorMessage);
    QFETCH(QString, result);
    AuditLog log(*m_ws);
    AuditEntry first = entry(u"create-campaign"_s, u"=c-1"_s, summary);
    first.deviceCount = 3;
    const qint64 failed = log.begin(first);
    log.finishError(failed, ApiError::api(400, errorCode, errorMessage, u"POST /x"_s));
    const qint64 ok = log.begin(entry(u"add-devices"_s, u"c-2"_s, u"plain"_s));
    log.finish(ok, AuditEntry::Outcome::Success, result);

    const QString path = m_dir->filePath(u"roundtrip.csv"_s);
    QString error;
    QVERIFY2(AuditLog::exportCsv(log.query(), path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    const auto back = fotadesk::test::readCsvBack(csv);
    QVERIFY(back.bom);
    QVERIFY(back.crlf);
    QCOMPARE(back.delimiter, ',');
    QCOMPARE(back.unsafeCells, QStringList());
    const QList<AuditEntry> entries = log.query();
    QCOMPARE(back.rows.size(), entries.size() + 1);
    QCOMPARE(back.rows.first().size(), 16);
    const auto iso = [](const QDateTime& t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
    };
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries.at(i);
        const QStringList expected{
            QString::number(e.id),
            iso(e.startedUtc),
            iso(e.finishedUtc),
            e.origin,
            e.profile,
            e.account,
            e.operation,
            e.campaignId,
            QString::number(e.deviceCount),
            e.summary,
            AuditEntry::outcomeName(e.outcome),
            e.httpStatus ? QString::number(e.httpStatus) : QString(),
            e.errorKind,
            e.errorCode,
            e.errorMessage,
            e.result,
        };
        QCOMPARE(back.rows.at(i + 1), expected);
    }
    // And what a spreadsheet would run is written neutralised.
    QVERIFY(csv.contains(",'=c-1,"));
    if (summary == u"=1+1"_s)
        QVERIFY(csv.contains(",'=1+1,failed,400,"));
}

QTEST_GUILESS_MAIN(AuditLogTest)
#include "AuditLogTest.moc"
