// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The campaign status panel against a real fotasim process: a synthetic
// campaign of 12,000 devices loads completely (every page, rows = totalDevice)
// and its counts per status group equal the server's (an independent raw read
// of the report); the status / reason / IMEI filters show exactly the matching
// devices; attempt times are shown in site time with UTC; refreshes are kept
// as snapshots in a workspace (progress over time, "what changed since your
// last look"); a failed refresh keeps the data and says it is stale; when the
// server's answers do not fit range-parallel reading, the table is started again
// and ends with every device once; the history chart's time axis is written in the
// user's locale (DisplayFormat).

#include "gui/campaign/CampaignStatusPanel.h"

#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "core/StatusGroup.h"
#include "gui/GuiTestHarness.h"
#include "gui/campaign/CampaignStatusHistoryChart.h"
#include "gui/campaign/CampaignStatusLoader.h"
#include "gui/campaign/CampaignStatusRecorder.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "gui/common/StatusChart.h"
#include "gui/devices/DeviceTableActions.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/AppLanguage.h"
#include "gui/shell/ConnectionState.h"
#include "models/DeviceStatusFilterModel.h"
#include "models/DeviceStatusModel.h"
#include "models/StatusGroupStyle.h"
#include "store/SnapshotStore.h"
#include "store/StatusSnapshot.h"
#include "store/Workspace.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::FotaSimProcess;
using fotadesk::test::HttpTestClient;

namespace {

constexpr auto kAccount = "0000123456-00001";
constexpr int kDevices = 12000;

struct Rig : test::ClientRig
{
    explicit Rig(const QString& baseUrl)
        : ClientRig(baseUrl)
    {
        client->setRetryPolicy(RetryPolicy::none());
        client->setRequestTimeoutMs(10000);
        context.siteZone = QTimeZone("Asia/Kolkata"); // +05:30: local and UTC always differ
    }
};

/// One device of the report as the server sent it.
struct ServerDevice
{
    QString id;
    QString status;
    QString reason;
};

/// The whole device report, read with raw HTTP (no client code involved).
QList<ServerDevice> serverReport(HttpTestClient& http, const QString& campaignId, qint64* total)
{
    QList<ServerDevice> out;
    for (const QJsonObject& d : http.deviceReport(QLatin1String(kAccount), campaignId, total))
        out.append({d[u"deviceId"_s].toString(), d[u"status"_s].toString(),
                    d[u"resultReason"_s].toString()});
    return out;
}

bool waitLoad(CampaignStatusPanel& panel, bool* ok, int timeoutMs = 120000)
{
    QSignalSpy spy(&panel, &CampaignStatusPanel::loadFinished);
    if (!panel.isLoading())
        panel.refresh();
    if (!spy.wait(timeoutMs))
        return false;
    *ok = spy.first().first().toBool();
    return true;
}

} // namespace

class CampaignStatusPanelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_campaignId;
    QList<ServerDevice> m_server;
    qint64 m_serverTotal = -1;

    void advanceSimDays(int days) { QVERIFY(m_http->advanceClock(qint64(days) * 86400)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<FotaSimProcess>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_http = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        QVERIFY(m_http->authenticate());
        // Simulated time stands still unless a test moves it: the reference read and the
        // panel's read see the same statuses.
        QVERIFY(m_http->freezeClock());
        QString failure;
        m_campaignId = m_http->syntheticCampaign(kDevices, 0.1, &failure);
        QVERIFY2(!m_campaignId.isEmpty(), qPrintable(failure));
        // The campaign runs: a mix of statuses, whatever the hour the test runs.
        QVERIFY(m_http->advanceClockToDays(3, 12));
        m_server = serverReport(*m_http, m_campaignId, &m_serverTotal);
        QCOMPARE(m_server.size(), qsizetype(kDevices));
        QCOMPARE(m_serverTotal, qint64(kDevices));
    }

    void loadsLargeCampaignCompletely()
    {
        Rig rig(m_sim->baseUrl());
        CampaignStatusPanel panel(rig.context, m_campaignId, nullptr, nullptr);
        panel.resize(1200, 800);
        QAbstractItemModelTester tester(panel.filterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&panel, &CampaignStatusPanel::loadFinished);
        QSignalSpy progress(panel.loader(), &CampaignStatusLoader::progress);
        // Refresh and Stop take turns in one place: Stop while reading, Refresh after.
        auto* refreshButton = panel.findChild<QPushButton*>(u"refreshButton"_s);
        auto* stopButton = panel.findChild<QPushButton*>(u"cancelButton"_s);
        QVERIFY(refreshButton && stopButton);
        bool stopShownWhileReading = false;
        connect(panel.loader(), &CampaignStatusLoader::progress, &panel, [&] {
            stopShownWhileReading = stopButton->isVisible() && !refreshButton->isVisible();
        });
        panel.show(); // showing the tab starts the read
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(stopShownWhileReading);
        QVERIFY(refreshButton->isVisible() && !stopButton->isVisible());

        QCOMPARE(panel.model()->rowCount(), kDevices);
        QCOMPARE(panel.serverTotal(), m_serverTotal);
        QCOMPARE(panel.filterModel()->rowCount(), kDevices);
        QVERIFY2(progress.count() >= kDevices / 1000, "progress after every page");
        // Read in IMEI ranges: each range ends with a partial page.
        QVERIFY2(panel.loader()->ranges() > 1, "the report was not read in ranges");
        QVERIFY(panel.loader()->pages() >= (kDevices + 999) / 1000);
        QVERIFY(panel.loader()->fallbackReason().isEmpty());

        // Counts per group equal the server's.
        std::array<qint64, StatusGroupStyle::GroupCount> expected{};
        for (const ServerDevice& d : std::as_const(m_server))
            ++expected[std::size_t(
                StatusGroupStyle::slot(StatusClassifier::deviceStatusGroup(d.status, d.reason)))];
        QCOMPARE(panel.model()->countsByGroup(), expected);
        QVERIFY2(expected[std::size_t(StatusGroupStyle::slot(StatusGroup::Failed))] > 0,
                 "the synthetic campaign has failures");
        QVERIFY2(expected[std::size_t(StatusGroupStyle::slot(StatusGroup::Succeeded))] > 0,
                 "and successes");
        // The chart shows the same.
        QTRY_COMPARE(panel.chart()->total(), qint64(kDevices));
        // Every device once.
        QSet<QString> ids;
        for (int row = 0; row < panel.model()->rowCount(); ++row)
            ids.insert(panel.model()->deviceIdAt(row));
        QCOMPARE(ids.size(), qsizetype(kDevices));
        for (const ServerDevice& d : std::as_const(m_server))
            QVERIFY(ids.contains(d.id));
        QVERIFY2(panel.stateText().contains(QLocale().toString(kDevices)),
                 qPrintable(panel.stateText()));

        // Sorted by IMEI in the table.
        const QModelIndex first = panel.filterModel()->index(0, DeviceStatusModel::ImeiColumn);
        const QModelIndex second = panel.filterModel()->index(1, DeviceStatusModel::ImeiColumn);
        QVERIFY(first.data().toString() < second.data().toString());

        // Attempt times in site time with UTC beside them.
        bool sawTime = false;
        for (int row = 0; row < 200 && !sawTime; ++row) {
            const QString text = panel.filterModel()
                                     ->index(row, DeviceStatusModel::RecentAttemptColumn)
                                     .data()
                                     .toString();
            if (!text.isEmpty()) {
                QVERIFY2(text.contains(u"UTC"_s), qPrintable(text));
                sawTime = true;
            }
        }
        QVERIFY(sawTime);
    }

    void filters_data()
    {
        QTest::addColumn<int>("group"); // -1: all
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("imei");

        QTest::newRow("failed") << int(StatusGroup::Failed) << QString() << QString();
        QTest::newRow("succeeded") << int(StatusGroup::Succeeded) << QString() << QString();
        QTest::newRow("pending") << int(StatusGroup::Pending) << QString() << QString();
        QTest::newRow("reason text") << -1 << u"fail"_s << QString();
        QTest::newRow("reason nothing") << -1 << u"no-such-reason-xyz"_s << QString();
        QTest::newRow("imei part") << -1 << QString() << u"7"_s;
        QTest::newRow("imei none") << -1 << QString() << u"0000000000000000"_s;
        QTest::newRow("failed+imei") << int(StatusGroup::Failed) << QString() << u"12"_s;
    }

    void filters()
    {
        QFETCH(int, group);
        QFETCH(QString, reason);
        QFETCH(QString, imei);

        Rig rig(m_sim->baseUrl());
        CampaignStatusPanel panel(rig.context, m_campaignId, nullptr, nullptr);
        bool ok = false;
        QVERIFY(waitLoad(panel, &ok));
        QVERIFY(ok);

        panel.setStatusGroupFilter(group < 0 ? QList<StatusGroup>{}
                                             : QList<StatusGroup>{StatusGroup(group)});
        panel.setReasonFilter(reason);
        panel.setImeiFilter(imei);

        int expected = 0;
        for (const ServerDevice& d : std::as_const(m_server)) {
            if (group >= 0 &&
                StatusClassifier::deviceStatusGroup(d.status, d.reason) != StatusGroup(group))
                continue;
            if (!reason.isEmpty() && !d.reason.contains(reason, Qt::CaseInsensitive) &&
                !d.status.contains(reason, Qt::CaseInsensitive))
                continue;
            if (!imei.isEmpty() && !d.id.contains(imei))
                continue;
            ++expected;
        }
        QCOMPARE(panel.filterModel()->rowCount(), expected);
        for (int row = 0; row < std::min(expected, 300); ++row) {
            const QModelIndex index = panel.filterModel()->index(row, 0);
            if (group >= 0)
                QCOMPARE(index.data(DeviceStatusModel::StatusGroupRole).toInt(), group);
            if (!imei.isEmpty())
                QVERIFY(index.data(DeviceStatusModel::DeviceIdRole).toString().contains(imei));
        }
    }

    void exportCsvExportsWhatTheTableShows()
    {
        // With a filter on, Export CSV offers the shown devices (the default) or all, and the
        // file is named after the campaign.
        Rig rig(m_sim->baseUrl());
        CampaignStatusPanel panel(rig.context, m_campaignId, nullptr, nullptr);
        bool ok = false;
        QVERIFY(waitLoad(panel, &ok));
        QVERIFY(ok);
        wire::Campaign campaign;
        campaign.id = m_campaignId;
        campaign.campaignName = u"Depot 9 meters"_s;
        panel.setCampaign(campaign);
        panel.setStatusGroupFilter({StatusGroup::Failed});
        const int shown = panel.filterModel()->rowCount();
        QVERIFY(shown > 0 && shown < kDevices);
        auto* button = panel.findChild<QPushButton*>(u"exportCsvButton"_s);
        QVERIFY(button && button->isEnabled());
        QTemporaryDir dir;
        const auto exported = [&](int choice, const QString& name) -> qsizetype {
            const QString path = dir.filePath(name);
            rig.messages.chooseAnswers.enqueue(choice);
            rig.messages.saveAnswers.enqueue(path);
            QTest::mouseClick(button, Qt::LeftButton);
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return -1;
            return f.readAll().trimmed().split('\n').size() - 1; // less the header
        };
        QCOMPARE(exported(0, u"shown.csv"_s), qsizetype(shown));
        const auto& save = rig.messages.records().last();
        QCOMPARE(save.kind, u"save"_s);
        QVERIFY2(QFileInfo(save.text).fileName().startsWith(u"Depot-9-meters-report-"_s),
                 qPrintable(save.text));
        QCOMPARE(exported(1, u"all.csv"_s), qsizetype(kDevices));
    }

    void selectionMenuAndKeys()
    {
        // Select rows by keyboard, Ctrl+C copies their IMEIs; the menu offers the rest for
        // exactly the selection.
        AppLanguage english; // the English plural forms, as fotadesk installs them
        QCOMPARE(english.install(u"en"_s), u"en"_s);
        Rig rig(m_sim->baseUrl());
        CampaignStatusPanel panel(rig.context, m_campaignId, nullptr, nullptr);
        bool ok = false;
        QVERIFY(waitLoad(panel, &ok));
        QVERIFY(ok);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QTableView* view = panel.table();
        // Time columns hold the longest en_US time with its UTC part (200 px cut it).
        const QString longest = DisplayFormat::withUtc(
            QDateTime(QDate(2026, 12, 28), QTime(12, 58), QTimeZone::utc()), rig.context.siteZone);
        QVERIFY2(view->columnWidth(DeviceStatusModel::UpdatedColumn) >
                     view->fontMetrics().horizontalAdvance(longest),
                 qPrintable(longest));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        const QStringList selected = panel.actions()->selectedDevices();
        QCOMPARE(selected.size(), 2);
        QCOMPARE(selected.first(),
                 panel.filterModel()->index(0, 0).data(DeviceStatusModel::DeviceIdRole).toString());
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), selected.join(u'\n') + u'\n');

        std::unique_ptr<QMenu> menu(panel.actions()->buildMenu(&panel));
        QStringList texts;
        for (QAction* a : menu->actions())
            texts << a->text();
        QVERIFY2(texts.contains(u"&Copy 2 IMEIs"_s), qPrintable(texts.join(u" | "_s)));
        QSignalSpy campaign(panel.actions(), &DeviceTableActions::newCampaignRequested);
        QSignalSpy remove(panel.actions(), &DeviceTableActions::removeRequested);
        for (QAction* a : menu->actions()) {
            if (a->text().contains(u"new campaign"_s) || a->text().contains(u"Remove"_s))
                a->trigger();
            if (a->text().contains(u"Look up"_s))
                QVERIFY(!a->isEnabled()); // one device at a time
        }
        QCOMPARE(campaign.size(), 1);
        QCOMPARE(campaign.first().first().toStringList(), selected);
        QCOMPARE(remove.size(), 1);
        QCOMPARE(remove.first().first().toStringList(), selected);
        QLocale::setDefault(QLocale::c()); // the other tests' locale (the CTest environment's)
    }

    void refreshKeepsSnapshotsAndChanges()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Workspace workspace(dir.filePath(u"workspace.sqlite"_s));
        QVERIFY(workspace.open().persistent());
        SnapshotStore snapshots(workspace);

        Rig rig(m_sim->baseUrl());
        {
            CampaignStatusPanel panel(rig.context, m_campaignId, &snapshots, nullptr);
            panel.resize(1200, 800);
            QSignalSpy history(&panel, &CampaignStatusPanel::historyUpdated);
            panel.show();
            bool ok = false;
            QVERIFY(waitLoad(panel, &ok));
            QVERIFY(ok);
            QTRY_VERIFY_WITH_TIMEOUT(
                !panel.recorder()->isBusy() && panel.recorder()->history().size() == 1, 30000);
            QCOMPARE(panel.recorder()->history().first().total, qint64(kDevices));
            QCOMPARE(panel.historyChart()->pointCount(), 1);

            // Time passes on the server; a refresh reads into a second model and swaps.
            advanceSimDays(2);
            qint64 total = -1;
            const QList<ServerDevice> later = serverReport(*m_http, m_campaignId, &total);
            DeviceStatusModel* before = panel.model();
            QVERIFY(waitLoad(panel, &ok));
            QVERIFY(ok);
            QVERIFY(panel.model() != before);
            QCOMPARE(panel.model()->rowCount(), kDevices);
            std::array<qint64, StatusGroupStyle::GroupCount> expected{};
            for (const ServerDevice& d : later)
                ++expected[std::size_t(StatusGroupStyle::slot(
                    StatusClassifier::deviceStatusGroup(d.status, d.reason)))];
            QCOMPARE(panel.model()->countsByGroup(), expected);

            QTRY_VERIFY_WITH_TIMEOUT(
                !panel.recorder()->isBusy() && panel.recorder()->history().size() == 2, 30000);
            QCOMPARE(panel.historyChart()->pointCount(), 2);
            const StatusChanges& changes = panel.recorder()->changes();
            QVERIFY2(changes.changed > 0, "two days later some devices moved on");
            QVERIFY2(panel.changesText().contains(QLocale().toString(changes.changed)),
                     qPrintable(panel.changesText()));
            QVERIFY(history.count() >= 2);
        }
        // The history survives: a new panel (a restart) sees both snapshots at once.
        CampaignStatusPanel again(rig.context, m_campaignId, &snapshots, nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(again.recorder()->history().size() == 2, 30000);
        QCOMPARE(snapshots.history(QString::fromLatin1(kAccount), m_campaignId).size(), 2);
    }

    void fallbackToSequentialStartsTheTableAgain()
    {
        // A server that takes only its own IMEIs as cursors: the ranges' pages start from
        // the top, the pager falls back, the loader clears the table and reads it again.
        QCOMPARE(m_http
                     ->adminPost(u"/admin/faults"_s,
                                 QJsonObject{{u"faults"_s, u"unknownCursor=restart"_s}})
                     .status,
                 200);
        Rig rig(m_sim->baseUrl());
        CampaignStatusPanel panel(rig.context, m_campaignId, nullptr, nullptr);
        QAbstractItemModelTester tester(panel.filterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy restarted(panel.loader(), &CampaignStatusLoader::restarted);
        bool ok = false;
        const bool loaded = waitLoad(panel, &ok);
        m_http->adminPost(u"/admin/faults"_s, QJsonObject{{u"faults"_s, u"none"_s}});
        QVERIFY(loaded);
        QVERIFY(ok);
        QCOMPARE(restarted.count(), 1);
        QVERIFY(!panel.loader()->fallbackReason().isEmpty());
        QCOMPARE(panel.model()->rowCount(), kDevices);
        QSet<QString> ids;
        for (int row = 0; row < panel.model()->rowCount(); ++row)
            ids.insert(panel.model()->deviceIdAt(row));
        QCOMPARE(ids.size(), qsizetype(kDevices)); // nothing twice from before the restart
        for (const ServerDevice& d : std::as_const(m_server))
            QVERIFY(ids.contains(d.id));
        MessageArea* message = panel.messageArea();
        QVERIFY(message);
        QVERIFY2(message->text().contains(u"page by page"_s), qPrintable(message->text()));
    }

    void historyChartAxisFollowsTheLocale()
    {
        const auto axisFormat = [](const CampaignStatusHistoryChart& chart) {
            const QList<QAbstractAxis*> axes = chart.chart()->axes(Qt::Horizontal);
            auto* axis = axes.size() == 1 ? qobject_cast<QDateTimeAxis*>(axes.first()) : nullptr;
            return axis ? axis->format() : QString();
        };
        // Snapshots of two days: each label has date and time (one day: times only).
        QList<StatusSnapshot> twoDays(2);
        twoDays[0].takenUtc = QDateTime(QDate(2026, 12, 5), QTime(9, 0), QTimeZone::utc());
        twoDays[1].takenUtc = twoDays[0].takenUtc.addDays(2);
        for (StatusSnapshot& snapshot : twoDays)
            snapshot.groupCounts[std::size_t(StatusGroup::Pending)] = 5;
        CampaignStatusHistoryChart plain;
        plain.setHistory(twoDays);
        QCOMPARE(axisFormat(plain), u"yyyy-MM-dd HH:mm"_s); // the tests' C locale: ISO 8601
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        CampaignStatusHistoryChart german;
        german.setHistory(twoDays);
        QLocale::setDefault(before);
        QCOMPARE(axisFormat(german), u"dd.MM.yyyy HH:mm"_s);
        QCOMPARE(german.chart()->locale().language(), QLocale::German);
    }

    // Last: stops fotasim.
    void failedRefreshKeepsData()
    {
        Rig rig(m_sim->baseUrl());
        CampaignStatusPanel panel(rig.context, m_campaignId, nullptr, nullptr);
        bool ok = false;
        QVERIFY(waitLoad(panel, &ok));
        QVERIFY(ok);
        const int rows = panel.model()->rowCount();
        QCOMPARE(rows, kDevices);

        QCOMPARE(m_sim->stop(), 0);
        QVERIFY(waitLoad(panel, &ok, 60000));
        QVERIFY(!ok);
        QCOMPARE(panel.model()->rowCount(), rows); // the last data stays
        QCOMPARE(panel.filterModel()->rowCount(), rows);
        QVERIFY2(panel.stateText().contains(u"STALE"_s), qPrintable(panel.stateText()));
        QCOMPARE(rig.connection.state(), ConnectionState::State::Offline);
    }
};

QTEST_MAIN(CampaignStatusPanelTest)
#include "CampaignStatusPanelTest.moc"
