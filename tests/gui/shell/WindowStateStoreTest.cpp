// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Window geometry, splitter and table column states survive a restart
// (WindowStateStore over an AppSettings file): saved from one window, restored
// into a new one; unnamed or ambiguous widgets are left alone.

#include "gui/shell/WindowStateStore.h"

#include "gui/GuiTestHarness.h"
#include "gui/campaign/CampaignDetailPage.h"
#include "gui/shell/MainWindow.h"
#include "store/AppSettings.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fotadesk;

namespace {

/// A main window with a named splitter holding a named table of 4 columns.
struct TestWindow
{
    QMainWindow window;
    QSplitter* splitter = new QSplitter;
    QTableView* table = new QTableView;
    QStandardItemModel model{3, 4};

    TestWindow()
    {
        window.setObjectName(u"testWindow"_s);
        splitter->setObjectName(u"splitter"_s);
        table->setObjectName(u"table"_s);
        table->setModel(&model);
        splitter->addWidget(table);
        splitter->addWidget(new QWidget);
        window.setCentralWidget(splitter);
    }
};

/// The device-status table of the campaign page of `campaignId`, once the page exists.
QTableView* deviceTable(const MainWindow& window, const QString& campaignId)
{
    for (auto* page : window.findChildren<CampaignDetailPage*>()) {
        if (page->campaignId() == campaignId)
            return page->findChild<QTableView*>(u"deviceTable"_s);
    }
    return nullptr;
}

} // namespace

class WindowStateStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoresGeometrySplitterAndColumns_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QList<int>>("splitterSizes");
        QTest::addColumn<int>("column1Width");
        QTest::addColumn<bool>("column2Hidden");
        QTest::newRow("small") << QSize(640, 480) << QList<int>{200, 440} << 150 << false;
        QTest::newRow("large, a hidden column")
            << QSize(1100, 700) << QList<int>{700, 400} << 60 << true;
    }

    void restoresGeometrySplitterAndColumns()
    {
        QFETCH(QSize, size);
        QFETCH(QList<int>, splitterSizes);
        QFETCH(int, column1Width);
        QFETCH(bool, column2Hidden);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"state.ini"_s));
        {
            TestWindow w;
            w.window.resize(size);
            w.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w.window));
            w.splitter->setSizes(splitterSizes);
            splitterSizes = w.splitter->sizes(); // as laid out (handle widths taken off)
            w.table->horizontalHeader()->resizeSection(1, column1Width);
            w.table->horizontalHeader()->setSectionHidden(2, column2Hidden);
            w.table->horizontalHeader()->moveSection(3, 0);
            WindowStateStore(settings).save(w.window);
        }
        QVERIFY(WindowStateStore(settings).keys(u"testWindow"_s).contains(u"splitter/splitter"_s));

        TestWindow w; // "after a restart": a new window with its defaults
        w.window.resize(300, 200);
        QVERIFY(WindowStateStore(settings).restore(w.window));
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QCOMPARE(w.window.size(), size);
        QCOMPARE(w.splitter->sizes(), splitterSizes);
        auto* header = w.table->horizontalHeader();
        QCOMPARE(header->sectionSize(1), column1Width);
        QCOMPARE(header->isSectionHidden(2), column2Hidden);
        QCOMPARE(header->logicalIndex(0), 3);
    }

    void nothingSavedRestoresNothing()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"state.ini"_s));
        TestWindow w;
        w.window.resize(333, 222);
        QVERIFY(!WindowStateStore(settings).restore(w.window));
        QCOMPARE(w.window.size(), QSize(333, 222));
    }

    void unnamedAndAmbiguousWidgetsAreSkipped()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"state.ini"_s));
        TestWindow w;
        auto* unnamed = new QSplitter(w.splitter); // no object name
        unnamed->addWidget(new QWidget);
        auto* twinA = new QSplitter(w.splitter);
        auto* twinB = new QSplitter(w.splitter);
        twinA->setObjectName(u"twin"_s);
        twinB->setObjectName(u"twin"_s);
        WindowStateStore(settings).save(w.window);
        const QStringList keys = WindowStateStore(settings).keys(u"testWindow"_s);
        QCOMPARE(keys, (QStringList{u"geometry"_s, u"header/splitter/table"_s,
                                    u"splitter/splitter"_s, u"state"_s}));
    }

    void mainWindowNavigationSplitterSurvivesARestart()
    {
        fotadesk::test::GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"state.ini"_s));
        QList<int> before;
        {
            MainWindow window(h.context);
            window.resize(1000, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* splitter = window.findChild<QSplitter*>(u"splitter"_s);
            QVERIFY(splitter);
            splitter->setSizes({260, 740});
            before = splitter->sizes();
            WindowStateStore(settings).save(window);
        }
        // The dashboards put the first window's campaign model into the context; it is gone.
        h.context.campaigns = nullptr;
        MainWindow window(h.context);
        QVERIFY(WindowStateStore(settings).restore(window));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1000, 700));
        QCOMPARE(window.findChild<QSplitter*>(u"splitter"_s)->sizes(), before);
    }

    void followedWindowIsSavedWhenClosed()
    {
        // A device-list window (a secondary top-level) opens with the size and columns the
        // last one had when it was closed.
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"state.ini"_s));
        WindowStateStore store(settings);
        {
            TestWindow w;
            w.window.setObjectName(u"deviceListWindow"_s);
            store.follow(w.window); // nothing saved yet: stays as it is
            w.window.resize(720, 410);
            w.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w.window));
            w.table->horizontalHeader()->resizeSection(1, 99);
            QVERIFY(store.keys(u"deviceListWindow"_s).isEmpty()); // not before it closes
            QVERIFY(w.window.close());
            QVERIFY(store.keys(u"deviceListWindow"_s).contains(u"header/splitter/table"_s));
        }
        TestWindow again;
        again.window.setObjectName(u"deviceListWindow"_s);
        again.window.resize(300, 200);
        store.follow(again.window);
        again.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again.window));
        QCOMPARE(again.window.size(), QSize(720, 410));
        QCOMPARE(again.table->horizontalHeader()->sectionSize(1), 99);
    }

    void campaignPagesShareTheirColumns()
    {
        // Campaign pages open after the window was restored, one per campaign: each opens with
        // the columns the user left on the campaign pages before it, also after a restart and
        // when no campaign page was open at quit.
        fotadesk::test::GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"state.ini"_s));
        WindowStateStore store(settings);
        {
            MainWindow window(h.context);
            window.setWindowStateStore(&store);
            window.resize(1000, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.openCampaign(u"campaign-a"_s);
            QTableView* a = deviceTable(window, u"campaign-a"_s);
            QVERIFY(a);
            QVERIFY(a->horizontalHeader()->count() > 3);
            a->horizontalHeader()->resizeSection(1, 233);
            a->horizontalHeader()->setSectionHidden(2, true);
            // The reason column (logical 3) to the front, wherever it stands now.
            a->horizontalHeader()->moveSection(a->horizontalHeader()->visualIndex(3), 0);

            // Within the session: the next campaign's page opens the same way.
            window.openCampaign(u"campaign-b"_s);
            QTableView* b = deviceTable(window, u"campaign-b"_s);
            QVERIFY(b);
            QCOMPARE(b->horizontalHeader()->sectionSize(1), 233);
            QVERIFY(b->horizontalHeader()->isSectionHidden(2));

            // Two pages open: what is saved is the shown page's (b, changed last).
            b->horizontalHeader()->resizeSection(1, 177);
            window.showPage(MainWindow::campaignPageId(u"campaign-b"_s));
            QVERIFY(window.campaignPage(u"campaign-b"_s)->isVisible());
            QVERIFY(!window.campaignPage(u"campaign-a"_s)->isVisible());
            store.save(window);
            QVERIFY2(store.keys(window.objectName())
                         .contains(u"header/centralWidget/splitter/pageStack/campaign/tabs/"
                                   u"campaignStatusPanel/"
                                   u"splitter/tableHost/deviceTable"_s),
                     qPrintable(store.keys(window.objectName()).join(u", "_s)));
            // The pages closed before quitting: their state stays.
            window.removePage(MainWindow::campaignPageId(u"campaign-a"_s));
            window.removePage(MainWindow::campaignPageId(u"campaign-b"_s));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QVERIFY(!deviceTable(window, u"campaign-b"_s));
            store.save(window);
        }
        h.context.campaigns = nullptr; // the first window's, gone
        MainWindow window(h.context);
        QVERIFY(store.restore(window));
        window.setWindowStateStore(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCampaign(u"campaign-c"_s);
        QTableView* c = deviceTable(window, u"campaign-c"_s);
        QVERIFY(c);
        QCOMPARE(c->horizontalHeader()->sectionSize(1), 177);
        QVERIFY(c->horizontalHeader()->isSectionHidden(2));
        QCOMPARE(c->horizontalHeader()->logicalIndex(0), 3);
    }
};

QTEST_MAIN(WindowStateStoreTest)
#include "WindowStateStoreTest.moc"
