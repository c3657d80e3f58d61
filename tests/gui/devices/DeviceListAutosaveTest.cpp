// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The add/remove-devices dialog's list autosaves into a device-list draft (at most 2 s behind
// the user, every row in place), survives a crash, is offered on the Drafts page and reopens in
// its campaign's dialog with the exact list; a successful change discards it. Against an
// in-process fotasim.

#include "gui/devices/DeviceListAutosave.h"

#include "gui/GuiTestHarness.h"
#include "gui/MouseInput.h"
#include "gui/campaign/CampaignDetailPage.h"
#include "gui/devices/DeviceChangeDialog.h"
#include "gui/devices/DeviceListEditor.h"
#include "gui/drafts/DraftListModel.h"
#include "gui/drafts/DraftsPage.h"
#include "gui/shell/MainWindow.h"
#include "models/DeviceListModel.h"
#include "models/DeviceResultModel.h"
#include "store/AppSettings.h"
#include "store/AutosaveController.h"
#include "store/DraftStore.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

/// Every row as the editor shows it: IMEI or text | state | reason | line.
QStringList rowsOf(const DeviceListModel& model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < DeviceListModel::ColumnCount; ++c)
            cells << model.index(r, c).data().toString();
        rows << cells.join(u'|');
    }
    return rows;
}

QString lines(const QList<Imei>& imeis)
{
    QStringList out;
    for (const Imei& i : imeis)
        out << i.toString();
    return out.join(u'\n');
}

} // namespace

class DeviceListAutosaveTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryRowInPlace();
    void roundTripKeepsLinesAndOtherColumns();
    void typingIsSavedAtMostTwoSecondsBehind();
    void importedAndRemovedByMouseAreSaved();
    void crashReopenFromDraftsPageThenSuccessDiscards();
    void autosaveOffWritesNoDraft();
};

void DeviceListAutosaveTest::roundTripKeepsEveryRowInPlace()
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(u"ws.sqlite"_s));
    QVERIFY(ws.open().persistent());
    DraftStore drafts(ws);

    // Typed entries keep their order: valid, rejected, valid, a duplicate, a 14-digit one
    // (with its suggested fix), then an import with its own line numbers.
    DeviceListModel model;
    const Imei a = Imei::completeFrom14(35693803564380ULL);
    const Imei b = Imei::completeFrom14(35000000000011ULL);
    model.appendTexts({a.toString(), u"12345"_s, b.toString(), a.toString(), u"35000000000022"_s});
    model.appendTexts({u"3.56938E+14"_s, b.toString()}, 7);
    const QStringList before = rowsOf(model);
    QCOMPARE(model.counts().rejected, qint64(3));
    QCOMPARE(model.counts().duplicates, qint64(2));

    DeviceListAutosave autosave(model, drafts, u"c-42"_s, DeviceListAutosave::Mode::Remove,
                                u"Remove devices — Depot"_s, u"Demo"_s, u"acc"_s, nullptr);
    Draft d = DeviceListAutosave::toDraft(model, u"c-42"_s, DeviceListAutosave::Mode::Remove);
    QVERIFY(drafts.save(d));
    const auto loaded = drafts.load(d.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->kind, Draft::Kind::DeviceList);
    QCOMPARE(loaded->campaignId, u"c-42"_s);
    QCOMPARE(DeviceListAutosave::modeOf(*loaded), DeviceListAutosave::Mode::Remove);
    QCOMPARE(loaded->rejectedRows,
             (QStringList{u"12345"_s, u"35000000000022"_s, u"3.56938E+14"_s}));

    DeviceListModel again;
    DeviceListAutosave::appendTo(again, *loaded);
    QCOMPARE(rowsOf(again), before);
    QCOMPARE(again.counts(), model.counts());
    QCOMPARE(again.rejectedAt(4)->suggestion, model.rejectedAt(4)->suggestion);

    // Restoring into a watched model is no change (no second draft); clearing it discards it.
    QVERIFY(autosave.restore(d.id));
    QCOMPARE(rowsOf(model), before);
    QVERIFY(!autosave.controller()->isPending());
    QCOMPARE(autosave.controller()->draftId(), d.id);
    model.removeDeviceRows({0});
    QVERIFY(autosave.controller()->isPending());
    autosave.controller()->flush();
    QCOMPARE(drafts.list().size(), 1);
    QCOMPARE(drafts.load(d.id)->campaign.devices.size(), qsizetype(3));
    model.clear();
    QVERIFY(drafts.list().isEmpty());
    QVERIFY(!autosave.restore(d.id)); // gone
}

