// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Standard shortcuts of the main window (QKeySequence::StandardKey, so they
// follow the desktop's conventions): New campaign, Open, Refresh, Find, Close,
// Quit, Help contents (the user guide); Find puts the cursor in the filter of
// the page shown; the File menu has Open device list and the recent lists.

#include "gui/GuiTestHarness.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/RecentFiles.h"
#include "store/AppSettings.h"
#include "support/TestFiles.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::GuiTestHarness;

namespace {

QAction* actionNamed(const MainWindow& window, const QString& name)
{
    return window.findChild<QAction*>(name);
}

} // namespace

class MainWindowShortcutsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardKeys_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("key"); // QKeySequence::StandardKey
        // Used when the desktop has no binding for the standard key (Quit on X11's generic
        // theme and offscreen): what most Linux programs use.
        QTest::addColumn<QKeySequence>("fallback");
        const QKeySequence none;
        QTest::newRow("new campaign") << u"actionNewCampaign"_s << int(QKeySequence::New) << none;
        QTest::newRow("open") << u"actionOpenCampaign"_s << int(QKeySequence::Open) << none;
        QTest::newRow("refresh") << u"actionRefresh"_s << int(QKeySequence::Refresh) << none;
        QTest::newRow("find") << u"actionFind"_s << int(QKeySequence::Find) << none;
        QTest::newRow("close page") << u"actionClosePage"_s << int(QKeySequence::Close) << none;
        QTest::newRow("quit") << u"actionQuit"_s << int(QKeySequence::Quit)
                              << QKeySequence(Qt::CTRL | Qt::Key_Q);
        QTest::newRow("user guide")
            << u"actionUserGuide"_s << int(QKeySequence::HelpContents) << none;
        QTest::newRow("full screen")
            << u"actionFullScreen"_s << int(QKeySequence::FullScreen) << none;
    }

    void standardKeys()
    {
        QFETCH(QString, action);
        QFETCH(int, key);
        QFETCH(QKeySequence, fallback);
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        MainWindow window(h.context);
        QAction* a = actionNamed(window, action);
        QVERIFY2(a, qPrintable(action));
        const auto standard = QKeySequence::keyBindings(QKeySequence::StandardKey(key));
        QVERIFY2(!standard.isEmpty() || !fallback.isEmpty(), "no binding on this platform");
        const QKeySequence expected = standard.isEmpty() ? fallback : standard.constFirst();
        QVERIFY2(a->shortcuts().contains(expected), qPrintable(a->shortcut().toString()));
        // Shown in a menu, so that it can be found.
        QVERIFY(!a->associatedObjects().isEmpty());
    }

    void preferences()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        MainWindow window(h.context);
        QAction* settings = window.preferencesAction();
        QCOMPARE(settings->objectName(), u"actionPreferences"_s);
        QCOMPARE(settings->menuRole(), QAction::PreferencesRole);
        const auto standard = QKeySequence::keyBindings(QKeySequence::Preferences);
        // The desktop's binding when it has one, else Ctrl+, (what most Linux programs use).
        QCOMPARE(settings->shortcut(), standard.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                                          : standard.constFirst());
        QVERIFY(window.fileMenu()->actions().contains(settings));
    }

    void findFocusesThePagesFilter()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        MainWindow window(h.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        window.showPage(u"create"_s);
        QTest::keySequence(&window, QKeySequence::Find);
        auto* focused = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(focused);
        QCOMPARE(focused->objectName(), u"searchEdit"_s); // the firmware step's search
        QVERIFY(window.page(u"create"_s)->isAncestorOf(focused));

        window.showPage(u"workbench"_s); // no filter there
        QVERIFY(!window.focusFilter());
    }

    void fileMenuOpensDeviceLists()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        fotadesk::test::TestFiles files;
        AppSettings settings(files.path(u"s.ini"_s));
        RecentFiles recent(settings);
        MainWindow window(h.context);
        window.setRecentFiles(&recent);
        const auto actions = window.fileMenu()->actions();
        const qsizetype open = actions.indexOf(window.openDeviceListAction());
        QVERIFY(open >= 0);
        QCOMPARE(actions.value(open + 1)->menu()->objectName(), u"recentFilesMenu"_s);

        // Open device list… asks through the seam; cancelling opens nothing.
        window.openDeviceListAction()->trigger();
        QCOMPARE(h.messages.kinds(), QStringList{u"open"_s});
        QVERIFY(window.deviceListWindows().isEmpty());
    }
};

QTEST_MAIN(MainWindowShortcutsTest)
#include "MainWindowShortcutsTest.moc"
