// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The overview page against a real fotasim process (demo data): it fills with
// every campaign of the account (checked against an independent read of the
// campaign history over every status), tiles and chart count what the server
// has, search / status group / date filters show exactly the matching rows,
// double-click opens a campaign, license usage is shown, a watched campaign's
// status change raises a notification, and when fotasim is stopped the last
// data stays and is marked stale, with backoff on the next attempts.

#include "gui/overview/OverviewPage.h"

#include "api/CampaignHistoryPager.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"
#include "core/StatusGroup.h"
#include "gui/GuiTestHarness.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "gui/common/StatusChart.h"
#include "gui/notifications/ActivityModel.h"
#include "gui/notifications/Notifier.h"
#include "gui/overview/OverviewLoader.h"
#include "gui/overview/StatusTile.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "models/CampaignFilterModel.h"
#include "models/CampaignModel.h"
#include "store/AppSettings.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QComboBox>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::FotaSimProcess;
using fotadesk::test::HttpTestClient;

namespace {

constexpr auto kAccount = "0000123456-00001";

/// A client + context on a fotasim process.
struct Rig : test::ClientRig
{
    explicit Rig(const QString& baseUrl)
        : ClientRig(baseUrl)
    {
        // Fail fast when the server is gone (the stale test).
        client->setRetryPolicy(RetryPolicy::none());
        client->setRequestTimeoutMs(5000);
        context.siteZone = QTimeZone("Europe/Berlin");
        context.campaigns = &campaigns;
    }

    CampaignModel campaigns;
};

/// The campaigns of the account as the server lists them: raw HTTP, every status, every page.
QHash<QString, QJsonObject> serverCampaigns(HttpTestClient& http)
{
    QHash<QString, QJsonObject> out;
    for (const QString& status : CampaignHistoryPager::knownStatuses()) {
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            QString path = u"/fota/v3/reports/%1/firmware/campaigns?campaignStatus=%2"_s.arg(
                QLatin1String(kAccount), status);
            if (!cursor.isEmpty())
                path += u"&lastSeenCampaignId="_s + cursor;
            const auto r = http.get(path);
            if (r.status != 200)
                return {};
            const QJsonObject o = r.object();
            for (const QJsonValue& v : o.value(u"campaignList"_s).toArray())
                out.insert(v[u"id"_s].toString(), v.toObject());
            if (!o.value(u"hasMoreData"_s).toBool())
                break;
            cursor = o.value(u"lastSeenCampaignId"_s).toString();
        }
    }
    return out;
}

bool waitRefresh(OverviewLoader* loader, bool* ok = nullptr, int timeoutMs = 60000)
{
    QSignalSpy spy(loader, &OverviewLoader::refreshFinished);
    if (!loader->isRefreshing())
        loader->refresh();
    if (!spy.wait(timeoutMs))
        return false;
    if (ok)
        *ok = spy.first().first().toBool();
    return true;
}

} // namespace

class OverviewPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_http;
    QHash<QString, QJsonObject> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<FotaSimProcess>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_http = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        QVERIFY(m_http->authenticate());
        // Simulated time stands still: campaigns change status only when a test says so.
        QVERIFY(m_http->freezeClock());
        m_server = serverCampaigns(*m_http);
        QVERIFY2(m_server.size() >= 10, "the demo data has campaigns in every status");
    }

    void fillsFromDemoData()
    {
        Rig rig(m_sim->baseUrl());
        OverviewPage page(rig.context, &rig.campaigns);
        page.resize(1280, 800);
        QSignalSpy finished(page.loader(), &OverviewLoader::refreshFinished);
        page.show(); // the first show loads
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);

        // Every campaign the server lists, once, with its status.
        QCOMPARE(rig.campaigns.rowCount(), int(m_server.size()));
        for (int row = 0; row < rig.campaigns.rowCount(); ++row) {
            const wire::Campaign& c = rig.campaigns.campaignAt(row);
            QVERIFY2(m_server.contains(c.id), qPrintable(c.id));
            QCOMPARE(c.status, m_server.value(c.id).value(u"status"_s).toString());
        }
        // Tiles count per group what the server has.
        QHash<StatusGroup, int> byGroup;
        for (const QJsonObject& o : std::as_const(m_server))
            ++byGroup[StatusClassifier::campaignStatusGroup(o.value(u"status"_s).toString())];
        for (StatusGroup g : {StatusGroup::Pending, StatusGroup::InProgress, StatusGroup::Ended,
                              StatusGroup::Failed, StatusGroup::Cancelled}) {
            QVERIFY(page.tile(g));
            QCOMPARE(page.tile(g)->count(), qint64(byGroup.value(g)));
        }
        // The chart: one bar per status, adding up to all campaigns.
        QTRY_COMPARE(page.chart()->total(), qint64(m_server.size()));
        QVERIFY(page.chart()->entries().size() >= 5);

        QVERIFY2(page.updatedText().startsWith(u"Updated at"_s), qPrintable(page.updatedText()));
        QVERIFY(!page.isShowingStale());

        // License usage from the licenses report and the subscription.
        const auto licenses = m_http->get(u"/fota/v3/licenses/%1"_s.arg(QLatin1String(kAccount)));
        QCOMPARE(licenses.status, 200);
        const qint64 assigned = licenses.object().value(u"assignedLicenses"_s).toInteger();
        QVERIFY(assigned > 0);
        QVERIFY2(page.licenseText().contains(QLocale().toString(assigned)),
                 qPrintable(page.licenseText()));
        QVERIFY2(page.licenseText().contains(u"Subscription"_s), qPrintable(page.licenseText()));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("group");    // -1: all
        QTest::addColumn<int>("fromDays"); // relative to today; 9999: no date filter
        QTest::addColumn<int>("toDays");

        QTest::newRow("all") << QString() << -1 << 9999 << 9999;
        QTest::newRow("group ended") << QString() << int(StatusGroup::Ended) << 9999 << 9999;
        QTest::newRow("group pending") << QString() << int(StatusGroup::Pending) << 9999 << 9999;
        QTest::newRow("group failed") << QString() << int(StatusGroup::Failed) << 9999 << 9999;
        QTest::newRow("search R717") << u"R717"_s << -1 << 9999 << 9999;
        QTest::newRow("search two words") << u"wave 1"_s << -1 << 9999 << 9999;
        QTest::newRow("search nothing") << u"no-such-campaign-xyz"_s << -1 << 9999 << 9999;
        QTest::newRow("dates last 10 days") << QString() << -1 << -10 << 0;
        QTest::newRow("dates future") << QString() << -1 << 1 << 60;
        QTest::newRow("group+dates") << QString() << int(StatusGroup::Ended) << -40 << -5;
    }

    void filters()
    {
        QFETCH(QString, search);
        QFETCH(int, group);
        QFETCH(int, fromDays);
        QFETCH(int, toDays);

        Rig rig(m_sim->baseUrl());
        OverviewPage page(rig.context, &rig.campaigns);
        QVERIFY(waitRefresh(page.loader()));
        QCOMPARE(rig.campaigns.rowCount(), int(m_server.size()));

        page.setSearchText(search);
        page.setStatusGroupFilter(group < 0 ? QList<StatusGroup>{}
                                            : QList<StatusGroup>{StatusGroup(group)});
        const QDate today = QDate::currentDate();
        const QDate from = fromDays == 9999 ? QDate() : today.addDays(fromDays);
        const QDate to = toDays == 9999 ? QDate() : today.addDays(toDays);
        page.setDateRange(from, to);

        // Independently: which server campaigns match?
        const QStringList words = search.split(u' ', Qt::SkipEmptyParts);
        int expected = 0;
        for (const QJsonObject& o : std::as_const(m_server)) {
            const QString status = o.value(u"status"_s).toString();
            if (group >= 0 && StatusClassifier::campaignStatusGroup(status) != StatusGroup(group))
                continue;
            const QDate start = QDate::fromString(o.value(u"startDate"_s).toString(), Qt::ISODate);
            const QDate end = QDate::fromString(o.value(u"endDate"_s).toString(), Qt::ISODate);
            if (from.isValid() && end < from)
                continue;
            if (to.isValid() && start > to)
                continue;
            const QString hay = QStringList{o.value(u"campaignName"_s).toString(),
                                            o.value(u"id"_s).toString(),
                                            status,
                                            StatusClassifier::campaignStatusLabel(status),
                                            o.value(u"firmwareName"_s).toString(),
                                            o.value(u"firmwareFrom"_s).toString(),
                                            o.value(u"firmwareTo"_s).toString(),
                                            o.value(u"make"_s).toString(),
                                            o.value(u"model"_s).toString(),
                                            o.value(u"protocol"_s).toString()}
                                    .join(u' ');
            bool all = true;
            for (const QString& w : words)
                all = all && hay.contains(w, Qt::CaseInsensitive);
            if (all)
                ++expected;
        }
        QCOMPARE(page.filterModel()->rowCount(), expected);
        QCOMPARE(page.table()->model()->rowCount(), expected);
        // The chart counts what the table shows.
        QTRY_COMPARE(page.chart()->total(), qint64(expected));
        for (int row = 0; row < page.filterModel()->rowCount(); ++row) {
            const QModelIndex idx = page.filterModel()->index(row, 0);
            if (group >= 0)
                QCOMPARE(idx.data(CampaignModel::StatusGroupRole).toInt(), group);
        }
        if (group >= 0) {
            // The tile of the group is checked, the others not.
            for (StatusGroup g : {StatusGroup::Pending, StatusGroup::Ended, StatusGroup::Failed})
                QCOMPARE(page.tile(g)->isChecked(), int(g) == group);
        }
    }

    void tileClickFiltersAndDoubleClickOpens()
    {
        Rig rig(m_sim->baseUrl());
        OverviewPage page(rig.context, &rig.campaigns);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.loader()->isRefreshing() && rig.campaigns.rowCount() > 0,
                                 60000);

        StatusTile* ended = page.tile(StatusGroup::Ended);
        QTest::mouseClick(ended, Qt::LeftButton);
        QVERIFY(ended->isChecked());
        QCOMPARE(page.filterModel()->rowCount(), int(ended->count()));
        QTest::mouseClick(ended, Qt::LeftButton); // again: all
        QCOMPARE(page.filterModel()->rowCount(), rig.campaigns.rowCount());

        QSignalSpy open(&page, &OverviewPage::openCampaignRequested);
        QTableView* view = page.table();
        const QModelIndex first = view->model()->index(0, CampaignModel::NameColumn);
        const QRect rect = view->visualRect(first);
        // A real double-click: press/release, then the double-click event.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(open.count() >= 1);
        QCOMPARE(open.first().first().toString(),
                 first.data(CampaignModel::CampaignIdRole).toString());
    }

    void watchedStatusChangeNotifies()
    {
        Rig rig(m_sim->baseUrl());
        OverviewPage page(rig.context, &rig.campaigns);
        QVERIFY(waitRefresh(page.loader()));

        // A pending campaign (it can be cancelled: CampaignCancelled).
        QString id;
        for (auto it = m_server.cbegin(); it != m_server.cend() && id.isEmpty(); ++it) {
            if (it->value(u"status"_s).toString() == u"CampaignRequestPending"_s ||
                it->value(u"status"_s).toString() == u"CampaignPreScheduled"_s)
                id = it.key();
        }
        QVERIFY(!id.isEmpty());
        const QString before = rig.campaigns.campaignAt(rig.campaigns.rowOf(id)).status;

        ActivityModel activity;
        Notifier notifier(&activity, Clock::system(), u"test-account"_s, &rig.settings);
        notifier.setWatched(id, true);
        connect(page.loader(), &OverviewLoader::campaignStatusChanged, &notifier,
                [&notifier](const QString& c, const QString& a, const QString& b) {
                    notifier.campaignStatusChanged(c, a, b);
                });
        QSignalSpy notified(&notifier, &Notifier::notified);

        const auto cancelled =
            m_http->del(u"/fota/v3/campaigns/%1/%2"_s.arg(QLatin1String(kAccount), id));
        QCOMPARE(cancelled.status, 200);
        bool ok = false;
        QVERIFY(waitRefresh(page.loader(), &ok));
        QVERIFY(ok);
        const QString after = rig.campaigns.campaignAt(rig.campaigns.rowOf(id)).status;
        QVERIFY(after != before);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notifier.notificationCount(), 1);
        QCOMPARE(activity.rowCount(), 1);
        QCOMPARE(activity.entryAt(0).campaignId, id);
        QCOMPARE(activity.entryAt(0).kind, ActivityModel::Kind::StatusChange);
        QVERIFY(activity.entryAt(0).text.contains(StatusClassifier::campaignStatusLabel(after)));
        notifier.setWatched(id, false);
        m_server = serverCampaigns(*m_http); // the campaign moved: keep the reference current
    }

    // Settings ▸ Overview refresh and the page's own combo are one setting: a change from
    // either restarts the page's timer at once; 0 is off; the next page reads it.
    void refreshIntervalIsTheSetting()
    {
        Rig rig(m_sim->baseUrl());
        rig.settings.setValue(AppSettings::Key::RefreshIntervalMinutes, 10);
        OverviewPage page(rig.context, &rig.campaigns);
        auto* combo = page.findChild<QComboBox*>(u"intervalCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toInt(), 10);
        QCOMPARE(page.loader()->nextDelayMs(), 10 * 60 * 1000);

        rig.settings.setValue(AppSettings::Key::RefreshIntervalMinutes, 1); // the dialog's OK
        QCOMPARE(combo->currentData().toInt(), 1);
        QCOMPARE(page.loader()->nextDelayMs(), 60 * 1000);
        rig.settings.setValue(AppSettings::Key::RefreshIntervalMinutes, 0);
        QCOMPARE(combo->currentData().toInt(), 0);
        QCOMPARE(page.loader()->nextDelayMs(), -1); // off: no timer

        combo->setCurrentIndex(combo->findData(30)); // the page's combo
        QCOMPARE(rig.settings.refreshIntervalMinutes(), 30);
        QCOMPARE(page.loader()->nextDelayMs(), 30 * 60 * 1000);
        OverviewPage next(rig.context, &rig.campaigns);
        QCOMPARE(next.loader()->nextDelayMs(), 30 * 60 * 1000);

        // A value from an edited settings file is shown as it is, not rounded to another.
        rig.settings.setValue(AppSettings::Key::RefreshIntervalMinutes, 7);
        QCOMPARE(combo->currentData().toInt(), 7);
        QCOMPARE(page.loader()->nextDelayMs(), 7 * 60 * 1000);
        QCOMPARE(rig.settings.refreshIntervalMinutes(), 7);
    }

    // Last: stops fotasim.
    void staleWhenServerStopped()
    {
        Rig rig(m_sim->baseUrl());
        OverviewPage page(rig.context, &rig.campaigns);
        page.loader()->setIntervalMs(60 * 1000);
        bool ok = false;
        QVERIFY(waitRefresh(page.loader(), &ok));
        QVERIFY(ok);
        const int rows = rig.campaigns.rowCount();
        QVERIFY(rows > 0);
        const QDateTime updated = page.loader()->updatedUtc();
        QVERIFY(updated.isValid());
        QVERIFY(!page.isShowingStale());
        QCOMPARE(page.loader()->nextDelayMs(), 60 * 1000);

        QCOMPARE(m_sim->stop(), 0);

        QSignalSpy stale(page.loader(), &OverviewLoader::staleChanged);
        QVERIFY(waitRefresh(page.loader(), &ok, 30000));
        QVERIFY(!ok);
        QCOMPARE(stale.count(), 1);
        QVERIFY(page.loader()->isStale());
        // The last data stays, clearly marked.
        QCOMPARE(rig.campaigns.rowCount(), rows);
        QCOMPARE(page.filterModel()->rowCount(), rows);
        QVERIFY(page.isShowingStale());
        QVERIFY2(page.staleText().contains(u"STALE"_s), qPrintable(page.staleText()));
        QVERIFY2(page.staleText().contains(
                     updated.toTimeZone(rig.context.siteZone).toString(u"HH:mm:ss"_s)),
                 qPrintable(page.staleText()));
        QCOMPARE(page.loader()->updatedUtc(), updated); // "updated at" does not move
        QCOMPARE(rig.connection.state(), ConnectionState::State::Offline);
        // Backoff: twice the interval after one failure, four times after two.
        QCOMPARE(page.loader()->nextDelayMs(), 2 * 60 * 1000);
        QVERIFY(waitRefresh(page.loader(), &ok, 30000));
        QVERIFY(!ok);
        QCOMPARE(page.loader()->nextDelayMs(), 4 * 60 * 1000);
        QCOMPARE(rig.campaigns.rowCount(), rows);
    }
};

QTEST_MAIN(OverviewPageTest)
#include "OverviewPageTest.moc"
