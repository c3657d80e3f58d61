// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/StatusGroup.h"

#include <QSet>
#include <QTest>

using fotadesk::DeviceStatusContext;
using fotadesk::StatusClassifier;
using fotadesk::StatusGroup;
using fotadesk::StatusMatch;
using namespace Qt::StringLiterals;

class StatusGroupTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void campaignStatus_data();
    void campaignStatus();
    void deviceStatus_data();
    void deviceStatus();
    void nearMissesStayUnknown_data();
    void nearMissesStayUnknown();
    void groupCodesAndLabels();
};

void StatusGroupTest::campaignStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<StatusGroup>("group");
    QTest::addColumn<StatusMatch>("match");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<bool>("addRemove");
    QTest::addColumn<bool>("cancel");
    QTest::addColumn<bool>("changeDates");

    const auto P = StatusGroup::Pending;
    const auto E = StatusMatch::Exact;
    QTest::newRow("RequestPending") << u"CampaignRequestPending"_s << P << E << u"Request pending"_s
                                    << false << true << true << true;
    QTest::newRow("RequestQueued") << u"CampaignRequestQueued"_s << P << E << u"Request queued"_s
                                   << false << true << true << true;
    QTest::newRow("PreScheduled") << u"CampaignPreScheduled"_s << P << E << u"Pre-scheduled"_s
                                  << false << true << true << true;
    QTest::newRow("Scheduled") << u"CampaignScheduled"_s << StatusGroup::InProgress << E
                               << u"Scheduled"_s << false << false << true << true;
    QTest::newRow("RequestFailed") << u"CampaignRequestFailed"_s << StatusGroup::Failed << E
                                   << u"Request failed"_s << true << false << false << false;
    QTest::newRow("Failed") << u"CampaignFailed"_s << StatusGroup::Failed << E << u"Failed"_s
                            << true << false << false << false;
    QTest::newRow("Cancelled") << u"CampaignCancelled"_s << StatusGroup::Cancelled << E
                               << u"Cancelled"_s << true << false << false << false;
    QTest::newRow("Aborted") << u"CampaignAborted"_s << StatusGroup::Cancelled << E
                             << u"Aborted (cancelled after the start)"_s << true << false << false
                             << false;
    QTest::newRow("Ended") << u"CampaignEnded"_s << StatusGroup::Ended << E << u"Ended"_s << true
                           << false << false << false;
    QTest::newRow("case and spaces") << u"  campaignscheduled "_s << StatusGroup::InProgress << E
                                     << u"Scheduled"_s << false << false << true << true;
    // Unknown: kept verbatim, non-terminal, the server decides about actions.
    QTest::newRow("unknown running")
        << u"CampaignRunning"_s << StatusGroup::Unknown << StatusMatch::None << u"CampaignRunning"_s
        << false << true << true << true;
    QTest::newRow("empty") << QString() << StatusGroup::Unknown << StatusMatch::None << QString()
                           << false << true << true << true;
    QTest::newRow("unknown succeeded not guessed")
        << u"CampaignSucceeded"_s << StatusGroup::Unknown << StatusMatch::None
        << u"CampaignSucceeded"_s << false << true << true << true;
    // The documented heuristic.
    QTest::newRow("heuristic failed")
        << u"CampaignPartiallyFailed"_s << StatusGroup::Failed << StatusMatch::Heuristic
        << u"CampaignPartiallyFailed"_s << true << false << false << false;
    QTest::newRow("heuristic error")
        << u"CampaignError"_s << StatusGroup::Failed << StatusMatch::Heuristic << u"CampaignError"_s
        << true << false << false << false;
    QTest::newRow("negated error")
        << u"CampaignErrorFree"_s << StatusGroup::Unknown << StatusMatch::None
        << u"CampaignErrorFree"_s << false << true << true << true;
}

