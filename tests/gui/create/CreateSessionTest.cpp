// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The New campaign form's one owner of state: what each step writes, what load() replaces, and
// that every step reads the session (not a sibling step) through the real wizard.

#include "gui/create/CreateSession.h"

#include "gui/GuiTestHarness.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/create/CreateDevicesPage.h"
#include "gui/create/CreateFirmwarePage.h"
#include "gui/create/CreateSchedulePage.h"
#include "gui/devices/DeviceListEditor.h"
#include "models/DeviceListModel.h"

#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

Imei imei(int n)
{
    return Imei::completeFrom14(35693803500000ULL + std::uint64_t(n));
}

} // namespace

class CreateSessionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsChangeOnlyWhenSomethingChanged();
    void formTakesTheDevicesFromTheDeviceList();
    void loadReplacesEverything();
    void stepsWriteIntoTheSessionAsTheUserTypes();
    void setFormShowsTheSessionInEveryStep();
};

void CreateSessionTest::fieldsChangeOnlyWhenSomethingChanged()
{
    CreateSession session;
    QSignalSpy changed(&session, &CreateSession::fieldsChanged);
    session.updateFields([](CampaignForm& f) { f.draft.campaignName = u"Depot 7"_s; });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(session.fields().draft.campaignName, u"Depot 7"_s);
    session.updateFields([](CampaignForm& f) { f.draft.campaignName = u"Depot 7"_s; });
    QCOMPARE(changed.size(), 1); // the same value: nothing changed
    // A step cannot put devices into the fields: the device list owns them.
    session.updateFields([](CampaignForm& f) { f.draft.devices = {imei(1)}; });
    QCOMPARE(changed.size(), 1);
    QVERIFY(session.fields().draft.devices.isEmpty());
    QVERIFY(session.form().draft.devices.isEmpty());
}

void CreateSessionTest::formTakesTheDevicesFromTheDeviceList()
{
    CreateSession session;
    const QList<Imei> devices{imei(1), imei(2), imei(1)};
    session.devices()->appendImeis(devices);
    const CampaignForm form = session.form();
    QCOMPARE(form.draft.devices, (QList<Imei>{imei(1), imei(2)})); // valid, each once
    QVERIFY(session.fields().draft.devices.isEmpty());

    QSignalSpy license(&session, &CreateSession::licenseStateChanged);
    const std::vector<Imei> licensed{imei(1)};
    session.setLicensedImeis(licensed);
    QVERIFY(session.licenseChecked());
    QCOMPARE(session.devices()->counts().unlicensed, 1);
    QCOMPARE(license.size(), 1);
    QCOMPARE(license.first().first().toBool(), true);
}

void CreateSessionTest::loadReplacesEverything()
{
    CreateSession session;
    session.devices()->appendImeis(QList<Imei>{imei(9)});
    const std::vector<Imei> licensed{imei(9)};
    session.setLicensedImeis(licensed);
    wire::Campaign created;
    created.id = u"c-1"_s;
    session.setCreatedCampaign(created);

    CampaignForm form;
    form.draft.campaignName = u"Restored"_s;
    form.draft.firmwareName = u"FW_A"_s;
    form.draft.devices = {imei(3), imei(4)};
    form.firmwareMake = u"Telit"_s;
    QSignalSpy loaded(&session, &CreateSession::loaded);
    session.load(form);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(session.form(), form);
    QVERIFY(!session.licenseChecked());
    QCOMPARE(session.devices()->counts().unlicensed, 0);
    QVERIFY(!session.createdCampaign());
}

