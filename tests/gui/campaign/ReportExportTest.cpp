// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The handover report: the CSV (CsvWriter: BOM, CRLF) is one row per device in
// IMEI order, and reads back (core CsvTokenizer, then the IMEI importer) to
// exactly what the model holds — including reasons with commas, quotes and line
// breaks, formula-like text (written neutralised: '=1+1), unparseable times and
// device ids that are not IMEIs; the PDF is a real PDF
// (starts with %PDF, ends with %%EOF) with the pages the writer reported;
// a long failure list spans several pages; an unwritable path fails with a
// message naming the path and leaves no file.

#include "core/Imei.h"
#include "core/StatusGroup.h"
#include "gui/campaign/ReportExporter.h"
#include "models/DeviceStatusModel.h"
#include "support/CsvReadBack.h"
#include "support/TmpfsMount.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace fotadesk;

namespace {

wire::DeviceStatus device(const QString& id, const QString& status, const QString& reason = {},
                          const QString& recent = {})
{
    wire::DeviceStatus d;
    d.deviceId = id;
    d.status = status;
    d.resultReason = reason;
    d.updatedTime = Timestamp::parse(u"2026-03-01T10:00:00.000Z"_s);
    if (!recent.isEmpty())
        d.recentAttemptTime = Timestamp::parse(recent);
    return d;
}

/// Page objects: "/Type /Page" not followed by "s".
int countMatches(const QByteArray& pdf)
{
    static const QRegularExpression re(u"/Type\\s*/Page(?!s)"_s);
    int n = 0;
    auto it = re.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class ReportExportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ReportExporter::Input input(const DeviceStatusModel& model)
    {
        ReportExporter::Input in;
        in.campaignId = u"c-0042"_s;
        wire::Campaign c;
        c.id = in.campaignId;
        c.accountName = u"0000123456-00001"_s;
        c.campaignName = u"Depot 7 modem refresh"_s;
        c.firmwareName = u"ACMEModems_AX100_R2.1.0_R2.2.0"_s;
        c.firmwareFrom = u"R2.1.0"_s;
        c.firmwareTo = u"R2.2.0"_s;
        c.protocol = u"LWM2M"_s;
        c.make = u"ACME"_s;
        c.model = u"AX100"_s;
        c.startDate = QDate(2026, 3, 1);
        c.endDate = QDate(2026, 3, 4);
        c.timeWindows = {TimeWindow{1, 5}};
        c.status = u"CampaignScheduled"_s;
        c.autoAssignLicenseFlag = true;
        c.autoAddDevicesFlag = false;
        in.campaign = c;
        in.accountName = c.accountName;
        in.environmentLabel = u"Demo"_s;
        in.devices = &model;
        in.generatedUtc = QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc());
        in.siteZone = QTimeZone("Europe/Berlin");
        return in;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void csvRoundTrip_data()
    {
        QTest::addColumn<int>("generated"); // extra synthetic devices
        QTest::newRow("tricky rows only") << 0;
        QTest::newRow("with 5,000 devices") << 5000;
    }

    void csvRoundTrip()
    {
        QFETCH(int, generated);
        DeviceStatusModel model;
        // Out of IMEI order on purpose (range-parallel pages arrive like this).
        model.appendPage({
            device(u"356938035643809"_s, u"UpgradeSuccess"_s, {}, u"2026-03-02T01:05:00Z"_s),
            device(u"490154203237518"_s, u"UpgradeFailed"_s,
                   u"Download failed, \"checksum\" mismatch\nretry later"_s,
                   u"2026-03-02 01:45:01.608 +0000 UTC"_s),
            device(u"not-an-imei"_s, u"=cmd|' /C calc'!A0"_s, u"-1 + 2"_s),
            device(Imei::completeFrom14(35123456789012ULL).toString(), u"UpgradePending"_s, {},
                   u"yesterday-ish"_s),
            device(u"00-odd-id"_s, u"UpgradePending"_s),
            device(u"=1+1"_s, u"UpgradeFailed"_s, u"=1+1"_s),
        });
        std::uint64_t body = 36000000000001ULL;
        QList<wire::DeviceStatus> page;
        for (int i = 0; i < generated; ++i) {
            page.append(device(Imei::completeFrom14(body++).toString(),
                               i % 10 == 0 ? u"UpgradeFailed"_s : u"UpgradeSuccess"_s,
                               i % 10 == 0 ? u"Device does not exist."_s : QString()));
            if (page.size() == 1000) {
                model.appendPage(page);
                page.clear();
            }
        }
        model.appendPage(page);

        const QString path = m_dir.filePath(u"report-%1.csv"_s.arg(generated));
        QString error;
        QVERIFY2(ReportExporter::writeCsv(input(model), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const test::CsvReadBack back = test::readCsvBack(bytes);
        QVERIFY(back.bom);
        QVERIFY(back.crlf);
        QCOMPARE(back.delimiter, ',');
        QCOMPARE(back.unsafeCells, QStringList());
        const QList<QStringList>& rows = back.rows;
        QCOMPARE(rows.size(), qsizetype(model.rowCount()) + 1);
        QCOMPARE(rows.first().join(u','),
                 u"imei,status,group,reason,updatedTime,recentAttemptTime,nextAttemptTime,"
                 u"firmwareCheck,reportedFirmware,firmwareCheckReason"_s);
        // Formulas are written neutralised (and read back as they were).
        QVERIFY(bytes.contains("\r\n'=1+1,UpgradeFailed,failed,'=1+1,"));
        QVERIFY(bytes.contains("\r\nnot-an-imei,\"'=cmd|' /C calc'!A0\","));
        QVERIFY(bytes.contains(",'-1 + 2,"));

        // The model's rows in device order (IMEIs numerically, other ids last).
        QList<int> order;
        for (int r = 0; r < model.rowCount(); ++r)
            order.append(r);
        std::stable_sort(order.begin(), order.end(), [&model](int a, int b) {
            const auto x = model.imeiValueAt(a);
            const auto y = model.imeiValueAt(b);
            if ((x != 0) != (y != 0))
                return x != 0;
            if (x == 0)
                return model.deviceIdAt(a) < model.deviceIdAt(b);
            return x < y;
        });
        for (int i = 0; i < order.size(); ++i) {
            const QStringList& f = rows.at(i + 1);
            QCOMPARE(f.size(), 10);
            const wire::DeviceStatus d = model.deviceStatusAt(order.at(i));
            QCOMPARE(f.at(0), d.deviceId);
            QCOMPARE(f.at(1), d.status);
            QCOMPARE(f.at(2), StatusClassifier::groupCode(model.groupAt(order.at(i))));
            QCOMPARE(f.at(3), d.resultReason);
            QCOMPARE(f.at(4), d.updatedTime.raw);
            QCOMPARE(f.at(5), d.recentAttemptTime.raw);
            QCOMPARE(f.at(6), d.nextAttemptTime.raw);
            if (d.recentAttemptTime.isValid()) // both timestamp formats come out as ISO UTC
                QVERIFY(f.at(5).endsWith(u'Z'));
        }
        QCOMPARE(rows.at(rows.size() - 3).at(0), u"00-odd-id"_s);
        QCOMPARE(rows.at(rows.size() - 2).at(0), u"=1+1"_s);
        QCOMPARE(rows.last().at(0), u"not-an-imei"_s);
        QCOMPARE(rows.at(1).at(0), Imei::completeFrom14(35123456789012ULL).toString());
        QCOMPARE(rows.at(1).at(5), u"yesterday-ish"_s); // unparseable: as received

        // The IMEI importer finds the imei column and takes every device back: the
        // IMEIs as valid, the other ids as rejected lines with their text.
        const ImeiImportResult imported = test::importCsvBack(bytes);
        QCOMPARE(imported.error, ImeiImportError::None);
        QCOMPARE(imported.imeis.size(), qsizetype(model.rowCount()) - 3);
        for (int i = 0; i < imported.imeis.size(); ++i)
            QCOMPARE(imported.imeis.at(i).toString(), rows.at(i + 1).at(0));
        QStringList rejected;
        for (const ImeiRejectedLine& r : imported.rejected)
            rejected.append(r.text);
        QCOMPARE(rejected, (QStringList{u"00-odd-id"_s, u"=1+1"_s, u"not-an-imei"_s}));
    }

    void pdfIsARealPdf_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("minPages");
        QTest::newRow("no failure") << 0 << 1;
        QTest::newRow("some failures") << 12 << 1;
        QTest::newRow("long failure list") << 600 << 3;
    }

    void pdfIsARealPdf()
    {
        QFETCH(int, failures);
        QFETCH(int, minPages);
        DeviceStatusModel model;
        std::uint64_t body = 35100000000001ULL;
        QList<wire::DeviceStatus> page;
        for (int i = 0; i < 2000; ++i) {
            const bool failed = i < failures;
            page.append(device(
                Imei::completeFrom14(body++).toString(),
                failed ? u"UpgradeFailed"_s
                       : (i % 3 == 0 ? u"UpgradePending"_s : u"UpgradeSuccess"_s),
                failed ? (i % 2 ? u"No license attached to device"_s : u"Device does not exist."_s)
                       : QString(),
                u"2026-03-02T01:05:00Z"_s));
        }
        model.appendPage(page);

        const QString path = m_dir.filePath(u"report-%1.pdf"_s.arg(failures));
        QString error;
        int pages = 0;
        auto in = input(model);
        in.serverTotal = 2000;
        QVERIFY2(ReportExporter::writePdf(in, path, &error, &pages), qPrintable(error));
        QVERIFY(pages >= minPages);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(countMatches(pdf), pages);
    }

    void unwritablePathFails()
    {
        DeviceStatusModel model;
        model.appendPage({device(u"356938035643809"_s, u"UpgradeSuccess"_s)});
        const QString path = m_dir.filePath(u"no-such-dir/sub/report.csv"_s);
        QString error;
        QVERIFY(!ReportExporter::writeCsv(input(model), path, &error));
        QVERIFY2(error.contains(u"no-such-dir"_s), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!ReportExporter::writePdf(input(model), m_dir.filePath(u"nope/r.pdf"_s), &error));
        QVERIFY2(error.contains(u"nope"_s), qPrintable(error));
    }

    // Issue 23: on a full disk neither export is called done, and the previous file stays.
    void fullDiskKeepsThePreviousReport()
    {
        test::TmpfsMount disk(512 * 1024);
        QVERIFY2(disk.ok(), qPrintable(disk.error()));
        DeviceStatusModel model;
        std::uint64_t body = 35100000000001ULL;
        QList<wire::DeviceStatus> page;
        for (int i = 0; i < 3000; ++i)
            page.append(device(Imei::completeFrom14(body++).toString(), u"UpgradeFailed"_s,
                               u"No license attached to device"_s));
        model.appendPage(page);
        const QString csv = disk.path() + u"/report.csv"_s;
        const QString pdf = disk.path() + u"/report.pdf"_s;
        for (const QString& path : {csv, pdf}) {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            QVERIFY(old.write("the previous report\n") > 0);
        }
        QVERIFY2(disk.fillLeaving(8 * 1024), qPrintable(disk.error()));

        const QString advice = u" Choose a folder you can write to (and check the free space), "
                               u"then export again."_s;
        QString error;
        QVERIFY(!ReportExporter::writeCsv(input(model), csv, &error));
        QCOMPARE(error, u"Could not write %1: No space left on device. The previous file is "
                        u"unchanged."_s.arg(csv) +
                            advice);
        error.clear();
        QVERIFY(!ReportExporter::writePdf(input(model), pdf, &error, nullptr));
        QCOMPARE(error, u"Could not write %1: No space left on device. The previous file is "
                        u"unchanged."_s.arg(pdf) +
                            advice);
        for (const QString& path : {csv, pdf}) {
            QFile old(path);
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), "the previous report\n"_ba);
        }
        QCOMPARE(QDir(disk.path()).entryList(QDir::Files),
                 (QStringList{u"report.csv"_s, u"report.pdf"_s}));
    }

