// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The application shell: pages and navigation, menus with standard
// shortcuts, the status bar, open campaign by id, and the campaign page hook
// for other pages' tabs.

#include "gui/shell/MainWindow.h"

#include "gui/GuiTestHarness.h"
#include "gui/campaign/CampaignDetailPage.h"
#include "gui/campaign/CampaignStatusPanel.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/devices/DeviceTableActions.h"
#include "gui/lookup/DeviceLookupPage.h"
#include "gui/overview/OverviewPage.h"
#include "gui/workbench/CampaignWorkbenchPage.h"
#include "models/CampaignModel.h"
#include "models/DeviceStatusFilterModel.h"
#include "models/DeviceStatusModel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::GuiTestHarness;
using fotadesk::test::typeInto;

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAndNavigation()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        MainWindow window(h.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.pageIds().contains(u"workbench"_s));
        QVERIFY(window.pageIds().contains(u"create"_s));
        QCOMPARE(window.currentPageId(),
                 window.pageIds().contains(u"overview"_s) ? u"overview"_s : u"workbench"_s);

        auto* extra = new QLabel(u"extra"_s);
        window.addPage(u"extra"_s, u"Extra"_s, {}, extra);
        window.showPage(u"extra"_s);
        QCOMPARE(window.currentPageId(), u"extra"_s);
        auto* nav = window.findChild<QListWidget*>(u"navigationList"_s);
        QCOMPARE(nav->currentItem()->text(), u"Extra"_s);
        nav->setCurrentRow(int(window.pageIds().indexOf(u"workbench"_s)));
        QCOMPARE(window.currentPageId(), u"workbench"_s);

        // Ctrl+N shows the create form.
        QTest::keySequence(&window, QKeySequence::New);
        QCOMPARE(window.currentPageId(), u"create"_s);
        QVERIFY(qobject_cast<CreateCampaignWizard*>(window.page(u"create"_s)));
    }

    // No page is built before the window shows: the first at the first turn of the event
    // loop, every other one when first shown (or asked for), once, in its navigation slot
    // (bench/cold_start).
    void pagesAreBuiltWhenFirstShown()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        MainWindow window(h.context);
        QStringList built;
        connect(&window, &MainWindow::pageBuilt, this,
                [&built](const QString& id, QWidget*) { built << id; });
        const QStringList ids = window.pageIds();
        for (const QString& id : ids) // not even the first: it is built once the loop turns
            QVERIFY2(!window.isPageBuilt(id), qPrintable(id));
        QVERIFY(window.findChildren<CreateCampaignWizard*>().isEmpty());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString first = window.currentPageId();
        QTRY_VERIFY(window.isPageBuilt(first));
        QVERIFY(window.page(first)->isVisible());
        QCOMPARE(built, QStringList{first});
        built.clear();

        // Ctrl+N: the form is built now, in its slot, and shown with the focus in it.
        QTest::keySequence(&window, QKeySequence::New);
        QCOMPARE(window.currentPageId(), u"create"_s);
        QCOMPARE(built, QStringList{u"create"_s});
        auto* wizard = qobject_cast<CreateCampaignWizard*>(window.page(u"create"_s));
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QVERIFY(wizard->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(window.findChildren<CreateCampaignWizard*>().size(), 1);
        QCOMPARE(window.pageIds(), ids); // navigation order unchanged

        // Asking for a page builds it without showing it; asking again returns the same one.
        QWidget* lookup = window.page(u"device-lookup"_s);
        QVERIFY(qobject_cast<DeviceLookupPage*>(lookup));
        QCOMPARE(window.page(u"device-lookup"_s), lookup);
        QCOMPARE(window.currentPageId(), u"create"_s);
        QCOMPARE(built, (QStringList{u"create"_s, u"device-lookup"_s}));
        auto* stack = window.findChild<QStackedWidget*>(u"pageStack"_s);
        QVERIFY(stack);
        QCOMPARE(stack->indexOf(lookup), int(ids.indexOf(u"device-lookup"_s)));
        QCOMPARE(stack->count(), int(ids.size()));
    }

    void menusAndStatusBar()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        MainWindow window(h.context);
        QStringList titles;
        for (QAction* a : window.menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles, (QStringList{u"&File"_s, u"&Campaign"_s, u"&View"_s, u"&Help"_s}));
        QCOMPARE(window.newCampaignAction()->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(window.openCampaignAction()->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(window.refreshAction()->shortcut(), QKeySequence(QKeySequence::Refresh));
        QVERIFY(window.findChild<QLabel*>(u"environmentLabel"_s)->text().contains(u"Demo"_s));
        QVERIFY(
            window.findChild<QLabel*>(u"accountLabel"_s)->text().contains(u"0000123456-00001"_s));
        auto* connection = window.findChild<QLabel*>(u"connectionLabel"_s);
        QVERIFY(connection->text().contains(u"Not connected yet"_s));
        h.connection.noteAnswer();
        QVERIFY(connection->text().contains(u"Connected"_s));
    }

    void openCampaignById()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto created = h.pendingCampaign(u"Shell test"_s, 1);
        QVERIFY(created.has_value());

        MainWindow window(h.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QList<CampaignDetailPage*> createdPages;
        connect(&window, &MainWindow::campaignPageCreated, this,
                [&](CampaignDetailPage* page) { createdPages << page; });
        h.messages.textAnswers.enqueue(u"  "_s + created->id + u" "_s);
        QTest::keySequence(&window, QKeySequence::Open);
        QCOMPARE(createdPages.size(), 1);
        QCOMPARE(window.currentPageId(), MainWindow::campaignPageId(created->id));
        CampaignDetailPage* page = window.campaignPage(created->id);
        QVERIFY(page);
        QVERIFY(QTest::qWaitFor([&] { return page->campaign().has_value(); }, 30000));
        QCOMPARE(page->campaign()->campaignName, u"Shell test"_s);

        // Opening it again reuses the page; the workbench lists it.
        window.openCampaign(created->id);
        QCOMPARE(createdPages.size(), 1);
        auto* workbench = qobject_cast<CampaignWorkbenchPage*>(window.page(u"workbench"_s));
        QVERIFY(workbench);
        QCOMPARE(workbench->recentCampaignIds(), QStringList{created->id});

        // Ctrl+W closes the campaign page.
        QTest::keySequence(&window, QKeySequence::Close);
        QVERIFY(!window.pageIds().contains(MainWindow::campaignPageId(created->id)));
    }

    void reportRefreshReadsTheCampaignStatusToo()
    {
        // The device-status tab's Refresh report (and Watch) also reads the campaign again, so
        // the header's status is as current as the report under it.
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto created = h.pendingCampaign(u"Header follows"_s, 2);
        QVERIFY(created.has_value());
        MainWindow window(h.context);
        window.show();
        window.openCampaign(created->id);
        CampaignDetailPage* page = window.campaignPage(created->id);
        QVERIFY(page);
        QVERIFY(QTest::qWaitFor([&] { return page->campaign().has_value(); }, 30000));
        QCOMPARE(page->campaign()->status, u"CampaignRequestPending"_s);

        // The service moves the campaign on (queued 30 s after the request).
        fotadesk::test::HttpTestClient admin(h.baseUrl());
        QVERIFY(admin.advanceClock(31));
        auto* panel = page->findChild<CampaignStatusPanel*>();
        QVERIFY(panel);
        QSignalSpy reads(panel, &CampaignStatusPanel::loadFinished);
        panel->refresh();
        QVERIFY(reads.wait(30000));
        QCOMPARE(reads.first().first().toBool(), true);
        QVERIFY2(QTest::qWaitFor(
                     [&] { return page->campaign()->status == u"CampaignRequestQueued"_s; }, 30000),
                 qPrintable(page->campaign()->status));
    }

    void typingInNewCampaignKeepsTheFocus()
    {
        // Ctrl+N puts the focus in the campaign name, and every typed letter stays there (each
        // keystroke used to move the focus to the navigation list: 'e' then opened a page).
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        MainWindow window(h.context);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.newCampaignAction()->trigger();
        auto* wizard = qobject_cast<CreateCampaignWizard*>(window.page(u"create"_s));
        QVERIFY(wizard);
        auto* nameEdit = wizard->findChild<QLineEdit*>(u"nameEdit"_s);
        QCOMPARE(QApplication::focusWidget(), nameEdit);
        QVERIFY(typeInto(nameEdit, u"Depot 7 modem refresh"_s));
        QCOMPARE(nameEdit->text(), u"Depot 7 modem refresh"_s);
        QCOMPARE(window.currentPageId(), u"create"_s);
    }

    void deviceMenuLooksUpAndStartsACampaign()
    {
        // The device table's menu reaches the rest of the window: Look up opens Device lookup
        // on that device; New campaign opens the form with the selected devices.
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto created = h.pendingCampaign(u"Menu"_s, 3);
        QVERIFY(created.has_value());
        MainWindow window(h.context);
        window.show();
        window.openCampaign(created->id);
        CampaignDetailPage* page = window.campaignPage(created->id);
        QTRY_VERIFY_WITH_TIMEOUT(page->campaign().has_value(), 30000);
        auto* panel = page->findChild<CampaignStatusPanel*>();
        QSignalSpy reads(panel, &CampaignStatusPanel::loadFinished);
        panel->refresh();
        QVERIFY(reads.wait(30000));
        const QString imei =
            panel->filterModel()->index(0, 0).data(DeviceStatusModel::DeviceIdRole).toString();
        Q_EMIT panel->actions()->lookUpRequested(imei);
        QCOMPARE(window.currentPageId(), u"device-lookup"_s);
        auto* lookup = qobject_cast<DeviceLookupPage*>(window.page(u"device-lookup"_s));
        const auto inCampaign = [&] {
            for (const auto& e : lookup->history()) {
                if (e.campaignId == created->id && e.deviceId == imei)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!lookup->isBusy() && inCampaign(), 30000);

        Q_EMIT panel->actions()->newCampaignRequested({imei});
        QCOMPARE(window.currentPageId(), u"create"_s);
        auto* wizard = qobject_cast<CreateCampaignWizard*>(window.page(u"create"_s));
        QTRY_COMPARE(wizard->form().draft.devices.size(), qsizetype(1));
        QCOMPARE(wizard->form().draft.devices.first().toString(), imei);
    }

    void cancelShowsEverywhereAtOnce()
    {
        // After Cancel, the campaign's device status and the overview show the cancelled
        // campaign without a Refresh (a cancelled campaign kept showing its pending devices).
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto created = h.pendingCampaign(u"Cancelled everywhere"_s, 2);
        QVERIFY(created.has_value());
        MainWindow window(h.context);
        window.show();
        auto* overview = qobject_cast<OverviewPage*>(window.page(u"overview"_s));
        QVERIFY(overview);
        overview->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(h.context.campaigns->rowOf(created->id) >= 0, 30000);
        window.openCampaign(created->id);
        CampaignDetailPage* page = window.campaignPage(created->id);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->campaign().has_value(), 30000);
        auto* panel = page->findChild<CampaignStatusPanel*>();
        QVERIFY(panel);
        QSignalSpy reads(panel, &CampaignStatusPanel::loadFinished);
        panel->refresh();
        QVERIFY(reads.wait(30000));
        QCOMPARE(panel->model()->count(StatusGroup::Pending), 2);

        h.messages.confirmAnswers.enqueue(true);
        QSignalSpy cancelled(page, &CampaignDetailPage::cancelFinished);
        page->cancelCampaign();
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(cancelled.first().first().toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->count(StatusGroup::Cancelled), qint64(2), 30000);
        QCOMPARE(panel->model()->count(StatusGroup::Pending), qint64(0));
        QTRY_COMPARE_WITH_TIMEOUT(
            h.context.campaigns->campaignAt(h.context.campaigns->rowOf(created->id)).status,
            u"CampaignCancelled"_s, 30000);
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
