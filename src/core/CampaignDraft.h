// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/DraftIssue.h"
#include "core/Imei.h"
#include "core/TimeWindow.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace fotadesk {

class Clock;

/// How strictly device ids given as text are read.
enum class DeviceIdMode : std::uint8_t
{
    /// On the wire (fotasim, and what the client sends): exactly 15 ASCII digits. A value that
    /// would be a valid IMEI after removing separators is refused ("device-not-canonical").
    Wire,
    /// Typed or pasted by a person (GUI, fotactl arguments): Imei::parse() normalisation
    /// (spaces, dashes, dots, a leading Excel apostrophe).
    UserInput,
};

/// The outcome of CampaignDraft::checkDeviceIds().
struct DeviceIdCheck
{
    QList<Imei> devices; ///< the valid IMEIs, input order, each once
    /// Field Devices: the invalid entries, then the repeats, each in input order, capped at
    /// kMaxDeviceIssues per kind (one summary issue counts the rest); then the count checks.
    DraftIssues issues;
    int invalidCount = 0;       ///< all invalid entries, also those beyond the cap
    int duplicateCount = 0;     ///< entries that repeat an earlier valid IMEI
    int firstInvalidIndex = -1; ///< 0-based index of the first offending entry, or -1
    /// For the first offending entry: the Imei reason code ("bad-check-digit", ...) or
    /// "not-canonical" (Wire mode: valid only after removing separators).
    QString firstInvalidCode;
    ImeiParseResult firstInvalidResult; ///< Imei::parse() of the first offending entry

    [[nodiscard]] bool isValid() const { return firstInvalidIndex < 0 && !devices.isEmpty(); }
};

/// A firmware campaign being prepared (CampaignFirmwareUpgrade, contract "Schedule a firmware
/// upgrade campaign"), and the one set of rules the GUI form, fotactl and fotasim apply to it.
///
/// Every rule gives a DraftIssue with the field, a stable kebab-case code and a sentence
/// (E = error, W = warning):
/// - campaignName: campaign-name-too-long (E, > kMaxCampaignNameLength characters),
///   campaign-name-control-characters (E: line breaks, tabs, escape, bidi overrides, ...). The name
///   is optional.
/// - firmwareName, firmwareFrom, firmwareTo: firmware-name-required, firmware-from-required,
///   firmware-to-required (E); firmware-same-version (W, on firmwareTo: from == to).
/// - protocol: protocol-required (E); protocol-not-for-campaigns (E: "OMD-DM", a firmware
///   listing value); protocol-unknown (E: anything but LWM2M, OMA, HTTP, wrong case named);
///   lwm2m-windows-miss-start-hours (W: LWM2M and the windows cover neither 00 nor 04 UTC).
/// - startDate, endDate: start-date-required, end-date-required (E); start-date-in-past (E:
///   before today in UTC; today is allowed); end-before-start (E, on endDate);
///   lwm2m-start-today (W, on startDate: LWM2M starting today — its campaigns start around
///   00:00 UTC, so the first day may be lost).
/// - the chosen package (validatePackageProtocol, not part of validate(): the draft does not
///   carry the package): protocol-package-mismatch (W: the package is listed for another
///   protocol than the campaign's).
/// - campaignTimeWindowList: everything TimeWindowList::validate() reports.
/// - deviceList: devices-required (E); device-invalid (E: a null Imei or text that is no IMEI;
///   detail = the Imei reason code); device-not-canonical (E, Wire mode only);
///   device-duplicate (W: index = the repeat, otherIndex = the first); devices-more-invalid
///   (E) / devices-more-duplicates (W): one summary beyond kMaxDeviceIssues of a kind;
///   devices-pilot-gate (W: more than kPilotGateDevices devices).
///
/// Protocols: a campaign takes LWM2M (the default), OMA or HTTP. The firmware listing
/// (GET /firmware?protocol=) knows LWM2M and OMD-DM instead; campaignProtocolFor() maps a
/// package's protocol to the campaign's (OMD-DM -> OMA: an assumption, the vendor's docs
/// do not say it).
struct CampaignDraft
{
    QString campaignName; ///< optional
    QString firmwareName;
    QString firmwareFrom;
    QString firmwareTo;
    QString protocol = QStringLiteral("LWM2M");
    QDate startDate;
    QDate endDate;
    QList<TimeWindow> timeWindows; ///< UTC hours; empty = any hour
    QList<Imei> devices;
    bool autoAssignLicenseFlag = false;
    bool autoAddDevicesFlag = false;

    friend bool operator==(const CampaignDraft&, const CampaignDraft&) = default;

    /// All rules, in field order (name, firmware, protocol, dates, windows, devices).
    [[nodiscard]] DraftIssues validate(const Clock& clock) const;

    /// For a decoded wire request (fotasim) or raw command-line input (fotactl): the same
    /// rules with the devices given as text (draft.devices is ignored). fotasim uses
    /// DeviceIdMode::Wire.
    static DraftIssues validateWithDeviceIds(const CampaignDraft& draft,
                                             const QStringList& deviceIds, const Clock& clock,
                                             DeviceIdMode mode = DeviceIdMode::Wire);

    // The rules one field (group) at a time, for a form that validates as the user types.
    static DraftIssues validateCampaignName(const QString& name);
    static DraftIssues validateFirmware(const QString& name, const QString& from,
                                        const QString& to);
    /// `windows` only feeds the LWM2M timing warning (pass {} to skip it).
    static DraftIssues validateProtocol(const QString& protocol,
                                        const QList<TimeWindow>& windows = {});
    static DraftIssues validateDates(QDate startDate, QDate endDate, const Clock& clock);
    /// lwm2m-start-today (part of validate()).
    static DraftIssues validateProtocolStart(const QString& protocol, QDate startDate,
                                             const Clock& clock);
    /// protocol-package-mismatch: the package `firmwareName` is listed for `packageProtocol`
    /// (as the firmware list names it: LWM2M, OMD-DM) and the campaign says `protocol`. Nothing
    /// when either is empty or unknown.
    static DraftIssues validatePackageProtocol(const QString& firmwareName,
                                               const QString& packageProtocol,
                                               const QString& protocol);
    static DraftIssues validateDevices(const QList<Imei>& devices);
    static DeviceIdCheck checkDeviceIds(const QStringList& deviceIds,
                                        DeviceIdMode mode = DeviceIdMode::Wire);

    /// The protocols a campaign accepts: LWM2M, OMA, HTTP.
    static QStringList campaignProtocols();
    /// The campaign protocol for a firmware package's protocol: LWM2M -> LWM2M,
    /// OMD-DM -> OMA (assumption, see above), LWM2M/OMA/HTTP unchanged; "" when unknown.
    static QString campaignProtocolFor(const QString& firmwareProtocol);

    static constexpr int kMaxCampaignNameLength = 100; ///< unspecified by the vendor: our limit
    static constexpr int kPilotGateDevices = 20;       ///< the portal's pilot-gate size
    static constexpr int kMaxDeviceIssues = 50;        ///< per-device issues listed, per kind
};

} // namespace fotadesk
