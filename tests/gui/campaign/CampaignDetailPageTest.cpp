// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The campaign detail page against an in-process fotasim: details shown,
// actions enabled by status (disabled ones say why), edit dates (prefilled,
// refusal keeps the entries, success reloads), cancel with a confirmation that
// names the campaign and its outcome.

#include "gui/campaign/CampaignDetailPage.h"

#include "core/DisplayFormat.h"
#include "gui/GuiTestHarness.h"
#include "gui/campaign/EditDatesDialog.h"
#include "gui/common/MessageArea.h"
#include "gui/create/TimeWindowEditor.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::GuiTestHarness;

class CampaignDetailPageTest : public QObject
{
    Q_OBJECT

private:
    static QDate today() { return Clock::system().nowUtc().date(); }

    static bool waitLoaded(CampaignDetailPage& page)
    {
        return QTest::qWaitFor([&] { return page.campaign().has_value() && !page.isLoading(); },
                               30000);
    }

private Q_SLOTS:
    void showsDetailsAndEditsDates()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto fleet = h.fleet();
        QVERIFY(fleet.devices.size() >= 3);
        const auto created =
            h.createCampaign(u"Detail test"_s, fleet.package, fleet.devices.mid(0, 3),
                             today().addDays(3), today().addDays(6));
        QVERIFY(created.has_value());

