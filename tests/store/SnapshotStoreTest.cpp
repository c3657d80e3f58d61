// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/SnapshotStore.h"

#include "core/Clock.h"
#include "store/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

const QString kAccount = u"0000123456-00001"_s;
const QString kCampaign = u"c-1"_s;

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, minute, 0), Qt::UTC);
}

/// n devices 356938035640000 + i*10 + check digit (not Luhn-checked here: any 15 digits).
QString device(int i)
{
    return QString::number(356938035600000LL + i);
}

DeviceStatusMap mapOf(int devices, int succeeded, int failed)
{
    DeviceStatusMap map;
    for (int i = 0; i < devices; ++i) {
        if (i < succeeded)
            map.add(device(i), u"UpgradeSuccess"_s);
        else if (i < succeeded + failed)
            map.add(device(i), u"UpgradeFailed"_s, u"Device does not exist."_s);
        else
            map.add(device(i), u"UpgradePending"_s);
    }
    return map;
}

} // namespace

class SnapshotStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mapRoundTrip_data();
    void mapRoundTrip();
    void mapRejectsDamagedBytes();
    void mapLastAddWins();
    void countsPerGroup();
    void historySurvivesRestart();
    void changesSinceLastLook_data();
    void changesSinceLastLook();
    void olderMapsArePruned();
    void removeCampaign();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
};

void SnapshotStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(at(0));
    m_ws = std::make_unique<Workspace>(m_dir->filePath(u"ws.sqlite"_s), *m_clock);
    QVERIFY(m_ws->open().persistent());
}

void SnapshotStoreTest::cleanup()
{
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
}

void SnapshotStoreTest::mapRoundTrip_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("statuses");

    QTest::newRow("empty") << QStringList{} << QStringList{};
    QTest::newRow("imeis in order")
        << QStringList{device(1), device(2), device(3)} << QStringList{u"A"_s, u"B"_s, u"A"_s};
    QTest::newRow("imeis out of order")
        << QStringList{device(9), device(2), device(5)} << QStringList{u"A"_s, u"B"_s, u"C"_s};
    QTest::newRow("odd ids kept as text")
        << QStringList{u"012345678901234"_s, u"abc"_s, device(4), u"1234"_s, u""_s}
        << QStringList{u"UpgradePending"_s, u"x"_s, u"y"_s, u"z"_s, u"empty id"_s};
    QTest::newRow("unicode status") << QStringList{device(7)} << QStringList{u"Größe ✓"_s};
}

void SnapshotStoreTest::mapRoundTrip()
{
    QFETCH(QStringList, ids);
    QFETCH(QStringList, statuses);
    DeviceStatusMap map;
    for (qsizetype i = 0; i < ids.size(); ++i)
        map.add(ids.at(i), statuses.at(i), u"reason %1"_s.arg(i));
    QCOMPARE(map.size(), ids.size());
    const auto back = DeviceStatusMap::fromBytes(map.toBytes());
    QVERIFY(back.has_value());
    QVERIFY(*back == map);
    QCOMPARE(back->size(), ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto e = back->find(ids.at(i));
        QVERIFY2(e.has_value(), qPrintable(ids.at(i)));
        QCOMPARE(e->status, statuses.at(i));
        QCOMPARE(e->reason, u"reason %1"_s.arg(i));
    }
    QVERIFY(!back->find(u"999999999999999"_s).has_value());
}

void SnapshotStoreTest::mapRejectsDamagedBytes()
{
    const QByteArray bytes = mapOf(1000, 10, 10).toBytes();
    QVERIFY(!DeviceStatusMap::fromBytes(QByteArray("garbage")).has_value());
    QVERIFY(!DeviceStatusMap::fromBytes(bytes.left(bytes.size() / 2)).has_value());
    QVERIFY(!DeviceStatusMap::fromBytes(qCompress(QByteArray("FDS1 but not really"))).has_value());
}

void SnapshotStoreTest::mapLastAddWins()
{
    DeviceStatusMap map;
    map.add(device(5), u"UpgradePending"_s);
    map.add(device(1), u"UpgradePending"_s);
    map.add(device(5), u"UpgradeSuccess"_s);
    QCOMPARE(map.size(), 2);
    QCOMPARE(map.find(device(5))->status, u"UpgradeSuccess"_s);
    QCOMPARE(map.deviceIds(), (QStringList{device(1), device(5)}));
}

void SnapshotStoreTest::countsPerGroup()
{
    const auto s = StatusSnapshot::fromDevices(kAccount, kCampaign, at(1), mapOf(100, 30, 20));
    QCOMPARE(s.total, 100);
    QCOMPARE(s.count(StatusGroup::Succeeded), 30);
    QCOMPARE(s.count(StatusGroup::Failed), 20);
    QCOMPARE(s.count(StatusGroup::Pending), 50);
    QCOMPARE(s.statusCounts.value(u"UpgradePending"_s), 50);
    QCOMPARE(s.statusCounts.value(u"UpgradeFailed"_s), 20);
}

