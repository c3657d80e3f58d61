// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The activity model: newest first, bounded, the roles the panel uses, and a
// structurally sound model under QAbstractItemModelTester; the Notifier only
// notifies for watched campaigns and keeps the watch list in AppSettings.

#include "gui/notifications/ActivityModel.h"

#include "core/Clock.h"
#include "core/StatusGroup.h"
#include "gui/notifications/Notifier.h"
#include "store/AppSettings.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;

class ActivityModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
    }

    void newestFirstAndBounded_data()
    {
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("added");
        QTest::newRow("under the bound") << 10 << 3;
        QTest::newRow("at the bound") << 5 << 5;
        QTest::newRow("over the bound") << 4 << 9;
    }

    void newestFirstAndBounded()
    {
        QFETCH(int, max);
        QFETCH(int, added);
        ActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxEntries(max);
        model.setDisplayTimeZone(QTimeZone::utc());
        const QDateTime t0(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
        for (int i = 0; i < added; ++i)
            model.add({t0.addSecs(i),
                       ActivityModel::Kind::Info,
                       u"c%1"_s.arg(i),
                       {},
                       u"event %1"_s.arg(i)});
        QCOMPARE(model.rowCount(), std::min(max, added));
        QCOMPARE(model.entryAt(0).text, u"event %1"_s.arg(added - 1));
        QCOMPARE(model.index(0, ActivityModel::TimeColumn).data().toString(),
                 t0.addSecs(added - 1).toString(u"yyyy-MM-dd HH:mm:ss"_s));
        QCOMPARE(model.index(0, ActivityModel::CampaignColumn).data().toString(),
                 u"c%1"_s.arg(added - 1));
        QCOMPARE(model.index(0, 0).data(ActivityModel::CampaignIdRole).toString(),
                 u"c%1"_s.arg(added - 1));
        QCOMPARE(model.index(0, ActivityModel::TimeColumn).data(ActivityModel::RawValueRole),
                 QVariant(t0.addSecs(added - 1)));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"UTC"_s));
        model.setMaxEntries(2);
        QCOMPARE(model.rowCount(), std::min(2, added));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void notifierNotifiesWatchedOnly()
    {
        ActivityModel model;
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc()));
        Notifier notifier(&model, clock, u"acc-1"_s, m_settings.get());
        QSignalSpy notified(&notifier, &Notifier::notified);
        QSignalSpy watched(&notifier, &Notifier::watchedChanged);

        notifier.campaignStatusChanged(u"c1"_s, u"CampaignRequestPending"_s,
                                       u"CampaignScheduled"_s);
        QCOMPARE(notified.count(), 0);
        QCOMPARE(model.rowCount(), 0);

        notifier.setWatched(u"c1"_s, true);
        notifier.setWatched(u"c1"_s, true); // no second signal
        QCOMPARE(watched.count(), 1);
        notifier.campaignStatusChanged(u"c1"_s, u"CampaignRequestPending"_s, u"CampaignScheduled"_s,
                                       u"Depot 7"_s);
        QCOMPARE(notified.count(), 1);
        QVERIFY(notified.first().at(0).toString().contains(u"Depot 7"_s));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0).kind, ActivityModel::Kind::StatusChange);
        QCOMPARE(model.entryAt(0).utc, clock.nowUtc());
        QVERIFY(model.entryAt(0).text.contains(
            StatusClassifier::campaignStatusLabel(u"CampaignScheduled"_s)));

        // The watch list survives (AppSettings, per account).
        Notifier again(&model, clock, u"acc-1"_s, m_settings.get());
        QVERIFY(again.isWatched(u"c1"_s));
        Notifier other(&model, clock, u"acc-2"_s, m_settings.get());
        QVERIFY(!other.isWatched(u"c1"_s));
        again.setWatched(u"c1"_s, false);
        QVERIFY(!Notifier(&model, clock, u"acc-1"_s, m_settings.get()).isWatched(u"c1"_s));
        QCOMPARE(m_settings->itemValue(AppSettings::Key::WatchedCampaigns, u"acc-1"_s),
                 QVariant(QStringList()));
        // Without settings: for the run only.
        Notifier memoryOnly(&model, clock, u"acc-2"_s, nullptr);
        memoryOnly.setWatched(u"c9"_s, true);
        QVERIFY(!Notifier(&model, clock, u"acc-2"_s, m_settings.get()).isWatched(u"c9"_s));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
};

QTEST_MAIN(ActivityModelTest)
#include "ActivityModelTest.moc"
