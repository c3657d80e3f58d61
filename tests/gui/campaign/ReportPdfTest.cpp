// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the PDF report says, read back with pdftotext (poppler-utils, scripts/packages.txt):
// for a campaign created on and read back from an in-process fotasim, with its device report
// from the server, the first page carries the campaign's parameters (name, id, firmware
// from → to, protocol, dates and windows in DisplayFormat's form, status, device counts,
// generated-at); no column is cut (a long reason is there in full, wrapped; no "…"); a column
// empty in every row is not printed. PdfTableLayout on its own: empty columns left out,
// widths within the page, short columns kept whole while a long one wraps.

#include "core/DisplayFormat.h"
#include "core/Imei.h"
#include "core/StatusGroup.h"
#include "gui/GuiTestHarness.h"
#include "gui/campaign/PdfFlow.h"
#include "gui/campaign/ReportExporter.h"
#include "gui/shell/AppLanguage.h"
#include "models/DeviceStatusModel.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::GuiTestHarness;

namespace {

const QString kLongReason =
    u"The device rejected the package because the signature chain could not be verified "
    u"against the trust anchors installed in its bootloader partition (error 0x7f3a)"_s;

/// pdftotext's text of `pdf` (pages first..last; 0: to the end), or a null string.
QString pdfText(const QString& pdf, int first = 1, int last = 0, bool layout = false)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    QStringList args{u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(first)};
    if (last > 0)
        args << u"-l"_s << QString::number(last);
    if (layout)
        args << u"-layout"_s;
    args << pdf << u"-"_s;
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Whitespace (line and column breaks) as single spaces, and the typographic ligatures the
/// PDF's font draws ("ﬁ") as the letters they stand for.
QString flat(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    text.replace(u"ﬀ"_s, u"ff"_s)
        .replace(u"ﬁ"_s, u"fi"_s)
        .replace(u"ﬂ"_s, u"fl"_s)
        .replace(u"ﬃ"_s, u"ffi"_s)
        .replace(u"ﬄ"_s, u"ffl"_s);
    return text.replace(space, u" "_s);
}

} // namespace

class ReportPdfTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AppLanguage m_english; // the English plural forms, as fotadesk installs them

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_english.install(u"en"_s), u"en"_s);
        QLocale::setDefault(QLocale::c()); // dates in ISO form, as the expectations below
        // To look at the pages (pdftoppm): FOTADESK_KEEP_TEST_FILES=1 keeps them.
        if (qEnvironmentVariableIsSet("FOTADESK_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
        }
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "pdftotext is missing: install poppler-utils (scripts/packages.txt)");
    }

    void campaignFromFotasim()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto fleet = h.fleet(300);
        QVERIFY(fleet.devices.size() >= 4);
        const QDate today = Clock::system().nowUtc().date();
        const auto created =
            h.createCampaign(u"Depot 7 modem refresh"_s, fleet.package, fleet.devices.mid(0, 4),
                             today.addDays(2), today.addDays(5));
        QVERIFY(created.has_value());
        const auto campaign = h.campaign(created->id);
        QVERIFY(campaign.has_value());

        // The device report as the server gives it, and two failed devices of our own: one
        // with a reason longer than any column, one with none.
        DeviceStatusModel model;
        auto* job = h.client()->campaignDevicePage(created->id, QString());
        job->setAutoDelete(false);
        std::unique_ptr<ApiJob> owner(job);
        QVERIFY(GuiTestHarness::wait(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->result().deviceList.size(), 4);
        QList<wire::DeviceStatus> devices = job->result().deviceList;
        wire::DeviceStatus failed;
        failed.deviceId = Imei::completeFrom14(35100000000001ULL).toString();
        failed.status = u"UpgradeFailed"_s;
        failed.resultReason = kLongReason;
        devices.append(failed);
        failed.deviceId = Imei::completeFrom14(35100000000002ULL).toString();
        failed.resultReason.clear();
        devices.append(failed);
        model.appendPage(devices);

        ReportExporter::Input in;
        in.campaignId = created->id;
        in.campaign = *campaign;
        in.accountName = campaign->accountName;
        in.environmentLabel = u"Demo"_s;
        in.devices = &model;
        in.serverTotal = 4;
        in.generatedUtc = QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc());
        in.siteZone = QTimeZone("Europe/Berlin");
        const QString path = m_dir.filePath(u"fotasim.pdf"_s);
        QString error;
        int pages = 0;
        QVERIFY2(ReportExporter::writePdf(in, path, &error, &pages), qPrintable(error));

        // The first page: what the report is about.
        const QString first = flat(pdfText(path, 1, 1));
        QVERIFY2(!first.isEmpty(), "pdftotext read nothing");
        const auto onFirst = [&](const QString& what) {
            return first.contains(what) ? QString() : u"page 1 lacks “%1”: %2"_s.arg(what, first);
        };
        const QStringList expected{
            u"Campaign parameters"_s,
            u"Depot 7 modem refresh"_s,
            created->id,
            QString(campaign->firmwareFrom + u" → "_s + campaign->firmwareTo),
            campaign->firmwareName,
            campaign->protocol,
            DisplayFormat::date(campaign->startDate),
            DisplayFormat::date(campaign->endDate),
            u"01:00–05:00 UTC"_s,
            StatusClassifier::campaignStatusLabel(campaign->status),
            u"6 devices in the report"_s,
            u"2 failed"_s,
            u"the service said the campaign has 4 devices"_s,
            u"Europe/Berlin"_s,
            u"2026-03-02 10:30 (09:30 UTC)"_s};
        for (const QString& what : expected) {
            const QString missing = onFirst(what);
            QVERIFY2(missing.isEmpty(), qPrintable(missing));
        }

        // The whole report: nothing cut, the long reason in full (wrapped), no "Last attempt"
        // column (no failed device has one).
        const QString all = flat(pdfText(path));
        QVERIFY2(all.contains(kLongReason), qPrintable(all));
        QVERIFY2(!all.contains(u"…"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"Last attempt"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Failed devices"_s), qPrintable(all));
        QVERIFY(all.contains(failed.deviceId));

        // With an attempt time on one failed device, the column is there, in the one form.
        devices.last().recentAttemptTime = Timestamp::parse(u"2026-03-01T23:30:00Z"_s);
        DeviceStatusModel withTimes;
        withTimes.appendPage(devices);
        in.devices = &withTimes;
        const QString path2 = m_dir.filePath(u"fotasim-times.pdf"_s);
        QVERIFY2(ReportExporter::writePdf(in, path2, &error, &pages), qPrintable(error));
        const QString all2 = flat(pdfText(path2));
        QVERIFY2(all2.contains(u"Last attempt"_s), qPrintable(all2));
        QVERIFY2(all2.contains(u"2026-03-02 00:30 (2026-03-01 23:30 UTC)"_s), qPrintable(all2));
        QVERIFY2(!all2.contains(u"…"_s), qPrintable(all2));
    }

    void layoutLeavesOutEmptyColumnsAndKeepsToTheWidth()
    {
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(9);
        const QFontMetricsF fm(font);
        const QList<PdfColumn> columns{
            {u"IMEI"_s}, {u"Status"_s}, {u"Reason"_s}, {u"Last attempt"_s}};
        const QList<QStringList> rows{
            {u"351000000000018"_s, u"Failed"_s, kLongReason, QString()},
            {u"351000000000026"_s, u"Failed"_s, QString(), u"  "_s},
        };
        const qreal width = 500;
        const PdfTableLayout layout = PdfTableLayout::compute(columns, rows, fm, fm, width, 4);
        QCOMPARE(layout.columns, (QList<int>{0, 1, 2}));
        QCOMPARE(layout.widths.size(), 3);
        qreal sum = 0;
        for (const qreal w : layout.widths)
            sum += w;
        QVERIFY2(qAbs(sum - width) < 0.5, qPrintable(QString::number(sum)));
        // The IMEIs and statuses keep their whole width; the reason gives way and wraps.
        QVERIFY(layout.widths[0] >= fm.horizontalAdvance(u"351000000000018"_s) + 8);
        QVERIFY(layout.widths[1] >= fm.horizontalAdvance(u"Status"_s) + 8);
        QVERIFY(layout.widths[2] < fm.horizontalAdvance(kLongReason));

        // When everything fits, every column is at least as wide as its widest text.
        const QList<QStringList> shortRows{{u"351000000000018"_s, u"Failed"_s, u"Timeout"_s,
                                            u"2026-03-02 00:30 (2026-03-01 23:30 UTC)"_s}};
        const PdfTableLayout fits = PdfTableLayout::compute(columns, shortRows, fm, fm, 1000, 4);
        QCOMPARE(fits.columns, (QList<int>{0, 1, 2, 3}));
        for (qsizetype i = 0; i < fits.columns.size(); ++i)
            QVERIFY(fits.widths[i] >= fm.horizontalAdvance(shortRows[0][fits.columns[i]]) + 8);

        // No row at all: nothing is printed.
        QVERIFY(PdfTableLayout::compute(columns, {}, fm, fm, width, 4).columns.isEmpty());
    }
};

QTEST_MAIN(ReportPdfTest)
#include "ReportPdfTest.moc"
