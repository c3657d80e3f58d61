// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// BatchVerdict, the one rule that sorts a batch's answers: every per-device reason the
// contract and fotasim give is read as done, already applied, refused (permanent: not sent
// again) or no answer (sent again), and a request that failed as a whole by its error.

#include "api/BatchVerdict.h"

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

    void requestErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<BatchOutcome>("outcome");
        QTest::newRow("400 errorCode") << int(ApiError::Kind::Api) << 400 << BatchOutcome::Refused;
        QTest::newRow("404") << int(ApiError::Kind::Http) << 404 << BatchOutcome::Refused;
        QTest::newRow("503") << int(ApiError::Kind::Http) << 503 << BatchOutcome::NoAnswer;
        QTest::newRow("429") << int(ApiError::Kind::Http) << 429 << BatchOutcome::NoAnswer;
        QTest::newRow("network") << int(ApiError::Kind::Network) << 0 << BatchOutcome::NoAnswer;
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0 << BatchOutcome::NoAnswer;
        QTest::newRow("lost") << int(ApiError::Kind::OutcomeUnknown) << 0 << BatchOutcome::NoAnswer;
        QTest::newRow("stopped") << int(ApiError::Kind::Cancelled) << 0 << BatchOutcome::NoAnswer;
    }
    void requestErrors()
    {
        QFETCH(int, kind);
        QFETCH(int, httpStatus);
        QFETCH(BatchOutcome, outcome);
        ApiError error;
        switch (ApiError::Kind(kind)) {
        case ApiError::Kind::Api:
            error = ApiError::api(400, u"CampaignAlreadyScheduled"_s, u"scheduled"_s, u"PUT x"_s);
            break;
        case ApiError::Kind::Http:
            error = ApiError::http(httpStatus, {}, u"PUT x"_s);
            break;
        case ApiError::Kind::Cancelled:
            error = ApiError::cancelled(u"PUT x"_s);
            break;
        case ApiError::Kind::Network:
            error = ApiError::network(2, u"closed"_s, u"host"_s, u"PUT x"_s);
            break;
        case ApiError::Kind::Timeout:
            error = ApiError::timeout(30000, u"host"_s, u"PUT x"_s);
            break;
        default:
            error = ApiError::outcomeUnknown(ApiError::timeout(30000, u"host"_s, u"PUT x"_s),
                                             u"PUT x"_s);
            break;
        }
        QCOMPARE(error.kind(), ApiError::Kind(kind));
        QCOMPARE(BatchVerdict::ofRequestError(error), outcome);
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
