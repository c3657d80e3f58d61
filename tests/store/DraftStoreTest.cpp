// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/DraftStore.h"

#include "core/Clock.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace fotadesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fotadesk::Draft)

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, minute, 0), Qt::UTC);
}

QList<Imei> devices(int n, std::uint64_t base = 35693803560000ULL)
{
    QList<Imei> list;
    list.reserve(n);
    for (int i = 0; i < n; ++i)
        list.append(Imei::completeFrom14(base + std::uint64_t(i)));
    return list;
}

Draft fullForm()
{
    Draft d;
    d.kind = Draft::Kind::CreateCampaign;
    d.profile = u"demo"_s;
    d.account = u"0000123456-00001"_s;
    CampaignDraft& c = d.campaign;
    c.campaignName = u"Depot 7 modem refresh — Größe ✓"_s;
    c.firmwareName = u"ACMEModems_AX100_R2.1.0_R2.2.0"_s;
    c.firmwareFrom = u"R2.1.0"_s;
    c.firmwareTo = u"R2.2.0"_s;
    c.protocol = u"LWM2M"_s;
    c.startDate = QDate(2026, 12, 1);
    c.endDate = QDate(2026, 12, 3);
    c.timeWindows = {{1, 5}, {22, 24}};
    c.devices = devices(3);
    c.autoAssignLicenseFlag = true;
    c.autoAddDevicesFlag = false;
    d.extra = QJsonObject{{u"firmwareMake"_s, u"ACME"_s}, {u"firmwareModel"_s, u"AX100"_s}};
    return d;
}

bool sameContent(const Draft& a, const Draft& b)
{
    return a.kind == b.kind && a.title == b.title && a.profile == b.profile &&
           a.account == b.account && a.campaignId == b.campaignId && a.campaign == b.campaign &&
           a.rejectedRows == b.rejectedRows && a.extra == b.extra;
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return !QFile::exists(from) || QFile::copy(from, to);
}

} // namespace

class DraftStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void millionDevicesAreOneCompactBlob();
    void updateKeepsId();
    void listNewestFirstAndByKind();
    void discard();
    void decodeRejectsBadBlobs_data();
    void decodeRejectsBadBlobs();
    void restoreAfterCrash();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
};

void DraftStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(at(0));
    m_ws = std::make_unique<Workspace>(m_dir->filePath(u"ws.sqlite"_s), *m_clock);
    QVERIFY(m_ws->open().persistent());
}

void DraftStoreTest::cleanup()
{
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
}

void DraftStoreTest::roundTrip_data()
{
    QTest::addColumn<Draft>("draft");

    QTest::newRow("empty form") << Draft{};
    QTest::newRow("every field") << fullForm();
    Draft list;
    list.kind = Draft::Kind::DeviceList;
    list.campaignId = u"c-42"_s;
    list.title = u"Depot 7 remainder"_s;
    list.campaign.devices = devices(10);
    list.campaign.devices.append(list.campaign.devices.first()); // a repeat stays a repeat
    list.rejectedRows = {u"35693803564380"_s, u"3.56938E+14"_s, u"not an imei"_s};
    QTest::newRow("device list with rejected rows") << list;
    Draft odd = fullForm();
    odd.campaign.startDate = QDate();
    odd.campaign.timeWindows = {{23, 1}}; // invalid, as typed: kept as typed
    odd.campaign.protocol = QString();
    QTest::newRow("half-typed form") << odd;
}

void DraftStoreTest::roundTrip()
{
    QFETCH(Draft, draft);
    DraftStore store(*m_ws);
    QVERIFY(store.save(draft));
    QVERIFY(draft.id > 0);
    QCOMPARE(draft.createdUtc, at(0));
    const auto back = store.load(draft.id);
    QVERIFY(back.has_value());
    QVERIFY(sameContent(*back, draft));
    QCOMPARE(back->createdUtc, at(0));
    QCOMPARE(back->updatedUtc, at(0));
}