void StatusGroupTest::campaignStatus()
{
    QFETCH(QString, status);
    QFETCH(StatusGroup, group);
    QFETCH(StatusMatch, match);
    QFETCH(QString, label);
    QFETCH(bool, terminal);
    QFETCH(bool, addRemove);
    QFETCH(bool, cancel);
    QFETCH(bool, changeDates);

    const auto c = StatusClassifier::classifyCampaignStatus(status);
    QCOMPARE(c.group, group);
    QCOMPARE(c.match, match);
    QCOMPARE(c.isKnown(), match == StatusMatch::Exact);
    QCOMPARE(StatusClassifier::campaignStatusGroup(status), group);
    QCOMPARE(StatusClassifier::campaignStatusLabel(status), label);
    QCOMPARE(StatusClassifier::isTerminal(status), terminal);
    QCOMPARE(StatusClassifier::canAddRemoveDevices(status), addRemove);
    QCOMPARE(StatusClassifier::canCancel(status), cancel);
    QCOMPARE(StatusClassifier::canChangeDates(status), changeDates);
}

void StatusGroupTest::deviceStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("operation"); // OperationResult context instead of CampaignReport
    QTest::addColumn<StatusGroup>("group");
    QTest::addColumn<StatusMatch>("match");
    QTest::addColumn<QString>("label"); // deviceStatusLabel(status)

    const auto E = StatusMatch::Exact;
    const auto H = StatusMatch::Heuristic;
    const auto S = StatusGroup::Succeeded;
    const auto F = StatusGroup::Failed;
    QTest::newRow("UpgradePending") << u"UpgradePending"_s << QString() << false
                                    << StatusGroup::Pending << E << u"Upgrade pending"_s;
    QTest::newRow("UpgradeSuccess")
        << u"UpgradeSuccess"_s << QString() << false << S << E << u"Upgrade succeeded"_s;
    QTest::newRow("DownloadInstallSucceeded") << u"DownloadInstallSucceeded"_s << QString() << false
                                              << S << E << u"Downloaded and installed"_s;
    QTest::newRow("FirmwareVersionUpdateSuccess")
        << u"FirmwareVersionUpdateSuccess"_s << QString() << true << S << E
        << u"Firmware version updated"_s;
    QTest::newRow("AddDeviceSucceed in a report")
        << u"AddDeviceSucceed"_s << QString() << false << StatusGroup::Pending << E
        << u"Added to campaign"_s;
    QTest::newRow("AddDeviceSucceed as a result")
        << u"AddDeviceSucceed"_s << u"Device added Successfully"_s << true << S << E
        << u"Added to campaign"_s;
    QTest::newRow("DownloadInProgress") << u"DownloadInProgress"_s << QString() << false
                                        << StatusGroup::InProgress << E << u"Downloading"_s;
    QTest::newRow("InstallInProgress") << u"InstallInProgress"_s << QString() << false
                                       << StatusGroup::InProgress << E << u"Installing"_s;
    QTest::newRow("UpgradeFailed")
        << u"UpgradeFailed"_s << QString() << false << F << E << u"Upgrade failed"_s;
    QTest::newRow("UpgradeCancelled") << u"UpgradeCancelled"_s << QString() << false
                                      << StatusGroup::Cancelled << E << u"Upgrade cancelled"_s;
    QTest::newRow("RemoveDeviceSucceed")
        << u"RemoveDeviceSucceed"_s << QString() << true << S << E << u"Device removed"_s;
    QTest::newRow("LicenseAssignFailed")
        << u"LicenseAssignFailed"_s << QString() << true << F << E << u"License not assigned"_s;
    QTest::newRow("does not exist")
        << u"Device does not exist."_s << QString() << true << F << E << u"Device does not exist"_s;
    QTest::newRow("no license as reason")
        << QString() << u"No license attached to device"_s << true << F << E << QString();
    QTest::newRow("unknown status, known reason")
        << u"Failure"_s << u"No license attached to device"_s << true << F << E << u"Failure"_s;
    QTest::newRow("reason is a status")
        << u"Mystery"_s << u"DownloadInstallSucceeded"_s << false << S << E << u"Mystery"_s;
    QTest::newRow("status wins over reason")
        << u"UpgradeSuccess"_s << u"transient error while reporting"_s << false << S << E
        << u"Upgrade succeeded"_s;
    QTest::newRow("heuristic status")
        << u"FirmwareFlashFailed"_s << QString() << false << F << H << u"FirmwareFlashFailed"_s;
    QTest::newRow("heuristic reason")
        << u"Mystery"_s << u"Download error: timeout"_s << false << F << H << u"Mystery"_s;
    QTest::newRow("heuristic lower case")
        << u"install failure"_s << QString() << false << F << H << u"install failure"_s;
    QTest::newRow("negated") << u"Completed without error"_s << QString() << false
                             << StatusGroup::Unknown << StatusMatch::None
                             << u"Completed without error"_s;
    QTest::newRow("NoError") << u"NoError"_s << QString() << false << StatusGroup::Unknown
                             << StatusMatch::None << u"NoError"_s;
    QTest::newRow("in progress not guessed")
        << u"UpgradeInProgress"_s << QString() << false << StatusGroup::Unknown << StatusMatch::None
        << u"UpgradeInProgress"_s;
    QTest::newRow("nothing") << QString() << QString() << false << StatusGroup::Unknown
                             << StatusMatch::None << QString();
}