    void suggestedFileName()
    {
        DeviceStatusModel model;
        auto in = input(model);
        in.campaignId = u"a/b c"_s;
        in.campaign.reset();
        QCOMPARE(ReportExporter::suggestedFileName(in, u"pdf"_s),
                 u"campaign-a-b-c-report-20260302-1030.pdf"_s);
        // Named as people name the campaign, not by its id.
        wire::Campaign c;
        c.id = in.campaignId;
        c.campaignName = u"Depot 7: modem refresh / Zürich"_s;
        in.campaign = c;
        QCOMPARE(ReportExporter::suggestedFileName(in, u"csv"_s),
                 u"Depot-7-modem-refresh-Zürich-report-20260302-1030.csv"_s);
    }

    void csvOfTheShownRows()
    {
        // A filtered view exports what it shows.
        DeviceStatusModel model;
        model.appendPage(
            {device(u"356938035643809"_s, u"UpgradeSuccess"_s),
             device(u"490154203237518"_s, u"UpgradeFailed"_s, u"Download failed"_s),
             device(Imei::completeFrom14(35123456789012ULL).toString(), u"UpgradePending"_s)});
        QCOMPARE(model.rowCount(), 3);
        auto in = input(model);
        in.rows = {0, 2};
        const QString path = m_dir.filePath(u"shown.csv"_s);
        QString error;
        QVERIFY2(ReportExporter::writeCsv(in, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // header and two devices
        QVERIFY(lines[1].startsWith(model.deviceStatusAt(0).deviceId.toLatin1()) ||
                lines[1].startsWith(model.deviceStatusAt(2).deviceId.toLatin1()));
    }
};

QTEST_MAIN(ReportExportTest)
#include "ReportExportTest.moc"
