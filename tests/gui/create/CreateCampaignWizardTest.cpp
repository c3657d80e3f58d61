// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The create-campaign form end to end, by driving its widgets against an
// in-process fotasim: import a CSV with bad lines, fix a 14-digit IMEI, pick
// firmware, set windows, check, submit, see the result; and an API refusal
// (the pilot gate) that leaves every field as the user left it.

#include "gui/create/CreateCampaignWizard.h"

#include "api/AccountDevicePager.h"
#include "core/DisplayFormat.h"
#include "gui/GuiTestHarness.h"
#include "gui/activitylog/ActivityLogPage.h"
#include "gui/activitylog/AuditLogModel.h"
#include "gui/common/InventoryCheckPanel.h"
#include "gui/create/CreateCheckPage.h"
#include "gui/create/CreateDevicesPage.h"
#include "gui/create/CreateFirmwarePage.h"
#include "gui/create/CreateResultPage.h"
#include "gui/create/CreateSchedulePage.h"
#include "gui/create/CreateSubmitPage.h"
#include "gui/create/TimeWindowEditor.h"
#include "gui/devices/DeviceListEditor.h"
#include "models/DeviceListModel.h"
#include "models/DeviceStatusModel.h"
#include "models/FirmwareModel.h"
#include "store/AuditFilter.h"
#include "store/DraftStore.h"
#include "store/LocalStore.h"
#include "workflow/AuditHook.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::GuiTestHarness;
using fotadesk::test::typeInto;

