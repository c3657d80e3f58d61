// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// KeyboardFocusStyle: a table or list that has the keyboard focus shows a frame in the
// highlight colour, and loses it when Tab moves the focus on (the plain style shows no
// difference); Tab leaves a table that selects rows instead of walking its cells.

#include "gui/common/KeyboardFocusStyle.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace fotadesk;
using namespace Qt::StringLiterals;

class KeyboardFocusStyleTest final : public QObject
{
    Q_OBJECT

    /// The colour of the view's left edge, half-way down: where the focus frame is drawn.
    static QColor edge(QWidget* view)
    {
        const QImage image = view->grab().toImage();
        return image.pixelColor(0, image.height() / 2);
    }

    static QColor highlight(QWidget* view)
    {
        return view->palette().color(QPalette::Active, QPalette::Highlight);
    }

    /// A window with a line edit, a table and a list, in that Tab order, the line edit focused.
    struct Window
    {
        QWidget widget;
        QLineEdit* edit = new QLineEdit;
        QTableView* table = new QTableView;
        QListWidget* list = new QListWidget;
        QStandardItemModel model{3, 2};

        Window()
        {
            auto* layout = new QVBoxLayout(&widget);
            layout->addWidget(edit);
            layout->addWidget(table);
            layout->addWidget(list);
            table->setModel(&model);
            table->setSelectionBehavior(QAbstractItemView::SelectRows); // as the app's reports
            list->addItems({u"Overview"_s, u"Drafts"_s});
            widget.resize(400, 400);
            widget.show();
            widget.activateWindow();
        }
    };

    bool pressTabTo(QWidget* target)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    }

private Q_SLOTS:
    void init() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }

    void aFocusedViewHasAHighlightFrame()
    {
        QApplication::setStyle(new KeyboardFocusStyle(QStyleFactory::create(u"Fusion"_s)));
        Window w;
        QVERIFY(QTest::qWaitForWindowActive(&w.widget));
        w.edit->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), w.edit);
        QCOMPARE_GE(w.table->frameWidth(), KeyboardFocusStyle::frameWidth);
        QVERIFY(edge(w.table) != highlight(w.table));

        // The keyboard's way in: Tab from the line edit.
        QVERIFY(pressTabTo(w.table));
        QTRY_COMPARE(edge(w.table), highlight(w.table));
        QVERIFY(edge(w.list) != highlight(w.list));

        // And out again: the table's frame goes, the list's comes.
        QVERIFY(pressTabTo(w.list));
        QTRY_VERIFY(edge(w.table) != highlight(w.table));
        QTRY_COMPARE(edge(w.list), highlight(w.list));
    }

    void tabLeavesARowTableButNotACellTable()
    {
        QApplication::setStyle(new KeyboardFocusStyle(QStyleFactory::create(u"Fusion"_s)));
        Window w;
        QVERIFY(QTest::qWaitForWindowActive(&w.widget));
        QVERIFY(!w.table->tabKeyNavigation());
        QStandardItemModel model(3, 3);
        QTableView cells; // a spreadsheet-like view keeps Qt's cell-to-cell Tab
        cells.setModel(&model);
        cells.show();
        QVERIFY(cells.tabKeyNavigation());
    }

    void thePlainStyleLooksTheSameWithAndWithoutFocus()
    {
        // Why the style exists: without it the two states cannot be told apart at the frame.
        Window w;
        QVERIFY(QTest::qWaitForWindowActive(&w.widget));
        w.edit->setFocus(Qt::TabFocusReason);
        const QColor unfocused = edge(w.table);
        QVERIFY(pressTabTo(w.table));
        QCOMPARE(edge(w.table), unfocused);
    }

    void unframedAndUnfocusableViewsAreLeftAlone()
    {
        QTableView frameless;
        frameless.setFrameShape(QFrame::NoFrame);
        QVERIFY(!KeyboardFocusStyle::framesFocus(&frameless));
        QTableView noFocus;
        noFocus.setFocusPolicy(Qt::NoFocus);
        QVERIFY(!KeyboardFocusStyle::framesFocus(&noFocus));
        QLineEdit edit;
        QVERIFY(!KeyboardFocusStyle::framesFocus(&edit));
        QTableView table;
        QVERIFY(KeyboardFocusStyle::framesFocus(&table));
    }
};

QTEST_MAIN(KeyboardFocusStyleTest)
#include "KeyboardFocusStyleTest.moc"