void CreateSessionTest::stepsWriteIntoTheSessionAsTheUserTypes()
{
    GuiTestHarness h;
    QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
    CreateCampaignWizard wizard(h.context);
    wizard.show();
    CreateSession& session = *wizard.session();
    auto* nameEdit = wizard.firmwarePage()->findChild<QLineEdit*>(u"nameEdit"_s);
    QVERIFY(nameEdit);
    QVERIFY(typeInto(nameEdit, u"Depot 12"_s));
    QCOMPARE(session.fields().draft.campaignName, u"Depot 12"_s);

    // The chosen package goes into the session once the list is there.
    QTRY_VERIFY_WITH_TIMEOUT(
        !wizard.firmwarePage()->isLoading() && !session.firmwarePackages().isEmpty(), 30000);
    const wire::FirmwarePackage package = session.firmwarePackages().first();
    QVERIFY(wizard.firmwarePage()->selectPackage(package.firmwareName, package.firmwareFrom,
                                                 package.firmwareTo));
    QCOMPARE(session.fields().draft.firmwareName, package.firmwareName);
    QCOMPARE(session.fields().firmwareMake, package.make);

    // The schedule step's dates, and the device list the devices step shows.
    auto* start = wizard.schedulePage()->findChild<QDateEdit*>(u"startDateEdit"_s);
    auto* end = wizard.schedulePage()->findChild<QDateEdit*>(u"endDateEdit"_s);
    QVERIFY(start && end);
    end->setDate(start->date().addDays(9));
    QCOMPARE(session.fields().draft.endDate, start->date().addDays(9));
    session.devices()->appendImeis(QList<Imei>{imei(5)});
    QCOMPARE(wizard.form().draft.devices, QList<Imei>{imei(5)});
}

void CreateSessionTest::setFormShowsTheSessionInEveryStep()
{
    GuiTestHarness h;
    QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
    CreateCampaignWizard wizard(h.context);
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.firmwarePage()->isLoading() &&
                                 !wizard.session()->firmwarePackages().isEmpty(),
                             30000);
    const wire::FirmwarePackage package = wizard.session()->firmwarePackages().first();

    CampaignForm form;
    form.draft.campaignName = u"From a draft"_s;
    form.draft.firmwareName = package.firmwareName;
    form.draft.firmwareFrom = package.firmwareFrom;
    form.draft.firmwareTo = package.firmwareTo;
    form.draft.protocol = CampaignDraft::campaignProtocolFor(package.protocol);
    form.firmwareMake = package.make;
    form.firmwareModel = package.model;
    form.firmwarePackageProtocol = package.protocol;
    form.draft.startDate = QDate::currentDate().addDays(3);
    form.draft.endDate = QDate::currentDate().addDays(5);
    form.draft.timeWindows = {TimeWindow{2, 6}};
    form.draft.autoAssignLicenseFlag = true;
    form.draft.devices = {imei(7), imei(8)};
    wizard.setForm(form);

    QCOMPARE(wizard.firmwarePage()->findChild<QLineEdit*>(u"nameEdit"_s)->text(),
             form.draft.campaignName);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.firmwarePage()->selectedPackage().has_value(), true, 30000);
    QCOMPARE(wizard.schedulePage()->findChild<QDateEdit*>(u"endDateEdit"_s)->date(),
             form.draft.endDate);
    QCOMPARE(wizard.devicesPage()->editor()->model(), wizard.session()->devices());
    QCOMPARE(wizard.devicesPage()->editor()->counts().valid, 2);
    // What the steps show is what the session holds, devices included.
    QCOMPARE(wizard.form(), form);

    // An empty form: every step back to its defaults, the device list empty.
    wizard.resetForm();
    QVERIFY(wizard.firmwarePage()->findChild<QLineEdit*>(u"nameEdit"_s)->text().isEmpty());
    QVERIFY(wizard.form().draft.devices.isEmpty());
    QVERIFY(wizard.form().draft.firmwareName.isEmpty());
    QVERIFY(wizard.form().draft.startDate.isValid()); // the schedule's defaults
    QCOMPARE(wizard.form().draft.timeWindows, (QList<TimeWindow>{TimeWindow{1, 5}}));
}

QTEST_MAIN(CreateSessionTest)
#include "CreateSessionTest.moc"
