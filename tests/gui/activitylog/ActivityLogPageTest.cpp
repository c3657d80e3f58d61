// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The activity log page over a real workspace: entries shown newest first, filters, CSV
// export through the message seam. (The store helper's test.)

#include "gui/activitylog/ActivityLogPage.h"

#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "gui/activitylog/AuditLogModel.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "store/AuditFilter.h"
#include "store/AuditLog.h"
#include "store/Workspace.h"
#include "support/FotaSimProcess.h"
#include "support/FotactlProcess.h"
#include "support/HttpTestClient.h"
#include "support/TestFiles.h"
#include "support/TmpfsMount.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace fotadesk;
using fotadesk::test::TmpfsMount;
using namespace Qt::StringLiterals;

class ActivityLogPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEntries();
    void filters_data();
    void filters();
    void exportsCsv();
    void detailShowsTheSelectedEntryInFull();
    void createWithRefusedDevicesIsPartlyDone();
    void datesInTheUsersLocale();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<AuditLog> m_log;
};

void ActivityLogPageTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>(m_dir->filePath(u"ws.sqlite"_s));
    QVERIFY(m_ws->open().persistent());
    m_log = std::make_unique<AuditLog>(*m_ws, u"fotadesk"_s);
    const struct
    {
        const char16_t* op;
        const char16_t* campaign;
        AuditEntry::Outcome outcome;
        const char16_t* result;
    } rows[] = {
        {u"create-campaign", u"", AuditEntry::Outcome::Success, u"Campaign c-1 created"},
        {u"add-devices", u"c-1", AuditEntry::Outcome::Partial, u"998 of 1000 devices added"},
        {u"cancel-campaign", u"c-1", AuditEntry::Outcome::Unknown, u""},
    };
    for (const auto& r : rows) {
        AuditEntry e;
        e.profile = u"demo"_s;
        e.account = u"0000123456-00001"_s;
        e.operation = QString::fromUtf16(r.op);
        e.campaignId = QString::fromUtf16(r.campaign);
        e.summary = u"summary of "_s + e.operation;
        e.deviceCount = e.operation == u"add-devices" ? 1000 : 0;
        m_log->finish(m_log->begin(e), r.outcome, QString::fromUtf16(r.result));
    }
}

void ActivityLogPageTest::cleanup()
{
    m_log.reset();
    m_ws.reset();
    m_dir.reset();
}

void ActivityLogPageTest::showsEntries()
{
    ActivityLogPage page(*m_log, nullptr);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), 3);
    auto* view = page.findChild<QTableView*>();
    QVERIFY(view);
    // Newest first in the view.
    // Operations in words (the log's own names are for fotactl audit and the filter's data).
    QCOMPARE(view->model()->index(0, AuditLogModel::OperationColumn).data().toString(),
             u"Cancel campaign"_s);
    const int addDevices = page.operationCombo()->findData(u"add-devices"_s);
    QVERIFY(addDevices > 0);
    QCOMPARE(page.operationCombo()->itemText(addDevices), u"Add devices"_s);
    QCOMPARE(AuditLogModel::operationLabel(u"future-operation"_s), u"future-operation"_s);
    QCOMPARE(view->model()->index(0, AuditLogModel::OutcomeColumn).data().toString(),
             AuditLogModel::outcomeLabel(AuditEntry::Outcome::Unknown));
    // A new entry shows after a refresh.
    AuditEntry e;
    e.operation = u"change-dates"_s;
    m_log->begin(e);
    page.refresh();
    QCOMPARE(page.model()->rowCount(), 4);
}

