// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl campaign verify, the built program against a fotasim process: verified, mismatch and
// not reported yet as fotasim produces them (VerifyScenario: a campaign that upgraded, some of
// its devices upgraded further by the next campaign, one that stopped answering), the CSV, and
// the exit codes (0 all verified, 1 some not, 2 usage, 3 network).

#include "support/CsvReadBack.h"
#include "support/FotaSimProcess.h"
#include "support/FotactlProcess.h"
#include "support/HttpTestClient.h"
#include "support/TestFiles.h"
#include "support/VerifyScenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString Account = u"0000123456-00001"_s;

using Run = FotactlRun;

} // namespace

class FotactlVerifyTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_admin;
    QTemporaryDir m_workspace;
    TestFiles m_files;
    VerifyScenario m_scenario;

    Run fotactl(QStringList args, bool connect = true) const
    {
        if (connect)
            args << u"--base-url"_s << m_sim->baseUrl() << u"--account"_s << Account;
        return runFotactl(args, fotactlEnvironment(m_workspace.filePath(u"workspace.sqlite"_s)),
                          120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_workspace.isValid());
        m_sim = std::make_unique<FotaSimProcess>(QStringList{u"--seed"_s, u"11"_s});
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_admin = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        QVERIFY(m_admin->authenticate());
        m_scenario = VerifyScenario::create(*m_admin, Account, 12, 2, 1);
        QVERIFY2(m_scenario.error.isEmpty(), qPrintable(m_scenario.error));
    }

    void verifyTellsEachVerdictApart()
    {
        const QString csv = m_files.path(u"verify.csv"_s);
        const Run r = fotactl(
            {u"campaign"_s, u"verify"_s, m_scenario.campaignId, u"--json"_s, u"--csv"_s, csv});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"campaignId"_s).toString(), m_scenario.campaignId);
        QCOMPARE(o.value(u"firmwareTo"_s).toString(), m_scenario.firmwareTo);
        QCOMPARE(o.value(u"devices"_s).toInt(), 12);
        const QJsonObject counts = o.value(u"counts"_s).toObject();
        QCOMPARE(counts.value(u"verified"_s).toInt(), m_scenario.verified.size());
        QCOMPARE(counts.value(u"mismatch"_s).toInt(), m_scenario.mismatch.size());
        QCOMPARE(counts.value(u"not-reported"_s).toInt(), 1);
        const QJsonArray notVerified = o.value(u"notVerifiedDevices"_s).toArray();
        QCOMPARE(notVerified.size(), m_scenario.mismatch.size() + 1);
        for (const QJsonValue& v : notVerified) {
            const QJsonObject d = v.toObject();
            const QString id = d.value(u"deviceId"_s).toString();
            if (m_scenario.mismatch.contains(id)) {
                QCOMPARE(d.value(u"verdict"_s).toString(), u"mismatch"_s);
                QCOMPARE(d.value(u"firmware"_s).toString(), m_scenario.newerFirmware);
            } else {
                QCOMPARE(id, m_scenario.unreachable.first());
                QCOMPARE(d.value(u"verdict"_s).toString(), u"not-reported"_s);
                QCOMPARE(d.value(u"reason"_s).toString(), u"Device did not respond"_s);
            }
        }

        // The CSV: every successful device with its verdict, written with the project's rules.
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CsvReadBack back = readCsvBack(file.readAll());
        QVERIFY(back.bom);
        QVERIFY(back.crlf);
        QCOMPARE(back.rows.size(), 13);
        QCOMPARE(back.rows.first(), (QStringList{u"deviceId"_s, u"firmwareCheck"_s,
                                                 u"reportedFirmware"_s, u"reason"_s}));
        for (const QStringList& row : back.rows.mid(1)) {
            const QString& id = row.at(0);
            if (m_scenario.verified.contains(id))
                QCOMPARE(row.mid(1), (QStringList{u"verified"_s, m_scenario.firmwareTo, {}}));
            else if (m_scenario.mismatch.contains(id))
                QCOMPARE(row.mid(1), (QStringList{u"mismatch"_s, m_scenario.newerFirmware, {}}));
            else
                QCOMPARE(row.mid(1),
                         (QStringList{u"not-reported"_s, {}, u"Device did not respond"_s}));
        }
    }

    void textNamesTheMismatches()
    {
        const Run r = fotactl({u"campaign"_s, u"verify"_s, m_scenario.campaignId});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QString text = QString::fromUtf8(r.out);
        for (const QString& id : std::as_const(m_scenario.mismatch))
            QVERIFY2(text.contains(id), qPrintable(text));
        QVERIFY2(text.contains(
                     u"Reports %1, not %2"_s.arg(m_scenario.newerFirmware, m_scenario.firmwareTo)),
                 qPrintable(text));
        QVERIFY(text.contains(m_scenario.unreachable.first()));
        QVERIFY(text.contains(
            u"Result: %1 of 12 devices are not verified"_s.arg(m_scenario.mismatch.size() + 1)));
    }

    void allVerifiedIsExit0()
    {
        QString error;
        const QString id = VerifyScenario::upgradedCampaign(*m_admin, 7, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        const Run r = fotactl({u"campaign"_s, u"verify"_s, id, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"counts"_s).toObject().value(u"verified"_s).toInt(), 7);
        QVERIFY(r.json().value(u"notVerifiedDevices"_s).toArray().isEmpty());
        const Run text = fotactl({u"campaign"_s, u"verify"_s, id});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY(text.out.contains("Result: all 7 device(s) run"));
    }

    void failuresHaveTheirExitCodes()
    {
        const Run network = fotactl({u"campaign"_s, u"verify"_s, m_scenario.campaignId,
                                     u"--base-url"_s, u"http://127.0.0.1:9/api"_s, u"--account"_s,
                                     Account, u"--timeout"_s, u"5"_s, u"--json"_s},
                                    false);
        QVERIFY2(network.exitCode == 3, qPrintable(network.describe()));
        QCOMPARE(network.json().value(u"error"_s).toObject().value(u"kind"_s).toString(),
                 u"network"_s);
        const Run unknown = fotactl({u"campaign"_s, u"verify"_s, u"no-such-campaign"_s});
        QVERIFY2(unknown.exitCode == 1, qPrintable(unknown.describe()));
        QVERIFY2(fotactl({u"campaign"_s, u"verify"_s}).exitCode == 2, "no campaign id");
        const Run badCsv = fotactl({u"campaign"_s, u"verify"_s, m_scenario.campaignId, u"--csv"_s,
                                    m_files.path(u"no/such/dir/x.csv"_s)});
        QVERIFY2(badCsv.exitCode == 2, qPrintable(badCsv.describe()));
    }
};

QTEST_GUILESS_MAIN(FotactlVerifyTest)
#include "FotactlVerifyTest.moc"
