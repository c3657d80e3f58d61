// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl licenses assign|remove --file FILE, the built program against a fotasim process, each
// run with its own workspace. What fotactl says is held against what fotasim holds afterwards
// (POST /devices licenseAssigned, GET /subscriptions, read with the test's own HTTP client):
// assigning beyond the account's pool fails per device with the service's reason, the licenses
// left before and after are the subscription's, a killed run is completed with --resume.

#include "support/CsvReadBack.h"
#include "support/FotaSimProcess.h"
#include "support/FotactlProcess.h"
#include "support/HttpTestClient.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString Account = u"0000123456-00001"_s;
const QString Unknown = u"353456789012348"_s; // not in the account

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(
            QString::fromUtf8(out.left(3000)), QString::fromUtf8(err.left(2000)));
    }
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class FotactlLicensesTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_http;
    TestFiles m_files;
    QStringList m_unlicensed; ///< LWM2M devices without a license, handed out to the tests
    QStringList m_licensed;
    int m_workspaces = 0;
    QString m_workspace;

    QStringList withConnection(QStringList args) const
    {
        args << u"--base-url"_s << m_sim->baseUrl() << u"--account"_s << Account;
        return args;
    }

    void configure(QProcess& p, const QStringList& args) const
    {
        p.setProgram(fotactlPath());
        p.setArguments(withConnection(args));
        p.setProcessEnvironment(fotactlEnvironment(m_workspace));
    }

    Run fotactl(const QStringList& args) const
    {
        QProcess p;
        configure(p, args);
        p.start();
        Run r;
        if (!p.waitForStarted(30000) || !p.waitForFinished(120000)) {
            qWarning("fotactl did not run: %s", qPrintable(p.errorString()));
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QStringList take(QStringList& pool, int n)
    {
        const QStringList taken = pool.mid(0, n);
        pool.remove(0, std::min<qsizetype>(n, pool.size()));
        return taken;
    }

    /// deviceId -> licenseAssigned, as POST /devices/{acc} answers (absent: not in the account).
    QHash<QString, bool> licenseState(const QStringList& ids)
    {
        QHash<QString, bool> state;
        const HttpResult r =
            m_http->post(u"/fota/v3/devices/%1"_s.arg(Account),
                         QJsonObject{{u"deviceList"_s, QJsonArray::fromStringList(ids)}});
        if (r.status != 200)
            qWarning("%s", qPrintable(r.describe()));
        for (const QJsonValue& v : r.object().value(u"deviceList"_s).toArray())
            state.insert(v[u"deviceId"_s].toString(), v[u"licenseAssigned"_s].toBool());
        return state;
    }

    /// licenseCount - licenseUsedCount of GET /subscriptions/{acc}.
    qint64 licensesLeft()
    {
        const QJsonObject s = m_http->get(u"/fota/v3/subscriptions/%1"_s.arg(Account)).object();
        return s.value(u"licenseCount"_s).toInteger() - s.value(u"licenseUsedCount"_s).toInteger();
    }

    /// Sets the account's pool so that `left` licenses are left.
    bool leaveLicenses(qint64 left)
    {
        const QJsonObject s = m_http->get(u"/fota/v3/subscriptions/%1"_s.arg(Account)).object();
        const qint64 used = s.value(u"licenseUsedCount"_s).toInteger();
        const HttpResult r = m_http->adminPost(
            u"/admin/licenses"_s, QJsonObject{{u"licenseCount"_s, double(used + left)}});
        if (r.status != 200)
            qWarning("%s", qPrintable(r.describe()));
        return r.status == 200 && licensesLeft() == left;
    }

    qint64 requestsTo(const QString& route)
    {
        return m_http->adminGet(u"/admin/stats"_s)
            .object()
            .value(u"byRoute"_s)
            .toObject()
            .value(route)
            .toInteger();
    }

    QString deviceFile(const QString& name, const QStringList& ids)
    {
        return m_files.write(name, (ids.join(u'\n') + u'\n').toUtf8());
    }

    static QHash<QString, QJsonObject> resultsById(const QJsonObject& json)
    {
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue& v : json.value(u"results"_s).toArray())
            byId.insert(v[u"deviceId"_s].toString(), v.toObject());
        return byId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<FotaSimProcess>(QStringList{u"--seed"_s, u"7"_s});
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_http = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        QVERIFY(m_http->authenticate());
        QVERIFY(m_http->freezeClock());
        QString cursor = u"0"_s;
        for (int guard = 0; guard < 100 && m_unlicensed.size() < 40; ++guard) {
            const QJsonObject page =
                m_http->get(u"/fota/v3/devices/%1?lastSeenDeviceId=%2"_s.arg(Account, cursor))
                    .object();
            for (const QJsonValue& d : page.value(u"deviceList"_s).toArray())
                (d[u"licenseAssigned"_s].toBool() ? m_licensed : m_unlicensed)
                    .append(d[u"deviceId"_s].toString());
            if (!page.value(u"hasMoreData"_s).toBool())
                break;
            cursor = page.value(u"lastSeenDeviceId"_s).toString();
        }
        QVERIFY(m_unlicensed.size() >= 40);
        QVERIFY(m_licensed.size() >= 10);
    }

    void init() { m_workspace = m_files.path(u"workspace-%1.sqlite"_s.arg(++m_workspaces)); }

    void assignBeyondThePoolFailsPerDevice()
    {
        const QStringList fresh = take(m_unlicensed, 6);
        const QStringList already = take(m_licensed, 1);
        const QStringList ids = fresh + already + QStringList{Unknown};
        QVERIFY(leaveLicenses(3));
        const QString csv = m_files.path(u"assign.csv"_s);

        const Run r = fotactl({u"licenses"_s, u"assign"_s, u"--file"_s, deviceFile(u"a.txt"_s, ids),
                               u"--chunk-size"_s, u"3"_s, u"--csv"_s, csv, u"--json"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"operation"_s).toString(), u"assign"_s);
        QCOMPARE(json.value(u"devices"_s).toInt(), ids.size());
        const QJsonObject counts = json.value(u"counts"_s).toObject();
        QCOMPARE(counts.value(u"assigned"_s).toInt(), 3);
        QCOMPARE(counts.value(u"already-licensed"_s).toInt(), 1);
        QCOMPARE(counts.value(u"failed"_s).toInt(), 4);
        QCOMPARE(json.value(u"licensesBefore"_s)[u"left"_s].toInteger(), 3);
        QCOMPARE(json.value(u"licensesAfter"_s)[u"left"_s].toInteger(), 0);

        // What fotasim holds: exactly the devices fotactl calls licensed have a license.
        const QHash<QString, QJsonObject> results = resultsById(json);
        const QHash<QString, bool> held = licenseState(ids);
        QCOMPARE(results.size(), ids.size());
        QVERIFY(!held.contains(Unknown));
        for (const QString& id : ids) {
            const QString result = results.value(id).value(u"result"_s).toString();
            QCOMPARE(held.value(id, false),
                     result == u"assigned"_s || result == u"already-licensed"_s);
        }
        QCOMPARE(results.value(already.first()).value(u"result"_s).toString(),
                 u"already-licensed"_s);
        QCOMPARE(results.value(Unknown).value(u"reason"_s).toString(), u"Device does not exist."_s);
        int poolRefusals = 0;
        for (const QString& id : fresh) {
            const QJsonObject o = results.value(id);
            if (o.value(u"result"_s).toString() == u"failed"_s) {
                QCOMPARE(o.value(u"status"_s).toString(), u"LicenseAssignFailed"_s);
                QVERIFY2(o.value(u"reason"_s).toString().contains(u"No license available"_s),
                         qPrintable(o.value(u"reason"_s).toString()));
                ++poolRefusals;
            }
        }
        QCOMPARE(poolRefusals, 3);
        QCOMPARE(licensesLeft(), 0);

        // The CSV says the same, device by device, in list order.
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CsvReadBack back = readCsvBack(file.readAll());
        QVERIFY(back.bom);
        QCOMPARE(back.rows.size(), ids.size() + 1);
        QCOMPARE(back.rows.first(), (QStringList{u"deviceId"_s, u"status"_s, u"reason"_s}));
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(back.rows.at(i + 1).at(0), ids.at(i));
            QCOMPARE(back.rows.at(i + 1).at(1),
                     results.value(ids.at(i)).value(u"status"_s).toString());
        }
    }

    void removeThenTextSaysLicensesLeft()
    {
        QVERIFY(leaveLicenses(10));
        const QStringList fresh = take(m_unlicensed, 3);
        const QString file = deviceFile(u"r.txt"_s, fresh);
        const Run assign = fotactl({u"licenses"_s, u"assign"_s, u"--file"_s, file});
        QVERIFY2(assign.exitCode == 0, qPrintable(assign.describe()));
        QVERIFY2(assign.out.contains("Licenses left: 10 before, 7 after"),
                 qPrintable(assign.describe()));
        QCOMPARE(licenseState(fresh).values(), QList<bool>(3, true));

        // Removing them and one device that never had a license: all done (exit 0).
        const QStringList none = take(m_unlicensed, 1);
        const Run remove = fotactl({u"licenses"_s, u"remove"_s, u"--file"_s,
                                    deviceFile(u"r2.txt"_s, fresh + none), u"--json"_s});
        QVERIFY2(remove.exitCode == 0, qPrintable(remove.describe()));
        const QJsonObject counts = remove.json().value(u"counts"_s).toObject();
        QCOMPARE(counts.value(u"removed"_s).toInt(), 3);
        QCOMPARE(counts.value(u"had-no-license"_s).toInt(), 1);
        QCOMPARE(remove.json().value(u"licensesBefore"_s)[u"left"_s].toInteger(), 7);
        QCOMPARE(remove.json().value(u"licensesAfter"_s)[u"left"_s].toInteger(), 10);
        QCOMPARE(licenseState(fresh + none).values(), QList<bool>(4, false));
        QCOMPARE(licensesLeft(), 10);

        // A device the account does not have cannot lose a license: exit 1, in the table.
        const Run unknown =
            fotactl({u"licenses"_s, u"remove"_s, u"--file"_s, deviceFile(u"r3.txt"_s, {Unknown})});
        QVERIFY2(unknown.exitCode == 1, qPrintable(unknown.describe()));
        QVERIFY2(unknown.out.contains(Unknown.toUtf8()) &&
                     unknown.out.contains("Device does not exist."),
                 qPrintable(unknown.describe()));
    }

    void unusableInputSendsNothing_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file at all
        QTest::addColumn<bool>("badCsvPath");
        QTest::newRow("missing file") << QByteArray() << false;
        QTest::newRow("a bad line") << QByteArray("490154203237518\n49015420323751\n") << false;
        QTest::newRow("csv cannot be written") << QByteArray("490154203237518\n") << true;
    }
    void unusableInputSendsNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, badCsvPath);
        const QString route = u"POST /api/fota/v3/licenses/{}/assign"_s;
        const qint64 before = requestsTo(route);
        const QString file = content.isEmpty() ? m_files.path(u"absent.txt"_s)
                                               : m_files.write(u"bad.txt"_s, content);
        QStringList args{u"licenses"_s, u"assign"_s, u"--file"_s, file, u"--json"_s};
        if (badCsvPath)
            args << u"--csv"_s << m_files.path(u"no/such/dir/out.csv"_s);
        const Run r = fotactl(args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        // A file that cannot be written is its own kind (issue 23), named with its cause.
        QCOMPARE(r.json().value(u"error"_s)[u"kind"_s].toString(),
                 badCsvPath ? u"write"_s : u"usage"_s);
        if (badCsvPath)
            QCOMPARE(r.json().value(u"error"_s)[u"message"_s].toString(),
                     u"Could not write %1: No such file or directory. No file was created. "
                     u"Nothing was sent."_s.arg(m_files.path(u"no/such/dir/out.csv"_s)));
        QCOMPARE(requestsTo(route), before);
        QCOMPARE(fotactl({u"licenses"_s, u"remove"_s}).exitCode, 2); // no --file
    }

    void helpNamesEveryOption_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::newRow("assign") << u"assign"_s;
        QTest::newRow("remove") << u"remove"_s;
    }
    void helpNamesEveryOption()
    {
        QFETCH(QString, verb);
        const Run r = fotactl({u"licenses"_s, verb, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char* option : {"--file FILE", "--csv FILE", "--chunk-size N", "--skip-invalid",
                                   "--resume", "Exit status"})
            QVERIFY2(r.out.contains(option), qPrintable(r.describe()));
    }

    void noServiceIsExit3()
    {
        FotaSimProcess gone;
        QVERIFY2(gone.isRunning(), qPrintable(gone.errorString()));
        const QString url = gone.baseUrl();
        QCOMPARE(gone.stop(), 0);
        QProcess p;
        p.setProgram(fotactlPath());
        p.setArguments({u"licenses"_s, u"assign"_s, u"--file"_s,
                        deviceFile(u"n.txt"_s, {m_licensed.first()}), u"--base-url"_s, url,
                        u"--account"_s, Account});
        p.setProcessEnvironment(fotactlEnvironment(m_workspace));
        p.start();
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 3);
    }

    void killedRunIsCompletedWithResume()
    {
        QVERIFY(leaveLicenses(20));
        const QStringList ids = take(m_unlicensed, 8);
        const QString file = deviceFile(u"k.txt"_s, ids);
        const QString route = u"POST /api/fota/v3/licenses/{}/assign"_s;
        // Slow answers, one device a request: the run is killed with part of it done.
        QCOMPARE(m_http->adminPost(u"/admin/faults"_s, {{u"faults"_s, u"latency=400"_s}}).status,
                 200);
        QProcess first;
        configure(first,
                  {u"licenses"_s, u"assign"_s, u"--file"_s, file, u"--chunk-size"_s, u"1"_s});
        first.start();
        QVERIFY(first.waitForStarted(30000));
        // Killed once the journal holds a chunk that succeeded.
        const auto journaledChunks = [this] {
            const Run list = fotactl({u"campaign"_s, u"resume"_s, u"--list"_s, u"--json"_s});
            const QJsonArray batches = list.json().value(u"batches"_s).toArray();
            return batches.isEmpty() ? 0 : batches.first()[u"chunksSucceeded"_s].toInt();
        };
        QTRY_VERIFY_WITH_TIMEOUT(journaledChunks() >= 1, 60000);
        first.kill();
        QVERIFY(first.waitForFinished(30000));
        QCOMPARE(m_http->adminPost(u"/admin/faults"_s, {{u"faults"_s, u"none"_s}}).status, 200);
        QCOMPARE(m_http->adminPost(u"/admin/stats/reset"_s).status, 200);
        const int done = journaledChunks();
        QVERIFY2(done < ids.size(), "the first run ended before it was killed");

        const Run resumed =
            fotactl({u"licenses"_s, u"assign"_s, u"--file"_s, file, u"--resume"_s, u"--json"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        QVERIFY2(resumed.err.contains("Resuming batch"), qPrintable(resumed.describe()));
        // Only the chunks the journal did not hold as done were sent again.
        QCOMPARE(requestsTo(route), ids.size() - done);
        const QHash<QString, QJsonObject> results = resultsById(resumed.json());
        QCOMPARE(results.size(), ids.size());
        QCOMPARE(licenseState(ids).values(), QList<bool>(ids.size(), true));
        QCOMPARE(licensesLeft(), 20 - ids.size());
    }
};

QTEST_GUILESS_MAIN(FotactlLicensesTest)
#include "FotactlLicensesTest.moc"
