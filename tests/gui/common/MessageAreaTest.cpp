// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One message area per page: on a campaign page (with its device status tab, as the app wires
// it) messages replace each other instead of stacking, so the history chart keeps its plot
// height (before, three banners squeezed its axis to "Dev…"); a long message takes a few lines
// at most; the action button (Try again) and the close button work by keyboard.

#include "gui/common/MessageArea.h"

#include "gui/GuiTestHarness.h"
#include "gui/campaign/CampaignDetailPage.h"
#include "gui/campaign/CampaignStatusHistoryChart.h"
#include "gui/campaign/CampaignStatusPanel.h"

#include <QAbstractButton>
#include <QChart>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

namespace {

int visibleAreas(const QWidget& page)
{
    int n = 0;
    for (const MessageArea* a : page.findChildren<MessageArea*>())
        n += a->isVisible() ? 1 : 0;
    return n;
}

/// Presses Tab in the window until `target` has the focus (at most `limit` times).
bool tabTo(QWidget* target, int limit = 60)
{
    for (int i = 0; i < limit; ++i) {
        if (QApplication::focusWidget() == target)
            return true;
        QWidget* from =
            QApplication::focusWidget() ? QApplication::focusWidget() : target->window();
        QTest::keyClick(from, Qt::Key_Tab);
    }
    return QApplication::focusWidget() == target;
}

} // namespace

class MessageAreaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesReplaceEachOtherAndTheChartKeepsItsHeight()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        const auto campaign = h.pendingCampaign(u"Messages"_s, 3);
        QVERIFY(campaign.has_value());
        CampaignDetailPage page(h.context, campaign->id);
        auto* panel = new CampaignStatusPanel(h.context, campaign->id, nullptr, nullptr);
        panel->setLoadOnShow(false);
        page.addTab(panel, u"Device status"_s);
        panel->setMessageArea(page.messageArea()); // as DashboardPages wires it
        page.resize(1024, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabWidget()->setCurrentWidget(panel);
        QCoreApplication::processEvents();

        const auto plotHeight = [panel] {
            QCoreApplication::processEvents();
            return panel->historyChart()->chart()->plotArea().height();
        };
        MessageArea* area = page.messageArea();
        area->showMessage(MessageArea::Severity::Info, u"First: the report was read."_s);
        const qreal withOne = plotHeight();
        QVERIFY(withOne > 20);
        area->showMessage(MessageArea::Severity::Warning, u"Second: the overview is stale."_s);
        // A long one: a few lines at most.
        QString longText;
        for (int i = 0; i < 40; ++i)
            longText += u"Third: the server said something long about the campaign. "_s;
        area->showMessage(MessageArea::Severity::Error, longText.toHtmlEscaped(),
                          {{u"Try again"_s, [] {}, {}}});
        QCOMPARE(visibleAreas(page), 1);
        QVERIFY(area->text().startsWith(u"Third"_s));
        QCOMPARE(area->severity(), MessageArea::Severity::Error);
        QCOMPARE(area->actionButtons().size(), 1);
        const int line = area->fontMetrics().lineSpacing();
        QVERIFY2(area->height() <= line * (MessageArea::maxLines() + 1) + 16,
                 qPrintable(u"%1 px"_s.arg(area->height())));
        const qreal withThree = plotHeight();
        // One row of message, whatever its length: the plot gives up at most the difference
        // between a one-line and a three-line message.
        QVERIFY2(withThree >= withOne - line * (MessageArea::maxLines() - 1) - 2,
                 qPrintable(u"%1 -> %2"_s.arg(withOne).arg(withThree)));
        // And a short message after it gives the height back: nothing stacked up.
        area->showMessage(MessageArea::Severity::Info, u"Fourth."_s);
        QCOMPARE(plotHeight(), withOne);
        QCOMPARE(visibleAreas(page), 1);
        area->clearMessage();
        QCOMPARE(visibleAreas(page), 0);
        QVERIFY(plotHeight() >= withOne);
    }

    void panelTakesBackOnlyItsOwnMessage()
    {
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        auto* area = new MessageArea;
        layout->addWidget(area);
        area->showMessage(MessageArea::Severity::Info, u"page said"_s);
        area->clearIfShowing(u"panel said"_s);
        QCOMPARE(area->text(), u"page said"_s);
        area->clearIfShowing(u"page said"_s);
        QVERIFY(!area->hasMessage());
    }

    void actionAndCloseWorkByKeyboard()
    {
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        auto* before = new QPushButton(u"Before"_s);
        layout->addWidget(before);
        auto* area = new MessageArea;
        layout->addWidget(area);
        layout->addWidget(new QPushButton(u"After"_s));
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        int retries = 0;
        area->showMessage(MessageArea::Severity::Error, u"Could not be read."_s,
                          {{u"Try again"_s, [&retries] { ++retries; }, {}}});
        before->setFocus(Qt::TabFocusReason);
        QAbstractButton* action = area->actionButtons().value(0);
        QVERIFY(action);
        QVERIFY(tabTo(action));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(retries, 1);
        QVERIFY(area->hasMessage());
        // The close button is next; Space closes.
        QVERIFY(tabTo(area->closeButton()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(!area->hasMessage());
        QVERIFY(!area->isVisible());
        // Escape closes too, from the action button.
        area->showMessage(MessageArea::Severity::Info, u"Again."_s, {{u"Do"_s, [] {}, {}}});
        before->setFocus(Qt::TabFocusReason);
        QVERIFY(tabTo(area->actionButtons().value(0)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!area->hasMessage());
        QVERIFY(QApplication::focusWidget() && !area->isAncestorOf(QApplication::focusWidget()));
    }
};

} // namespace fotadesk::test

QTEST_MAIN(fotadesk::test::MessageAreaTest)
#include "MessageAreaTest.moc"
