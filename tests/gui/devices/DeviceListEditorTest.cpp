// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DeviceListEditor driven through its widgets (no network): imports of
// CSV/TSV/TXT off the GUI thread, paste, typing, the 14-digit fix, duplicates,
// filter, remove and undo, export, cancel of a large import.

#include "gui/devices/DeviceListEditor.h"

#include "gui/GuiTestHarness.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "gui/shell/AppLanguage.h"
#include "models/DeviceListFilterModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::typeInto;

namespace {
const QString kA = u"490154203237518"_s; // the contract's example IMEIs
const QString kB = u"356938035643809"_s;
QString imei(std::uint64_t first14)
{
    return Imei::completeFrom14(first14).toString();
}
} // namespace

class DeviceListEditorTest : public QObject
{
    Q_OBJECT

private:
    static bool waitImport(DeviceListEditor& e)
    {
        return QTest::qWaitFor([&] { return !e.isImporting(); }, 60000);
    }

private Q_SLOTS:
    void importsFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("valid");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<int>("fixable");

        const QByteArray a = kA.toLatin1();
        const QByteArray b = kB.toLatin1();
        QTest::newRow("csv with header and bad lines")
            << ("device,imei\nx," + a + "\ny," + b + "\nz," + a.left(14) + "\nw,abc\nv," + a + "\n")
            << u"csv"_s << 2 << 2 << 1 << 1;
        QTest::newRow("tsv from Excel")
            << ("imei\tsite\n" + a + "\tdepot\n" + b + "\tdepot\n") << u"tsv"_s << 2 << 0 << 0 << 0;
        QTest::newRow("txt one per line, IMEISV")
            << (a + "\r\n" + b + "1\r\n\r\n") << u"txt"_s << 1 << 1 << 0 << 0;
    }

    void importsFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, suffix);
        QFETCH(int, valid);
        QFETCH(int, rejected);
        QFETCH(int, duplicates);
        QFETCH(int, fixable);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"devices."_s + suffix);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();

        ScriptedMessageSeam messages;
        DeviceListEditor editor;
        editor.setMessageSeam(&messages);
        editor.show();
        messages.openAnswers.enqueue(path);
        QTest::mouseClick(editor.findChild<QPushButton*>(u"importButton"_s), Qt::LeftButton);
        QVERIFY(waitImport(editor));
        QCOMPARE(editor.counts().valid, valid);
        QCOMPARE(editor.counts().rejected, rejected);
        QCOMPARE(editor.counts().duplicates, duplicates);
        QCOMPARE(editor.fixableCount(), fixable);
        auto* counts = editor.findChild<QLabel*>(u"countsLabel"_s);
        QVERIFY(counts->text().contains(u"Valid: %1"_s.arg(valid)));
        QVERIFY(counts->text().contains(u"Unlicensed: not checked"_s));
        QCOMPARE(editor.rejectedModel()->rowCount(), rejected);
        QCOMPARE(editor.findChild<QWidget*>(u"rejectedGroup"_s)->isVisible(), rejected > 0);
    }

    void summaryAgreesWithTheList_data()
    {
        QTest::addColumn<int>("repeats");
        QTest::addColumn<int>("listed");
        QTest::addColumn<QString>("words");
        QTest::newRow("one duplicate")
            << 1 << 1 << u"1 IMEI, 0 rejected lines, 1 duplicate line."_s;
        QTest::newRow("more than are listed")
            << 1500 << 1000
            << u"1 IMEI, 0 rejected lines, 1,500 duplicate lines (1,000 listed below, the other "
               u"500 merged on import)."_s;
    }
    void summaryAgreesWithTheList()
    {
        // The summary says what the list below holds, in words that fit the number ("1
        // duplicate line", never "1 duplicates"; a 1M-line import said "367,576 duplicates"
        // above "Duplicates: 1,000").
        QFETCH(int, repeats);
        QFETCH(int, listed);
        QFETCH(QString, words);
        AppLanguage english; // the English plural forms, as fotadesk installs them
        QCOMPARE(english.install(u"en"_s), u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"repeats.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i <= repeats; ++i)
            f.write(kA.toLatin1() + "\n");
        f.close();
        ScriptedMessageSeam messages;
        DeviceListEditor editor;
        editor.setMessageSeam(&messages);
        QString summary;
        connect(&editor, &DeviceListEditor::importFinished, this,
                [&summary](bool, const QString& s) { summary = s; });
        QVERIFY(editor.importFile(path));
        QVERIFY(waitImport(editor));
        QCOMPARE(editor.counts().duplicates, listed);
        QVERIFY2(summary.endsWith(words), qPrintable(summary));
        QVERIFY(summary.startsWith(u"Imported repeats.csv"_s));
        auto* counts = editor.findChild<QLabel*>(u"countsLabel"_s);
        QVERIFY2(counts->text().contains(u"Duplicates: %1"_s.arg(QLocale().toString(listed))),
                 qPrintable(counts->text()));
        QLocale::setDefault(QLocale::c());
    }

    void longRejectionReasonsWrapInsteadOfBeingCut()
    {
        // German cut the scientific-notation reason at "…Ziffern verworfen, die nicht …".
        AppLanguage german;
        QCOMPARE(german.install(u"de"_s), u"de"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kA.toLatin1() + "\n3.56938E+14\n3528481120854163\n");
        f.close();
        DeviceListEditor editor;
        editor.resize(800, 600);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.importFile(path));
        QVERIFY(waitImport(editor));
        QTableView* view = editor.rejectedView();
        QTRY_COMPARE(view->model()->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            const QModelIndex reason = view->model()->index(r, DeviceListModel::ReasonColumn);
            const QString text = reason.data().toString();
            QVERIFY(text.size() > 60);
            // The height the whole text needs at the column's width, with the cell's margins.
            const int width = view->columnWidth(DeviceListModel::ReasonColumn) - 8;
            const int needed = view->fontMetrics()
                                   .boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text)
                                   .height();
            QTRY_VERIFY2(view->rowHeight(r) >= needed,
                         qPrintable(u"row %1: %2 px for %3 px of text: %4"_s.arg(r)
                                        .arg(view->rowHeight(r))
                                        .arg(needed)
                                        .arg(text)));
        }
        AppLanguage english;
        english.install(u"en"_s);
        QLocale::setDefault(QLocale::c());
    }

    void importIntoAFullListAsksReplaceOrAppend()
    {
        // A second import asks: Append (the default, nothing lost), Replace, or nothing.
        QTemporaryDir dir;
        const QString first = dir.filePath(u"first.csv"_s);
        const QString second = dir.filePath(u"second.csv"_s);
        for (const auto& [path, imei] : {std::pair{first, kA}, std::pair{second, kB}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(imei.toLatin1() + "\n");
        }
        ScriptedMessageSeam messages;
        DeviceListEditor editor;
        editor.setMessageSeam(&messages);
        editor.show();
        auto* importButton = editor.findChild<QPushButton*>(u"importButton"_s);
        const auto importWith = [&](const QString& path, int choice) {
            messages.openAnswers.enqueue(path);
            messages.chooseAnswers.enqueue(choice);
            QTest::mouseClick(importButton, Qt::LeftButton);
            return waitImport(editor);
        };
        messages.openAnswers.enqueue(first);
        QTest::mouseClick(importButton, Qt::LeftButton); // empty list: no question
        QVERIFY(waitImport(editor));
        QCOMPARE(editor.counts().valid, 1);
        QVERIFY(messages.records().isEmpty() || messages.records().last().kind != u"choose"_s);

        QVERIFY(importWith(second, -1)); // changed nothing
        QCOMPARE(messages.records().last().kind, u"choose"_s);
        QVERIFY(messages.records().last().text.contains(u"second.csv"_s));
        QCOMPARE(editor.counts().valid, 1);
        QCOMPARE(editor.validImeis().front().toString(), kA);

        QVERIFY(importWith(second, 0)); // Append
        QCOMPARE(editor.counts().valid, 2);

        QVERIFY(importWith(second, 1)); // Replace
        QCOMPARE(editor.counts().valid, 1);
        QCOMPARE(editor.validImeis().front().toString(), kB);
    }

    void unreadableFileIsExplained()
    {
        DeviceListEditor editor;
        bool ok = true;
        connect(&editor, &DeviceListEditor::importFinished, this,
                [&](bool result, const QString&) { ok = result; });
        QVERIFY(editor.importFile(u"/nonexistent/devices.csv"_s));
        QVERIFY(waitImport(editor));
        QVERIFY(!ok);
        QVERIFY(editor.importSummary().contains(u"devices.csv"_s));
        QCOMPARE(editor.counts().rows, 0);
    }

    void typedEntries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("valid") << kA << true;
        QTest::newRow("with spaces") << u"49 015420 323751 8"_s << true;
        QTest::newRow("bad check digit") << u"490154203237519"_s << false;
        QTest::newRow("14 digits") << kA.left(14) << false;
        QTest::newRow("letters") << u"hello"_s << false;
    }

    void typedEntries()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        DeviceListEditor editor;
        editor.show();
        auto* entry = editor.findChild<QLineEdit*>(u"entryEdit"_s);
        QVERIFY(typeInto(entry, text));
        QTest::keyClick(entry, Qt::Key_Return);
        QCOMPARE(editor.counts().valid, accepted ? 1 : 0);
        // Nothing typed is lost: a refused entry stays, with the core's reason under it.
        QCOMPARE(entry->text(), accepted ? QString() : text);
        auto* problem = editor.findChild<QLabel*>(u"entryProblemLabel"_s);
        QCOMPARE(problem->isVisible(), !accepted);
        if (!accepted)
            QCOMPARE(problem->text(), Imei::parse(text).message());
    }

    void pasteFixFilterRemoveUndoExport()
    {
        ScriptedMessageSeam messages;
        DeviceListEditor editor;
        editor.setMessageSeam(&messages);
        editor.resize(900, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        // A column copied from Excel: one IMEI a line, one of them 14 digits, one repeated.
        QStringList column{kA, kB, imei(35693803564381ULL).left(14), kA, imei(35000000000001ULL)};
        QApplication::clipboard()->setText(column.join(u"\r\n"_s) + u"\r\n"_s);
        QTest::mouseClick(editor.findChild<QPushButton*>(u"pasteButton"_s), Qt::LeftButton);
        QVERIFY(waitImport(editor));
        QCOMPARE(editor.counts().valid, 3);
        QCOMPARE(editor.counts().duplicates, 1);
        QCOMPARE(editor.counts().rejected, 1);

        QCOMPARE(editor.fixableCount(), 1);
        QTest::mouseClick(editor.findChild<QPushButton*>(u"fixButton"_s), Qt::LeftButton);
        QVERIFY2(editor.counts().valid == 4, qPrintable(editor.importSummary()));
        QCOMPARE(editor.counts().rejected, 0);

        auto* merge = editor.findChild<QPushButton*>(u"mergeButton"_s);
        QVERIFY(merge->isEnabled());
        QTest::mouseClick(merge, Qt::LeftButton);
        QCOMPARE(editor.counts().duplicates, 0);
        QCOMPARE(editor.counts().rows, 4);

        // Filter as you type: digits of one IMEI.
        auto* filter = editor.findChild<QLineEdit*>(u"filterEdit"_s);
        QVERIFY(typeInto(filter, kB.mid(9, 6)));
        QCOMPARE(editor.filterModel()->rowCount(), 1);
        // Select it and press Delete; undo puts it back.
        QTableView* view = editor.deviceView();
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(editor.counts().valid, 3);
        QCOMPARE(editor.filterModel()->rowCount(), 0);
        auto* undo = editor.findChild<QPushButton*>(u"undoButton"_s);
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(editor.counts().valid, 4);
        QCOMPARE(editor.filterModel()->rowCount(), 1);
        filter->clear();
        QCOMPARE(editor.filterModel()->rowCount(), 4);

        // State filter: rejected rows only (none left).
        auto* state = editor.findChild<QComboBox*>(u"stateCombo"_s);
        state->setCurrentIndex(state->findText(u"Rejected"_s));
        QCOMPARE(editor.filterModel()->rowCount(), 0);
        state->setCurrentIndex(0);

        // Export the list that would be sent, and read it back.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        messages.saveAnswers.enqueue(path);
        QTest::mouseClick(editor.findChild<QPushButton*>(u"exportButton"_s), Qt::LeftButton);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> out = f.readAll().trimmed().split('\n');
        QCOMPARE(out.size(), 5);
        // UTF-8 BOM for Excel; pasted rows keep the line of the paste they came from.
        QCOMPARE(out.first().trimmed(), QByteArray("\xEF\xBB\xBFimei,line"));
        QVERIFY(out.contains(kA.toLatin1() + ",1\r"));
    }

    void largeImportRunsOffTheGuiThreadAndCancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.txt"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block;
            for (std::uint64_t i = 0; i < 2'000'000; ++i) {
                block += Imei::completeFrom14(35000000000000ULL + i).toString().toLatin1();
                block += '\n';
                if (block.size() > (1 << 20)) {
                    f.write(block);
                    block.clear();
                }
            }
            f.write(block);
        }
        DeviceListEditor editor;
        editor.show();
        QVERIFY(editor.importFile(path));
        QVERIFY(editor.isImporting());
        QVERIFY(editor.findChild<QWidget*>(u"progressRow"_s)->isVisibleTo(&editor));
        QVERIFY(!editor.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
        QTest::mouseClick(editor.findChild<QPushButton*>(u"cancelImportButton"_s), Qt::LeftButton);
        QVERIFY(waitImport(editor));
        QVERIFY2(editor.importSummary().contains(u"cancelled"_s),
                 qPrintable(editor.importSummary()));
        QCOMPARE(editor.counts().rows, 0);

        // The same file without cancelling: all 2,000,000 arrive.
        QVERIFY(editor.importFile(path));
        QVERIFY(waitImport(editor));
        QCOMPARE(editor.counts().valid, 2'000'000);
    }
};

QTEST_MAIN(DeviceListEditorTest)
#include "DeviceListEditorTest.moc"
