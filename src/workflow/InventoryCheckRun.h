// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiJob.h"
#include "core/InventoryCheckReport.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>

#include <optional>
#include <vector>

namespace fotadesk {

class DeviceLookup;
class FotaClient;

/// The pre-flight check of a whole device list: looks every device up in the account's
/// inventory (DeviceLookup: POST /devices in chunks, several at once), reads how many licences
/// the account has left (GET /subscriptions), and classifies each device
/// (DeviceInventoryCheck) for the package into an InventoryCheckReport. Devices are classified
/// chunk by chunk as their answers arrive, so no single step holds the event loop for long on a
/// 100,000-device list. Cancellable; progress() after every chunk.
///
/// A failed lookup finishes with its error (a check on part of the list would say "ready" for
/// devices it never saw). A failed subscription read does not: licencesLeft() is then unknown
/// and no unlicensed device counts as covered by auto-assign.
class InventoryCheckRun final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryCheckRun)

public:
    struct Options
    {
        PackageFacts package;
        QDateTime now; ///< UTC; decides "not connected for N days"
        int staleDays = DeviceInventoryCheck::DefaultStaleDays;
        bool autoAssign = false; ///< the campaign's autoAssignLicenseFlag
    };

    InventoryCheckRun(FotaClient* client, QStringList deviceIds, Options options,
                      QObject* parent = nullptr);
    ~InventoryCheckRun() override;

    /// Lookup requests at once (DeviceLookup's default otherwise).
    void setMaxConcurrent(int requests) { m_maxConcurrent = requests; }

    [[nodiscard]] const Options& options() const { return m_options; }
    [[nodiscard]] const QStringList& deviceIds() const { return m_deviceIds; }
    /// The result; complete after a successful finish.
    [[nodiscard]] const InventoryCheckReport& report() const { return m_report; }
    /// Licences the account has free before the campaign (licenseCount - licenseUsedCount);
    /// nullopt: the subscription could not be read.
    [[nodiscard]] std::optional<qint64> licensesLeft() const { return m_licensesLeft; }
    /// Why the subscription could not be read (empty when it was).
    [[nodiscard]] QString licensesError() const { return m_licensesError; }

Q_SIGNALS:
    void progress(qint64 devicesDone, qint64 devicesTotal);

protected:
    void run() override;
    void abort() override;

private:
    void classify(qsizetype first, qsizetype count);
    void finishIfDone();
    void finishReport();

    FotaClient* m_client;
    QStringList m_deviceIds;
    Options m_options;
    int m_maxConcurrent = 0;
    QPointer<DeviceLookup> m_lookup;
    QPointer<ApiJob> m_subscriptionJob;
    std::vector<DeviceCheck> m_checks;       ///< by list index
    std::vector<std::uint8_t> m_onlyLicense; ///< by list index: accepted with a licence
    std::vector<DeviceCheck> m_ifLicensed;   ///< by list index, where m_onlyLicense
    /// Devices added to the report per event-loop turn (about 5 ms of work here).
    static constexpr qsizetype ReportSlice = 5000;
    qsizetype m_reported = 0; ///< devices added to m_report so far
    bool m_lookupDone = false;
    bool m_subscriptionDone = false;
    std::optional<qint64> m_licensesLeft;
    QString m_licensesError;
    InventoryCheckReport m_report;
};

} // namespace fotadesk