void StatusGroupTest::deviceStatus()
{
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(bool, operation);
    QFETCH(StatusGroup, group);
    QFETCH(StatusMatch, match);
    QFETCH(QString, label);

    const auto context =
        operation ? DeviceStatusContext::OperationResult : DeviceStatusContext::CampaignReport;
    const auto c = StatusClassifier::classifyDeviceStatus(status, reason, context);
    QCOMPARE(c.group, group);
    QCOMPARE(c.match, match);
    QCOMPARE(StatusClassifier::deviceStatusGroup(status, reason, context), group);
    QCOMPARE(StatusClassifier::deviceStatusLabel(status), label);
}

void StatusGroupTest::nearMissesStayUnknown_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("UpgradeSuccessful") << u"UpgradeSuccessful"_s;
    QTest::newRow("UpgradePendingRetry") << u"UpgradePendingRetry"_s;
    QTest::newRow("CampaignScheduledLater") << u"CampaignScheduledLater"_s;
    QTest::newRow("Ended prefix") << u"Ended"_s;
    QTest::newRow("Cancelled bare") << u"Cancelled"_s;
    QTest::newRow("Device exists") << u"Device exists."_s;
    QTest::newRow("Device added") << u"Device added"_s;
}

void StatusGroupTest::nearMissesStayUnknown()
{
    // Similar-looking text is never pulled into a known bucket; the label stays the raw text.
    QFETCH(QString, text);
    QCOMPARE(StatusClassifier::campaignStatusGroup(text), StatusGroup::Unknown);
    QCOMPARE(StatusClassifier::deviceStatusGroup(text), StatusGroup::Unknown);
    QCOMPARE(StatusClassifier::deviceStatusGroup(QString(), text), StatusGroup::Unknown);
    QCOMPARE(StatusClassifier::campaignStatusLabel(text), text);
    QCOMPARE(StatusClassifier::deviceStatusLabel(text), text);
}

void StatusGroupTest::groupCodesAndLabels()
{
    const QList<StatusGroup> all{StatusGroup::Unknown,    StatusGroup::Pending,
                                 StatusGroup::InProgress, StatusGroup::Succeeded,
                                 StatusGroup::Failed,     StatusGroup::Cancelled,
                                 StatusGroup::Ended};
    QSet<QString> codes;
    QSet<QString> labels;
    for (StatusGroup g : all) {
        const QString code = StatusClassifier::groupCode(g);
        QVERIFY(!code.isEmpty());
        QCOMPARE(code, code.toLower());
        QVERIFY(!code.contains(QLatin1Char(' ')));
        codes.insert(code);
        labels.insert(StatusClassifier::groupLabel(g));
    }
    QCOMPARE(codes.size(), all.size());
    QCOMPARE(labels.size(), all.size());
    QCOMPARE(StatusClassifier::groupCode(StatusGroup::InProgress), u"in-progress"_s);
    QCOMPARE(StatusClassifier::groupLabel(StatusGroup::Pending), u"Pending"_s);
}

QTEST_GUILESS_MAIN(StatusGroupTest)
#include "StatusGroupTest.moc"
