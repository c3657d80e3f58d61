// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// No status badge is cut off in German or Spanish: every known campaign and device status,
// translated, as a StatusBadge (the campaign page's header) and as a table badge
// (OverviewBadgeDelegate: the overview, the device status table, device lookup), is at least
// as wide as its translated label in the badge's font.

#include "core/KnownStatuses.h"
#include "core/StatusGroup.h"
#include "gui/GuiTestHarness.h"
#include "gui/campaign/CampaignStatusPanel.h"
#include "gui/common/StatusBadge.h"
#include "gui/lookup/DeviceLookupPage.h"
#include "gui/overview/OverviewBadgeDelegate.h"
#include "gui/shell/AppLanguage.h"
#include "models/DeviceStatusModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

class StatusBadgeTranslationTest : public QObject
{
    Q_OBJECT

private:
    struct Status
    {
        QString raw;
        QString label;
        StatusBadge::Kind kind;
    };
    static QList<Status> allStatuses()
    {
        QList<Status> out;
        for (const QString& s : KnownStatuses::campaign())
            out.append({s, StatusClassifier::campaignStatusLabel(s), StatusBadge::Kind::Campaign});
        for (const QString& s : KnownStatuses::device())
            out.append({s, StatusClassifier::deviceStatusLabel(s), StatusBadge::Kind::Device});
        return out;
    }

private Q_SLOTS:
    void badgesFitTheirText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("es") << u"es"_s;
    }

    void badgesFitTheirText()
    {
        QFETCH(QString, language);
        AppLanguage translation;
        QCOMPARE(translation.install(language), language);
        const QList<Status> statuses = allStatuses();
        QVERIFY(statuses.size() >= 20);
        // The translations are loaded.
        QVERIFY(StatusClassifier::groupLabel(StatusGroup::Succeeded) != u"Succeeded"_s);

        QStringList cut;
        for (const Status& s : statuses) {
            // The header badge, in a row that has too little room for everything.
            QWidget row;
            auto* layout = new QHBoxLayout(&row);
            auto* title = new QLabel(u"A campaign with a long name that wants all the room"_s);
            title->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
            title->setMinimumWidth(10);
            layout->addWidget(title, 1);
            auto* badge = new StatusBadge;
            badge->setStatus(s.raw, s.kind);
            layout->addWidget(badge);
            row.resize(200, 40);
            row.show();
            QVERIFY(QTest::qWaitForWindowExposed(&row));
            QCOMPARE(badge->text(), s.label);
            const QFontMetrics fm(badge->font());
            QVERIFY(badge->font().weight() >= QFont::DemiBold);
            const int text = fm.horizontalAdvance(s.label);
            const QMargins m = badge->contentsMargins();
            if (badge->sizeHint().width() < text + m.left() + m.right() ||
                badge->contentsRect().width() < text)
                cut << u"badge “%1”: %2 px for %3 px of text"_s.arg(s.label)
                           .arg(badge->contentsRect().width())
                           .arg(text);

            // The table badge: its size hint, and the status columns sized for every label.
            QStandardItemModel model(1, 1);
            model.setData(model.index(0, 0), s.label);
            model.setData(model.index(0, 0), QColor(Qt::darkGreen), Qt::DecorationRole);
            QTableView view;
            OverviewBadgeDelegate delegate;
            QStyleOptionViewItem option;
            option.initFrom(&view);
            QFont bold = view.font();
            bold.setWeight(QFont::DemiBold);
            const int needed = QFontMetrics(bold).horizontalAdvance(s.label) + 2 * 8;
            const int hint = delegate.sizeHint(option, model.index(0, 0)).width();
            if (hint < needed)
                cut << u"table badge “%1”: %2 px for %3"_s.arg(s.label).arg(hint).arg(needed);
            const int column = OverviewBadgeDelegate::widestKnownBadge(
                view.font(), s.kind == StatusBadge::Kind::Campaign);
            if (column < hint)
                cut << u"status column for “%1”: %2 px for %3"_s.arg(s.label).arg(column).arg(hint);
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"\n"_s)));
    }

    void deviceStatusColumnFitsEveryLabel()
    {
        // The campaign page's device status table, in German.
        AppLanguage translation;
        QCOMPARE(translation.install(u"de"_s), u"de"_s);
        ClientRig rig(u"http://127.0.0.1:9"_s);
        CampaignStatusPanel panel(rig.context, u"c1"_s, nullptr, nullptr);
        const int width = panel.table()->columnWidth(DeviceStatusModel::StatusColumn);
        for (const QString& s : KnownStatuses::device()) {
            const QString label = StatusClassifier::deviceStatusLabel(s);
            QVERIFY2(width >= OverviewBadgeDelegate::badgeWidth(panel.table()->font(), label),
                     qPrintable(u"%1: %2 px"_s.arg(label).arg(width)));
        }
    }

    void lookupStatusColumnFitsEveryLabel()
    {
        AppLanguage translation;
        QCOMPARE(translation.install(u"de"_s), u"de"_s);
        ClientRig rig(u"http://127.0.0.1:9"_s);
        DeviceLookupPage page(rig.context);
        auto* table = page.findChild<QTableWidget*>(u"historyTable"_s);
        QVERIFY(table);
        for (const QString& s : KnownStatuses::device()) {
            const QString label = StatusClassifier::deviceStatusLabel(s);
            QVERIFY2(table->columnWidth(1) >=
                         OverviewBadgeDelegate::badgeWidth(table->font(), label),
                     qPrintable(label));
        }
    }
};

} // namespace fotadesk::test

QTEST_MAIN(fotadesk::test::StatusBadgeTranslationTest)
#include "StatusBadgeTranslationTest.moc"
