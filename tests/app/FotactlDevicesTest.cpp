// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl devices check / show / list, the built program against a fotasim process. The
// check's verdicts are held against fotasim's truth: a campaign created from the accepted list
// (with fotactl) runs its whole lifecycle on a jumped clock without one device refused or
// failed for a reason the check covers, and a campaign of the refused devices fails each of
// them with the service's reason for the check's verdict.

#include "support/CsvReadBack.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTest>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString Account = u"0000123456-00001"_s;
const QString Ax100Firmware = u"ACMEModems_AX100_R2.1.0_R2.2.0"_s;

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
};

Run fotactl(const QStringList& arguments)
{
    QProcess p;
    p.setProgram(QDir(qEnvironmentVariable("FOTADESK_BIN_DIR")).filePath(u"fotactl"_s));
    p.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FOTA_CLIENT_ID"_s, u"demo-client"_s);
    env.insert(u"FOTA_CLIENT_SECRET"_s, u"demo-secret"_s);
    env.insert(u"FOTA_USERNAME"_s, u"demo"_s);
    env.insert(u"FOTA_PASSWORD"_s, u"demo"_s);
    env.remove(u"FOTA_ACCOUNT"_s);
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

QJsonObject jsonOf(const Run& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

/// The service's report reason for each refusal the check names (fotasim's join reasons).
const QHash<QString, QString>& serviceReasons()
{
    static const QHash<QString, QString> reasons{
        {u"not-in-account"_s, u"Device does not exist."_s},
        {u"other-model"_s, u"Device make/model does not match the firmware package"_s},
        {u"not-eligible"_s, u"Device is not eligible for FOTA"_s},
        {u"other-protocol"_s, u"Device protocol does not match the firmware package"_s},
        {u"no-license"_s, u"No license attached to device"_s},
        {u"already-at-target"_s, u"Device firmware does not match firmwareFrom"_s},
        {u"firmware-not-from"_s, u"Device firmware does not match firmwareFrom"_s},
    };
    return reasons;
}

} // namespace

class FotactlDevicesTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_admin;
    TestFiles m_files;
    QList<QJsonObject> m_inventory; ///< LWM2M and HTTP listings, read with the test client

    QStringList connect(QStringList args) const
    {
        args << u"--base-url"_s << m_sim->baseUrl() << u"--account"_s << Account;
        return args;
    }

    QList<QJsonObject> listing(const QString& protocol)
    {
        QList<QJsonObject> out;
        QString cursor = u"0"_s;
        for (int guard = 0; guard < 100; ++guard) {
            const QJsonObject page =
                m_admin
                    ->get(u"/fota/v3/devices/%1?protocol=%2&lastSeenDeviceId=%3"_s.arg(
                        Account, protocol, cursor))
                    .object();
            for (const QJsonValue& d : page.value(u"deviceList"_s).toArray())
                out.append(d.toObject());
            if (!page.value(u"hasMoreData"_s).toBool())
                break;
            cursor = page.value(u"lastSeenDeviceId"_s).toString();
        }
        return out;
    }

    QDate today()
    {
        const QString now =
            m_admin->adminGet(u"/admin/clock"_s).object().value(u"now"_s).toString();
        return QDateTime::fromString(now, Qt::ISODateWithMs).toUTC().date();
    }

    /// A campaign of the AX100 package with fotactl: its id.
    QString create(const QString& devicesFile, const QString& name)
    {
        const QDate start = today().addDays(1);
        const Run r = fotactl(connect(
            {u"campaign"_s, u"create"_s, u"--name"_s, name, u"--firmware"_s, Ax100Firmware,
             u"--start"_s, start.toString(Qt::ISODate), u"--end"_s,
             start.addDays(2).toString(Qt::ISODate), u"--devices"_s, devicesFile, u"--json"_s}));
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        // The campaign itself, or {"campaign": ...} when devices followed the create.
        const QJsonObject o = jsonOf(r);
        return o.contains(u"campaign"_s)
                   ? o.value(u"campaign"_s).toObject().value(u"id"_s).toString()
                   : o.value(u"id"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<FotaSimProcess>(QStringList{u"--seed"_s, u"7"_s});
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_admin = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        QVERIFY(m_admin->authenticate());
        QVERIFY(m_admin->freezeClock());
        m_inventory = listing(u"LWM2M"_s) + listing(u"HTTP"_s);
        QVERIFY(m_inventory.size() > 15000);
    }

    void checkAgreesWithTheServiceThroughACampaignLifecycle()
    {
        // Every AX100 of the account (with its variety), some AX200s, IMEIs the account
        // does not have.
        QStringList ids;
        int ax200 = 0;
        for (const QJsonObject& d : std::as_const(m_inventory)) {
            const QString model = d.value(u"model"_s).toString();
            if (model == u"AX100"_s || (model == u"AX200"_s && ax200++ < 5))
                ids.append(d.value(u"deviceId"_s).toString());
        }
        ids << u"012345678901237"_s << u"353456789012348"_s;
        const QString file = m_files.write(u"fleet.txt"_s, ids.join(u'\n').toUtf8());
        const QString accepted = m_files.path(u"accepted.txt"_s);
        const QString refused = m_files.path(u"refused.csv"_s);

        const Run check = fotactl(
            connect({u"devices"_s, u"check"_s, file, u"--firmware"_s, Ax100Firmware, u"--json"_s,
                     u"--accepted-out"_s, accepted, u"--refused-out"_s, refused}));
        QVERIFY2(check.exitCode == 1, qPrintable(check.describe()));
        const QJsonObject result = jsonOf(check);
        QCOMPARE(result.value(u"devices"_s).toInt(), ids.size());
        const QJsonObject counts = result.value(u"counts"_s).toObject();
        QCOMPARE(counts.size(), 8);
        for (auto it = counts.begin(); it != counts.end(); ++it)
            QVERIFY2(it.value().toInt() > 0, qPrintable(u"no device is %1"_s.arg(it.key())));
        QCOMPARE(counts.value(u"not-in-account"_s).toInt(), 2);
        QCOMPARE(counts.value(u"other-model"_s).toInt(), 5);
        QHash<QString, QString> verdict; // refused device -> reason code
        for (const QJsonValue& v : result.value(u"refusedDevices"_s).toArray()) {
            const QJsonObject o = v.toObject();
            verdict.insert(o.value(u"deviceId"_s).toString(), o.value(u"reason"_s).toString());
            if (o.value(u"reason"_s).toString() == u"firmware-not-from"_s)
                QVERIFY(
                    o.value(u"detail"_s).toString().contains(o.value(u"firmware"_s).toString()));
        }
        QCOMPARE(verdict.size(), result.value(u"refused"_s).toInt());
        QFile acceptedFile(accepted);
        QVERIFY(acceptedFile.open(QIODevice::ReadOnly));
        const QStringList acceptedIds =
            QString::fromUtf8(acceptedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(acceptedIds.size(), result.value(u"accepted"_s).toInt());
        QCOMPARE(acceptedIds.size() + verdict.size(), ids.size());
        QFile refusedFile(refused);
        QVERIFY(refusedFile.open(QIODevice::ReadOnly));
        const CsvReadBack refusedBack = readCsvBack(refusedFile.readAll());
        QCOMPARE(refusedBack.rows.size(), verdict.size() + 1); // with the header
        QCOMPARE(refusedBack.rows.first(), (QStringList{u"deviceId"_s, u"reason"_s, u"detail"_s}));
        for (qsizetype i = 1; i < refusedBack.rows.size(); ++i)
            QCOMPARE(refusedBack.rows.at(i).at(1), verdict.value(refusedBack.rows.at(i).at(0)));

        // Checking the accepted list again: every device will be accepted (exit 0).
        const Run again =
            fotactl(connect({u"devices"_s, u"check"_s, accepted, u"--firmware"_s, Ax100Firmware}));
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));

        // Both lists become campaigns; the lifecycle runs to its end.
        const QString acceptedCampaign = create(accepted, u"Accepted by the check"_s);
        QVERIFY(!acceptedCampaign.isEmpty());
        const QString refusedCampaign = create(refused, u"Refused by the check"_s);
        QVERIFY(!refusedCampaign.isEmpty());
        QVERIFY(m_admin->advanceClockToDays(5, 6));
        QVERIFY(m_admin->authenticate());

        QSet<QString> joinReasons(serviceReasons().cbegin(), serviceReasons().cend());
        const QList<QJsonObject> report = m_admin->deviceReport(Account, acceptedCampaign);
        QCOMPARE(report.size(), acceptedIds.size());
        int succeeded = 0;
        for (const QJsonObject& d : report) {
            const QString reason = d.value(u"resultReason"_s).toString();
            QVERIFY2(!joinReasons.contains(reason),
                     qPrintable(d.value(u"deviceId"_s).toString() + u": "_s + reason));
            succeeded += d.value(u"status"_s).toString() == u"UpgradeSuccess"_s;
        }
        QVERIFY(succeeded > acceptedIds.size() / 2);

        const QList<QJsonObject> refusedReport = m_admin->deviceReport(Account, refusedCampaign);
        QCOMPARE(refusedReport.size(), verdict.size());
        for (const QJsonObject& d : refusedReport) {
            const QString id = d.value(u"deviceId"_s).toString();
            QCOMPARE(d.value(u"status"_s).toString(), u"UpgradeFailed"_s);
            QCOMPARE(d.value(u"resultReason"_s).toString(),
                     serviceReasons().value(verdict.value(id)));
        }
    }

    void unusableFileIsExit2_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file at all
        QTest::newRow("missing file") << QByteArray();
        QTest::newRow("no IMEI in it") << QByteArray("hello\nworld\n");
        QTest::newRow("a bad line") << QByteArray("490154203237518\n49015420323751\n");
    }
    void unusableFileIsExit2()
    {
        QFETCH(QByteArray, content);
        const QString file = content.isEmpty() ? m_files.path(u"absent.txt"_s)
                                               : m_files.write(u"bad.txt"_s, content);
        const Run r = fotactl(
            connect({u"devices"_s, u"check"_s, file, u"--firmware"_s, Ax100Firmware, u"--json"_s}));
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QCOMPARE(jsonOf(r).value(u"error"_s).toObject().value(u"kind"_s).toString(), u"usage"_s);
    }

    void unknownFirmwareIsExit2()
    {
        const QString file = m_files.write(u"one.txt"_s, "490154203237518\n");
        const Run r =
            fotactl(connect({u"devices"_s, u"check"_s, file, u"--firmware"_s, u"NoSuchPackage"_s}));
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    }

    void showOneDevice()
    {
        const Run known =
            fotactl(connect({u"devices"_s, u"show"_s, u"490154203237518"_s, u"--json"_s}));
        QVERIFY2(known.exitCode == 0, qPrintable(known.describe()));
        const QJsonObject d = jsonOf(known);
        QCOMPARE(d.value(u"model"_s).toString(), u"AX100"_s);
        QVERIFY(d.value(u"fotaEligible"_s).isBool());
        QVERIFY(d.value(u"lastConnectionTime"_s).isString());
        const Run unknown = fotactl(connect({u"devices"_s, u"show"_s, u"012345678901237"_s}));
        QVERIFY2(unknown.exitCode == 1, qPrintable(unknown.describe()));
        QVERIFY(unknown.out.contains("not in this account"));
        QCOMPARE(fotactl(connect({u"devices"_s, u"show"_s, u"12345"_s})).exitCode, 2);
    }

    void listWritesEveryDeviceOfAProtocol_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("filter");
        QTest::newRow("HTTP") << u"HTTP"_s << u"HTTP"_s;
        QTest::newRow("OMADM") << u"OMADM"_s << u"OMD-DM"_s;
        QTest::newRow("OMDADM") << u"OMDADM"_s << u"OMDADM"_s;
    }
    void listWritesEveryDeviceOfAProtocol()
    {
        QFETCH(QString, option);
        QFETCH(QString, filter);
        const QString csv = m_files.path(u"list-%1.csv"_s.arg(option));
        const Run r =
            fotactl(connect({u"devices"_s, u"list"_s, u"--protocol"_s, option, u"--csv"_s, csv}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const CsvReadBack back = readCsvBack(f.readAll());
        QVERIFY(back.bom && back.crlf);
        QVERIFY(back.unsafeCells.isEmpty());
        QCOMPARE(back.rows.first().mid(0, 5), (QStringList{u"deviceId"_s, u"make"_s, u"model"_s,
                                                           u"firmware"_s, u"fotaEligible"_s}));
        const QList<QJsonObject> expected = listing(filter);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(back.rows.size() - 1, expected.size()); // and the header
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(back.rows.at(i + 1).at(0), expected.at(i).value(u"deviceId"_s).toString());
            QCOMPARE(back.rows.at(i + 1).at(3), expected.at(i).value(u"firmware"_s).toString());
        }
        QCOMPARE(fotactl(connect({u"devices"_s, u"list"_s, u"--protocol"_s, u"all"_s})).exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(FotactlDevicesTest)
#include "FotactlDevicesTest.moc"
