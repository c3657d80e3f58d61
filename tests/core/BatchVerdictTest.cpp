// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// BatchVerdict, the one rule that sorts a batch's answers: every per-device reason the
// contract and fotasim give is read as done, already applied, refused (permanent: not sent
// again) or no answer (sent again), and a request that failed as a whole by its answer's
// status (DeviceBatcherTest checks the ApiError side).

#include "core/BatchVerdict.h"

#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fotadesk::BatchOperation)
Q_DECLARE_METATYPE(fotadesk::BatchOutcome)

class BatchVerdictTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data()
    {
        QTest::addColumn<BatchOperation>("operation");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<BatchOutcome>("outcome");
        const auto add = BatchOperation::AddToCampaign;
        const auto remove = BatchOperation::RemoveFromCampaign;
        const auto assign = BatchOperation::AssignLicenses;
        const auto unassign = BatchOperation::RemoveLicenses;
        // fotasim's add/remove answers (src/sim/CampaignEndpoints, CampaignLifecycle).
        QTest::newRow("added") << add << u"AddDeviceSucceed"_s << u"Device added Successfully"_s
                               << BatchOutcome::Done;
        QTest::newRow("already in")
            << add << u"AddDeviceFailed"_s << u"Device is already in the campaign"_s
            << BatchOutcome::AlreadyApplied;
        QTest::newRow("no device")
            << add << u"AddDeviceFailed"_s << u"Device does not exist."_s << BatchOutcome::Refused;
        QTest::newRow("no license") << add << u"AddDeviceFailed"_s
                                    << u"No license attached to device"_s << BatchOutcome::Refused;
        QTest::newRow("model") << add << u"AddDeviceFailed"_s
                               << u"Device make/model does not match the firmware package"_s
                               << BatchOutcome::Refused;
        QTest::newRow("firmware") << add << u"AddDeviceFailed"_s
                                  << u"Device firmware does not match firmwareFrom"_s
                                  << BatchOutcome::Refused;
        QTest::newRow("not eligible")
            << add << u"AddDeviceFailed"_s << u"Device is not eligible for FOTA"_s
            << BatchOutcome::Refused;
        QTest::newRow("protocol") << add << u"AddDeviceFailed"_s
                                  << u"Device protocol does not match the firmware package"_s
                                  << BatchOutcome::Refused;
        QTest::newRow("removed") << remove << u"RemoveDeviceSucceed"_s
                                 << u"Device removed Successfully"_s << BatchOutcome::Done;
        QTest::newRow("not in") << remove << u"RemoveDeviceFailed"_s
                                << u"Device is not in the campaign"_s
                                << BatchOutcome::AlreadyApplied;
        // "already in" means nothing for a remove: it is read by the operation.
        QTest::newRow("remove: no device") << remove << u"RemoveDeviceFailed"_s
                                           << u"Device does not exist."_s << BatchOutcome::Refused;
        // Licences (src/sim/LicenseEndpoints).
        QTest::newRow("licensed") << assign << u"LicenseAssigned"_s << u"License assigned"_s
                                  << BatchOutcome::Done;
        QTest::newRow("already licensed")
            << assign << u"LicenseAssigned"_s << u"License already assigned"_s
            << BatchOutcome::AlreadyApplied;
        QTest::newRow("pool used up")
            << assign << u"LicenseAssignFailed"_s
            << u"No license available: all 5 licenses are assigned"_s << BatchOutcome::Refused;
        QTest::newRow("unlicensed")
            << unassign << u"LicenseRemoved"_s << u"License removed"_s << BatchOutcome::Done;
        QTest::newRow("had none") << unassign << u"LicenseRemoveFailed"_s
                                  << u"No license attached to device"_s
                                  << BatchOutcome::AlreadyApplied;
        // A reason that says "not now" is worth sending again.
        QTest::newRow("busy") << add << u"AddDeviceFailed"_s
                              << u"Service temporarily unavailable, try again later"_s
                              << BatchOutcome::NoAnswer;
        QTest::newRow("timed out")
            << add << u"AddDeviceFailed"_s << u"Request timed out"_s << BatchOutcome::NoAnswer;
        // An open set: a status no rule knows is neither success nor failure.
        QTest::newRow("unknown") << add << u"SomethingNew"_s << QString() << BatchOutcome::Unclear;
    }
    void answers()
    {
        QFETCH(BatchOperation, operation);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        QFETCH(BatchOutcome, outcome);
        QCOMPARE(BatchVerdict::ofAnswer(operation, status, reason), outcome);
    }

    void requests_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<BatchOutcome>("outcome");
        QTest::newRow("400 errorCode") << 400 << BatchOutcome::Refused;
        QTest::newRow("403") << 403 << BatchOutcome::Refused;
        QTest::newRow("404") << 404 << BatchOutcome::Refused;
        QTest::newRow("408") << 408 << BatchOutcome::NoAnswer;
        QTest::newRow("429") << 429 << BatchOutcome::NoAnswer;
        QTest::newRow("500") << 500 << BatchOutcome::NoAnswer;
        QTest::newRow("503") << 503 << BatchOutcome::NoAnswer;
        QTest::newRow("no answer") << 0 << BatchOutcome::NoAnswer;
    }
    void requests()
    {
        QFETCH(int, httpStatus);
        QFETCH(BatchOutcome, outcome);
        QCOMPARE(BatchVerdict::ofRequest(httpStatus), outcome);
    }

    void onlyNoAnswerIsRetried()
    {
        QVERIFY(BatchVerdict::isRetryable(BatchOutcome::NoAnswer));
        for (auto o : {BatchOutcome::Done, BatchOutcome::AlreadyApplied, BatchOutcome::Refused,
                       BatchOutcome::Unclear})
            QVERIFY(!BatchVerdict::isRetryable(o));
        QVERIFY(BatchVerdict::holds(BatchOutcome::AlreadyApplied));
        QVERIFY(!BatchVerdict::holds(BatchOutcome::NoAnswer));
    }
};

QTEST_GUILESS_MAIN(BatchVerdictTest)
#include "BatchVerdictTest.moc"