void DraftStoreTest::millionDevicesAreOneCompactBlob()
{
    DraftStore store(*m_ws);
    Draft d = fullForm();
    d.campaign.devices = devices(1'000'000);
    QVERIFY(store.save(d));
    QSqlQuery q(m_ws->database());
    QVERIFY(q.exec(u"SELECT length(devices), device_count FROM drafts WHERE id = %1"_s.arg(d.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 8'000'000);
    QCOMPARE(q.value(1).toLongLong(), 1'000'000);
    q.finish();
    const auto back = store.load(d.id);
    QVERIFY(back.has_value());
    QCOMPARE(back->campaign.devices.size(), 1'000'000);
    QVERIFY(back->campaign.devices == d.campaign.devices);
    QCOMPARE(store.list().constFirst().deviceCount, 1'000'000);
}

void DraftStoreTest::updateKeepsId()
{
    DraftStore store(*m_ws);
    Draft d = fullForm();
    QVERIFY(store.save(d));
    const qint64 id = d.id;
    m_clock->advance(60'000);
    d.campaign.campaignName = u"renamed"_s;
    QVERIFY(store.save(d)); // same devices: form only
    QCOMPARE(d.id, id);
    d.campaign.devices.removeLast();
    d.campaign.devices.append(devices(2, 49015420323750ULL));
    QVERIFY(store.save(d)); // devices changed
    const auto back = store.load(id);
    QVERIFY(back.has_value());
    QVERIFY(sameContent(*back, d));
    QCOMPARE(back->createdUtc, at(0));
    QCOMPARE(back->updatedUtc, at(1));
    QCOMPARE(store.list().size(), 1);

    // A draft discarded elsewhere (another window) is saved anew, not lost.
    QVERIFY(store.discard(id));
    QVERIFY(store.save(d));
    QVERIFY(d.id != id);
    QVERIFY(store.load(d.id).has_value());
}

void DraftStoreTest::listNewestFirstAndByKind()
{
    DraftStore store(*m_ws);
    Draft a = fullForm();
    QVERIFY(store.save(a));
    m_clock->advance(1000);
    Draft b;
    b.kind = Draft::Kind::DeviceList;
    b.campaignId = u"c-9"_s;
    b.campaign.devices = devices(5);
    QVERIFY(store.save(b));
    m_clock->advance(1000);
    Draft c;
    QVERIFY(store.save(c));

    const auto all = store.list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).id, c.id);
    QCOMPARE(all.at(0).title, u"Untitled campaign"_s);
    QCOMPARE(all.at(1).id, b.id);
    QCOMPARE(all.at(1).title, u"Devices for campaign c-9"_s);
    QCOMPARE(all.at(1).deviceCount, 5);
    QCOMPARE(all.at(2).title, a.campaign.campaignName);
    QCOMPARE(all.at(2).account, a.account);
    const auto lists = store.list(Draft::Kind::DeviceList);
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists.at(0).campaignId, u"c-9"_s);
}

void DraftStoreTest::discard()
{
    DraftStore store(*m_ws);
    Draft d = fullForm();
    QVERIFY(store.save(d));
    QVERIFY(store.discard(d.id));
    QVERIFY(!store.load(d.id).has_value());
    QVERIFY(store.list().isEmpty());
    QVERIFY(!store.discard(d.id));
}

void DraftStoreTest::decodeRejectsBadBlobs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("one device") << DraftStore::encodeDevices(devices(1)) << true;
    QTest::newRow("odd length") << DraftStore::encodeDevices(devices(2)).chopped(3) << false;
    QByteArray bad(8, '\0');
    qToLittleEndian<quint64>(356938035643808ULL, bad.data()); // wrong check digit
    QTest::newRow("invalid imei") << bad << false;
}

void DraftStoreTest::decodeRejectsBadBlobs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QCOMPARE(DraftStore::decodeDevices(bytes).has_value(), ok);
}

void DraftStoreTest::restoreAfterCrash()
{
    // The app saves a draft and "crashes": the database files as they are on disk at that
    // moment (connection still open, WAL not checkpointed) are what the next start finds.
    DraftStore store(*m_ws);
    Draft d = fullForm();
    d.campaign.devices = devices(20'000);
    QVERIFY(store.save(d));
    d.campaign.campaignName = u"typed just before the crash"_s;
    QVERIFY(store.save(d));

    const QString crashed = m_dir->filePath(u"after-crash.sqlite"_s);
    const QString live = m_ws->path();
    QVERIFY(QFile::exists(live + u"-wal"_s)); // the changes are still only in the WAL
    QVERIFY(copyFile(live, crashed));
    QVERIFY(copyFile(live + u"-wal"_s, crashed + u"-wal"_s));

    Workspace next(crashed, *m_clock);
    QCOMPARE(next.open().status, Workspace::OpenStatus::Opened);
    DraftStore restored(next);
    const auto offered = restored.list();
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.at(0).title, u"typed just before the crash"_s);
    QCOMPARE(offered.at(0).deviceCount, 20'000);
    const auto back = restored.load(offered.at(0).id);
    QVERIFY(back.has_value());
    QVERIFY(sameContent(*back, d));
}

QTEST_GUILESS_MAIN(DraftStoreTest)
#include "DraftStoreTest.moc"
