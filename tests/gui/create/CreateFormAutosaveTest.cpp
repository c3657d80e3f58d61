// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The create-campaign form autosaves into a workspace draft and restores from it. (The store
// helper's test.)

#include "gui/create/CreateFormAutosave.h"

#include "gui/GuiTestHarness.h"
#include "gui/MouseInput.h"
#include "gui/create/CampaignForm.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/create/CreateDevicesPage.h"
#include "gui/create/CreateFirmwarePage.h"
#include "gui/create/CreateSchedulePage.h"
#include "gui/create/CreateSession.h"
#include "gui/create/TimeWindowEditor.h"
#include "gui/devices/DeviceListEditor.h"
#include "models/DeviceListModel.h"
#include "models/FirmwareModel.h"
#include "store/AppSettings.h"
#include "store/AutosaveController.h"
#include "store/DraftStore.h"
#include "store/Workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

/// A New campaign form on a step, shown, autosaving into a workspace of its own, untouched.
struct Form
{
    explicit Form(CreateCampaignWizard::PageId step = CreateCampaignWizard::FirmwarePageId)
    {
        ok = h.isRunning() && dir.isValid() && ws.open().persistent();
        wizard.setStartId(step);
        wizard.restart();
        wizard.resize(1100, 760);
        wizard.show();
        ok = ok && QTest::qWaitForWindowExposed(&wizard);
        // The firmware list loads by itself on the first step: no edit of the user's.
        ok = ok && QTest::qWaitFor([this] { return !wizard.firmwarePage()->isLoading(); }, 30000);
        autosave.controller()->flush();
        ok = ok && drafts.list().isEmpty();
    }
    /// What the one draft holds, once the pending change was saved (as the timer would).
    std::optional<Draft> saved()
    {
        if (!autosave.controller()->isPending())
            return std::nullopt;
        autosave.controller()->flush();
        const auto list = drafts.list();
        return list.size() == 1 ? drafts.load(list.first().id) : std::nullopt;
    }

    GuiTestHarness h;
    QTemporaryDir dir;
    Workspace ws{dir.filePath(QStringLiteral("ws.sqlite"))};
    DraftStore drafts{ws};
    CreateCampaignWizard wizard{h.context};
    CreateFormAutosave autosave{wizard, drafts, QStringLiteral("demo"),
                                QStringLiteral("0000123456-00001"), &h.settings};
    bool ok = false;
};

QList<Imei> someImeis(int n)
{
    QList<Imei> out;
    for (int i = 0; i < n; ++i)
        out.append(Imei::completeFrom14(35693803564300ULL + std::uint64_t(i) * 7));
    return out;
}

} // namespace

class CreateFormAutosaveTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesTypedFormAndRestoresIt();
    void discardFormLeavesNoDraft();
    void autosaveOffWritesNoDraft();
    // Each change by its mouse path, on an untouched form, makes the draft (issue 23 item 11).
    void firmwareClickedInTheListIsSaved();
    void protocolPickedInItsListIsSaved();
    void datesPickedInTheCalendarAreSaved();
    void windowAddedByArrowsAndButtonIsSaved();
    void devicesImportedPastedAndRemovedByMouseAreSaved();
    void restoringBringsBackEveryFieldAndIsNoEdit();
    void rejectedLinesAndOtherColumnsSurviveRestore();
};

