// The create-campaign form autosaves into a workspace draft and restores from it. (The store
// helper's test.)

#include "gui/create/CreateFormAutosave.h"

#include "gui/GuiTestHarness.h"
#include "gui/create/CampaignForm.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/create/CreateFirmwarePage.h"
#include "store/AppSettings.h"
#include "store/AutosaveController.h"
#include "store/DraftStore.h"
#include "store/Workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

class CreateFormAutosaveTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesTypedFormAndRestoresIt();
    void discardFormLeavesNoDraft();
    void autosaveOffWritesNoDraft();
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

QTEST_MAIN(CreateFormAutosaveTest)
#include "CreateFormAutosaveTest.moc"