void DeviceListAutosaveTest::roundTripKeepsLinesAndOtherColumns()
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(u"ws.sqlite"_s));
    QVERIFY(ws.open().persistent());
    DraftStore drafts(ws);

    const Imei a = Imei::completeFrom14(35693803564380ULL);
    const Imei b = Imei::completeFrom14(35000000000011ULL);
    DeviceListModel model;
    model.appendTexts({b.toString()}); // typed: no line, no other cells
    DeviceRows rows;
    rows.imeis = {a, b, a};
    rows.imeiLines = {2, 3, 9};
    rows.rejected = {RejectedDevice::fromParse(Imei::parse(u"12345"), u"12345"_s, 4),
                     RejectedDevice::fromParse(Imei::parse(u"x"), u"x"_s, 5)};
    rows.cells = {{u"Pump 1"_s, u"Madrid"_s},
                  {u"Pump 2"_s, u"Berlin"_s},
                  {u"Pump 3"_s, u"=Paris"_s},
                  {u"Pump 4"_s, u"Rome"_s},
                  {u"Pump 5"_s, u"Oslo"_s}};
    rows.columnNames = {u"Device name"_s, u"Site"_s};
    model.appendRows(rows);
    model.appendTexts({u"y"_s, a.toString()}, 20);
    const auto everything = [](const DeviceListModel& m) {
        QStringList out{m.headerData(DeviceListModel::ColumnCount, Qt::Horizontal).toString()};
        for (int r = 0; r < m.rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < m.columnCount(); ++c)
                cells << m.index(r, c).data().toString();
            out << cells.join(u'|');
        }
        return out;
    };
    const QStringList before = everything(model);
    QCOMPARE(model.columnCount(), DeviceListModel::ColumnCount + 2);

    Draft d = DeviceListAutosave::toDraft(model, u"c-7"_s, DeviceListAutosave::Mode::Add);
    QVERIFY(drafts.save(d));
    const auto loaded = drafts.load(d.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->rejectedRows, (QStringList{u"12345"_s, u"x"_s, u"y"_s}));
    DeviceListModel again;
    DeviceListAutosave::appendTo(again, *loaded);
    QCOMPARE(everything(again), before);
    QCOMPARE(again.counts(), model.counts());
    QCOMPARE(again.table().lineAt(3), 9U);
}

void DeviceListAutosaveTest::typingIsSavedAtMostTwoSecondsBehind()
{
    GuiTestHarness h;
    QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
    QTemporaryDir dir;
    Workspace ws(dir.filePath(u"ws.sqlite"_s));
    QVERIFY(ws.open().persistent());
    DraftStore drafts(ws);
    h.context.drafts = &drafts;

    wire::Campaign campaign;
    campaign.id = u"c-typing"_s;
    campaign.campaignName = u"Depot 7"_s;
    DeviceChangeDialog dialog(h.context, campaign, DeviceChangeDialog::Mode::Add);
    dialog.show();
    QVERIFY(dialog.autosave());
    auto* entry = dialog.editor()->findChild<QLineEdit*>(u"entryEdit"_s);
    QVERIFY(entry);
    QTest::qWait(700);
    QVERIFY(drafts.list().isEmpty()); // nothing typed: no draft

    // Scan an IMEI every 200 ms (never a quiet half second) for 3 s: the draft must exist
    // no later than 2 s after the first one.
    QList<Imei> typed;
    QElapsedTimer clock;
    qint64 savedAfterMs = -1;
    for (int i = 0; i == 0 || clock.elapsed() < 3000; ++i) {
        const Imei imei = Imei::completeFrom14(35100000000000ULL + std::uint64_t(i));
        QVERIFY(typeInto(entry, imei.toString()));
        QTest::keyClick(entry, Qt::Key_Return);
        if (i == 0)
            clock.start(); // the first change
        typed << imei;
        QTest::qWait(200);
        if (savedAfterMs < 0 && !drafts.list().isEmpty())
            savedAfterMs = clock.elapsed();
    }
    QVERIFY2(savedAfterMs >= 0, "no draft while typing");
    QVERIFY2(savedAfterMs <= 2000 + 250, qPrintable(QString::number(savedAfterMs)));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.autosave()->controller()->isPending(), 2000);
    auto list = drafts.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().kind, Draft::Kind::DeviceList);
    QCOMPARE(list.first().campaignId, u"c-typing"_s);
    QCOMPARE(list.first().title, dialog.windowTitle());
    QCOMPARE(list.first().deviceCount, qint64(typed.size()));
    QCOMPARE(drafts.load(list.first().id)->campaign.devices, typed);

    // An import (with a bad line and a repeat) lands in the same draft within 2 s of its end.
    QVERIFY(dialog.editor()->importText(lines({typed.first()}) + u"\n4711\n"_s +
                                        Imei::completeFrom14(35200000000000ULL).toString()));
    QVERIFY(QTest::qWaitFor([&] { return !dialog.editor()->isImporting(); }, 30000));
    QElapsedTimer afterImport;
    afterImport.start();
    QTRY_VERIFY_WITH_TIMEOUT(drafts.list().value(0).deviceCount == qint64(typed.size()) + 2, 2000);
    QVERIFY(afterImport.elapsed() <= 2000);
    list = drafts.list();
    QCOMPARE(list.size(), 1);
    const auto draft = drafts.load(list.first().id);
    QCOMPARE(draft->rejectedRows, QStringList{u"4711"_s});
    DeviceListModel copy;
    DeviceListAutosave::appendTo(copy, *draft);
    QCOMPARE(rowsOf(copy), rowsOf(*dialog.editor()->model()));
}