        CampaignDetailPage page(h.context, created->id);
        page.resize(1000, 700);
        page.show();
        page.reload();
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.findChild<QLabel*>(u"nameValue"_s)->text(), u"Detail test"_s);
        QCOMPARE(page.findChild<QLabel*>(u"makeValue"_s)->text(), fleet.package.make);
        QVERIFY(page.findChild<QLabel*>(u"windowsValue"_s)->text().contains(u"01:00"_s));
        QVERIFY(page.findChild<QLabel*>(u"autoAssignValue"_s)->text().startsWith(u"No"_s));
        QCOMPARE(page.tabWidget()->tabText(0), u"Details"_s);
        QCOMPARE(page.addTab(new QWidget, u"Device status"_s), 1);

        auto* edit = page.findChild<QPushButton*>(u"editDatesButton"_s);
        auto* add = page.findChild<QPushButton*>(u"addDevicesButton"_s);
        auto* cancel = page.findChild<QPushButton*>(u"cancelCampaignButton"_s);
        QVERIFY(edit->isEnabled() && add->isEnabled() && cancel->isEnabled());
        QCOMPARE(page.cancelOutcome(), u"CampaignCancelled"_s);

        // Edit dates: prefilled; an end before the start is refused inline, Save disabled.
        QTest::mouseClick(edit, Qt::LeftButton);
        auto* dialog = qobject_cast<EditDatesDialog*>(page.activeDialog());
        QVERIFY(dialog);
        QVERIFY(!dialog->hasStarted());
        auto* start = dialog->findChild<QDateEdit*>(u"startDateEdit"_s);
        auto* end = dialog->findChild<QDateEdit*>(u"endDateEdit"_s);
        QCOMPARE(start->date(), created->startDate);
        QCOMPARE(end->date(), created->endDate);
        QCOMPARE(dialog->windowEditor()->windows(), created->timeWindows);
        auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // nothing changed yet
        end->setDate(created->startDate.addDays(-1));
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog->findChild<QLabel*>(u"endIssueLabel"_s)->isVisible());
        // While the dialog is open the page's actions wait for it.
        QVERIFY(!edit->isEnabled());

        // A change of the end date and the windows: the unchanged start date is sent too.
        end->setDate(created->endDate.addDays(2));
        dialog->windowEditor()->applyPreset(u"nights-22-06"_s);
        QVERIFY(save->isEnabled());
        const auto change = dialog->change();
        QCOMPARE(change.startDate, created->startDate);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return page.activeDialog() == nullptr; }, 30000));
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.campaign()->endDate, created->endDate.addDays(2));
        const auto onServer = h.campaign(created->id);
        QVERIFY(onServer.has_value());
        QCOMPARE(onServer->endDate, created->endDate.addDays(2));
        QCOMPARE(onServer->startDate, created->startDate);
        QCOMPARE(onServer->timeWindows, (QList<TimeWindow>{{22, 24}, {0, 6}}));
        QVERIFY(edit->isEnabled());

        // Closing a dialog without saving frees the actions at once.
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(page.activeDialog());
        QVERIFY(!add->isEnabled());
        page.activeDialog()->reject();
        QVERIFY(page.activeDialog() == nullptr);
        QVERIFY(add->isEnabled());
    }

    void cancelAsksAndDisablesActions()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto fleet = h.fleet();
        const auto created =
            h.createCampaign(u"To be cancelled"_s, fleet.package, fleet.devices.mid(0, 2),
                             today().addDays(2), today().addDays(4));
        QVERIFY(created.has_value());
        CampaignDetailPage page(h.context, created->id);
        page.show();
        page.reload();
        QVERIFY(waitLoaded(page));
        auto* cancel = page.findChild<QPushButton*>(u"cancelCampaignButton"_s);

        // "Keep as it is": nothing is sent.
        h.messages.confirmAnswers.enqueue(false);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(h.messages.records().size(), 1);
        const auto question = h.messages.records().first();
        QCOMPARE(question.kind, u"confirm"_s);
        QVERIFY(question.text.contains(u"To be cancelled"_s));
        QVERIFY(question.text.contains(u"Cancelled"_s));
        QVERIFY(!question.text.contains(u"Aborted"_s));
        QCOMPARE(h.campaign(created->id)->status.contains(u"Cancelled"_s), false);

        // Yes: cancelled, reloaded, and the actions explain why they are off.
        bool finished = false;
        bool ok = false;
        connect(&page, &CampaignDetailPage::cancelFinished, this, [&](bool result) {
            finished = true;
            ok = result;
        });
        h.messages.confirmAnswers.enqueue(true);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 30000));
        QVERIFY(ok);
        QVERIFY(QTest::qWaitFor(
            [&] { return !page.isLoading() && page.campaign()->status == u"CampaignCancelled"_s; },
            30000));
        for (const auto* name : {"editDatesButton", "addDevicesButton", "removeDevicesButton",
                                 "cancelCampaignButton"}) {
            auto* button = page.findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY2(button->toolTip().contains(u"Cancelled"_s), qPrintable(button->toolTip()));
        }
    }

    void unknownCampaignShowsTheError()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        CampaignDetailPage page(h.context, u"no-such-campaign"_s);
        bool failed = false;
        connect(&page, &CampaignDetailPage::loadFailed, this, [&] { failed = true; });
        page.reload();
        QVERIFY(QTest::qWaitFor([&] { return failed; }, 30000));
        QVERIFY(page.messageArea()->isVisibleTo(&page) || !page.isVisible());
        QVERIFY(page.messageArea()->text().contains(u"no-such-campaign"_s));
        QCOMPARE(page.messageArea()->severity(), MessageArea::Severity::Error);
        QCOMPARE(page.messageArea()->actionButtons().size(), 1); // Try again
        QVERIFY(!page.findChild<QPushButton*>(u"cancelCampaignButton"_s)->isEnabled());
    }

    void headerDatesInTheUsersLocale()
    {
        // A German user (AppLanguage sets the default locale): the page writes the campaign's
        // dates, the edit dialog's fields and its rule in DisplayFormat's form.
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto fleet = h.fleet();
        QVERIFY(fleet.devices.size() >= 1);
        const auto created =
            h.createCampaign(u"German dates"_s, fleet.package, fleet.devices.mid(0, 1),
                             today().addDays(3), today().addDays(6));
        QVERIFY(created.has_value());

        const QLocale before;
        const QLocale de(QLocale::German, QLocale::Germany);
        QLocale::setDefault(de);
        struct Restore
        {
            QLocale locale;
            ~Restore() { QLocale::setDefault(locale); }
        } restore{before};
        CampaignDetailPage page(h.context, created->id);
        page.resize(1000, 700);
        page.show();
        page.reload();
        QVERIFY(waitLoaded(page));
        const QString start = page.findChild<QLabel*>(u"startDateValue"_s)->text();
        const QString end = page.findChild<QLabel*>(u"endDateValue"_s)->text();
        QCOMPARE(start, created->startDate.toString(u"dd.MM.yyyy"_s));
        QCOMPARE(end, created->endDate.toString(u"dd.MM.yyyy"_s));
        QCOMPARE(start, DisplayFormat::date(created->startDate, de));
        const QString loaded = page.findChild<QLabel*>(u"loadStateLabel"_s)->text();
        static const QRegularExpression hhmm(uR"(\b\d\d:\d\d$)"_s);
        QVERIFY2(hhmm.match(loaded).hasMatch(), qPrintable(loaded));
        QVERIFY2(page.findChild<QLabel*>(u"windowsValue"_s)->text().contains(u"01:00–05:00"_s),
                 qPrintable(page.findChild<QLabel*>(u"windowsValue"_s)->text()));

        QTest::mouseClick(page.findChild<QPushButton*>(u"editDatesButton"_s), Qt::LeftButton);
        auto* dialog = qobject_cast<EditDatesDialog*>(page.activeDialog());
        QVERIFY(dialog);
        auto* startEdit = dialog->findChild<QDateEdit*>(u"startDateEdit"_s);
        QCOMPARE(startEdit->displayFormat(), DisplayFormat::dateFormat(de));
        QCOMPARE(startEdit->text(), created->startDate.toString(u"dd.MM.yyyy"_s));
        const QString summary = dialog->findChild<QLabel*>(u"campaignLabel"_s)->text();
        QVERIFY2(summary.contains(created->endDate.toString(u"dd.MM.yyyy"_s)), qPrintable(summary));
        QVERIFY2(!summary.contains(created->endDate.toString(Qt::ISODate)), qPrintable(summary));
        dialog->reject();
    }
};

QTEST_MAIN(CampaignDetailPageTest)
#include "CampaignDetailPageTest.moc"