void ActivityLogPageTest::detailShowsTheSelectedEntryInFull()
{
    // Arrow keys in the table: the entry under the cursor, every field in full, below it.
    ActivityLogPage page(*m_log, nullptr);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.table()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    QVERIFY2(page.detail()->toPlainText().contains(u"cancel-campaign"_s),
             qPrintable(page.detail()->toPlainText()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    const QString detail = page.detail()->toPlainText();
    QVERIFY2(detail.contains(u"998 of 1000 devices added"_s), qPrintable(detail));
    QVERIFY(detail.contains(u"summary of add-devices"_s));
    QVERIFY(detail.contains(u"c-1"_s));
    QVERIFY(detail.contains(u"1,000"_s) || detail.contains(u"1000"_s));
    QCOMPARE(QApplication::focusWidget(), page.table());
    // No column but the last (the request, shown in full below) cuts what it shows, also
    // after an entry with longer words came.
    AuditEntry longer;
    longer.operation = u"remove-licenses"_s;
    longer.account = u"0000123456-00001-with-a-long-suffix"_s;
    m_log->finish(m_log->begin(longer), AuditEntry::Outcome::Failed, u"a longer result text"_s);
    page.refresh();
    QTableView* view = page.table();
    for (int c = 0; c < AuditLogModel::SummaryColumn; ++c) {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QString text = view->model()->index(r, c).data().toString();
            const int needed = view->fontMetrics().horizontalAdvance(text) + 6;
            QVERIFY2(needed <= view->columnWidth(c) || view->columnWidth(c) >= 320,
                     qPrintable(u"column %1 row %2: “%3” needs %4 px, has %5"_s.arg(c).arg(r).arg(
                         text, QString::number(needed), QString::number(view->columnWidth(c)))));
        }
    }
}

void ActivityLogPageTest::datesInTheUsersLocale()
{
    // A German user (AppLanguage sets the default locale): the table, its tooltip and the
    // detail pane write the start in DisplayFormat's form, four-digit years, UTC beside it.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ActivityLogPage page(*m_log, nullptr);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.table()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    const QModelIndex first = page.table()->model()->index(0, AuditLogModel::StartedColumn);
    const QString shown = first.data().toString();
    const QString tooltip = first.data(Qt::ToolTipRole).toString();
    const QString detail = page.detail()->toPlainText();
    QLocale::setDefault(before);

    // The first row is the newest entry: the cancel.
    QDateTime started;
    for (const AuditEntry& e : page.model()->entries()) {
        if (e.operation == u"cancel-campaign"_s)
            started = e.startedUtc;
    }
    QVERIFY(started.isValid());
    const QLocale de(QLocale::German, QLocale::Germany);
    QCOMPARE(shown,
             DisplayFormat::dateTime(started.toLocalTime(), DisplayFormat::Seconds::Show, de));
    static const QRegularExpression german(uR"(^\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d$)"_s);
    QVERIFY2(german.match(shown).hasMatch(), qPrintable(shown));
    const QString withUtc = DisplayFormat::withUtc(started, QTimeZone::systemTimeZone(),
                                                   DisplayFormat::Seconds::Show, de);
    QVERIFY2(withUtc.contains(u"UTC"_s), qPrintable(withUtc));
    QVERIFY2(detail.contains(withUtc), qPrintable(detail));
    QVERIFY2(tooltip.contains(withUtc), qPrintable(tooltip));
    // Nothing of the old forms: ISO dates or two-digit years.
    QVERIFY2(!detail.contains(started.toUTC().toString(u"yyyy-MM-dd"_s)), qPrintable(detail));
    QVERIFY2(!tooltip.contains(started.toUTC().toString(u"yyyy-MM-dd"_s)), qPrintable(tooltip));
}

void ActivityLogPageTest::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("operation"); // combo index
    QTest::addColumn<int>("outcome");   // combo index
    QTest::addColumn<int>("rows");
    QTest::newRow("none") << QString() << 0 << 0 << 3;
    QTest::newRow("text") << u"998 of"_s << 0 << 0 << 1;
    QTest::newRow("operation add-devices") << QString() << 2 << 0 << 1;
    QTest::newRow("outcome success") << QString() << 0 << 1 << 1;
    QTest::newRow("no match") << u"nothing like this"_s << 0 << 0 << 0;
}

void ActivityLogPageTest::filters()
{
    QFETCH(QString, search);
    QFETCH(int, operation);
    QFETCH(int, outcome);
    QFETCH(int, rows);
    ActivityLogPage page(*m_log, nullptr);
    page.operationCombo()->setCurrentIndex(operation);
    page.outcomeCombo()->setCurrentIndex(outcome);
    page.searchEdit()->setText(search);
    page.refresh(); // the typed text refreshes after a pause; do it now
    QCOMPARE(page.model()->rowCount(), rows);
}

void ActivityLogPageTest::exportsCsv()
{
    ScriptedMessageSeam messages;
    const QString path = m_dir->filePath(u"activity.csv"_s);
    messages.saveAnswers.enqueue(path);
    ActivityLogPage page(*m_log, &messages);
    page.exportCsv();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QCOMPARE(csv.count("\r\n"), 4); // header + 3 entries
    QVERIFY(csv.contains("998 of 1000 devices added"));
    // An unwritable place is reported, not ignored.
    messages.saveAnswers.enqueue(m_dir->filePath(u"no/such/dir/a.csv"_s));
    page.exportCsv();
    QCOMPARE(messages.kinds(), QStringList({u"save"_s, u"save"_s, u"error"_s}));

    // A full disk (issue 23): the error names the file and the cause, the older export stays.
    TmpfsMount disk(128 * 1024);
    QVERIFY2(disk.ok(), qPrintable(disk.error()));
    const QString onDisk = disk.path() + u"/activity.csv"_s;
    QVERIFY(QFile::copy(path, onDisk));
    QVERIFY2(disk.fillLeaving(0), qPrintable(disk.error()));
    messages.saveAnswers.enqueue(onDisk);
    page.exportCsv();
    QCOMPARE(messages.kinds().last(), u"error"_s);
    QCOMPARE(messages.records().last().text,
             u"Could not write %1: No space left on device. The previous file is unchanged."_s.arg(
                 onDisk));
    QFile old(onDisk);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), csv);
}

