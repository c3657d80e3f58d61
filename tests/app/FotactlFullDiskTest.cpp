// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue 23, item 3: a file fotactl writes onto a full disk is never called complete. The real
// fotactl against a real fotasim writes `report devices --csv` (a 30,000-device campaign),
// `audit --csv` and `imei check --valid-out` onto a real, small tmpfs that already holds a
// complete older file, with too little room left for the new one: the exit code is 2, stderr
// (or the one --json document) names the file and "No space left on device", no success
// summary is printed, the older file is byte-identical and no temporary file is left behind.

#include "support/FotaSimProcess.h"
#include "support/FotactlProcess.h"
#include "support/HttpTestClient.h"
#include "support/TestFiles.h"
#include "support/TmpfsMount.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString Account = u"0000123456-00001"_s;
constexpr int CampaignDevices = 30000;

using Run = FotactlRun;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

/// What a writer left in the directory, the filler of TmpfsMount aside.
QStringList entries(const QString& dir)
{
    QStringList names =
        QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    names.removeAll(u".fill"_s);
    return names;
}

int lineCount(const QByteArray& bytes)
{
    return int(bytes.count('\n'));
}

} // namespace

class FotactlFullDiskTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_admin;
    TestFiles m_files; ///< the workspace and the input files: not on the small disk
    QString m_campaignId;
    QString m_firmware;

    Run fotactl(const QStringList& arguments) const
    {
        return runFotactl(arguments, fotactlEnvironment(m_files.path(u"workspace.sqlite"_s)));
    }

    QStringList connect(QStringList args) const
    {
        args << u"--base-url"_s << m_sim->baseUrl() << u"--account"_s << Account;
        return args;
    }

    static QString fullDiskSentence(const QString& path)
    {
        return u"Could not write %1: No space left on device. The previous file is unchanged."_s
            .arg(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_sim = std::make_unique<FotaSimProcess>(QStringList{u"--seed"_s, u"23"_s});
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_admin = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        QVERIFY(m_admin->authenticate());
        const QJsonObject c =
            m_admin->adminPost(u"/admin/campaigns/synthetic"_s, {{u"devices"_s, CampaignDevices}})
                .object();
        m_campaignId = c.value(u"id"_s).toString();
        m_firmware = c.value(u"firmwareName"_s).toString();
        QVERIFY2(!m_campaignId.isEmpty(), "fotasim made no synthetic campaign");
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_sim.reset();
    }

    void reportCsvOnAFullDisk_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("text") << false;
        QTest::newRow("--json") << true;
    }

    void reportCsvOnAFullDisk()
    {
        QFETCH(bool, json);
        TmpfsMount disk(8 * 1024 * 1024);
        QVERIFY2(disk.ok(), qPrintable(disk.error()));
        const QString csv = disk.path() + u"/r.csv"_s;

        // The older, complete report.
        const Run first = fotactl(
            connect({u"report"_s, u"devices"_s, m_campaignId, u"--csv"_s, csv, u"--json"_s}));
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        const QByteArray old = readAll(csv);
        QCOMPARE(lineCount(old), CampaignDevices + 1);

        // Room for a part of the new one: the kernel writes what fits, then says ENOSPC.
        QVERIFY2(disk.fillLeaving(256 * 1024), qPrintable(disk.error()));
        QStringList args{u"report"_s, u"devices"_s, m_campaignId, u"--csv"_s, csv};
        if (json)
            args << u"--json"_s;
        const Run r = fotactl(connect(args));
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        if (json) {
            const QJsonObject error =
                QJsonDocument::fromJson(r.out).object().value(u"error"_s).toObject();
            QVERIFY2(!error.isEmpty(), qPrintable(r.describe()));
            QCOMPARE(error.value(u"kind"_s).toString(), u"write"_s);
            QCOMPARE(error.value(u"file"_s).toString(), csv);
            QCOMPARE(error.value(u"message"_s).toString(), fullDiskSentence(csv));
            QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"exitCode"_s).toInt(), 2);
            QVERIFY2(!r.out.contains("\"devices\""), qPrintable(r.describe()));
        } else {
            QVERIFY2(QString::fromUtf8(r.err).contains(fullDiskSentence(csv)),
                     qPrintable(r.describe()));
            QVERIFY2(!r.out.contains("written to"), qPrintable(r.describe()));
        }
        QVERIFY(readAll(csv) == old); // byte for byte (QCOMPARE would print 2 MB)
        QCOMPARE(entries(disk.path()), QStringList{u"r.csv"_s});
    }

    void auditCsvOnAFullDisk()
    {
        // An audit entry to export: a campaign created with fotactl from 5 of the devices.
        QString ids;
        const QJsonObject page =
            m_admin->get(u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(Account, m_campaignId))
                .object();
        const QJsonArray list = page.value(u"deviceList"_s).toArray();
        QVERIFY(list.size() >= 5);
        for (int i = 0; i < 5; ++i)
            ids += list.at(i).toObject().value(u"deviceId"_s).toString() + u'\n';
        const QString devices = m_files.write(u"five.txt"_s, ids.toUtf8());
        const QString now =
            m_admin->adminGet(u"/admin/clock"_s).object().value(u"now"_s).toString();
        const QDate start = QDateTime::fromString(now, Qt::ISODateWithMs).toUTC().date().addDays(3);
        const Run created = fotactl(connect(
            {u"campaign"_s, u"create"_s, u"--name"_s, u"Full disk audit"_s, u"--firmware"_s,
             m_firmware, u"--start"_s, start.toString(Qt::ISODate), u"--end"_s,
             start.addDays(2).toString(Qt::ISODate), u"--devices"_s, devices, u"--json"_s}));
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));

        TmpfsMount disk(256 * 1024);
        QVERIFY2(disk.ok(), qPrintable(disk.error()));
        const QString csv = disk.path() + u"/audit.csv"_s;
        const Run first = fotactl({u"audit"_s, u"--csv"_s, csv});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        const QByteArray old = readAll(csv);
        QVERIFY2(old.contains("Full disk audit"), old.constData());

        QVERIFY2(disk.fillLeaving(0), qPrintable(disk.error()));
        const Run r = fotactl({u"audit"_s, u"--csv"_s, csv});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(fullDiskSentence(csv)),
                 qPrintable(r.describe()));
        QCOMPARE(readAll(csv), old);
        QCOMPARE(entries(disk.path()), QStringList{u"audit.csv"_s});

        const Run asJson = fotactl({u"audit"_s, u"--csv"_s, csv, u"--json"_s});
        QVERIFY2(asJson.exitCode == 2, qPrintable(asJson.describe()));
        const QJsonObject doc = QJsonDocument::fromJson(asJson.out).object();
        QCOMPARE(doc.value(u"error"_s).toObject().value(u"message"_s).toString(),
                 fullDiskSentence(csv));
        QVERIFY2(!doc.contains(u"entries"_s), qPrintable(asJson.describe()));
        QCOMPARE(readAll(csv), old);
    }

    void imeiValidOutOnAFullDisk()
    {
        // 20,000 valid IMEIs: 320,000 bytes of output, more than the disk has left.
        QByteArray input = "IMEI\n";
        for (int i = 0; i < 20000; ++i) {
            QByteArray body = QByteArray::number(35100000000000LL + i);
            int sum = 0;
            for (int k = 0; k < 14; ++k) {
                int d = body.at(13 - k) - '0';
                if (k % 2 == 0) {
                    d *= 2;
                    if (d > 9)
                        d -= 9;
                }
                sum += d;
            }
            input += body + QByteArray::number((10 - sum % 10) % 10) + '\n';
        }
        const QString in = m_files.write(u"imeis.csv"_s, input);
        TmpfsMount disk(1024 * 1024);
        QVERIFY2(disk.ok(), qPrintable(disk.error()));
        const QString valid = disk.path() + u"/valid.txt"_s;
        const Run first = fotactl({u"imei"_s, u"check"_s, in, u"--valid-out"_s, valid});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        const QByteArray old = readAll(valid);
        QCOMPARE(lineCount(old), 20000);

        QVERIFY2(disk.fillLeaving(64 * 1024), qPrintable(disk.error()));
        const Run r = fotactl({u"imei"_s, u"check"_s, in, u"--valid-out"_s, valid});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(fullDiskSentence(valid)),
                 qPrintable(r.describe()));
        QVERIFY2(!r.out.contains("Wrote"), qPrintable(r.describe()));
        QVERIFY(readAll(valid) == old);
        QCOMPARE(entries(disk.path()), QStringList{u"valid.txt"_s});

        const Run asJson =
            fotactl({u"imei"_s, u"check"_s, in, u"--valid-out"_s, valid, u"--json"_s});
        QVERIFY2(asJson.exitCode == 2, qPrintable(asJson.describe()));
        const QJsonObject error =
            QJsonDocument::fromJson(asJson.out).object().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"kind"_s).toString(), u"write"_s);
        QCOMPARE(error.value(u"code"_s).toString(), u"unwritable-output"_s);
        QCOMPARE(error.value(u"message"_s).toString(), fullDiskSentence(valid));
        QVERIFY(readAll(valid) == old);
    }

    void devicesListCsvOnAFullDisk()
    {
        TmpfsMount disk(8 * 1024 * 1024);
        QVERIFY2(disk.ok(), qPrintable(disk.error()));
        const QString csv = disk.path() + u"/inventory.csv"_s;
        const Run first = fotactl(connect({u"devices"_s, u"list"_s, u"--csv"_s, csv}));
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        const QByteArray old = readAll(csv);
        QVERIFY(lineCount(old) > CampaignDevices);

        QVERIFY2(disk.fillLeaving(128 * 1024), qPrintable(disk.error()));
        const Run r = fotactl(connect({u"devices"_s, u"list"_s, u"--csv"_s, csv, u"--json"_s}));
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(u"error"_s).toObject().value(u"message"_s).toString(),
                 fullDiskSentence(csv));
        QVERIFY2(!doc.contains(u"deviceCount"_s), qPrintable(r.describe()));
        QVERIFY(readAll(csv) == old);
        QCOMPARE(entries(disk.path()), QStringList{u"inventory.csv"_s});
    }

    void licensesCsvOnAFullDiskAfterTheChange()
    {
        // The licenses change on the service before the file is written: the report is still
        // printed, but with the file's error and exit 2 — never as a clean success.
        const QJsonArray list =
            m_admin->get(u"/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(Account, m_campaignId))
                .object()
                .value(u"deviceList"_s)
                .toArray();
        QVERIFY(list.size() >= 13);
        QString ids;
        for (int i = 10; i < 13; ++i)
            ids += list.at(i).toObject().value(u"deviceId"_s).toString() + u'\n';
        const QString devices = m_files.write(u"three.txt"_s, ids.toUtf8());
        TmpfsMount disk(128 * 1024);
        QVERIFY2(disk.ok(), qPrintable(disk.error()));
        QVERIFY2(disk.fillLeaving(0), qPrintable(disk.error()));
        const QString csv = disk.path() + u"/licenses.csv"_s;
        const Run r = fotactl(connect(
            {u"licenses"_s, u"remove"_s, u"--file"_s, devices, u"--csv"_s, csv, u"--json"_s}));
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(u"counts"_s).toObject().value(u"removed"_s).toInt(), 3);
        const QJsonObject error = doc.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"kind"_s).toString(), u"write"_s);
        QCOMPARE(error.value(u"file"_s).toString(), csv);
        QCOMPARE(error.value(u"message"_s).toString(),
                 u"Could not write %1: No space left on device. No file was created. The "
                 u"licenses were changed as shown."_s.arg(csv));
        QVERIFY(entries(disk.path()).isEmpty());
    }

    void missingDirectoryIsRefusedBeforeReading()
    {
        const QString csv = m_files.path(u"no-such-dir/r.csv"_s);
        const Run r = fotactl(connect({u"report"_s, u"devices"_s, m_campaignId, u"--csv"_s, csv}));
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(
            QString::fromUtf8(r.err).contains(
                u"Could not write %1: No such file or directory. No file was created."_s.arg(csv)),
            qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(FotactlFullDiskTest)
#include "FotactlFullDiskTest.moc"
