// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The real DeviceListEditor with a 5-column CSV that has a header: every row shows its
// source line and the file's other columns, the filter box finds a site, a rejected line
// is corrected by keyboard in the table (F2, type, Enter) and becomes a valid row, Ctrl+Z
// undoes the correction, and both exports carry the lines and the other columns.

#include "gui/GuiTestHarness.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "gui/devices/DeviceListEditor.h"
#include "models/DeviceListFilterModel.h"
#include "support/CsvReadBack.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::readCsvBack;
using fotadesk::test::typeInto;

namespace {

QString imei(std::uint64_t first14)
{
    return Imei::completeFrom14(first14).toString();
}

const QString kA = imei(35693803564380ULL);
const QString kB = imei(35693803564381ULL);
const QString kC = imei(35693803564382ULL);
const QString kD = imei(35693803564383ULL); // what the rejected line is corrected to

/// The column of `view` whose header reads `name` (-1: none).
int columnNamed(const QTableView* view, const QString& name)
{
    const QAbstractItemModel* model = view->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == name)
            return c;
    }
    return -1;
}

/// The proxy row of `view` whose IMEI column reads `text` (-1: none).
int rowOf(const QTableView* view, const QString& text)
{
    const QAbstractItemModel* model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, DeviceListModel::ImeiColumn).data().toString() == text)
            return r;
    }
    return -1;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class DeviceListImportColumnsTest : public QObject
{
    Q_OBJECT

private:
    /// Corrects the first rejected line by keyboard: focus on its text in the rejected
    /// table, F2, select all, type, Enter — every key to the focused widget.
    static bool correctFirstRejected(DeviceListEditor& editor, const QString& text)
    {
        QTableView* rejected = editor.rejectedView();
        rejected->setFocus(Qt::TabFocusReason);
        if (QApplication::focusWidget() != rejected)
            return false;
        rejected->setCurrentIndex(rejected->model()->index(0, DeviceListModel::ImeiColumn));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
        auto* field = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        if (!field || !rejected->isAncestorOf(field))
            return false;
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Backspace);
        if (!field->text().isEmpty() || !typeInto(field, text))
            return false;
        // The view closes the editor and the correction reaches the list on the next
        // event-loop turns: wait until the first rejected line is no longer what it was.
        const QAbstractItemModel* lines = rejected->model();
        const int before = lines->rowCount();
        const QString old = lines->index(0, DeviceListModel::ImeiColumn).data().toString();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        return QTest::qWaitFor([&] {
            return lines->rowCount() != before ||
                   lines->index(0, DeviceListModel::ImeiColumn).data().toString() != old;
        });
    }