// Import file… and Remove clicked, no key pressed (issue 23 item 11 asked the same of every
// device list): each change is in the draft.
void DeviceListAutosaveTest::importedAndRemovedByMouseAreSaved()
{
    GuiTestHarness h;
    QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
    QTemporaryDir dir;
    Workspace ws(dir.filePath(u"ws.sqlite"_s));
    QVERIFY(ws.open().persistent());
    DraftStore drafts(ws);
    h.context.drafts = &drafts;
    wire::Campaign campaign;
    campaign.id = u"c-mouse"_s;
    campaign.campaignName = u"Depot 8"_s;
    DeviceChangeDialog dialog(h.context, campaign, DeviceChangeDialog::Mode::Add);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.autosave());
    QList<Imei> imeis;
    const QString csvPath = dir.filePath(u"depot8.csv"_s);
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("IMEI\n");
        for (int i = 0; i < 5; ++i) {
            imeis.append(Imei::completeFrom14(35300000000000ULL + std::uint64_t(i) * 3));
            csv.write(imeis.last().toString().toUtf8() + "\n");
        }
    }
    DeviceListEditor* editor = dialog.editor();
    h.messages.openAnswers.enqueue(csvPath);
    QVERIFY(mouse::clickButton(editor->findChild<QPushButton*>(u"importButton"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->rowCount(), 5, 30000);
    QVERIFY(dialog.autosave()->controller()->isPending());
    dialog.autosave()->controller()->flush();
    QCOMPARE(drafts.list().size(), 1);
    QCOMPARE(drafts.load(drafts.list().first().id)->campaign.devices, imeis);

    QTableView* view = editor->deviceView();
    QVERIFY(mouse::clickCell(view, view->model()->index(1, 0)));
    QVERIFY(mouse::clickButton(editor->findChild<QPushButton*>(u"removeButton"_s)));
    QCOMPARE(editor->model()->rowCount(), 4);
    QVERIFY(dialog.autosave()->controller()->isPending());
    dialog.autosave()->controller()->flush();
    imeis.removeAt(1);
    QCOMPARE(drafts.load(drafts.list().first().id)->campaign.devices, imeis);
}

void DeviceListAutosaveTest::crashReopenFromDraftsPageThenSuccessDiscards()
{
    GuiTestHarness h;
    QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
    QTemporaryDir dir;
    Workspace ws(dir.filePath(u"ws.sqlite"_s));
    QVERIFY(ws.open().persistent());
    DraftStore drafts(ws);
    h.context.drafts = &drafts;
    const auto fleet = h.fleet();
    QVERIFY(fleet.devices.size() >= 12);
    const QDate today = Clock::system().nowUtc().date();
    const auto campaign =
        h.createCampaign(u"Draft reopen"_s, fleet.package, fleet.devices.mid(0, 2),
                         today.addDays(3), today.addDays(5));
    QVERIFY(campaign.has_value());
    const QList<Imei> toAdd = fleet.devices.mid(2, 10);

    // --- first run: open the add dialog, import a list, then "crash" ---------------------
    QStringList expectedRows;
    {
        MainWindow window(h.context);
        window.show();
        window.openCampaign(campaign->id);
        CampaignDetailPage* page = window.campaignPage(campaign->id);
        QVERIFY(page);
        QVERIFY(QTest::qWaitFor([&] { return page->campaign() && !page->isLoading(); }, 30000));
        page->addDevices();
        auto* dialog = qobject_cast<DeviceChangeDialog*>(page->activeDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->editor()->importText(lines(toAdd) + u"\nnot-an-imei\n"_s +
                                             toAdd.first().toString()));
        QVERIFY(QTest::qWaitFor([&] { return !dialog->editor()->isImporting(); }, 30000));
        QCOMPARE(dialog->editor()->counts().valid, qint64(toAdd.size()));
        expectedRows = rowsOf(*dialog->editor()->model());
        QCOMPARE(expectedRows.size(), toAdd.size() + 2);
        // Saved by the autosave alone, within 2 s (not by closing anything).
        QTRY_VERIFY_WITH_TIMEOUT(
            drafts.list().size() == 1 && !dialog->autosave()->controller()->isPending(), 2000);
        const auto saved = drafts.load(drafts.list().first().id);
        DeviceListModel copy;
        DeviceListAutosave::appendTo(copy, *saved);
        QCOMPARE(rowsOf(copy), expectedRows);
        // The crash: the dialog and the window go without being closed.
        delete dialog;
    }
    h.context.campaigns = nullptr; // the first window's campaign list went with it

    // --- next run: the Drafts page offers it; Reopen restores the exact list -------------
    MainWindow window(h.context);
    window.show();
    DraftsPage draftsPage(drafts, &h.messages);
    draftsPage.setReopen(Draft::Kind::DeviceList, [&window](const DraftInfo& d) {
        return window.reopenDeviceListDraft(d.id, d.campaignId);
    });
    draftsPage.refresh();
    QCOMPARE(draftsPage.model()->rowCount(), 1);
    const DraftInfo offered = draftsPage.model()->draftAt(0);
    QCOMPARE(offered.kind, Draft::Kind::DeviceList);
    QCOMPARE(offered.campaignId, campaign->id);
    QCOMPARE(offered.deviceCount, qint64(toAdd.size()) + 1); // the repeat is a row too
    auto* reopen = draftsPage.findChild<QPushButton*>(u"reopenButton"_s);
    QVERIFY(reopen->isEnabled());
    QTest::mouseClick(reopen, Qt::LeftButton);
    CampaignDetailPage* page = window.campaignPage(campaign->id);
    QVERIFY(page);
    QCOMPARE(window.currentPageId(), MainWindow::campaignPageId(campaign->id));
    QVERIFY(QTest::qWaitFor([&] { return page->activeDialog() != nullptr; }, 30000));
    auto* dialog = qobject_cast<DeviceChangeDialog*>(page->activeDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), DeviceChangeDialog::Mode::Add);
    QCOMPARE(rowsOf(*dialog->editor()->model()), expectedRows);
    QTest::qWait(700);
    QCOMPARE(drafts.list().size(), 1); // restoring made no second draft

    // --- send it: every device added, so the draft is gone ------------------------------
    auto* start = dialog->findChild<QPushButton*>(u"startButton"_s);
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    // The inventory check passes every device, then the run sends them.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !dialog->isChecking() && !dialog->isRunning() &&
                   dialog->resultModel()->rowCount() > 0;
        },
        60000));
    QCOMPARE(dialog->resultModel()->counts().succeeded, int(toAdd.size()));
    QVERIFY(drafts.list().isEmpty());
    QTest::qWait(700); // and no later save brings it back
    QVERIFY(drafts.list().isEmpty());
    dialog->close();
    QVERIFY(drafts.list().isEmpty());
    const QStringList onServer = h.campaignDevices(campaign->id);
    for (const Imei& i : toAdd)
        QVERIFY(onServer.contains(i.toString()));
}

