// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Remove devices checks the list against the campaign's device report before it sends
// (RemovePreflight in DeviceChangeDialog, against an in-process fotasim): the devices the
// campaign does not have are marked in the list with a count, never sent, can be dropped from
// the list (undoably) or left out while the others are removed — and the result names them.
// What fotasim holds afterwards is read back; a report that cannot be read says why and
// offers to send without the check.

#include "gui/devices/RemovePreflight.h"

#include "gui/GuiTestHarness.h"
#include "gui/devices/DeviceChangeDialog.h"
#include "gui/devices/DeviceListEditor.h"
#include "models/DeviceListModel.h"
#include "models/DeviceResultModel.h"

#include <QJsonObject>
#include <QPushButton>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::GuiTestHarness;
using fotadesk::test::HttpTestClient;

class RemovePreflightTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiTestHarness> m_h;
    GuiTestHarness::Fleet m_fleet;
    Imei m_foreign; ///< a valid IMEI the account does not have

    static QStringList ids(const QList<Imei>& imeis)
    {
        QStringList out;
        for (const Imei& i : imeis)
            out << i.toString();
        return out;
    }

    /// A campaign of the fleet's devices [first, first + count).
    std::optional<wire::Campaign> campaignOf(const QString& name, int first, int count)
    {
        const QDate today = Clock::system().nowUtc().date();
        return m_h->createCampaign(name, m_fleet.package, m_fleet.devices.mid(first, count),
                                   today.addDays(3), today.addDays(5));
    }

    static bool load(DeviceChangeDialog& dialog, const QStringList& devices)
    {
        return dialog.editor()->importText(devices.join(u'\n')) &&
               QTest::qWaitFor([&] { return !dialog.editor()->isImporting(); }, 30000);
    }

    /// Clicks the dialog's start button and waits for the check to end.
    static bool startAndCheck(DeviceChangeDialog& dialog)
    {
        auto* start = dialog.findChild<QPushButton*>(u"startButton"_s);
        if (!start || !start->isEnabled())
            return false;
        QTest::mouseClick(start, Qt::LeftButton);
        return QTest::qWaitFor([&] { return !dialog.isChecking(); }, 60000);
    }

    /// Each row's reason by IMEI, as the editor's list shows it.
    static QHash<QString, QString> reasons(const DeviceChangeDialog& dialog)
    {
        QHash<QString, QString> out;
        const DeviceListModel* model = dialog.editor()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            out.insert(model->index(r, DeviceListModel::ImeiColumn).data().toString(),
                       model->index(r, DeviceListModel::ReasonColumn).data().toString());
        return out;
    }

    int changeRequests()
    {
        const QJsonObject routes = HttpTestClient(m_h->baseUrl())
                                       .adminGet(u"/admin/stats"_s)
                                       .object()
                                       .value(u"byRoute"_s)
                                       .toObject();
        int n = 0;
        for (auto it = routes.begin(); it != routes.end(); ++it) {
            if (it.key().startsWith(u"PUT /api/fota/v3/campaigns/"_s) &&
                !it.key().endsWith(u"/dates"_s))
                n += it.value().toInt();
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_h = std::make_unique<GuiTestHarness>();
        QVERIFY2(m_h->isRunning(), qPrintable(m_h->errorString()));
        m_fleet = m_h->fleet();
        QVERIFY(m_fleet.devices.size() >= 40);
        m_foreign = Imei::completeFrom14(99999999999990ULL);
    }

    void devicesNotInTheCampaignAreMarkedAndLeftOut()
    {
        const auto campaign = campaignOf(u"Remove check"_s, 0, 6);
        QVERIFY(campaign.has_value());
        const QStringList in = ids(m_fleet.devices.mid(0, 3));
        const QStringList notIn =
            ids(m_fleet.devices.mid(10, 2)) + QStringList{m_foreign.toString()};

        DeviceChangeDialog dialog(m_h->context, *campaign, DeviceChangeDialog::Mode::Remove);
        dialog.show();
        QVERIFY(
            load(dialog, {in.at(0), notIn.at(0), in.at(1), notIn.at(1), in.at(2), notIn.at(2)}));
        HttpTestClient(m_h->baseUrl()).adminPost(u"/admin/stats/reset"_s);
        QVERIFY(startAndCheck(dialog));

        // Nothing was sent; the three are counted, named and marked in the list.
        QVERIFY(!dialog.isRunning());
        QCOMPARE(changeRequests(), 0);
        RemovePreflight* check = dialog.removePreflight();
        QVERIFY(check && check->isVisible());
        QCOMPARE(check->notInCampaign(), notIn);
        QCOMPARE(check->inCampaign(), in);
        QVERIFY2(check->text().contains(u"3 of the 6"_s), qPrintable(check->text()));
        for (const QString& id : notIn)
            QVERIFY2(check->text().contains(id), qPrintable(check->text()));
        QCOMPARE(dialog.editor()->counts().failed, 3);
        const QHash<QString, QString> marked = reasons(dialog);
        for (const QString& id : notIn)
            QVERIFY2(marked.value(id).contains(u"Not in this campaign"_s),
                     qPrintable(marked.value(id)));
        for (const QString& id : in)
            QVERIFY(marked.value(id).isEmpty());

        // "Remove only the other 3": exactly those leave the campaign.
        auto* others = check->findChild<QPushButton*>(u"sendInCampaignButton"_s);
        QVERIFY(others && others->isVisible());
        QVERIFY(others->text().contains(u"3"_s));
        QTest::mouseClick(others, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && dialog.resultModel()->rowCount() == 3,
                                 60000);
        QCOMPARE(dialog.resultModel()->counts().succeeded, 3);
        for (const QString& id : notIn)
            QVERIFY2(dialog.runState().contains(id), qPrintable(dialog.runState()));
        QVERIFY2(dialog.runState().contains(u"left out"_s), qPrintable(dialog.runState()));
        // Still in the list, still marked: nothing the user listed is gone.
        QCOMPARE(dialog.editor()->counts().valid, 6);
        for (const QString& id : notIn)
            QVERIFY(reasons(dialog).value(id).contains(u"Not in this campaign"_s));
        const QStringList onServer = m_h->campaignDevices(campaign->id);
        const QStringList left = ids(m_fleet.devices.mid(3, 3));
        QCOMPARE(QSet<QString>(onServer.cbegin(), onServer.cend()),
                 QSet<QString>(left.cbegin(), left.cend()));
    }

    void droppedFromTheListUndoablyThenSent()
    {
        const auto campaign = campaignOf(u"Remove check drop"_s, 20, 4);
        QVERIFY(campaign.has_value());
        const QStringList in = ids(m_fleet.devices.mid(20, 2));
        const QString outside = m_fleet.devices.at(30).toString();

        DeviceChangeDialog dialog(m_h->context, *campaign, DeviceChangeDialog::Mode::Remove);
        dialog.show();
        QVERIFY(load(dialog, {in.at(0), outside, in.at(1)}));
        QVERIFY(startAndCheck(dialog));
        RemovePreflight* check = dialog.removePreflight();
        QCOMPARE(check->notInCampaign(), QStringList{outside});
        auto* drop = check->findChild<QPushButton*>(u"dropNotInCampaignButton"_s);
        QVERIFY(drop && drop->isVisible());
        QTest::mouseClick(drop, Qt::LeftButton);
        QCOMPARE(dialog.editor()->counts().valid, 2);
        QVERIFY2(check->text().contains(u"Dropped 1"_s), qPrintable(check->text()));
        // The drop is the list's last removal: undo brings the device back, drop again.
        dialog.editor()->undoRemoval();
        QCOMPARE(dialog.editor()->counts().valid, 3);
        QVERIFY(!check->isVisible()); // the list changed: the check no longer applies
        QVERIFY(startAndCheck(dialog));
        QTest::mouseClick(drop, Qt::LeftButton);
        QCOMPARE(dialog.editor()->counts().valid, 2);

        // Now every listed device is in the campaign: the check sends them at once.
        QVERIFY(startAndCheck(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && dialog.resultModel()->rowCount() == 2,
                                 60000);
        QCOMPARE(dialog.resultModel()->counts().succeeded, 2);
        QVERIFY(!dialog.runState().contains(u"left out"_s));
        QCOMPARE(m_h->campaignDevices(campaign->id).size(), 2);
    }

    void noneInTheCampaignSendsNothing()
    {
        const auto campaign = campaignOf(u"Remove check none"_s, 24, 2);
        QVERIFY(campaign.has_value());
        DeviceChangeDialog dialog(m_h->context, *campaign, DeviceChangeDialog::Mode::Remove);
        dialog.show();
        QVERIFY(load(dialog, ids(m_fleet.devices.mid(32, 3))));
        HttpTestClient(m_h->baseUrl()).adminPost(u"/admin/stats/reset"_s);
        QVERIFY(startAndCheck(dialog));
        RemovePreflight* check = dialog.removePreflight();
        QCOMPARE(check->notInCampaign().size(), 3);
        QVERIFY2(check->text().contains(u"nothing to remove"_s), qPrintable(check->text()));
        QVERIFY(!check->findChild<QPushButton*>(u"sendInCampaignButton"_s)->isVisible());
        QVERIFY(check->findChild<QPushButton*>(u"dropNotInCampaignButton"_s)->isVisible());
        QCOMPARE(changeRequests(), 0);
        QCOMPARE(m_h->campaignDevices(campaign->id).size(), 2);
    }

    void unreadableReportSaysWhyAndCanSendUnchecked()
    {
        const auto campaign = campaignOf(u"Remove check fault"_s, 26, 3);
        QVERIFY(campaign.has_value());
        m_h->client()->setRetryPolicy(RetryPolicy::none());
        DeviceChangeDialog dialog(m_h->context, *campaign, DeviceChangeDialog::Mode::Remove);
        dialog.show();
        QVERIFY(load(dialog, ids(m_fleet.devices.mid(26, 2))));
        QVERIFY(m_h->setFaults(u"error500=1"_s));
        const bool checked = startAndCheck(dialog);
        QVERIFY(m_h->setFaults(u"none"_s));
        QVERIFY(checked);
        RemovePreflight* check = dialog.removePreflight();
        QVERIFY(!dialog.isRunning());
        QVERIFY2(check->text().contains(u"could not be read"_s) &&
                     check->text().contains(u"HTTP 500"_s),
                 qPrintable(check->text()));
        auto* unchecked = check->findChild<QPushButton*>(u"sendUncheckedButton"_s);
        QVERIFY(unchecked && unchecked->isVisible());
        QVERIFY(dialog.findChild<QPushButton*>(u"startButton"_s)->isEnabled()); // try again
        QTest::mouseClick(unchecked, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && dialog.resultModel()->rowCount() == 2,
                                 60000);
        QCOMPARE(dialog.resultModel()->counts().succeeded, 2);
        QCOMPARE(m_h->campaignDevices(campaign->id),
                 QStringList{m_fleet.devices.at(28).toString()});
    }
};

QTEST_MAIN(RemovePreflightTest)
#include "RemovePreflightTest.moc"
