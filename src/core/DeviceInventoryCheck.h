// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace fotadesk {

/// What a pre-flight check needs of a firmware package.
struct PackageFacts
{
    QString make;
    QString model;
    QString firmwareFrom;
    QString firmwareTo;
    QString protocol; ///< the package's: LWM2M or OMD-DM
};

/// One device's line of the account's inventory (account devices V3), as far as the check
/// reads it. Unknown facts (a lenient answer left them out) are empty / nullopt / invalid.
struct InventoryRecord
{
    QString deviceId;
    QString make;
    QString model;
    QString firmware; ///< the version the device last reported
    QString protocol; ///< LWM2M, OMADM, HTTP, NONE
    std::optional<bool> fotaEligible;
    std::optional<bool> licenseAssigned;
    QDateTime lastConnection; ///< UTC; invalid: unknown
};

/// The one reason a device will or will not be accepted into a campaign of a package, in
/// the order the service checks them (the first that applies is the answer).
enum class DeviceVerdict : std::uint8_t
{
    WillBeAccepted,
    NotInAccount,    ///< the account's inventory does not have the IMEI
    OtherModel,      ///< make/model differ from the package's
    NotEligible,     ///< fotaEligible false
    OtherProtocol,   ///< the device speaks another protocol than the package
    NoLicense,       ///< licenseAssigned false
    AlreadyAtTarget, ///< it already reports firmwareTo
    FirmwareNotFrom, ///< it reports another firmware than firmwareFrom
};

/// The verdict for one device, with what the explanation needs.
struct DeviceCheck
{
    DeviceVerdict verdict = DeviceVerdict::WillBeAccepted;
    QString firmware;                ///< what the device reports (FirmwareNotFrom, AlreadyAtTarget)
    bool notConnectedLong = false;   ///< a warning only: the service accepts it
    qint64 daysSinceConnection = -1; ///< -1: unknown
    /// Accepted because the campaign's auto-assign gives it a licence from the account's pool.
    bool licenseFromPool = false;

    [[nodiscard]] bool accepted() const { return verdict == DeviceVerdict::WillBeAccepted; }
};

/// The pre-flight rule: given a package and a device's inventory line (or its absence),
/// says whether the service will accept the device into a campaign of that package and, if
/// not, why. The same order of rules as the service (fotasim's CampaignEndpoints): an
/// accepted device is one the service will not refuse or fail for any of these reasons.
/// Pure: no network, no clock of its own.
class DeviceInventoryCheck final
{
public:
    static constexpr int DefaultStaleDays = 30;
    static constexpr int VerdictCount = 8;

    /// `record` null: the account does not have the device. `now` and `staleDays` decide the
    /// "not connected for more than N days" warning.
    [[nodiscard]] static DeviceCheck classify(const PackageFacts& package,
                                              const InventoryRecord* record, const QDateTime& now,
                                              int staleDays = DefaultStaleDays);

    /// The inventory spelling of a protocol: OMD-DM, OMDADM, OMA and OMADM are "OMADM";
    /// others upper-cased and trimmed.
    [[nodiscard]] static QString normalizedProtocol(QStringView protocol);

    /// A stable machine name ("will-be-accepted", "not-in-account", ...) for JSON and CSV.
    [[nodiscard]] static QString code(DeviceVerdict verdict);
    [[nodiscard]] static std::optional<DeviceVerdict> fromCode(QStringView code);
    /// A short translated label ("Not in this account").
    [[nodiscard]] static QString label(DeviceVerdict verdict);
    /// A translated sentence for one device ("Reports firmware R2.0.5, not R2.1.0").
    [[nodiscard]] static QString explain(const DeviceCheck& check, const PackageFacts& package);
};

} // namespace fotadesk
