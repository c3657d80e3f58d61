// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of fotactl's API commands: the built program run with
// QProcess against a fotasim process on 127.0.0.1 (and with --demo, its own
// embedded simulator). Exit codes, --json output, the CSV report, credentials
// from the environment, and the never-duplicate create.

#include "support/CsvReadBack.h"
#include "support/FotaSimProcess.h"
#include "support/FotactlProcess.h"
#include "support/HttpTestClient.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString Account = u"0000123456-00001"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(
            QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

Run fotactl(const QStringList& arguments, bool withCredentials = true)
{
    QProcess p;
    p.setProgram(QDir(qEnvironmentVariable("FOTADESK_BIN_DIR")).filePath(u"fotactl"_s));
    p.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"FOTA_CLIENT_ID"_s, u"FOTA_CLIENT_SECRET"_s, u"FOTA_USERNAME"_s,
                                u"FOTA_PASSWORD"_s, u"FOTA_ACCOUNT"_s})
        env.remove(name);
    if (withCredentials) {
        env.insert(u"FOTA_CLIENT_ID"_s, u"demo-client"_s);
        env.insert(u"FOTA_CLIENT_SECRET"_s, u"demo-secret"_s);
        env.insert(u"FOTA_USERNAME"_s, u"demo"_s);
        env.insert(u"FOTA_PASSWORD"_s, u"demo"_s);
    }
    p.setProcessEnvironment(env);
    p.start();
    Run r;
    if (!p.waitForStarted(30000) || !p.waitForFinished(240000)) {
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

QJsonValue json(const Run& r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not one JSON document: %s", r.out.constData());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

class FotactlClientTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_admin;

    QStringList connect(QStringList args) const
    {
        args << u"--base-url"_s << m_sim->baseUrl() << u"--account"_s << Account;
        return args;
    }

    /// IMEIs of fresh licensed devices (a synthetic campaign's), and that campaign's firmware.
    QStringList freshDevices(int n, QString* firmware, QJsonObject* campaign = nullptr)
    {
        const QJsonObject c =
            m_admin->adminPost(u"/admin/campaigns/synthetic"_s, {{u"devices"_s, n}}).object();
        *firmware = c.value(u"firmwareName"_s).toString();
        if (campaign)
            *campaign = c;
        if (m_admin->accessToken().isEmpty())
            m_admin->authenticate();
        const HttpResult page = m_admin->get(u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(
            Account, c.value(u"id"_s).toString()));
        QStringList ids;
        for (const QJsonValue& d : page.object().value(u"deviceList"_s).toArray())
            ids << d.toObject().value(u"deviceId"_s).toString();
        return ids;
    }

    QDate today()
    {
        const QString now =
            m_admin->adminGet(u"/admin/clock"_s).object().value(u"now"_s).toString();
        return QDateTime::fromString(now, Qt::ISODateWithMs).toUTC().date();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<FotaSimProcess>(QStringList{u"--seed"_s, u"31"_s});
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_admin = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        QVERIFY(m_admin->authenticate());
    }
    void cleanup() { m_admin->adminPost(u"/admin/faults"_s, {{u"faults"_s, u"none"_s}}); }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_sim.reset();
    }

    void reportCsvIsSafeAndReadsBack()
    {
        // A server whose reasons are formulas and quoting traps (fotasim --hostile-reasons):
        // the CSV of `report devices` has every cell neutralised where a spreadsheet would
        // run it, and reads back (CsvTokenizer, then the IMEI importer) to exactly the
        // devices the same command prints as JSON.
        FotaSimProcess sim({u"--seed"_s, u"5"_s, u"--hostile-reasons"_s});
        QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
        HttpTestClient admin(sim.baseUrl());
        const QJsonObject campaign =
            admin.adminPost(u"/admin/campaigns/synthetic"_s, {{u"devices"_s, 60}}).object();
        const QString id = campaign.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        const QStringList args{u"report"_s,   u"devices"_s,   id,     u"--base-url"_s,
                               sim.baseUrl(), u"--account"_s, Account};

        TestFiles files;
        const QString csvPath = files.path(u"hostile.csv"_s);
        const Run report = fotactl(args + QStringList{u"--csv"_s, csvPath});
        QVERIFY2(report.exitCode == 0, qPrintable(report.describe()));
        const Run asJson = fotactl(args + QStringList{u"--json"_s});
        QVERIFY2(asJson.exitCode == 0, qPrintable(asJson.describe()));
        const QJsonArray devices = json(asJson).toObject().value(u"deviceList"_s).toArray();
        QCOMPARE(devices.size(), 60);

        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(",'=1+1,")); // neutralised, bare
        QVERIFY(bytes.contains(",'@SUM(A1),"));
        QVERIFY(bytes.contains(",'-2+3,"));
        QVERIFY(bytes.contains(",'+1 555 0100,"));
        QVERIFY(bytes.contains("\r\n=1+1\",")); // inside a quoted cell: not a cell start
        QVERIFY(!bytes.contains(",=1+1,"));
        const CsvReadBack back = readCsvBack(bytes);
        QVERIFY(back.bom);
        QVERIFY(back.crlf);
        QCOMPARE(back.delimiter, ',');
        QCOMPARE(back.unsafeCells, QStringList());
        QCOMPARE(back.rows.size(), devices.size() + 1);
        QCOMPARE(back.rows.first(),
                 (QStringList{u"deviceId"_s, u"status"_s, u"resultReason"_s, u"updatedTime"_s,
                              u"recentAttemptTime"_s, u"nextAttemptTime"_s}));
        for (qsizetype i = 0; i < devices.size(); ++i) {
            const QJsonObject d = devices.at(i).toObject();
            QStringList expected;
            for (const QString& key : back.rows.first())
                expected << d.value(key).toString();
            QCOMPARE(back.rows.at(i + 1), expected);
        }

        const auto imported = importCsvBack(bytes);
        QVERIFY(imported.ok());
        QCOMPARE(imported.imeis.size(), devices.size());
        QCOMPARE(imported.rejectedCount, 0);
        for (qsizetype i = 0; i < devices.size(); ++i)
            QCOMPARE(imported.imeis.at(i).toString(),
                     devices.at(i).toObject().value(u"deviceId"_s).toString());
    }

    void auditCsvReadsBack()
    {
        // `fotactl audit --csv` after a create of a campaign named like a formula: every
        // entry the command prints as JSON is in the CSV, column by column, and no cell
        // of the file is one a spreadsheet would run.
        TestFiles files;
        QString firmware;
        const QStringList devices = freshDevices(30, &firmware);
        const QString list =
            files.write(u"audit-devices.csv"_s, (devices.mid(0, 5).join(u'\n') + u'\n').toUtf8());
        const QDate start = today().addDays(4);
        const Run created = fotactl(
            connect({u"campaign"_s, u"create"_s, u"--name"_s, u"=1+1"_s, u"--firmware"_s, firmware,
                     u"--start"_s, start.toString(Qt::ISODate), u"--end"_s,
                     start.addDays(3).toString(Qt::ISODate), u"--devices"_s, list, u"--json"_s}));
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));

        const QString csvPath = files.path(u"audit.csv"_s);
        const Run audit = fotactl({u"audit"_s, u"--csv"_s, csvPath, u"--json"_s});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
        const QJsonArray entries = json(audit).toObject().value(u"entries"_s).toArray();
        QVERIFY(!entries.isEmpty());
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CsvReadBack back = readCsvBack(file.readAll());
        QVERIFY(back.bom);
        QVERIFY(back.crlf);
        QCOMPARE(back.delimiter, ',');
        QCOMPARE(back.unsafeCells, QStringList());
        QCOMPARE(back.rows.size(), entries.size() + 1);
        const QStringList header = back.rows.first();
        bool sawFormula = false;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject e = entries.at(i).toObject();
            const QStringList& row = back.rows.at(i + 1);
            QCOMPARE(row.size(), header.size());
            const auto cell = [&](const QString& column) { return row.at(header.indexOf(column)); };
            QCOMPARE(cell(u"id"_s), QString::number(e.value(u"id"_s).toInteger()));
            QCOMPARE(cell(u"started_utc"_s), e.value(u"started"_s).toString());
            QCOMPARE(cell(u"operation"_s), e.value(u"operation"_s).toString());
            QCOMPARE(cell(u"campaign_id"_s), e.value(u"campaignId"_s).toString());
            QCOMPARE(cell(u"device_count"_s),
                     QString::number(e.value(u"deviceCount"_s).toInteger()));
            QCOMPARE(cell(u"summary"_s), e.value(u"summary"_s).toString());
            QCOMPARE(cell(u"outcome"_s), e.value(u"outcome"_s).toString());
            QCOMPARE(cell(u"result"_s), e.value(u"result"_s).toString());
            sawFormula = sawFormula || e.value(u"summary"_s).toString().contains(u"=1+1"_s) ||
                         e.value(u"result"_s).toString().contains(u"=1+1"_s);
        }
        QVERIFY(sawFormula); // the campaign name made it into the log (and the file)
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("credentials");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no account")
            << QStringList{u"firmware"_s, u"list"_s} << true << u"--account"_s;
        QTest::newRow("custom without URL")
            << QStringList{u"firmware"_s, u"list"_s,      u"--profile"_s,
                           u"custom"_s,   u"--account"_s, Account}
            << true << u"--base-url"_s;
        QTest::newRow("bad profile")
            << QStringList{u"firmware"_s, u"list"_s, u"--profile"_s, u"staging"_s} << true
            << u"staging"_s;
        QTest::newRow("unknown option")
            << QStringList{u"report"_s, u"campaigns"_s, u"--frobnicate"_s} << true
            << u"frobnicate"_s;
        QTest::newRow("missing credentials")
            << QStringList{u"firmware"_s,  u"list"_s, u"--base-url"_s, u"http://127.0.0.1:9/api"_s,
                           u"--account"_s, Account}
            << false << u"FOTA_CLIENT_SECRET"_s;
        QTest::newRow("bad window")
            << QStringList{u"campaign"_s, u"dates"_s, u"X"_s, u"--window"_s, u"5-3"_s, u"--demo"_s}
            << true << u"5-3"_s;
        QTest::newRow("unusable CA file")
            << QStringList{u"firmware"_s,  u"list"_s, u"--base-url"_s, u"https://127.0.0.1:9/api"_s,
                           u"--account"_s, Account,   u"--ca-file"_s,  u"/nonexistent/ca.pem"_s}
            << true << u"/nonexistent/ca.pem"_s;
        QTest::newRow("options without a command")
            << QStringList{u"--demo"_s, u"--json"_s} << false << u"names no command"_s;
        QTest::newRow("unknown command after options")
            << QStringList{u"--demo"_s, u"firmware"_s, u"lst"_s} << false << u"firmware lst"_s;
        QTest::newRow("invalid IMEI")
            << QStringList{u"report"_s, u"device"_s, u"35693803564380"_s, u"--demo"_s} << true
            << u"check digit"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, credentials);
        QFETCH(QString, mentions);
        const Run r = fotactl(arguments, credentials);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions, Qt::CaseInsensitive),
                 qPrintable(r.describe()));
    }

    void usageErrorInJson()
    {
        const Run r = fotactl({u"firmware"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(json(r).toObject().value(u"error"_s).toObject().value(u"kind"_s).toString(),
                 u"usage"_s);
    }

    void helpExitsZero()
    {
        const Run r = fotactl({u"campaign"_s, u"create"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("FOTA_CLIENT_SECRET"));
        QVERIFY(r.out.contains("--devices"));
    }

    void networkFailureIsExit3()
    {
        const Run r =
            fotactl({u"firmware"_s, u"list"_s, u"--base-url"_s, u"http://127.0.0.1:9/api"_s,
                     u"--account"_s, Account, u"--timeout"_s, u"5"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(json(r).toObject().value(u"error"_s).toObject().value(u"kind"_s).toString(),
                 u"network"_s);
    }

    void wrongSecretIsExit3()
    {
        const Run r = fotactl(connect({u"firmware"_s, u"list"_s, u"--json"_s}), true);
        QCOMPARE(r.exitCode, 0); // sanity: the right secret works
        qputenv("FOTA_CLIENT_SECRET", "s3cr3t-XYZ-42");
        QProcess p;
        p.setProgram(QDir(qEnvironmentVariable("FOTADESK_BIN_DIR")).filePath(u"fotactl"_s));
        p.setArguments(connect({u"firmware"_s, u"list"_s}));
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"FOTA_CLIENT_ID"_s, u"demo-client"_s);
        e.insert(u"FOTA_USERNAME"_s, u"demo"_s);
        e.insert(u"FOTA_PASSWORD"_s, u"demo"_s);
        p.setProcessEnvironment(e);
        p.start();
        QVERIFY(p.waitForFinished(60000));
        qunsetenv("FOTA_CLIENT_SECRET");
        QCOMPARE(p.exitCode(), 3);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("token"), err.constData());
        QVERIFY(!err.contains("s3cr3t-XYZ-42")); // the secret never appears
    }

    // The connection options are one table: what a command's --help lists is what its parser
    // takes and what may stand before the command words, and fotactl's usage names the same.
    void connectionOptionsAreOneTable()
    {
        const Run help = fotactl({u"firmware"_s, u"list"_s, u"--help"_s}, false);
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
        const QString text = QString::fromUtf8(help.out);
        const qsizetype from = text.indexOf(u"Connection options"_s);
        QVERIFY2(from >= 0, qPrintable(text));
        // "  --name VALUE   help" lines of the connection block.
        QMap<QString, QString> listed; // name -> value name ("" for a flag)
        const QRegularExpression line(u"^  --([a-z-]+)(?: ([A-Z]+))?  "_s,
                                      QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(text.mid(from)); it.hasNext();) {
            const auto m = it.next();
            listed.insert(m.captured(1), m.captured(2));
        }
        QCOMPARE(listed.keys(),
                 (QStringList{u"account"_s, u"base-url"_s, u"ca-file"_s, u"deadline"_s, u"demo"_s,
                              u"json"_s, u"profile"_s, u"timeout"_s}));
        QVERIFY(text.contains(u"-h, --help"_s));

        // A value for each one that a demo run takes; --base-url and --ca-file are refused for
        // what they say, never as an unknown command or option.
        const QMap<QString, QString> values{{u"account"_s, Account},
                                            {u"base-url"_s, u"http://127.0.0.1:9/api"_s},
                                            {u"ca-file"_s, u"/nonexistent/ca.pem"_s},
                                            {u"profile"_s, u"demo"_s},
                                            {u"deadline"_s, u"120"_s},
                                            {u"timeout"_s, u"20"_s}};
        const QStringList refusedForWhatTheySay{u"base-url"_s, u"ca-file"_s};
        for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
            const QString& name = it.key();
            QStringList option{u"--"_s + name};
            if (!it.value().isEmpty()) {
                QVERIFY2(values.contains(name), qPrintable(name));
                option << values.value(name);
            }
            for (const bool before : {true, false}) {
                const QStringList args =
                    before
                        ? option + QStringList{u"firmware"_s, u"list"_s, u"--demo"_s, u"--json"_s}
                        : QStringList{u"firmware"_s, u"list"_s, u"--demo"_s, u"--json"_s} + option;
                const Run r = fotactl(args, false);
                const QString what =
                    name + (before ? u" before"_s : u" after"_s) + u": "_s + r.describe();
                QVERIFY2(!r.err.contains("command") && !r.err.contains("Unknown option"),
                         qPrintable(what));
                if (!refusedForWhatTheySay.contains(name))
                    QVERIFY2(r.exitCode == 0, qPrintable(what));
            }
        }

        // fotactl's usage names the same options.
        const Run usage = fotactl({u"--help"_s}, false);
        QCOMPARE(usage.exitCode, 0);
        for (auto it = listed.cbegin(); it != listed.cend(); ++it)
            QVERIFY2(QString::fromUtf8(usage.out).contains(u"--"_s + it.key()),
                     qPrintable(it.key()));
    }

    void demoRunsItsOwnSimulator()
    {
        const Run list = fotactl({u"firmware"_s, u"list"_s, u"--demo"_s, u"--json"_s}, false);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!json(list).toArray().isEmpty());

        // Connection options may come before the command words as well (as the issue and the
        // README write it), value options with their value, also as --name=value.
        const Run before = fotactl({u"--demo"_s, u"firmware"_s, u"list"_s, u"--json"_s}, false);
        QVERIFY2(before.exitCode == 0, qPrintable(before.describe()));
        QCOMPARE(json(before), json(list));
        const Run plainBefore = fotactl({u"--demo"_s, u"firmware"_s, u"list"_s}, false);
        QVERIFY2(plainBefore.exitCode == 0, qPrintable(plainBefore.describe()));
        QVERIFY(plainBefore.out.count('\n') >= 2); // a header and at least one package

        const Run campaigns = fotactl({u"--json"_s, u"--timeout"_s, u"20"_s, u"--profile=demo"_s,
                                       u"report"_s, u"campaigns"_s, u"--demo"_s},
                                      false);
        QVERIFY2(campaigns.exitCode == 0, qPrintable(campaigns.describe()));
        const QJsonArray all = json(campaigns).toObject().value(u"campaigns"_s).toArray();
        QVERIFY(all.size() > 5);
        QSet<QString> ids;
        QSet<QString> statuses;
        for (const QJsonValue& c : all) {
            ids.insert(c.toObject().value(u"id"_s).toString());
            statuses.insert(c.toObject().value(u"status"_s).toString());
        }
        QCOMPARE(ids.size(), all.size());
        QVERIFY(statuses.size() > 3); // all statuses, merged

        const Run ended = fotactl(
            {u"report"_s, u"campaigns"_s, u"--status"_s, u"CampaignEnded"_s, u"--demo"_s}, false);
        QCOMPARE(ended.exitCode, 0);
        QVERIFY(ended.out.contains("CampaignEnded"));
        QVERIFY(!ended.out.contains("CampaignCancelled"));

        const Run device =
            fotactl({u"report"_s, u"device"_s, u"490154203237518"_s, u"--demo"_s}, false);
        QCOMPARE(device.exitCode, 0);
    }

    void apiRefusalIsExit1()
    {
        const Run r = fotactl(connect({u"campaign"_s, u"get"_s, u"no-such-campaign"_s}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("errorCode") || r.err.contains("HTTP status"),
                 qPrintable(r.describe()));
    }

    void campaignWorkflow()
    {
        TestFiles files;
        QString firmware;
        const QStringList devices = freshDevices(1500, &firmware);
        QCOMPARE(devices.size(), 1000); // the first page of the synthetic campaign is enough
        const QString first = files.write(
            u"first.csv"_s, (u"IMEI\n"_s + devices.mid(0, 300).join(u'\n') + u'\n').toUtf8());
        const QString more =
            files.write(u"more.txt"_s, (devices.mid(300, 200).join(u'\n') + u'\n').toUtf8());
        const QDate start = today().addDays(4);

        const Run created = fotactl(
            connect({u"campaign"_s, u"create"_s, u"--name"_s, u"fotactl workflow"_s,
                     u"--firmware"_s, firmware, u"--start"_s, start.toString(Qt::ISODate),
                     u"--end"_s, start.addDays(3).toString(Qt::ISODate), u"--window"_s, u"0-6"_s,
                     u"--devices"_s, first, u"--chunk-size"_s, u"100"_s, u"--json"_s}));
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QJsonObject createdJson = json(created).toObject();
        const QJsonObject campaign = createdJson.value(u"campaign"_s).toObject();
        const QString id = campaign.value(u"id"_s).toString();
        QVERIFY2(!id.isEmpty(), qPrintable(created.describe()));
        QCOMPARE(createdJson.value(u"succeeded"_s).toInt(), 200); // the rest after the first 100
        QCOMPARE(createdJson.value(u"failed"_s).toArray().size(), 0);

        const Run got = fotactl(connect({u"campaign"_s, u"get"_s, id}));
        QCOMPARE(got.exitCode, 0);
        QVERIFY(got.out.contains("fotactl workflow"));
        QVERIFY(got.out.contains("00:00–06:00 UTC"));

        const Run dates = fotactl(connect({u"campaign"_s, u"dates"_s, id, u"--end"_s,
                                           start.addDays(5).toString(Qt::ISODate), u"--json"_s}));
        QVERIFY2(dates.exitCode == 0, qPrintable(dates.describe()));
        QCOMPARE(json(dates).toObject().value(u"endDate"_s).toString(),
                 start.addDays(5).toString(Qt::ISODate));
        QCOMPARE(json(dates).toObject().value(u"startDate"_s).toString(),
                 start.toString(Qt::ISODate));

        const Run added = fotactl(connect({u"campaign"_s, u"devices"_s, u"add"_s, id, u"--file"_s,
                                           more, u"--chunk-size"_s, u"64"_s, u"--json"_s}));
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QCOMPARE(json(added).toObject().value(u"succeeded"_s).toInt(), 200);

        const QString removeFile =
            files.write(u"remove.txt"_s, (devices.mid(0, 10).join(u'\n') + u'\n').toUtf8());
        const Run removed = fotactl(connect({u"campaign"_s, u"devices"_s, u"remove"_s, id,
                                             u"--file"_s, removeFile, u"--plain-path"_s}));
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QVERIFY(removed.out.contains("Removed 10 of 10"));
        // The outcomes counted apart in the text too.
        QVERIFY2(removed.out.contains("done: 10 · not in the campaign: 0 · refused by the server: "
                                      "0 · no answer: 0"),
                 qPrintable(removed.describe()));

        const QString csvPath = files.path(u"report.csv"_s);
        const Run report = fotactl(connect({u"report"_s, u"devices"_s, id, u"--csv"_s, csvPath}));
        QVERIFY2(report.exitCode == 0, qPrintable(report.describe()));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("\xEF\xBB\xBF"
                            "deviceId,status,resultReason,updatedTime,recentAttemptTime,"
                            "nextAttemptTime\r"));
        QCOMPARE(lines.size(), 1 + 490);
        QSet<QByteArray> reported;
        for (qsizetype i = 1; i < lines.size(); ++i)
            reported.insert(lines.at(i).split(',').first());
        QStringList expectedList = devices.mid(10, 490);
        QCOMPARE(reported.size(), 490);
        for (const QString& d : expectedList)
            QVERIFY(reported.contains(d.toLatin1()));

        const Run reportJson = fotactl(connect({u"report"_s, u"devices"_s, id, u"--json"_s}));
        QCOMPARE(reportJson.exitCode, 0);
        QCOMPARE(json(reportJson).toObject().value(u"deviceList"_s).toArray().size(), 490);
        QCOMPARE(json(reportJson).toObject().value(u"totalDevice"_s).toInt(), 490);

        const Run cancel = fotactl(connect({u"campaign"_s, u"cancel"_s, id, u"--json"_s}));
        QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe()));
        QCOMPARE(json(cancel).toObject().value(u"status"_s).toString(), u"CampaignCancelled"_s);

        const Run again = fotactl(connect({u"campaign"_s, u"cancel"_s, id, u"--json"_s}));
        QCOMPARE(again.exitCode, 1);
        const QJsonObject error = json(again).toObject().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"kind"_s).toString(), u"api"_s);
        QVERIFY(!error.value(u"errorCode"_s).toString().isEmpty());
    }

    // 'campaign devices add --json' counts every device under one outcome: added, already in
    // the campaign, refused by the server (no licence), no answer (fotasim answers 503 once the
    // first two requests are in). The existing fields stay; fotasim's report is the truth.
    void devicesAddCountsTheOutcomesApart()
    {
        TestFiles files;
        QString firmware;
        const QStringList d = freshDevices(9, &firmware);
        QCOMPARE(d.size(), 9);
        // d[7] and d[8] lose their licence: the server refuses to add them.
        const HttpResult unlicensed =
            m_admin->post(u"/fota/v3/licenses/%1/remove"_s.arg(Account),
                          QJsonObject{{u"deviceList"_s, QJsonArray{d[7], d[8]}}});
        QVERIFY2(unlicensed.status == 200, qPrintable(unlicensed.describe()));
        const QDate start = today().addDays(4);
        const QString first = files.write(u"first.txt"_s, (d[0] + u'\n' + d[1] + u'\n').toUtf8());
        const Run created = fotactl(
            connect({u"campaign"_s, u"create"_s, u"--name"_s, u"outcomes apart"_s, u"--firmware"_s,
                     firmware, u"--start"_s, start.toString(Qt::ISODate), u"--end"_s,
                     start.addDays(3).toString(Qt::ISODate), u"--devices"_s, first, u"--json"_s}));
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString id = json(created).toObject().value(u"id"_s).toString();
        QVERIFY2(!id.isEmpty(), qPrintable(created.describe()));

        // Three requests of three: [new, in, refused] [new, in, refused] [no answer x3].
        const QStringList list{d[2], d[0], d[7], d[3], d[1], d[8], d[4], d[5], d[6]};
        const QString file = files.write(u"add.txt"_s, (list.join(u'\n') + u'\n').toUtf8());
        const auto puts = [this] {
            int n = 0;
            const QJsonObject routes =
                m_admin->adminGet(u"/admin/stats"_s).object().value(u"byRoute"_s).toObject();
            for (auto it = routes.begin(); it != routes.end(); ++it) {
                if (it.key().startsWith(u"PUT /api/fota/v3/campaigns/firmware/"_s) &&
                    !it.key().endsWith(u"/dates"_s))
                    n += it.value().toInt();
            }
            return n;
        };
        QCOMPARE(m_admin->adminPost(u"/admin/stats/reset"_s).status, 200);
        // Answers held back 1.5 s: the first two requests (two at a time) are in before the
        // third goes out, and from then on fotasim answers 503.
        QCOMPARE(m_admin->adminPost(u"/admin/faults"_s, {{u"faults"_s, u"latency=1500"_s}}).status,
                 200);
        QProcess process;
        process.setProgram(fotactlPath());
        process.setArguments(connect({u"campaign"_s, u"devices"_s, u"add"_s, id, u"--file"_s, file,
                                      u"--chunk-size"_s, u"3"_s, u"--json"_s}));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FOTA_CLIENT_ID"_s, u"demo-client"_s);
        env.insert(u"FOTA_CLIENT_SECRET"_s, u"demo-secret"_s);
        env.insert(u"FOTA_USERNAME"_s, u"demo"_s);
        env.insert(u"FOTA_PASSWORD"_s, u"demo"_s);
        process.setProcessEnvironment(env);
        process.start();
        QVERIFY(QTest::qWaitFor([&] { return puts() >= 2; }, 60000));
        QCOMPARE(m_admin->adminPost(u"/admin/faults"_s, {{u"faults"_s, u"error503=1"_s}}).status,
                 200);
        const FotactlRun added = finishFotactl(process);
        QVERIFY2(added.exitCode != 0, qPrintable(added.describe())); // not everything was added
        const QJsonObject result = added.json();
        QVERIFY2(!result.isEmpty(), qPrintable(added.describe()));
        const QJsonObject outcomes = result.value(u"outcomes"_s).toObject();
        QCOMPARE(outcomes.value(u"done"_s).toInt(), 2);
        QCOMPARE(outcomes.value(u"alreadyApplied"_s).toInt(), 2);
        QCOMPARE(outcomes.value(u"refused"_s).toInt(), 2);
        QCOMPARE(outcomes.value(u"noAnswer"_s).toInt(), 3);
        QCOMPARE(outcomes.value(u"unclear"_s).toInt(), 0);
        // The fields from before stay: succeeded = done + already in, failed lists the rest.
        QCOMPARE(result.value(u"devices"_s).toInt(), 9);
        QCOMPARE(result.value(u"succeeded"_s).toInt(), 4);
        QMap<QString, QString> failed;
        for (const QJsonValue& v : result.value(u"failed"_s).toArray())
            failed.insert(v.toObject().value(u"deviceId"_s).toString(),
                          v.toObject().value(u"outcome"_s).toString());
        QCOMPARE(failed, (QMap<QString, QString>{{d[7], u"refused"_s},
                                                 {d[8], u"refused"_s},
                                                 {d[4], u"no-answer"_s},
                                                 {d[5], u"no-answer"_s},
                                                 {d[6], u"no-answer"_s}}));
        // fotasim's truth: the added and the already-in devices, none of the others.
        QCOMPARE(m_admin->adminPost(u"/admin/faults"_s, {{u"faults"_s, u"none"_s}}).status, 200);
        const QStringList onServer = m_admin->campaignDeviceIds(Account, id);
        QCOMPARE(QSet<QString>(onServer.cbegin(), onServer.cend()),
                 (QSet<QString>{d[0], d[1], d[2], d[3]}));
    }

    void invalidDraftIsRefusedBeforeSending()
    {
        TestFiles files;
        QString firmware;
        const QStringList devices = freshDevices(3, &firmware);
        const QString list = files.write(u"d.txt"_s, devices.join(u'\n').toUtf8());
        const Run r =
            fotactl(connect({u"campaign"_s, u"create"_s, u"--firmware"_s, firmware, u"--start"_s,
                             u"2020-01-01"_s, u"--end"_s, u"2020-01-05"_s, u"--devices"_s, list}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("startDate"), qPrintable(r.describe()));
    }

    void createWhoseAnswerIsLostIsNeverRepeated()
    {
        TestFiles files;
        QString firmware;
        QJsonObject source;
        const QStringList devices = freshDevices(5, &firmware, &source);
        const QString list = files.write(u"d.txt"_s, devices.join(u'\n').toUtf8());
        const QDate start = today().addDays(6);
        const QString name = u"lost answer %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        // Every FOTA answer is dropped after the server acted (the sign-in still works). With
        // --from/--to/--protocol given, the create is fotactl's first FOTA call.
        QVERIFY(m_admin->adminPost(u"/admin/faults"_s, {{u"faults"_s, u"drop=1"_s}}).status == 200);
        const Run r = fotactl(
            connect({u"campaign"_s, u"create"_s, u"--name"_s, name, u"--firmware"_s, firmware,
                     u"--from"_s, source.value(u"firmwareFrom"_s).toString(), u"--to"_s,
                     source.value(u"firmwareTo"_s).toString(), u"--protocol"_s,
                     source.value(u"protocol"_s).toString(), u"--start"_s,
                     start.toString(Qt::ISODate), u"--end"_s,
                     start.addDays(2).toString(Qt::ISODate), u"--devices"_s, list, u"--json"_s}));
        // The look-up in the history goes through the same faults and cannot succeed either:
        // fotactl reports "outcome unknown" (3) and sends nothing twice.
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(json(r).toObject().value(u"error"_s).toObject().value(u"kind"_s).toString(),
                 u"outcome-unknown"_s);
        QVERIFY2(r.err.contains("instead of sending it again"), qPrintable(r.describe()));
        QVERIFY(m_admin->adminPost(u"/admin/faults"_s, {{u"faults"_s, u"none"_s}}).status == 200);

        const Run history = fotactl(connect({u"report"_s, u"campaigns"_s, u"--json"_s}));
        QCOMPARE(history.exitCode, 0);
        int named = 0;
        for (const QJsonValue& c : json(history).toObject().value(u"campaigns"_s).toArray())
            named += c.toObject().value(u"campaignName"_s).toString() == name ? 1 : 0;
        QCOMPARE(named, 1); // made once, never twice
    }

    void licenses()
    {
        const Run r = fotactl(connect({u"licenses"_s, u"--json"_s}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = json(r).toObject();
        QCOMPARE(o.value(u"accountName"_s).toString(), Account);
        QVERIFY(o.value(u"assignedLicenses"_s).toInt() > 0);
        QCOMPARE(o.value(u"subscription"_s).toObject().value(u"accountName"_s).toString(), Account);

        const Run text = fotactl(connect({u"licenses"_s}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("licenses"));
    }
};

QTEST_GUILESS_MAIN(FotactlClientTest)
#include "FotactlClientTest.moc"
