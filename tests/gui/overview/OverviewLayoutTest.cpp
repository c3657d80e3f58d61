// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The overview as fotadesk builds it (DesktopApp): at 1920×1080 every column of the campaign
// table shows in full (no horizontal scrolling, no column narrower than what it shows) while
// the chart takes a third of the width, in English and German; the table | chart split is a
// splitter the user drags, and the next start opens with the split the user left.

#include "gui/GuiTestHarness.h"
#include "gui/overview/CampaignDeviceSummaryLoader.h"
#include "gui/overview/OverviewLoader.h"
#include "gui/overview/OverviewPage.h"
#include "gui/shell/AppLanguage.h"
#include "gui/shell/DesktopApp.h"
#include "gui/shell/MainWindow.h"
#include "models/CampaignModel.h"
#include "store/AppSettings.h"

#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <memory>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

namespace {

std::unique_ptr<DesktopApp> openApp(GuiTestHarness& harness, AppSettings& settings,
                                    const QTemporaryDir& dir, QSize fixedSize, bool remember)
{
    DesktopApp::Options options;
    options.messages = &harness.messages;
    options.rememberWindowState = remember;
    options.fixedSize = fixedSize;
    options.workspacePath = dir.filePath(u"workspace.sqlite"_s);
    return std::make_unique<DesktopApp>(*harness.client(), settings, options);
}

OverviewPage* overviewOf(DesktopApp& app)
{
    return qobject_cast<OverviewPage*>(app.window().page(u"overview"_s));
}

} // namespace

class OverviewLayoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noColumnCutAt1920_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
    }

    void noColumnCutAt1920()
    {
        QFETCH(QString, language);
        AppLanguage translation;
        QCOMPARE(translation.install(language), language);
        GuiTestHarness harness;
        QVERIFY2(harness.isRunning(), qPrintable(harness.errorString()));
        QTemporaryDir dir;
        AppSettings settings;
        auto app = openApp(harness, settings, dir, QSize(1920, 1080), false);
        OverviewPage* page = overviewOf(*app);
        QVERIFY(page);
        QSignalSpy loaded(page->loader(), &OverviewLoader::refreshFinished);
        QSignalSpy counted(page->summaryLoader(), &CampaignDeviceSummaryLoader::idle);
        app->show();
        QVERIFY(QTest::qWaitForWindowExposed(&app->window()));
        QVERIFY(loaded.count() > 0 || loaded.wait(60000));
        QVERIFY(counted.count() > 0 || counted.wait(60000));
        QCoreApplication::processEvents();

        // The chart (and the license box) take a third of the split.
        const QList<int> sizes = page->splitter()->sizes();
        QCOMPARE(sizes.size(), 2);
        const int total = sizes[0] + sizes[1];
        QVERIFY2(sizes[1] * 3 >= total - 6, qPrintable(u"%1 of %2"_s.arg(sizes[1]).arg(total)));

        // Every column shows in full, and all of them fit without scrolling.
        QTableView* table = page->table();
        QVERIFY(table->model()->rowCount() >= 10);
        const auto* asItemView = static_cast<const QAbstractItemView*>(table);
        QStringList cut;
        int sum = 0;
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            if (table->isColumnHidden(c))
                continue;
            const int wanted = std::max(asItemView->sizeHintForColumn(c),
                                        table->horizontalHeader()->sectionSizeHint(c));
            sum += table->columnWidth(c);
            if (table->columnWidth(c) < wanted)
                cut << u"%1: %2 < %3 px"_s
                           .arg(table->model()->headerData(c, Qt::Horizontal).toString())
                           .arg(table->columnWidth(c))
                           .arg(wanted);
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u", "_s)));
        QVERIFY2(table->horizontalScrollBar()->maximum() == 0,
                 qPrintable(
                     u"columns %1 px in a %2 px table"_s.arg(sum).arg(table->viewport()->width())));
        // The new columns are there.
        for (int c : {CampaignModel::DevicesColumn, CampaignModel::ProgressColumn,
                      CampaignModel::SuccessColumn})
            QVERIFY(!table->isColumnHidden(c));
        // The columns that do not fit are one menu away (the table's and the header's menu).
        QVERIFY(table->isColumnHidden(CampaignModel::ProtocolColumn));
        QMenu menu;
        page->addColumnsMenu(&menu);
        QCOMPARE(menu.actions().size(), 1);
        QMenu* columns = menu.actions().first()->menu();
        QVERIFY(columns);
        const QString protocol =
            table->model()->headerData(CampaignModel::ProtocolColumn, Qt::Horizontal).toString();
        QAction* show = nullptr;
        for (QAction* a : columns->actions())
            show = a->text() == protocol ? a : show;
        QVERIFY(show && show->isCheckable() && !show->isChecked());
        show->trigger();
        QVERIFY(!table->isColumnHidden(CampaignModel::ProtocolColumn));
        QVERIFY(table->columnWidth(CampaignModel::ProtocolColumn) >=
                table->horizontalHeader()->sectionSizeHint(CampaignModel::ProtocolColumn));
    }

    void splitIsRemembered()
    {
        GuiTestHarness harness;
        QVERIFY2(harness.isRunning(), qPrintable(harness.errorString()));
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        QList<int> dragged;
        {
            auto app = openApp(harness, settings, dir, {}, true);
            app->show();
            QVERIFY(QTest::qWaitForWindowExposed(&app->window()));
            OverviewPage* page = overviewOf(*app);
            QSplitter* splitter = page->splitter();
            const QList<int> before = splitter->sizes();
            // The user drags the handle 150 px to the left: the chart gets wider.
            QSplitterHandle* handle = splitter->handle(1);
            QWindow* window = app->window().windowHandle();
            const QPoint from = handle->mapTo(&app->window(), handle->rect().center());
            QTest::mousePress(window, Qt::LeftButton, Qt::NoModifier, from);
            QTest::mouseMove(window, from - QPoint(75, 0));
            QTest::mouseMove(window, from - QPoint(150, 0));
            QTest::mouseRelease(window, Qt::LeftButton, Qt::NoModifier, from - QPoint(150, 0));
            dragged = splitter->sizes();
            QVERIFY2(dragged[1] >= before[1] + 140,
                     qPrintable(u"%1 -> %2"_s.arg(before[1]).arg(dragged[1])));
            app->saveWindowState(); // at quit
        }
        auto app = openApp(harness, settings, dir, {}, true);
        app->show();
        QVERIFY(QTest::qWaitForWindowExposed(&app->window()));
        QCoreApplication::processEvents();
        QCOMPARE(overviewOf(*app)->splitter()->sizes(), dragged);
    }
};

} // namespace fotadesk::test

QTEST_MAIN(fotadesk::test::OverviewLayoutTest)
#include "OverviewLayoutTest.moc"