class CreateCampaignWizardTest : public QObject
{
    Q_OBJECT

private:
    static void clickNext(QWizard& w)
    {
        QAbstractButton* next =
            w.button(w.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
        QVERIFY2(next->isEnabled(),
                 qPrintable(u"Next must be enabled on step %1 (complete %2, visible %3)"_s
                                .arg(w.currentId())
                                .arg(w.currentPage()->isComplete())
                                .arg(next->isVisible())));
        QTest::mouseClick(next, Qt::LeftButton);
    }

    /// Clicks the row of a package in the firmware picker.
    static void clickPackage(CreateFirmwarePage* page, const wire::FirmwarePackage& package)
    {
        QVERIFY(QTest::qWaitFor([&] { return !page->isLoading(); }, 30000));
        QTableView* view = page->firmwareView();
        const int sourceRow = page->firmwareModel()->rowOf(
            package.firmwareName, package.firmwareFrom, package.firmwareTo);
        QVERIFY(sourceRow >= 0);
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
        QVERIFY(proxy);
        const QModelIndex index = proxy->mapFromSource(page->firmwareModel()->index(sourceRow, 0));
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(page->selectedPackage()->firmwareName, package.firmwareName);
    }

    /// Steps 1 and 2 through the widgets: name, protocol, package, windows 22 -> 2.
    static void fillFirmwareAndSchedule(CreateCampaignWizard& wizard, const QString& name,
                                        const wire::FirmwarePackage& package,
                                        const QString& protocol = u"LWM2M"_s)
    {
        auto* page = wizard.firmwarePage();
        QVERIFY(QTest::qWaitFor([&] { return page->firmwareModel()->rowCount() > 0; }, 30000));
        auto* nameEdit = page->findChild<QLineEdit*>(u"nameEdit"_s);
        QVERIFY(nameEdit);
        QVERIFY(typeInto(nameEdit, name));
        auto* protocolCombo = page->findChild<QComboBox*>(u"protocolCombo"_s);
        protocolCombo->setCurrentIndex(protocolCombo->findData(protocol));
        clickPackage(page, package);
        QVERIFY(page->isComplete());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(CreateCampaignWizard::SchedulePageId));

        TimeWindowEditor* editor = wizard.schedulePage()->windowEditor();
        editor->setWindows({}); // start from none, then add a midnight-spanning one
        auto* from = editor->findChild<QSpinBox*>(u"fromSpin"_s);
        auto* to = editor->findChild<QSpinBox*>(u"toSpin"_s);
        auto* add = editor->findChild<QPushButton*>(u"addButton"_s);
        QVERIFY(from && to && add);
        from->setValue(22);
        to->setValue(2);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(editor->windows(), (QList<TimeWindow>{{22, 24}, {0, 2}}));
        QVERIFY(wizard.schedulePage()->isComplete());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(CreateCampaignWizard::DevicesPageId));
    }

    /// Step 3 from a file of IMEIs (imported through the Import button), then Next.
    static void importAndGoToCheck(GuiTestHarness& h, CreateCampaignWizard& wizard,
                                   const QTemporaryDir& dir, const QList<Imei>& devices)
    {
        QStringList lines{u"imei"_s};
        for (const Imei& i : devices)
            lines << i.toString();
        const QString path = dir.filePath(u"devices.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines.join(u'\n').toUtf8());
        file.close();
        DeviceListEditor* editor = wizard.devicesPage()->editor();
        h.messages.openAnswers.enqueue(path);
        QTest::mouseClick(editor->findChild<QPushButton*>(u"importButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !editor->isImporting(); }, 30000));
        QCOMPARE(editor->counts().valid, devices.size());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(CreateCampaignWizard::CheckPageId));
        QVERIFY(QTest::qWaitFor([&] { return !wizard.checkPage()->isChecking(); }, 60000));
    }

    /// The count the reasons table shows for a verdict's label (-1: no such row).
    static qint64 shownCount(InventoryCheckPanel* panel, DeviceVerdict verdict)
    {
        auto* table = panel->findChild<QTableWidget*>(u"inventoryReasons"_s);
        for (int row = 0; table && row < table->rowCount(); ++row) {
            if (table->item(row, 1)->text() == DeviceInventoryCheck::label(verdict))
                return QLocale().toLongLong(table->item(row, 0)->text());
        }
        return -1;
    }

private Q_SLOTS:
    void untouchedFirmwareChoiceIsNoError()
    {
        // A page the user has not touched shows what to do, not a red error; once a package
        // was chosen and then none is, the error is there.
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        CreateCampaignWizard wizard(h.context);
        wizard.show();
        auto* page = wizard.firmwarePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->firmwareModel()->rowCount() > 0 && !page->isLoading(),
                                 30000);
        auto* label = page->findChild<QLabel*>(u"firmwareIssueLabel"_s);
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().startsWith(u"Choose the firmware package"_s),
                 qPrintable(label->text()));
        QVERIFY(!label->text().contains(u"✖"_s));
        clickPackage(page, h.firmware().first());
        page->firmwareView()->clearSelection();
        QVERIFY2(label->text().contains(u"✖"_s), qPrintable(label->text()));
        QVERIFY(!page->isComplete());
    }

    void releaseNoteDatesInTheUsersLocale()
    {
        // A German user (AppLanguage sets the default locale): the chosen package's details
        // beside the release note give its launch in DisplayFormat's form (four-digit year).
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const wire::FirmwarePackage package = h.firmware().first();
        QVERIFY(package.launchDate.isValid());
        const QLocale before;
        const QLocale de(QLocale::German, QLocale::Germany);
        QLocale::setDefault(de);
        struct Restore
        {
            QLocale locale;
            ~Restore() { QLocale::setDefault(locale); }
        } restore{before};
        CreateCampaignWizard wizard(h.context);
        wizard.show();
        auto* page = wizard.firmwarePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->firmwareModel()->rowCount() > 0 && !page->isLoading(),
                                 30000);
        clickPackage(page, package);
        const QString details = page->findChild<QLabel*>(u"detailsLabel"_s)->text();
        const QString launched = DisplayFormat::dateTime(package.launchDate.utc.toLocalTime(),
                                                         DisplayFormat::Seconds::Hide, de);
        QVERIFY2(details.contains(u"Launched: "_s + launched), qPrintable(details));
        static const QRegularExpression german(uR"(Launched: \d\d\.\d\d\.\d{4} \d\d:\d\d<)"_s);
        QVERIFY2(german.match(details).hasMatch(), qPrintable(details));
    }

    void createsCampaignEndToEnd()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto fleet = h.fleet();
        const QList<Imei>& licensed = fleet.devices;
        QVERIFY2(licensed.size() >= 10, "the demo fleet has devices on one firmware");

        // A device file as a field engineer gets it: header, a name column, bad lines.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"depot7.csv"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray csv = "name,imei\n";
            for (int i = 0; i < 3; ++i)
                csv += "modem " + QByteArray::number(i) + "," + licensed[i].toString().toLatin1() +
                       "\n";
            csv += "modem 3," + licensed[3].toString().left(14).toLatin1() + "\n"; // 14 digits
            csv += "modem 4,hello\n";                                              // not an IMEI
            csv += "modem 5," + licensed[4].toString().toLatin1() + "7\n";         // 16 digits
            csv += "modem 6," + licensed[0].toString().toLatin1() + "\n";          // duplicate
            f.write(csv);
        }

        CreateCampaignWizard wizard(h.context);
        wizard.resize(1000, 700);
        wizard.show();
        fillFirmwareAndSchedule(wizard, u"Depot 7 refresh"_s, fleet.package);

        DeviceListEditor* editor = wizard.devicesPage()->editor();
        QVERIFY(!wizard.devicesPage()->isComplete());
        h.messages.openAnswers.enqueue(path);
        QTest::mouseClick(editor->findChild<QPushButton*>(u"importButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !editor->isImporting(); }, 30000));
        QCOMPARE(editor->counts().valid, 3);
        QCOMPARE(editor->counts().rejected, 3);
        QCOMPARE(editor->counts().duplicates, 1);
        QCOMPARE(editor->fixableCount(), 1);
        QVERIFY(editor->importSummary().contains(u"depot7.csv"_s));

        auto* fix = editor->findChild<QPushButton*>(u"fixButton"_s);
        QVERIFY(fix->isEnabled());
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(editor->counts().valid, 4);
        QCOMPARE(editor->counts().rejected, 2);
        QCOMPARE(editor->fixableCount(), 0);
        QVERIFY(wizard.devicesPage()->isComplete());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(CreateCampaignWizard::CheckPageId));

        CreateCheckPage* check = wizard.checkPage();
        QVERIFY(QTest::qWaitFor([&] { return !check->isChecking(); }, 60000));
        QVERIFY2(!hasErrors(check->issues()), qPrintable(issueCodes(check->issues()).join(u' ')));
        const QStringList codes = issueCodes(check->issues());
        QVERIFY(codes.contains(u"check-duplicates"_s));
        QVERIFY(codes.contains(u"check-rejected-lines"_s));
        QVERIFY2(codes.contains(u"check-inventory-ok"_s), qPrintable(codes.join(u' ')));
        QVERIFY(check->requestText().contains(u"\"campaignName\": \"Depot 7 refresh\""_s));
        QVERIFY(check->requestText().contains(licensed[3].toString()));
        QVERIFY(check->requestText().contains(u"\"startTime\": 22"_s));
        QVERIFY(check->isComplete());

        clickNext(wizard); // "Schedule campaign"
        QVERIFY(QTest::qWaitFor(
            [&] { return wizard.currentId() == CreateCampaignWizard::ResultPageId; }, 60000));
        const auto created = wizard.submitPage()->createdCampaign();
        QVERIFY(created.has_value());
        QCOMPARE(created->campaignName, u"Depot 7 refresh"_s);
        QCOMPARE(created->timeWindows, (QList<TimeWindow>{{22, 24}, {0, 2}}));
        CreateResultPage* result = wizard.resultPage();
        QVERIFY(result->campaignText().contains(created->id));
        QVERIFY(QTest::qWaitFor([&] { return !result->isLoading(); }, 60000));
        QCOMPARE(result->resultModel()->rowCount(), 4);
        QCOMPARE(result->resultModel()->count(StatusGroup::Failed), 0);
        QCOMPARE(result->resultModel()->count(StatusGroup::Pending), 4);

        // The server has it, with exactly the four devices.
        const QStringList onServer = h.campaignDevices(created->id);
        QCOMPARE(onServer.size(), 4);
        for (int i = 0; i < 4; ++i)
            QVERIFY(onServer.contains(licensed[i].toString()));
    }

    void apiRefusalKeepsTheForm()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto fleet = h.fleet();
        QVERIFY(fleet.devices.size() >= 5);

        // HTTP lists every package; the server refuses an LWM2M package for an HTTP campaign.
        CreateCampaignWizard wizard(h.context);
        wizard.resize(1000, 700);
        wizard.show();
        fillFirmwareAndSchedule(wizard, u"Wrong protocol"_s, fleet.package, u"HTTP"_s);

        // Type the IMEIs one by one, as with a scanner.
        DeviceListEditor* editor = wizard.devicesPage()->editor();
        auto* entry = editor->findChild<QLineEdit*>(u"entryEdit"_s);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(typeInto(entry, fleet.devices[i].toString()));
            QTest::keyClick(entry, Qt::Key_Return);
        }
        QCOMPARE(editor->counts().valid, 5);
        // Enter in the entry field added the devices and did not move the wizard on.
        QCOMPARE(wizard.currentId(), int(CreateCampaignWizard::DevicesPageId));
        // A typo stays in the field with the core's message under it.
        QVERIFY(typeInto(entry, u"12345"_s));
        QTest::keyClick(entry, Qt::Key_Return);
        QCOMPARE(entry->text(), u"12345"_s);
        QCOMPARE(editor->counts().valid, 5);

        clickNext(wizard);
        CreateCheckPage* check = wizard.checkPage();
        QVERIFY(QTest::qWaitFor([&] { return !check->isChecking(); }, 60000));
        QVERIFY(check->isComplete()); // a warning, not an error: the user may still send it
        // The check page says beforehand what the server will say: package and protocol differ.
        QVERIFY2(issueCodes(check->issues()).contains(u"protocol-package-mismatch"_s),
                 qPrintable(issueCodes(check->issues()).join(u' ')));
        const CampaignForm before = wizard.form();
        QCOMPARE(before.draft.protocol, u"HTTP"_s);
        // HTTP has no listing of its own: the page listed every package and said why.
        const auto* loadState = wizard.firmwarePage()->findChild<QLabel*>(u"loadStateLabel"_s);
        QVERIFY(loadState);
        QVERIFY2(loadState->text().contains(u"every protocol"_s), qPrintable(loadState->text()));

        clickNext(wizard);
        CreateSubmitPage* submit = wizard.submitPage();
        QVERIFY(QTest::qWaitFor([&] { return submit->state() != CreateSubmitPage::State::Sending; },
                                60000));
        QCOMPARE(submit->state(), CreateSubmitPage::State::Refused);
        QVERIFY(submit->lastError().has_value());
        QCOMPARE(submit->lastError()->kind(), ApiError::Kind::Api);
        QVERIFY(!submit->lastError()->errorCode().isEmpty());
        QVERIFY2(submit->errorText().contains(submit->lastError()->errorCode()),
                 qPrintable(submit->errorText()));
        QVERIFY(submit->errorText().contains(submit->lastError()->errorMessage().toHtmlEscaped()));
        QVERIFY(!submit->isComplete());
        QCOMPARE(wizard.currentId(), int(CreateCampaignWizard::SubmitPageId));

        // Back: everything as the user left it, even the typo in the entry field.
        QAbstractButton* back = wizard.button(QWizard::BackButton);
        QVERIFY(back->isVisible() && back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(CreateCampaignWizard::CheckPageId));
        QCOMPARE(wizard.form(), before);
        QCOMPARE(entry->text(), u"12345"_s);

        // Fix what the server refused (the protocol), schedule again: accepted.
        wizard.back();
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(CreateCampaignWizard::FirmwarePageId));
        auto* protocolCombo = wizard.firmwarePage()->findChild<QComboBox*>(u"protocolCombo"_s);
        protocolCombo->setCurrentIndex(protocolCombo->findData(u"LWM2M"_s));
        QVERIFY(QTest::qWaitFor([&] { return !wizard.firmwarePage()->isLoading(); }, 30000));
        // The chosen package is kept across the reload of the list.
        QCOMPARE(wizard.firmwarePage()->selectedPackage()->firmwareName,
                 fleet.package.firmwareName);
        clickNext(wizard);
        clickNext(wizard);
        clickNext(wizard);
        QVERIFY(QTest::qWaitFor([&] { return !check->isChecking(); }, 60000));
        QVERIFY2(check->isComplete(), qPrintable(issueCodes(check->issues()).join(u' ')));
        QVERIFY(!issueCodes(check->issues()).contains(u"protocol-package-mismatch"_s));
        clickNext(wizard);
        QVERIFY(QTest::qWaitFor(
            [&] { return wizard.currentId() == CreateCampaignWizard::ResultPageId; }, 60000));
        QCOMPARE(submit->state(), CreateSubmitPage::State::Created);
        QCOMPARE(submit->createdCampaign()->protocol, u"LWM2M"_s);
    }

    void refusedDevicesAreKeptAsADraftAndOnlyTheAcceptedAreScheduled()
    {
        // A list with devices the service would refuse is not "ready": the check names them
        // by reason; "keep only the accepted devices" moves them to a draft, and the campaign
        // the server then holds has exactly the accepted ones.
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        QTemporaryDir dir;
        LocalStore store(dir.filePath(u"ws.sqlite"_s));
        QVERIFY(store.open().persistent());
        h.context.drafts = &store.drafts();
        h.context.journal = &store.journal();
        const auto fleet = h.fleet(300);
        QVERIFY(fleet.devices.size() >= 4);
        const QList<Imei> accepted = fleet.devices.mid(0, 4);
        const QList<Imei> strangers = h.unlicensedImeis(h.licensedImeis(), 2);
        QList<Imei> list = accepted;
        list.insert(1, strangers.at(0));
        list.append(strangers.at(1));

        CreateCampaignWizard wizard(h.context);
        wizard.resize(1000, 700);
        wizard.show();
        fillFirmwareAndSchedule(wizard, u"Depot 9 pilot"_s, fleet.package);
        importAndGoToCheck(h, wizard, dir, list);

        CreateCheckPage* check = wizard.checkPage();
        auto* panel = check->findChild<InventoryCheckPanel*>();
        QVERIFY(panel);
        QCOMPARE(panel->state(), InventoryCheckPanel::State::Done);
        QVERIFY(issueCodes(check->issues()).contains(u"check-inventory-refused"_s));
        QVERIFY(!check->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const InventoryCheckReport* report = panel->report();
        QVERIFY(report);
        QCOMPARE(report->refusedCount(), 2);
        QCOMPARE(shownCount(panel, DeviceVerdict::NotInAccount), 2);
        QCOMPARE(shownCount(panel, DeviceVerdict::WillBeAccepted), 4);
        // The rows behind the selected count (the first row: the refused).
        auto* rows = panel->findChild<QTableView*>(u"inventoryRows"_s);
        QCOMPARE(rows->model()->rowCount(), 2);
        QCOMPARE(rows->model()->index(0, 0).data().toString(), strangers.at(0).toString());

        // Export the refused devices with their reasons.
        const QString csv = dir.filePath(u"refused.csv"_s);
        h.messages.saveAnswers.enqueue(csv);
        QTest::mouseClick(panel->findChild<QPushButton*>(u"exportRefusedButton"_s), Qt::LeftButton);
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray bytes = exported.readAll();
        QVERIFY(
            bytes.contains(QByteArray(strangers.at(1).toString().toUtf8() + ",not-in-account,")));

        QTest::mouseClick(panel->findChild<QPushButton*>(u"keepAcceptedButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !check->isChecking(); }, 60000));
        QVERIFY2(check->isComplete(), qPrintable(issueCodes(check->issues()).join(u' ')));
        QVERIFY(issueCodes(check->issues()).contains(u"check-inventory-ok"_s));
        QVERIFY(issueCodes(check->issues()).contains(u"check-inventory-kept"_s));
        QCOMPARE(wizard.devicesPage()->editor()->counts().valid, 4);
        const QList<DraftInfo> drafts = store.drafts().list(Draft::Kind::CreateCampaign);
        const auto kept = std::find_if(drafts.cbegin(), drafts.cend(), [](const DraftInfo& d) {
            return d.title.contains(u"Depot 9 pilot"_s) && d.title.contains(u"refused"_s);
        });
        QVERIFY(kept != drafts.cend());
        const std::optional<Draft> draft = store.drafts().load(kept->id);
        QVERIFY(draft);
        QCOMPARE(draft->campaign.devices, strangers);
        QCOMPARE(draft->campaign.firmwareName, fleet.package.firmwareName);
        QCOMPARE(draft->extra.value(u"checkReasons"_s)
                     .toObject()
                     .value(strangers.at(0).toString())
                     .toString(),
                 u"not-in-account"_s);

        clickNext(wizard); // "Schedule campaign"
        QVERIFY(QTest::qWaitFor(
            [&] { return wizard.currentId() == CreateCampaignWizard::ResultPageId; }, 60000));
        const auto created = wizard.submitPage()->createdCampaign();
        QVERIFY(created.has_value());
        QStringList onServer = h.campaignDevices(created->id);
        onServer.sort();
        QStringList expected;
        for (const Imei& i : accepted)
            expected << i.toString();
        expected.sort();
        QCOMPARE(onServer, expected);
    }

    void licensesAreAssignedFromTheCheck()
    {
        // Devices that lack nothing but a licence: the check offers to assign licences
        // (a journaled batch), then checks again; the server then reports them licensed.
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        QTemporaryDir dir;
        LocalStore store(dir.filePath(u"ws.sqlite"_s));
        QVERIFY(store.open().persistent());
        h.context.drafts = &store.drafts();
        h.context.journal = &store.journal();
        const auto fleet = h.fleet(300);
        QVERIFY(!fleet.devices.isEmpty());
        // The account's unlicensed devices that a campaign of the package would accept.
        AccountDevicePager pager(h.client(), u"LWM2M"_s);
        pager.setCollect(true);
        pager.setAutoDelete(false);
        pager.start();
        QVERIFY(GuiTestHarness::wait(&pager) && pager.succeeded());
        const PackageFacts facts = wire::toPackageFacts(fleet.package);
        QList<Imei> unlicensed;
        for (const auto& d : pager.devices()) {
            InventoryRecord r = wire::toInventoryRecord(d);
            if (r.licenseAssigned.value_or(true) || unlicensed.size() >= 3)
                continue;
            r.licenseAssigned = true;
            r.lastConnection = QDateTime::currentDateTimeUtc();
            if (DeviceInventoryCheck::classify(facts, &r, QDateTime::currentDateTimeUtc())
                    .accepted())
                unlicensed.append(*Imei::fromString(d.deviceId));
        }
        QVERIFY2(unlicensed.size() == 3, "the demo fleet has unlicensed devices on firmwareFrom");
        QList<Imei> list{fleet.devices.first()};
        list += unlicensed;

        CreateCampaignWizard wizard(h.context);
        wizard.resize(1000, 700);
        wizard.show();
        fillFirmwareAndSchedule(wizard, u"Depot 11 licences"_s, fleet.package);
        importAndGoToCheck(h, wizard, dir, list);
        CreateCheckPage* check = wizard.checkPage();
        auto* panel = check->findChild<InventoryCheckPanel*>();
        QVERIFY(!check->isComplete());
        QCOMPARE(shownCount(panel, DeviceVerdict::NoLicense), 3);
        const InventoryCheckReport* report = panel->report();
        QVERIFY(report);
        QCOMPARE(report->licensableDevices().size(), 3);
        QVERIFY(panel->licensesLeft().value_or(0) >= 3);
        auto* assign = panel->findChild<QPushButton*>(u"assignLicensesButton"_s);
        QVERIFY(assign->isVisible() && assign->isEnabled());

        h.messages.confirmAnswers.enqueue(true);
        QTest::mouseClick(assign, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const InventoryCheckReport* now = panel->report();
                return panel->state() == InventoryCheckPanel::State::Done && now &&
                       now->allAccepted();
            },
            60000));
        QVERIFY2(check->isComplete(), qPrintable(issueCodes(check->issues()).join(u' ')));
        // The server's truth: the three are licensed now.
        QStringList ids;
        for (const Imei& i : unlicensed)
            ids << i.toString();
        auto* lookup = h.client()->lookupDevices(ids);
        lookup->setAutoDelete(false);
        std::unique_ptr<ApiJob> owner(lookup);
        QVERIFY(GuiTestHarness::wait(lookup) && lookup->succeeded());
        QCOMPARE(lookup->result().deviceList.size(), 3);
        for (const auto& d : lookup->result().deviceList)
            QVERIFY2(d.licenseAssigned.value_or(false), qPrintable(d.deviceId));
        // ... and the batch was journaled.
        QVERIFY(!store.journal().list().isEmpty());
    }

    // A create the server takes with a device it refuses (scheduled without the inventory
    // check, which could not run): the result page reads the refusal from the campaign's
    // device report, and the create's row in the activity log is "Partly done", not "Success".
    void createWithARefusedDeviceIsPartlyDoneInTheActivityLog()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        QTemporaryDir dir;
        LocalStore store(dir.filePath(u"ws.sqlite"_s));
        QVERIFY(store.open().persistent());
        h.context.drafts = &store.drafts();
        h.context.journal = &store.journal();
        h.context.audit = &store.audit();
        AuditHook hook(store.audit(), h.client(), &store.pendingCreates());
        h.client()->setRetryPolicy(RetryPolicy::none());
        const auto fleet = h.fleet(300);
        QVERIFY(fleet.devices.size() >= 3);
        const QList<Imei> stranger = h.unlicensedImeis(h.licensedImeis(), 1);
        const QList<Imei> list = fleet.devices.mid(0, 3) + stranger;

        CreateCampaignWizard wizard(h.context);
        wizard.resize(1000, 700);
        wizard.show();
        fillFirmwareAndSchedule(wizard, u"Depot 11 partly"_s, fleet.package);
        // The inventory cannot be read: the check offers to schedule without it.
        QVERIFY(h.setFaults(u"error503=1"_s));
        importAndGoToCheck(h, wizard, dir, list);
        QVERIFY(h.setFaults(u"none"_s));
        auto* skip = wizard.checkPage()->findChild<QCheckBox*>(u"skipInventoryCheck"_s);
        QVERIFY(skip && skip->isVisible());
        skip->setChecked(true);
        QVERIFY(QTest::qWaitFor([&] { return !wizard.checkPage()->isChecking(); }, 60000));
        QVERIFY2(wizard.checkPage()->isComplete(),
                 qPrintable(issueCodes(wizard.checkPage()->issues()).join(u' ')));
        clickNext(wizard); // "Schedule campaign"
        QVERIFY(QTest::qWaitFor(
            [&] { return wizard.currentId() == CreateCampaignWizard::ResultPageId; }, 60000));
        const auto created = wizard.submitPage()->createdCampaign();
        QVERIFY(created.has_value());
        CreateResultPage* result = wizard.resultPage();
        QVERIFY(QTest::qWaitFor([&] { return !result->isLoading(); }, 60000));
        QCOMPARE(result->resultModel()->count(StatusGroup::Failed), 1);

        AuditFilter filter;
        filter.operation = u"create-campaign"_s;
        const QList<AuditEntry> creates = store.audit().query(filter);
        QCOMPARE(creates.size(), 1);
        QCOMPARE(creates.first().campaignId, created->id);
        QCOMPARE(creates.first().outcome, AuditEntry::Outcome::Partial);
        QVERIFY2(
            creates.first().result.contains(u"3 of 4 devices added, 1 refused by the server"_s),
            qPrintable(creates.first().result));
        ActivityLogPage page(store.audit(), nullptr);
        QAbstractItemModel* rows = page.table()->model();
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->index(0, AuditLogModel::OutcomeColumn).data().toString(), u"Partly done"_s);
    }
};

QTEST_MAIN(CreateCampaignWizardTest)
#include "CreateCampaignWizardTest.moc"
