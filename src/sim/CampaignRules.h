// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/DraftIssue.h"
#include "core/Imei.h"
#include "core/TimeWindow.h"
#include "sim/SimResponse.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace fotadesk {
class Clock;
}

namespace fotadesk::sim {

/// The validation rules fotasim enforces on requests. The campaign rules are
/// core's (CampaignDraft, TimeWindowList — the same the form and fotactl
/// apply); this class maps their first error to a 400 with a stable errorCode
/// (sim/SimError.h) and adds the core rule code and field as "rule" and
/// "field" members of the error body. Each returns nullopt when the rule holds.
class CampaignRules final
{
public:
    static constexpr int MaxCampaignDevices = 100'000;
    static constexpr int MaxListDevices = 10'000;

    /// Required members of a JSON body (MissingRequiredField names the first one missing).
    static std::optional<SimResponse> requireFields(const QJsonObject& body,
                                                    const QStringList& names);
    /// A member that must be a YYYY-MM-DD date string (InvalidDate).
    static std::optional<SimResponse> requireDate(const QJsonObject& body, const QString& name);
    /// Wire IMEIs (exactly 15 digits, valid Luhn; InvalidDeviceId, DeviceListEmpty,
    /// DeviceListTooLarge). Repeats are dropped: *out holds each IMEI once, in input order.
    static std::optional<SimResponse> checkDeviceIds(const QStringList& ids, int maxDevices,
                                                     std::vector<Imei>* out);
    /// One IMEI (for path parameters and cursors).
    static std::optional<Imei> parseImei(const QString& text);
    /// core's date rules: EndDateBeforeStartDate, StartDateInPast.
    static std::optional<SimResponse> checkDates(const QDate& start, const QDate& end,
                                                 const Clock& clock);
    /// core's window rules: InvalidTimeWindow, OverlappingTimeWindows.
    static std::optional<SimResponse> checkTimeWindows(const QList<TimeWindow>& windows);
    /// The first error of a list of core issues as a 400 (nullopt without errors).
    static std::optional<SimResponse> firstError(const DraftIssues& issues);
    /// The errorCode for a core rule code ("start-date-in-past" -> StartDateInPast).
    static QString errorCodeFor(const QString& ruleCode);
    /// Whether a campaign protocol may use a package of packageProtocol (OMA <-> OMD-DM).
    static bool protocolMatches(const QString& requested, const QString& packageProtocol);
};

} // namespace fotadesk::sim