private Q_SLOTS:
    void fiveColumnCsvThroughTheEditor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pumps.csv"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QStringList lines{u"Device name,IMEI,Site,Owner,Notes"_s,
                                    u"Pump 1,%1,Madrid,Ann,ok"_s.arg(kA),
                                    u"Pump 2,%1,Berlin,Bob,ok"_s.arg(kB),
                                    u"Pump 3,3569380356438X,Madrid,Cy,typo"_s,
                                    QString(),
                                    u"Pump 4,%1,Paris,Di,again"_s.arg(kA),
                                    u"Pump 5,%1,Madrid,Ed,new"_s.arg(kC)};
            f.write((lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8());
        }
        ScriptedMessageSeam messages;
        DeviceListEditor editor;
        editor.setMessageSeam(&messages);
        editor.resize(1100, 760);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        messages.openAnswers.enqueue(path);
        QTest::mouseClick(editor.findChild<QPushButton*>(u"importButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !editor.isImporting(); }, 60000));
        QCOMPARE(editor.counts().valid, 3);
        QCOMPARE(editor.counts().duplicates, 1);
        QCOMPARE(editor.counts().rejected, 1);

        // Every row shows its physical line and the file's other columns, named by its header.
        QTableView* view = editor.deviceView();
        const int site = columnNamed(view, u"Site"_s);
        QVERIFY(site > DeviceListModel::LineColumn);
        QVERIFY(columnNamed(view, u"Device name"_s) > 0);
        QVERIFY(columnNamed(view, u"Notes"_s) > 0);
        QVERIFY(!view->isColumnHidden(site));
        QVERIFY(!view->isColumnHidden(DeviceListModel::LineColumn));
        QVERIFY(view->horizontalHeader()->sectionSize(site) > 0);
        const QAbstractItemModel* shown = view->model();
        const auto cell = [&](int row, int column) {
            return shown->index(row, column).data().toString();
        };
        const int rowC = rowOf(view, kC);
        QCOMPARE(cell(rowC, DeviceListModel::LineColumn), u"7"_s); // after a blank line
        QCOMPARE(cell(rowC, site), u"Madrid"_s);
        const int typo = rowOf(view, u"3569380356438X"_s);
        QCOMPARE(cell(typo, DeviceListModel::LineColumn), u"4"_s);
        QCOMPARE(cell(typo, columnNamed(view, u"Owner"_s)), u"Cy"_s);
        QCOMPARE(editor.rejectedView()->model()->index(0, site).data().toString(), u"Madrid"_s);

        // The filter box finds a site, typed key by key.
        auto* filter = editor.findChild<QLineEdit*>(u"filterEdit"_s);
        QVERIFY(typeInto(filter, u"madrid"_s));
        QCOMPARE(editor.filterModel()->rowCount(), 3);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(cell(r, site), u"Madrid"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QCOMPARE(editor.filterModel()->rowCount(), 5);

        // A rejected line corrected in place by keyboard: still no IMEI, then a valid one.
        auto* counts = editor.findChild<QLabel*>(u"countsLabel"_s);
        QVERIFY(correctFirstRejected(editor, u"35693803564"_s));
        QCOMPARE(editor.counts().rejected, 1);
        QCOMPARE(editor.rejectedView()->model()->index(0, DeviceListModel::ImeiColumn).data(),
                 QVariant(u"35693803564"_s));
        QVERIFY(correctFirstRejected(editor, kD));
        QCOMPARE(editor.counts().rejected, 0);
        QCOMPARE(editor.counts().valid, 4);
        QVERIFY2(counts->text().contains(u"Valid: 4"_s), qPrintable(counts->text()));
        QVERIFY2(counts->text().contains(u"Rejected: 0"_s), qPrintable(counts->text()));
        const int rowD = rowOf(view, kD);
        QVERIFY(rowD >= 0);
        QCOMPARE(cell(rowD, DeviceListModel::LineColumn), u"4"_s);
        QCOMPARE(cell(rowD, site), u"Madrid"_s);
        QCOMPARE(cell(rowD, DeviceListModel::StateColumn), u"Valid"_s);

        // Ctrl+Z undoes the correction; correcting again makes it valid again.
        view->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor.counts().rejected, 1);
        QVERIFY(rowOf(view, u"35693803564"_s) >= 0);
        QVERIFY(correctFirstRejected(editor, kD));
        QCOMPARE(editor.counts().valid, 4);

        // The export of the list to send: IMEI, line and the other columns, read back.
        const QString out = dir.filePath(u"out.csv"_s);
        messages.saveAnswers.enqueue(out);
        QTest::mouseClick(editor.findChild<QPushButton*>(u"exportButton"_s), Qt::LeftButton);
        const auto csv = readCsvBack(readFile(out));
        QVERIFY(csv.bom);
        QCOMPARE(csv.rows.value(0), (QStringList{u"imei"_s, u"line"_s, u"Device name"_s, u"Site"_s,
                                                 u"Owner"_s, u"Notes"_s}));
        QCOMPARE(csv.rows.size(), 5);
        QVERIFY(csv.rows.contains(
            QStringList{kC, u"7"_s, u"Pump 5"_s, u"Madrid"_s, u"Ed"_s, u"new"_s}));
        QVERIFY(csv.rows.contains(
            QStringList{kD, u"4"_s, u"Pump 3"_s, u"Madrid"_s, u"Cy"_s, u"typo"_s}));

        // Export rejected: a rejected line with its line and the (empty) other columns.
        editor.model()->appendTexts({u"bad one"_s}, 20);
        auto* exportRejected = editor.findChild<QPushButton*>(u"exportRejectedButton"_s);
        QVERIFY(exportRejected->isEnabled());
        const QString rejectedOut = dir.filePath(u"rejected.csv"_s);
        messages.saveAnswers.enqueue(rejectedOut);
        QTest::mouseClick(exportRejected, Qt::LeftButton);
        const auto rejectedCsv = readCsvBack(readFile(rejectedOut));
        QCOMPARE(rejectedCsv.rows.value(0).mid(0, 4),
                 (QStringList{u"imei"_s, u"state"_s, u"reason"_s, u"line"_s}));
        QCOMPARE(rejectedCsv.rows.value(0).mid(4),
                 (QStringList{u"Device name"_s, u"Site"_s, u"Owner"_s, u"Notes"_s}));
        QCOMPARE(rejectedCsv.rows.size(), 2);
        QCOMPARE(rejectedCsv.rows.value(1).value(0), u"bad one"_s);
        QCOMPARE(rejectedCsv.rows.value(1).value(3), u"20"_s);
    }

    void closingWhileCorrectingIsSafe()
    {
        ScriptedMessageSeam messages;
        auto editor = std::make_unique<DeviceListEditor>();
        editor->setMessageSeam(&messages);
        editor->show();
        QVERIFY(QTest::qWaitForWindowActive(editor.get()));
        QVERIFY(editor->addTyped(kA));
        editor->model()->appendTexts({u"12345"_s}, 3);
        QTableView* rejected = editor->rejectedView();
        rejected->setFocus(Qt::TabFocusReason);
        rejected->setCurrentIndex(rejected->model()->index(0, DeviceListModel::ImeiColumn));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
        auto* field = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(field);
        QTest::keyClicks(field, u"6"_s);
        // The window goes while the cell is being edited: no crash, nothing half-done.
        editor.reset();
        QVERIFY(true);
    }
};

QTEST_MAIN(DeviceListImportColumnsTest)
#include "DeviceListImportColumnsTest.moc"