void CreateFormAutosaveTest::savesTypedFormAndRestoresIt()
{
    GuiTestHarness h;
    QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
    QTemporaryDir dir;
    Workspace ws(dir.filePath(u"ws.sqlite"_s));
    QVERIFY(ws.open().persistent());
    DraftStore drafts(ws);

    CreateCampaignWizard wizard(h.context);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    CreateFormAutosave autosave(wizard, drafts, u"demo"_s, u"0000123456-00001"_s, &h.settings);
    autosave.controller()->flush();
    QVERIFY(drafts.list().isEmpty()); // nothing typed: no draft

    // Type a campaign name (the firmware page holds it), once the package list has loaded by
    // itself — which alone must not make a draft.
    const QString name = u"Depot 9 refresh"_s;
    auto* nameEdit = wizard.firmwarePage()->findChild<QLineEdit*>(u"nameEdit"_s);
    QVERIFY(nameEdit);
    QVERIFY(QTest::qWaitFor(
        [&] { return wizard.firmwarePage()->findChildren<QAbstractItemView*>().size() > 0; },
        30000));
    autosave.controller()->flush();
    QVERIFY(drafts.list().isEmpty());
    nameEdit->setFocus();
    QVERIFY(typeInto(nameEdit, name));
    QCOMPARE(wizard.form().draft.campaignName, name);
    QCOMPARE(QApplication::focusWidget(), nameEdit); // typing keeps the focus in the field
    QVERIFY(autosave.controller()->isPending());
    autosave.controller()->flush();
    const auto saved = drafts.list();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().title, name);
    QCOMPARE(saved.first().account, u"0000123456-00001"_s);

    // "Next start": a fresh form gets the draft back, and restoring makes no new draft.
    CreateCampaignWizard again(h.context);
    CreateFormAutosave restored(again, drafts, u"demo"_s, u"0000123456-00001"_s, &h.settings);
    QVERIFY(restored.restore(saved.first().id));
    QCOMPARE(again.form().draft.campaignName, name);
    restored.controller()->flush();
    QCOMPARE(drafts.list().size(), 1);

    // Created: the draft goes.
    Q_EMIT wizard.campaignCreated(wire::Campaign{});
    QVERIFY(drafts.list().isEmpty());
}

void CreateFormAutosaveTest::discardFormLeavesNoDraft()
{
    GuiTestHarness h;
    QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
    QTemporaryDir dir;
    Workspace ws(dir.filePath(u"ws.sqlite"_s));
    QVERIFY(ws.open().persistent());
    DraftStore drafts(ws);
    CreateCampaignWizard wizard(h.context);
    wizard.show();
    CreateFormAutosave autosave(wizard, drafts, u"demo"_s, u"0000123456-00001"_s, &h.settings);
    auto* nameEdit = wizard.firmwarePage()->findChild<QLineEdit*>(u"nameEdit"_s);
    QVERIFY(typeInto(nameEdit, u"Pilot 3"_s));
    autosave.controller()->flush();
    QCOMPARE(drafts.list().size(), 1);

    // Discard form, confirmed: the form is empty and no draft is left to offer at the next
    // start, neither the typed one nor an empty "Untitled campaign (0 devices)".
    h.messages.confirmAnswers.enqueue(true);
    wizard.reject();
    QCOMPARE(wizard.form().draft.campaignName, QString());
    autosave.controller()->flush();
    QTRY_VERIFY(drafts.list().isEmpty());
    QCoreApplication::processEvents();
    autosave.controller()->flush();
    QVERIFY(drafts.list().isEmpty());

    // Typing again starts a new draft.
    QVERIFY(typeInto(nameEdit, u"Pilot 4"_s));
    autosave.controller()->flush();
    QCOMPARE(drafts.list().size(), 1);
    QCOMPARE(drafts.list().first().title, u"Pilot 4"_s);
}

// Settings ▸ "Save drafts of forms automatically" off: typing writes no draft; switched on
// again, the form as it is then is saved; off again, later typing is not.
void CreateFormAutosaveTest::autosaveOffWritesNoDraft()
{
    GuiTestHarness h;
    QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
    QTemporaryDir dir;
    Workspace ws(dir.filePath(u"ws.sqlite"_s));
    QVERIFY(ws.open().persistent());
    DraftStore drafts(ws);
    h.settings.setValue(AppSettings::Key::AutosaveEnabled, false);
    CreateCampaignWizard wizard(h.context);
    wizard.show();
    CreateFormAutosave autosave(wizard, drafts, u"demo"_s, u"0000123456-00001"_s, &h.settings);
    auto* nameEdit = wizard.firmwarePage()->findChild<QLineEdit*>(u"nameEdit"_s);
    QVERIFY(typeInto(nameEdit, u"Quiet depot"_s));
    QVERIFY(!autosave.controller()->isPending());
    autosave.controller()->flush();
    QVERIFY(drafts.list().isEmpty());

    h.settings.setValue(AppSettings::Key::AutosaveEnabled, true); // the dialog's OK
    QTRY_COMPARE(drafts.list().size(), 1);
    QCOMPARE(drafts.list().first().title, u"Quiet depot"_s);

    h.settings.setValue(AppSettings::Key::AutosaveEnabled, false);
    QVERIFY(typeInto(nameEdit, u" 2"_s));
    QVERIFY(!autosave.controller()->isPending());
    autosave.controller()->flush();
    QCOMPARE(drafts.list().size(), 1);
    QCOMPARE(drafts.list().first().title, u"Quiet depot"_s);
}