void SnapshotStoreTest::historySurvivesRestart()
{
    {
        SnapshotStore store(*m_ws);
        for (int i = 0; i < 4; ++i) {
            auto s =
                StatusSnapshot::fromDevices(kAccount, kCampaign, at(i + 1), mapOf(50, i * 10, i));
            s.profile = u"demo"_s;
            QVERIFY(store.save(s) > 0);
        }
        // Another campaign does not mix in.
        QVERIFY(store.save(StatusSnapshot::fromDevices(kAccount, u"c-2"_s, at(3), mapOf(5, 5, 0))) >
                0);
    }
    m_ws->close();
    Workspace reopened(m_dir->filePath(u"ws.sqlite"_s), *m_clock);
    QCOMPARE(reopened.open().status, Workspace::OpenStatus::Opened);
    SnapshotStore store(reopened);
    const auto history = store.history(kAccount, kCampaign);
    QCOMPARE(history.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(history.at(i).takenUtc, at(i + 1));
        QCOMPARE(history.at(i).total, 50);
        QCOMPARE(history.at(i).count(StatusGroup::Succeeded), i * 10);
        QCOMPARE(history.at(i).count(StatusGroup::Failed), i);
        QCOMPARE(history.at(i).profile, u"demo"_s);
        QVERIFY(!history.at(i).devices.has_value()); // counts only
    }
    QCOMPARE(store.history(kAccount, kCampaign, at(3)).size(), 2);
    const auto newest = store.latest(kAccount, kCampaign);
    QVERIFY(newest.has_value());
    QVERIFY(newest->devices.has_value());
    QVERIFY(*newest->devices == mapOf(50, 30, 3));
    QCOMPARE(store.campaigns().size(), 2);
}

void SnapshotStoreTest::changesSinceLastLook_data()
{
    QTest::addColumn<bool>("markFirstSeen");
    QTest::newRow("no look yet: against the previous snapshot") << false;
    QTest::newRow("against the seen snapshot") << true;
}

void SnapshotStoreTest::changesSinceLastLook()
{
    QFETCH(bool, markFirstSeen);
    SnapshotStore store(*m_ws);
    QVERIFY(store.changesSinceLastLook(kAccount, kCampaign).isEmpty());

    DeviceStatusMap first;
    first.add(device(1), u"UpgradePending"_s);
    first.add(device(2), u"UpgradePending"_s);
    first.add(device(3), u"UpgradePending"_s);
    first.add(device(4), u"UpgradePending"_s);
    const qint64 id1 = store.save(StatusSnapshot::fromDevices(kAccount, kCampaign, at(1), first));
    QVERIFY(store.changesSinceLastLook(kAccount, kCampaign).isEmpty()); // only one snapshot
    if (markFirstSeen)
        QVERIFY(store.markSeen(id1));

    DeviceStatusMap middle = first;
    middle.add(device(1), u"UpgradeSuccess"_s);
    store.save(StatusSnapshot::fromDevices(kAccount, kCampaign, at(2), middle));

    DeviceStatusMap last;
    last.add(device(1), u"UpgradeSuccess"_s);
    last.add(device(2), u"UpgradeFailed"_s, u"Device does not exist."_s);
    last.add(device(3), u"UpgradePending"_s);
    last.add(device(5), u"UpgradePending"_s); // new; device 4 left
    const qint64 id3 = store.save(StatusSnapshot::fromDevices(kAccount, kCampaign, at(3), last));

    const StatusChanges c = store.changesSinceLastLook(kAccount, kCampaign);
    QCOMPARE(c.toSnapshotId, id3);
    if (markFirstSeen) {
        QCOMPARE(c.fromSnapshotId, id1);
        QCOMPARE(c.changed, 2); // device 1 and 2
        QCOMPARE(c.moved(StatusGroup::Pending, StatusGroup::Succeeded), 1);
    } else {
        QCOMPARE(c.fromSnapshotId, id3 - 1);
        QCOMPARE(c.changed, 1); // device 2 only (1 changed before the middle snapshot)
        QCOMPARE(c.moved(StatusGroup::Pending, StatusGroup::Succeeded), 0);
    }
    QCOMPARE(c.moved(StatusGroup::Pending, StatusGroup::Failed), 1);
    QCOMPARE(c.appeared, 1);
    QCOMPARE(c.disappeared, 1);
    QCOMPARE(c.changes.constLast().deviceId, device(4));
    QVERIFY(c.changes.constLast().disappeared);

    // Once the newest is seen, nothing is new.
    QVERIFY(store.markSeen(id3));
    QVERIFY(store.changesSinceLastLook(kAccount, kCampaign).isEmpty());
    QCOMPARE(store.lastSeen(kAccount, kCampaign)->id, id3);
}

void SnapshotStoreTest::olderMapsArePruned()
{
    SnapshotStore store(*m_ws);
    store.setKeepDeviceMaps(2);
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        ids << store.save(StatusSnapshot::fromDevices(kAccount, kCampaign, at(i), mapOf(20, i, 0)));
        if (i == 1)
            QVERIFY(store.markSeen(ids.constLast()));
    }
    for (int i = 0; i < 6; ++i) {
        const auto s = store.snapshot(ids.at(i));
        QVERIFY(s.has_value());
        const bool kept = i >= 4 || i == 1; // the newest two, and the newest seen
        QCOMPARE(s->devices.has_value(), kept);
        QCOMPARE(s->count(StatusGroup::Succeeded), i); // counts always stay
    }
    const StatusChanges c = store.changesSinceLastLook(kAccount, kCampaign);
    QCOMPARE(c.fromSnapshotId, ids.at(1));
    QCOMPARE(c.moved(StatusGroup::Pending, StatusGroup::Succeeded), 4);
}

void SnapshotStoreTest::removeCampaign()
{
    SnapshotStore store(*m_ws);
    store.save(StatusSnapshot::fromDevices(kAccount, kCampaign, at(1), mapOf(3, 1, 1)));
    store.save(StatusSnapshot::fromDevices(kAccount, kCampaign, at(2), mapOf(3, 2, 1)));
    QCOMPARE(store.removeCampaign(kAccount, kCampaign), 2);
    QVERIFY(store.history(kAccount, kCampaign).isEmpty());
    QVERIFY(!store.latest(kAccount, kCampaign).has_value());
}

QTEST_GUILESS_MAIN(SnapshotStoreTest)
#include "SnapshotStoreTest.moc"