// Settings ▸ "Save drafts of forms automatically" off: a changed list writes no draft;
// switched on again, the list as it is then is saved.
void DeviceListAutosaveTest::autosaveOffWritesNoDraft()
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(u"ws.sqlite"_s));
    QVERIFY(ws.open().persistent());
    DraftStore drafts(ws);
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setValue(AppSettings::Key::AutosaveEnabled, false);
    DeviceListModel model;
    DeviceListAutosave autosave(model, drafts, u"c-7"_s, DeviceListAutosave::Mode::Add,
                                u"Add devices — Depot"_s, u"Demo"_s, u"acc"_s, &settings);
    const Imei a = Imei::completeFrom14(35693803564380ULL);
    const Imei b = Imei::completeFrom14(35000000000011ULL);
    model.appendTexts({a.toString(), b.toString()});
    QVERIFY(!autosave.controller()->isPending());
    autosave.flushNow();
    QVERIFY(drafts.list().isEmpty());

    settings.setValue(AppSettings::Key::AutosaveEnabled, true);
    QTRY_COMPARE(drafts.list().size(), 1);
    QCOMPARE(drafts.load(drafts.list().first().id)->campaign.devices.size(), qsizetype(2));
}

QTEST_MAIN(DeviceListAutosaveTest)
#include "DeviceListAutosaveTest.moc"