void CreateFormAutosaveTest::firmwareClickedInTheListIsSaved()
{
    Form f;
    QVERIFY(f.ok);
    QTableView* view = f.wizard.firmwarePage()->firmwareView();
    QVERIFY(view->model()->rowCount() > 1);
    // The second row as listed (the first is where a keyboard user lands).
    const QModelIndex cell = view->model()->index(1, FirmwareModel::NameColumn);
    const QString clicked = cell.data().toString();
    QVERIFY(mouse::clickCell(view, cell));
    QCOMPARE(f.wizard.form().draft.firmwareName, clicked);
    const auto draft = f.saved();
    QVERIFY2(draft, "a firmware picked by a click left no draft");
    QCOMPARE(draft->campaign.firmwareName, clicked);
    QCOMPARE(draft->campaign.firmwareFrom, f.wizard.form().draft.firmwareFrom);
    QCOMPARE(draft->campaign.firmwareTo, f.wizard.form().draft.firmwareTo);
    QCOMPARE(draft->extra.value(u"firmwareMake"_s).toString(), f.wizard.form().firmwareMake);
}

void CreateFormAutosaveTest::protocolPickedInItsListIsSaved()
{
    Form f;
    QVERIFY(f.ok);
    auto* combo = f.wizard.firmwarePage()->findChild<QComboBox*>(u"protocolCombo"_s);
    QVERIFY(combo);
    const int oma = combo->findData(u"OMA"_s);
    QVERIFY(oma > 0);
    QVERIFY(mouse::pickInCombo(combo, oma));
    const auto draft = f.saved();
    QVERIFY2(draft, "a protocol picked by mouse left no draft");
    QCOMPARE(draft->campaign.protocol, u"OMA"_s);
}

void CreateFormAutosaveTest::datesPickedInTheCalendarAreSaved()
{
    Form f(CreateCampaignWizard::SchedulePageId);
    QVERIFY(f.ok);
    auto* start = f.wizard.schedulePage()->findChild<QDateEdit*>(u"startDateEdit"_s);
    auto* end = f.wizard.schedulePage()->findChild<QDateEdit*>(u"endDateEdit"_s);
    QVERIFY(start && end);
    const QDate newStart = start->date().addDays(2);
    const QDate newEnd = end->date().addDays(6);
    QVERIFY(mouse::pickDate(start, newStart));
    auto draft = f.saved();
    QVERIFY2(draft, "a date picked in the calendar left no draft");
    QCOMPARE(draft->campaign.startDate, newStart);
    QVERIFY(mouse::pickDate(end, newEnd));
    draft = f.saved();
    QVERIFY(draft);
    QCOMPARE(draft->campaign.endDate, newEnd);
}

void CreateFormAutosaveTest::windowAddedByArrowsAndButtonIsSaved()
{
    Form f(CreateCampaignWizard::SchedulePageId);
    QVERIFY(f.ok);
    TimeWindowEditor* editor = f.wizard.schedulePage()->windowEditor();
    auto* from = editor->findChild<QSpinBox*>(u"fromSpin"_s);
    auto* to = editor->findChild<QSpinBox*>(u"toSpin"_s);
    QVERIFY(from && to);
    QCOMPARE(from->value(), 1);
    QCOMPARE(to->value(), 5);
    // 06:00 to 08:00 by the arrows, then Add window.
    QVERIFY(mouse::clickSpinArrow(from, 5));
    QVERIFY(mouse::clickSpinArrow(to, 3));
    QCOMPARE(from->value(), 6);
    QCOMPARE(to->value(), 8);
    QVERIFY(mouse::clickButton(editor->findChild<QPushButton*>(u"addButton"_s)));
    const auto draft = f.saved();
    QVERIFY2(draft, "a window added by mouse left no draft");
    QCOMPARE(draft->campaign.timeWindows, (QList<TimeWindow>{TimeWindow{1, 5}, TimeWindow{6, 8}}));
}

