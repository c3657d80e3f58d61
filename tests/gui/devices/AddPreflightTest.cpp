// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Adding devices to a campaign checks every device against the account's inventory first:
// a list the service will accept whole is sent at once; a list with devices it would refuse
// stops on the check page, and "keep only the accepted devices" keeps the others as a
// device-list draft for the campaign and sends the rest. What the campaign then holds is read
// back from fotasim.

#include "gui/devices/AddPreflight.h"

#include "gui/GuiTestHarness.h"
#include "gui/common/InventoryCheckPanel.h"
#include "gui/devices/DeviceChangeDialog.h"
#include "gui/devices/DeviceListEditor.h"
#include "models/DeviceResultModel.h"
#include "store/DraftStore.h"
#include "store/LocalStore.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::GuiTestHarness;

namespace {

QString lines(const QList<Imei>& imeis)
{
    QStringList out;
    for (const Imei& i : imeis)
        out << i.toString();
    return out.join(u'\n');
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

QStringList idsOf(const QList<Imei>& imeis)
{
    QStringList out;
    for (const Imei& i : imeis)
        out << i.toString();
    return out;
}

} // namespace

class AddPreflightTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedListIsSentAtOnce()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto fleet = h.fleet();
        QVERIFY(fleet.devices.size() >= 6);
        const QDate today = Clock::system().nowUtc().date();
        const auto campaign =
            h.createCampaign(u"Add checked"_s, fleet.package, fleet.devices.mid(0, 2),
                             today.addDays(3), today.addDays(5));
        QVERIFY(campaign.has_value());
        DeviceChangeDialog dialog(h.context, *campaign, DeviceChangeDialog::Mode::Add);
        dialog.show();
        QVERIFY(dialog.editor()->importText(lines(fleet.devices.mid(2, 4))));
        QVERIFY(QTest::qWaitFor([&] { return !dialog.editor()->isImporting(); }, 30000));
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isChecking());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !dialog.isChecking() && !dialog.isRunning() &&
                       dialog.resultModel()->rowCount() > 0;
            },
            60000));
        QCOMPARE(dialog.resultModel()->counts().succeeded, 4);
        QCOMPARE(sorted(h.campaignDevices(campaign->id)), sorted(idsOf(fleet.devices.mid(0, 6))));
    }

    void refusedDevicesAreKeptAsADraftAndTheRestAdded()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        QTemporaryDir dir;
        LocalStore store(dir.filePath(u"ws.sqlite"_s));
        QVERIFY(store.open().persistent());
        h.context.drafts = &store.drafts();
        h.context.journal = &store.journal();
        const auto fleet = h.fleet();
        QVERIFY(fleet.devices.size() >= 5);
        const QDate today = Clock::system().nowUtc().date();
        const auto campaign =
            h.createCampaign(u"Add with refusals"_s, fleet.package, fleet.devices.mid(0, 2),
                             today.addDays(3), today.addDays(5));
        QVERIFY(campaign.has_value());
        const QList<Imei> strangers = h.unlicensedImeis(h.licensedImeis(), 2);
        QList<Imei> list = fleet.devices.mid(2, 3);
        list.insert(1, strangers.at(0));
        list.append(strangers.at(1));

        DeviceChangeDialog dialog(h.context, *campaign, DeviceChangeDialog::Mode::Add);
        dialog.show();
        QVERIFY(dialog.editor()->importText(lines(list)));
        QVERIFY(QTest::qWaitFor([&] { return !dialog.editor()->isImporting(); }, 30000));
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isChecking(); }, 60000));
        AddPreflight* check = dialog.addPreflight();
        QVERIFY(check && check->isVisible());
        QVERIFY(!dialog.isRunning());
        const InventoryCheckReport* report = check->panel()->report();
        QVERIFY(report);
        QCOMPARE(report->count(DeviceVerdict::NotInAccount), 2);
        QCOMPARE(report->acceptedCount(), 3);
        auto* add = check->findChild<QPushButton*>(u"addCheckedButton"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY2(check->text().contains(u"refused"_s), qPrintable(check->text()));
        // Nothing was sent yet.
        QCOMPARE(h.campaignDevices(campaign->id).size(), 2);

        QTest::mouseClick(check->panel()->findChild<QPushButton*>(u"keepAcceptedButton"_s),
                          Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !dialog.isChecking() && !dialog.isRunning() &&
                       dialog.resultModel()->rowCount() > 0;
            },
            60000));
        QCOMPARE(dialog.resultModel()->counts().succeeded, 3);
        QCOMPARE(dialog.editor()->counts().valid, 3);
        QCOMPARE(sorted(h.campaignDevices(campaign->id)), sorted(idsOf(fleet.devices.mid(0, 5))));
        // The refused devices are a device-list draft of this campaign, with their reasons.
        bool found = false;
        for (const DraftInfo& info : store.drafts().list(Draft::Kind::DeviceList)) {
            if (!info.title.contains(u"refused"_s))
                continue;
            const auto draft = store.drafts().load(info.id);
            QVERIFY(draft);
            QCOMPARE(draft->campaignId, campaign->id);
            QCOMPARE(draft->campaign.devices, strangers);
            QCOMPARE(draft->extra.value(u"checkReasons"_s)
                         .toObject()
                         .value(strangers.at(1).toString())
                         .toString(),
                     u"not-in-account"_s);
            found = true;
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(AddPreflightTest)
#include "AddPreflightTest.moc"
