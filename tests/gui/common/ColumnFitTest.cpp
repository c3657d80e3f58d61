// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ColumnFit: columns become as wide as their widest text (header or cell) when the first
// rows arrive, within the limits, and the user's own widths survive later rows.

#include "gui/common/ColumnFit.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace fotadesk;
using namespace Qt::StringLiterals;

class ColumnFitTest final : public QObject
{
    Q_OBJECT

    static QList<QStandardItem*> row(const QString& a, const QString& b)
    {
        return {new QStandardItem(a), new QStandardItem(b)};
    }

    /// ColumnFit's one-shot watchers: plain QObjects owned by the view.
    static int watchers(const QTableView& view)
    {
        int n = 0;
        for (QObject* child : view.children()) {
            if (child->metaObject() == &QObject::staticMetaObject)
                ++n;
        }
        return n;
    }

    static int textWidth(const QTableView& view, const QString& text)
    {
        return QFontMetrics(view.font()).horizontalAdvance(text);
    }

private Q_SLOTS:
    void fitsOnTheFirstRowsOnly()
    {
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({u"IMEI"_s, u"Status"_s});
        QTableView view;
        view.setModel(&model);
        view.setColumnWidth(1, 40);
        ColumnFit::onFirstRows(&view, {1});
        QCOMPARE(view.columnWidth(1), 40); // nothing to fit yet

        const QString status = u"Upgrade fehlgeschlagen (Gerät antwortet nicht)"_s;
        model.appendRow(row(u"352848110010077"_s, status));
        QVERIFY2(view.columnWidth(1) >= textWidth(view, status),
                 qPrintable(u"%1 px for %2 px of text"_s.arg(view.columnWidth(1))
                                .arg(textWidth(view, status))));

        view.setColumnWidth(1, 90); // the user narrows it
        model.appendRow(row(u"352848110026453"_s, status + status));
        QCOMPARE(view.columnWidth(1), 90); // and it stays so
    }

    void headerCountsAndLimitsHold()
    {
        QStandardItemModel model(0, 2);
        const QString header = u"Letzter Versuch (Ortszeit)"_s;
        model.setHorizontalHeaderLabels({header, u"Grund"_s});
        model.appendRow(row(u"x"_s, QString(400, u'W')));
        QTableView view;
        view.setModel(&model);
        ColumnFit::now(&view, {0, 1}, 60, 300);
        QVERIFY(view.columnWidth(0) >= textWidth(view, header)); // a short cell, long header
        QCOMPARE(view.columnWidth(1), 300);                      // at most maxWidth
        model.setItem(0, 0, new QStandardItem(u"y"_s));
        model.setHorizontalHeaderLabels({u"A"_s, u"B"_s});
        ColumnFit::now(&view, {0}, 60, 300);
        QCOMPARE(view.columnWidth(0), 60); // at least minWidth
    }

    void fitsAtOnceWhenRowsAreThereAndAfterAReset()
    {
        QStandardItemModel model(0, 1);
        const QString text = u"Aktualisiert 2026-11-26 07:45:01 MEZ"_s;
        model.appendRow(new QStandardItem(text));
        QTableView view;
        view.setModel(&model);
        view.setColumnWidth(0, 20);
        ColumnFit::onFirstRows(&view, {0, 7}); // a column that does not exist is skipped
        QVERIFY(view.columnWidth(0) >= textWidth(view, text));

        QStandardItemModel empty(0, 1);
        view.setModel(&empty);
        view.setColumnWidth(0, 20);
        ColumnFit::onFirstRows(&view, {0});
        QCOMPARE(watchers(view), 1); // waits for rows
        empty.appendRow(new QStandardItem(text));
        QVERIFY(view.columnWidth(0) >= textWidth(view, text));
        QTRY_COMPARE(watchers(view), 0); // one shot: gone after fitting
    }

    void aViewWithoutRowsOwnsItsWatcher()
    {
        QStandardItemModel model(0, 1);
        auto view = std::make_unique<QTableView>();
        view->setModel(&model);
        ColumnFit::onFirstRows(view.get(), {0});
        QCOMPARE(watchers(*view), 1);
        view.reset(); // deletes the watcher with it; rows after that reach no one
        model.appendRow(new QStandardItem(u"late"_s));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(ColumnFitTest)
#include "ColumnFitTest.moc"