// A create larger than one request whose follow-up adds are partly refused (fotactl, the
// real program, on a real fotasim, in a workspace the page then reads): the create's own row
// says "Partly done" with the counts, not "Success".
void ActivityLogPageTest::createWithRefusedDevicesIsPartlyDone()
{
    using namespace fotadesk::test;
    FotaSimProcess sim({u"--seed"_s, u"5"_s});
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient admin(sim.baseUrl());
    QVERIFY(admin.authenticate());
    const QString account = u"0000123456-00001"_s;
    const QJsonObject synthetic =
        admin.adminPost(u"/admin/campaigns/synthetic"_s, {{u"devices"_s, 5}}).object();
    const QString firmware = synthetic.value(u"firmwareName"_s).toString();
    const QStringList devices =
        admin.campaignDeviceIds(account, synthetic.value(u"id"_s).toString());
    QCOMPARE(devices.size(), 5);
    // The last two lose their licence: the follow-up request's answer refuses them.
    QCOMPARE(admin
                 .post(u"/fota/v3/licenses/%1/remove"_s.arg(account),
                       QJsonObject{{u"deviceList"_s, QJsonArray{devices[3], devices[4]}}})
                 .status,
             200);
    const QString now = admin.adminGet(u"/admin/clock"_s).object().value(u"now"_s).toString();
    const QDate start = QDateTime::fromString(now, Qt::ISODateWithMs).toUTC().date().addDays(4);

    TestFiles files;
    const QString list = files.write(u"devices.txt"_s, (devices.join(u'\n') + u'\n').toUtf8());
    const QString workspace = files.path(u"ws.sqlite"_s);
    // Three devices with the create, the other two in one follow-up request.
    const FotactlRun created =
        runFotactl({u"campaign"_s, u"create"_s, u"--name"_s, u"partly done"_s, u"--firmware"_s,
                    firmware, u"--start"_s, start.toString(Qt::ISODate), u"--end"_s,
                    start.addDays(3).toString(Qt::ISODate), u"--devices"_s, list, u"--chunk-size"_s,
                    u"3"_s, u"--json"_s, u"--base-url"_s, sim.baseUrl(), u"--account"_s, account},
                   fotactlEnvironment(workspace));
    QVERIFY2(created.exitCode == 1, qPrintable(created.describe())); // devices were refused
    const QString campaignId =
        created.json().value(u"campaign"_s).toObject().value(u"id"_s).toString();
    QVERIFY2(!campaignId.isEmpty(), qPrintable(created.describe()));
    // fotasim's truth: the three of the create, neither refused device.
    const QStringList onServer = admin.campaignDeviceIds(account, campaignId);
    QCOMPARE(QSet<QString>(onServer.cbegin(), onServer.cend()),
             (QSet<QString>{devices[0], devices[1], devices[2]}));

    Workspace ws(workspace);
    QVERIFY(ws.open().persistent());
    AuditLog log(ws, u"fotadesk"_s);
    ActivityLogPage page(log, nullptr);
    int createRow = -1;
    QAbstractItemModel* view = page.table()->model();
    for (int r = 0; r < view->rowCount(); ++r) {
        if (view->index(r, AuditLogModel::OperationColumn).data().toString() ==
            u"Create campaign"_s)
            createRow = r;
    }
    QVERIFY(createRow >= 0);
    QCOMPARE(view->index(createRow, AuditLogModel::OutcomeColumn).data().toString(),
             u"Partly done"_s);
    AuditFilter filter;
    filter.operation = u"create-campaign"_s;
    const QList<AuditEntry> creates = log.query(filter);
    QCOMPARE(creates.size(), 1);
    QCOMPARE(creates.first().outcome, AuditEntry::Outcome::Partial);
    QCOMPARE(creates.first().campaignId, campaignId);
    QVERIFY2(creates.first().result.contains(u"3 of 5 devices added, 2 refused by the server"_s),
             qPrintable(creates.first().result));
}

QTEST_MAIN(ActivityLogPageTest)
#include "ActivityLogPageTest.moc"
