// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/DeviceResultModel.h"

#include "models/DeviceResultFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using fotadesk::DeviceResultFilterModel;
using fotadesk::DeviceResultModel;
using fotadesk::wire::DeviceListItem;
using Outcome = fotadesk::DeviceResultModel::Outcome;
using namespace Qt::StringLiterals;

namespace {

DeviceListItem item(const QString& id, const QString& status, const QString& reason)
{
    DeviceListItem i;
    i.deviceId = id;
    i.status = status;
    i.reason = reason;
    return i;
}

QStringList ids(const QAbstractItemModel& m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, DeviceResultModel::ImeiColumn).data().toString());
    return out;
}

} // namespace

class DeviceResultModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void outcomeOf_data();
    void outcomeOf();
    void resultsAndCounts();
    void retryReplacesEarlierResults();
    void batchFailure();
    void judgedResultsKeepTheCallersVerdict();
    void filter_data();
    void filter();

private:
    void fill();

    std::unique_ptr<DeviceResultModel> m_model;
    std::unique_ptr<DeviceResultFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void DeviceResultModelTest::init()
{
    m_model = std::make_unique<DeviceResultModel>();
    m_proxy = std::make_unique<DeviceResultFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void DeviceResultModelTest::cleanup()
{
    m_proxyTester.reset();
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

void DeviceResultModelTest::fill()
{
    m_model->appendResults({
        item(u"490154203237518"_s, u"AddDeviceSucceed"_s, u"Device added Successfully"_s),
        item(u"356938035643809"_s, u"AddDeviceFailed"_s, u"No license attached to device"_s),
        item(u"012345678901237"_s, u""_s, u"Device does not exist."_s),
        item(u"353456789012348"_s, u"Queued"_s, u""_s),
    });
}

void DeviceResultModelTest::outcomeOf_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("added") << u"AddDeviceSucceed"_s << u""_s << Outcome::Succeeded;
    QTest::newRow("no license") << u""_s << u"No license attached to device"_s << Outcome::Refused;
    QTest::newRow("fail in status") << u"RemoveDeviceFailed"_s << u""_s << Outcome::Refused;
    QTest::newRow("already in") << u"AddDeviceFailed"_s << u"Device is already in the campaign"_s
                                << Outcome::AlreadyApplied;
    QTest::newRow("try again") << u"AddDeviceFailed"_s << u"Busy, try again later"_s
                               << Outcome::NoAnswer;
    QTest::newRow("unknown stays unknown") << u"Queued"_s << u""_s << Outcome::Unknown;
}

void DeviceResultModelTest::outcomeOf()
{
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(Outcome, outcome);
    QCOMPARE(DeviceResultModel::outcomeOf(status, reason), outcome);
}

void DeviceResultModelTest::resultsAndCounts()
{
    QSignalSpy counts(m_model.get(), &DeviceResultModel::countsChanged);
    fill();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(m_model->counts().succeeded, 1);
    QCOMPARE(m_model->counts().refused, 2);
    QCOMPARE(m_model->counts().unknown, 1);
    // Refused devices are not offered for a retry.
    QVERIFY(m_model->retryableDeviceIds().isEmpty());
    QCOMPARE(m_model->deviceIds(Outcome::Refused),
             (QStringList{u"356938035643809"_s, u"012345678901237"_s}));
    QCOMPARE(m_model->index(1, DeviceResultModel::OutcomeColumn).data().toString(), u"Refused"_s);
    QVERIFY(m_model->index(1, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(m_model->index(1, DeviceResultModel::ReasonColumn).data().toString(),
             u"No license attached to device"_s);
    QCOMPARE(m_model->index(3, DeviceResultModel::StatusColumn).data().toString(), u"Queued"_s);
}

void DeviceResultModelTest::retryReplacesEarlierResults()
{
    fill();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->appendResults({item(u"356938035643809"_s, u"AddDeviceSucceed"_s, {}),
                            item(u"012345678901237"_s, u"AddDeviceSucceed"_s, {})});
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(m_model->deviceIds(Outcome::Refused).isEmpty());
    QCOMPARE(m_model->counts().succeeded, 3);
}

void DeviceResultModelTest::batchFailure()
{
    fill();
    m_model->appendBatchFailure({u"490154203237518"_s, u"111111111111116"_s},
                                u"HTTP 503: the server is busy; retry later."_s);
    QCOMPARE(m_model->rowCount(), 5);
    // A request without a usable answer: its devices are what "Retry" sends, nothing else.
    QCOMPARE(m_model->outcomeAt(0), Outcome::NoAnswer);
    QCOMPARE(m_model->index(0, DeviceResultModel::OutcomeColumn).data().toString(), u"No answer"_s);
    QCOMPARE(m_model->retryableDeviceIds(),
             (QStringList{u"490154203237518"_s, u"111111111111116"_s}));
    QCOMPARE(m_model->counts(), (DeviceResultModel::Counts{0, 0, 2, 2, 1}));
    // A request refused as a whole (400 with errorCode) is not retried.
    m_model->appendBatchFailure({u"111111111111116"_s}, u"Campaign is scheduled"_s,
                                fotadesk::BatchOutcome::Refused);
    QCOMPARE(m_model->retryableDeviceIds(), QStringList{u"490154203237518"_s});
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->counts(), DeviceResultModel::Counts{});
}

void DeviceResultModelTest::judgedResultsKeepTheCallersVerdict()
{
    // DeviceBatcher's verdicts, one outcome each: "already in the campaign" is its own outcome
    // (neither success nor failure), a device the answer left out has no answer.
    using fotadesk::BatchOutcome;
    m_model->appendJudgedResults({
        {item(u"490154203237518"_s, u"AddDeviceFailed"_s, u"Device is already in the campaign"_s),
         BatchOutcome::AlreadyApplied},
        {item(u"356938035643809"_s, u"AddDeviceFailed"_s, u"No license attached to device"_s),
         BatchOutcome::Refused},
        {item(u"353456789012348"_s, u"Queued"_s, u""_s), BatchOutcome::Unclear},
        {item(u"012345678901237"_s, {}, u"not mentioned"_s), BatchOutcome::NoAnswer},
    });
    QCOMPARE(m_model->outcomeAt(0), Outcome::AlreadyApplied);
    QCOMPARE(m_model->index(0, DeviceResultModel::OutcomeColumn).data().toString(),
             u"Already in the campaign"_s);
    QCOMPARE(m_model->outcomeAt(1), Outcome::Refused);
    QCOMPARE(m_model->outcomeAt(2), Outcome::Unknown);
    QCOMPARE(m_model->outcomeAt(3), Outcome::NoAnswer);
    QCOMPARE(m_model->counts(), (DeviceResultModel::Counts{0, 1, 1, 1, 1}));
    QCOMPARE(m_model->retryableDeviceIds(), QStringList{u"012345678901237"_s});
    // A remove names the same outcome for what it is.
    DeviceResultModel remove(fotadesk::BatchOperation::RemoveFromCampaign);
    remove.appendResults(
        {item(u"490154203237518"_s, u"RemoveDeviceFailed"_s, u"Device is not in the campaign"_s)});
    QCOMPARE(remove.index(0, DeviceResultModel::OutcomeColumn).data().toString(),
             u"Not in the campaign"_s);
    QCOMPARE(remove.counts().alreadyApplied, 1);
    // The status and reason are still shown verbatim.
    QCOMPARE(m_model->index(0, DeviceResultModel::ReasonColumn).data().toString(),
             u"Device is already in the campaign"_s);
}

void DeviceResultModelTest::filter_data()
{
    QTest::addColumn<bool>("failedOnly");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << false << QString()
                         << QStringList{u"490154203237518"_s, u"356938035643809"_s,
                                        u"012345678901237"_s, u"353456789012348"_s};
    QTest::newRow("failed only") << true << QString()
                                 << QStringList{u"356938035643809"_s, u"012345678901237"_s};
    QTest::newRow("failed with text") << true << u"license"_s << QStringList{u"356938035643809"_s};
    QTest::newRow("imei digits") << false << u"012345"_s << QStringList{u"012345678901237"_s};
    QTest::newRow("raw status") << false << u"adddevicesucceed"_s
                                << QStringList{u"490154203237518"_s};
}

void DeviceResultModelTest::filter()
{
    QFETCH(bool, failedOnly);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    fill();
    m_proxy->setFailedOnly(failedOnly);
    m_proxy->setSearchText(text);
    QCOMPARE(ids(*m_proxy), expected);
    // A retry that succeeds leaves the failed-only view.
    if (failedOnly) {
        m_model->appendResults({item(u"356938035643809"_s, u"AddDeviceSucceed"_s, {})});
        QVERIFY(!ids(*m_proxy).contains(u"356938035643809"_s));
    }
}

QTEST_GUILESS_MAIN(DeviceResultModelTest)
#include "DeviceResultModelTest.moc"
