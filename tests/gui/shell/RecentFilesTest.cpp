// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The recent device lists: newest first, deduplicated (the same file by another
// spelling counts once), capped, kept across restarts, gone files pruned; and
// the File ▸ Recent device lists menu over them (RecentFilesMenu).

#include "gui/shell/RecentFiles.h"

#include "gui/shell/RecentFilesMenu.h"
#include "store/AppSettings.h"
#include "support/TestFiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::TestFiles;

class RecentFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirstDedupedAndCapped_data()
    {
        QTest::addColumn<QStringList>("added"); // file names, in the order they are opened
        QTest::addColumn<int>("maximum");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("newest first")
            << QStringList{u"a"_s, u"b"_s, u"c"_s} << 8 << QStringList{u"c"_s, u"b"_s, u"a"_s};
        QTest::newRow("again moves to the top") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"a"_s} << 8
                                                << QStringList{u"a"_s, u"c"_s, u"b"_s};
        QTest::newRow("same file twice in a row")
            << QStringList{u"a"_s, u"a"_s} << 8 << QStringList{u"a"_s};
        QTest::newRow("other spelling of the same file")
            << QStringList{u"a"_s, u"./sub/../a"_s, u"b"_s} << 8 << QStringList{u"b"_s, u"a"_s};
        QTest::newRow("capped: the oldest go")
            << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s} << 3
            << QStringList{u"e"_s, u"d"_s, u"c"_s};
        QTest::newRow("capped after a move") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"a"_s, u"d"_s}
                                             << 3 << QStringList{u"d"_s, u"a"_s, u"c"_s};
    }

    void newestFirstDedupedAndCapped()
    {
        QFETCH(QStringList, added);
        QFETCH(int, maximum);
        QFETCH(QStringList, expected);
        TestFiles files;
        QDir(files.path({})).mkpath(u"sub"_s);
        AppSettings settings(files.path(u"s.ini"_s));
        RecentFiles recent(settings, u"deviceLists"_s, maximum);
        QSignalSpy changed(&recent, &RecentFiles::changed);
        for (const QString& name : std::as_const(added)) {
            const QString clean = QDir::cleanPath(name);
            if (!QFile::exists(files.path(clean)))
                files.write(clean, "356938035643809\n");
            recent.add(files.path(name));
        }
        QStringList expectedPaths;
        for (const QString& name : std::as_const(expected))
            expectedPaths << RecentFiles::normalized(files.path(name));
        QCOMPARE(recent.files(), expectedPaths);
        QVERIFY(changed.count() >= 1);

        // Kept across a restart.
        RecentFiles again(settings, u"deviceLists"_s, maximum);
        QCOMPARE(again.files(), expectedPaths);
    }

    void symlinkCountsOnce()
    {
        TestFiles files;
        const QString real = files.write(u"devices.csv"_s, "356938035643809\n");
        const QString link = files.path(u"link.csv"_s);
        QVERIFY(QFile::link(real, link));
        AppSettings settings(files.path(u"s.ini"_s));
        RecentFiles recent(settings);
        recent.add(real);
        recent.add(link);
        QCOMPARE(recent.files().size(), 1);
    }

    void prunesFilesThatAreGoneAndClears()
    {
        TestFiles files;
        const QString kept = files.write(u"kept.csv"_s, "x\n");
        const QString gone = files.write(u"gone.csv"_s, "x\n");
        AppSettings settings(files.path(u"s.ini"_s));
        RecentFiles recent(settings);
        recent.add(kept);
        recent.add(gone);
        QVERIFY(QFile::remove(gone));
        QVERIFY(recent.prune());
        QCOMPARE(recent.files(), QStringList{RecentFiles::normalized(kept)});
        QVERIFY(!recent.prune());
        recent.clear();
        QVERIFY(recent.files().isEmpty());
        QVERIFY(RecentFiles(settings).files().isEmpty());
    }

    void menuListsTheFilesAndOpensThem()
    {
        TestFiles files;
        const QString first = files.write(u"depot 7 & co.csv"_s, "x\n");
        const QString second = files.write(u"second.txt"_s, "x\n");
        AppSettings settings(files.path(u"s.ini"_s));
        RecentFiles recent(settings);
        RecentFilesMenu menu(recent);
        QVERIFY(!menu.menuAction()->isEnabled()); // empty list
        recent.add(first);
        recent.add(second);
        QVERIFY(menu.menuAction()->isEnabled());
        const auto actions = menu.fileActions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0)->text(), u"&1 second.txt"_s);
        QCOMPARE(actions.at(1)->text(), u"&2 depot 7 && co.csv"_s);
        QCOMPARE(actions.at(1)->toolTip(),
                 QDir::toNativeSeparators(RecentFiles::normalized(first)));

        QSignalSpy chosen(&menu, &RecentFilesMenu::fileChosen);
        actions.at(1)->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), RecentFiles::normalized(first));

        auto* clearAction = menu.findChild<QAction*>(u"clearRecentFiles"_s);
        QVERIFY(clearAction);
        clearAction->trigger();
        QVERIFY(recent.files().isEmpty());
        QVERIFY(menu.fileActions().isEmpty());
        QVERIFY(!menu.menuAction()->isEnabled());
    }
};

QTEST_MAIN(RecentFilesTest)
#include "RecentFilesTest.moc"