void CreateFormAutosaveTest::devicesImportedPastedAndRemovedByMouseAreSaved()
{
    Form f(CreateCampaignWizard::DevicesPageId);
    QVERIFY(f.ok);
    DeviceListEditor* editor = f.wizard.devicesPage()->editor();
    const QList<Imei> imeis = someImeis(8);
    const QString csvPath = f.dir.filePath(u"depot.csv"_s);
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Device,IMEI\n");
        for (int i = 0; i < 6; ++i)
            csv.write(u"Meter %1,%2\n"_s.arg(i).arg(imeis[i].toString()).toUtf8());
    }
    // Import file…, the file chosen in the dialog: the imported rows are in the draft.
    f.h.messages.openAnswers.enqueue(csvPath);
    QVERIFY(mouse::clickButton(editor->findChild<QPushButton*>(u"importButton"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->rowCount(), 6, 30000);
    auto draft = f.saved();
    QVERIFY2(draft, "a CSV imported by the button left no draft");
    QCOMPARE(draft->campaign.devices, imeis.mid(0, 6));

    // Paste (the button): appended, answering the question Append or Replace.
    QGuiApplication::clipboard()->setText(imeis[6].toString() + u"\n"_s + imeis[7].toString());
    f.h.messages.chooseAnswers.enqueue(0); // Append
    QVERIFY(mouse::clickButton(editor->findChild<QPushButton*>(u"pasteButton"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->rowCount(), 8, 30000);
    draft = f.saved();
    QVERIFY2(draft, "a paste by the button was not saved");
    QCOMPARE(draft->campaign.devices, imeis);

    // A row clicked, then Remove: gone from the draft too.
    QTableView* view = editor->deviceView();
    const QModelIndex third = view->model()->index(2, 0);
    QVERIFY(mouse::clickCell(view, third));
    QVERIFY(mouse::clickButton(editor->findChild<QPushButton*>(u"removeButton"_s)));
    QCOMPARE(editor->model()->rowCount(), 7);
    draft = f.saved();
    QVERIFY2(draft, "a row removed by mouse was not saved");
    QList<Imei> left = imeis;
    left.removeAt(2);
    QCOMPARE(draft->campaign.devices, left);
}

void CreateFormAutosaveTest::restoringBringsBackEveryFieldAndIsNoEdit()
{
    Form f;
    QVERIFY(f.ok);
    const auto packages = f.h.firmware(u"OMD-DM"_s);
    QVERIFY(!packages.isEmpty());
    const wire::FirmwarePackage& p = packages.last();
    CampaignForm form;
    form.draft.campaignName = u"Depot 12 night refresh"_s;
    form.draft.protocol = u"OMA"_s;
    form.draft.firmwareName = p.firmwareName;
    form.draft.firmwareFrom = p.firmwareFrom;
    form.draft.firmwareTo = p.firmwareTo;
    form.firmwareMake = p.make;
    form.firmwareModel = p.model;
    form.firmwarePackageProtocol = p.protocol;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    form.draft.startDate = today.addDays(3);
    form.draft.endDate = today.addDays(9);
    form.draft.timeWindows = {TimeWindow{1, 5}, TimeWindow{6, 8}};
    form.draft.autoAddDevicesFlag = true;
    form.draft.devices = someImeis(5);
    Draft draft = CreateFormAutosave::toDraft(form);
    QVERIFY(f.drafts.save(draft));

    QVERIFY(f.autosave.restore(draft.id));
    // Every field shows the draft, the package once the OMD-DM list has loaded.
    CreateFirmwarePage* firmware = f.wizard.firmwarePage();
    QCOMPARE(firmware->findChild<QLineEdit*>(u"nameEdit"_s)->text(), form.draft.campaignName);
    QCOMPARE(firmware->findChild<QComboBox*>(u"protocolCombo"_s)->currentData().toString(),
             u"OMA"_s);
    QTRY_VERIFY_WITH_TIMEOUT(firmware->selectedPackage().has_value(), 30000);
    QCOMPARE(firmware->selectedPackage()->firmwareName, p.firmwareName);
    QCOMPARE(firmware->selectedPackage()->firmwareTo, p.firmwareTo);
    CreateSchedulePage* schedule = f.wizard.schedulePage();
    QCOMPARE(schedule->findChild<QDateEdit*>(u"startDateEdit"_s)->date(), form.draft.startDate);
    QCOMPARE(schedule->findChild<QDateEdit*>(u"endDateEdit"_s)->date(), form.draft.endDate);
    QCOMPARE(schedule->windowEditor()->windows(), form.draft.timeWindows);
    DeviceListModel* devices = f.wizard.devicesPage()->editor()->model();
    QCOMPARE(devices->rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(devices->imeiAt(row), form.draft.devices[row]);
    QCOMPARE(f.wizard.form(), form);

    // Filling the form, the list loading and the license marks are no edits.
    QVERIFY(!f.autosave.controller()->isPending());
    const std::vector<Imei> licensed{form.draft.devices[0]};
    f.wizard.session()->setLicensedImeis(licensed);
    QVERIFY(!f.autosave.controller()->isPending());
    QCOMPARE(f.drafts.list().size(), 1);
    // The next edit saves into the restored draft.
    f.wizard.session()->updateFields([](CampaignForm& c) { c.draft.autoAssignLicenseFlag = true; });
    const auto again = f.saved();
    QVERIFY(again);
    QCOMPARE(again->id, draft.id);
    QVERIFY(again->campaign.autoAssignLicenseFlag);
}

namespace {

/// Every cell of every row and the header, as shown.
QStringList cellsOf(const DeviceListModel& model)
{
    QStringList out;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal).toString();
    out << header.join(u'|');
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        out << cells.join(u'|');
    }
    return out;
}

} // namespace

void CreateFormAutosaveTest::rejectedLinesAndOtherColumnsSurviveRestore()
{
    Form f(CreateCampaignWizard::DevicesPageId);
    QVERIFY(f.ok);
    DeviceListEditor* editor = f.wizard.devicesPage()->editor();
    const QList<Imei> imeis = someImeis(3);
    const QString csvPath = f.dir.filePath(u"sites.csv"_s);
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write((u"Device,IMEI,Site\n"_s + u"Meter 1,%1,Madrid\n"_s.arg(imeis[0].toString()) +
                   u"Meter 2,12345,Berlin\n"_s + u"\n"_s +
                   u"Meter 3,%1,Paris\n"_s.arg(imeis[1].toString()) +
                   u"Meter 4,%1,Rome\n"_s.arg(imeis[0].toString()))
                      .toUtf8());
    }
    f.h.messages.openAnswers.enqueue(csvPath);
    QVERIFY(mouse::clickButton(editor->findChild<QPushButton*>(u"importButton"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->rowCount(), 4, 30000);
    const QStringList before = cellsOf(*editor->model());
    QVERIFY2(before.first().endsWith(u"|Device|Site"_s), qPrintable(before.first()));
    const auto draft = f.saved();
    QVERIFY(draft);
    QCOMPARE(draft->rejectedRows, QStringList{u"12345"_s});

    // Another New campaign form restores it: the same rows, lines, columns and rejected line.
    CreateCampaignWizard other(f.h.context);
    CreateFormAutosave otherAutosave(other, f.drafts, u"demo"_s, u"0000123456-00001"_s,
                                     &f.h.settings);
    QVERIFY(otherAutosave.restore(draft->id));
    DeviceListModel* restored = other.devicesPage()->editor()->model();
    QCOMPARE(cellsOf(*restored), before);
    QCOMPARE(restored->counts(), editor->model()->counts());
    QCOMPARE(restored->counts().rejected, qint64(1));
    QCOMPARE(restored->counts().duplicates, qint64(1));
    QVERIFY(!otherAutosave.controller()->isPending()); // restoring is no edit
    // The valid IMEIs are what the form sends, as before.
    QCOMPARE(other.form().draft.devices, imeis.mid(0, 2));
}

QTEST_MAIN(CreateFormAutosaveTest)
#include "CreateFormAutosaveTest.moc"
