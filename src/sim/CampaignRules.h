#pragma once

#include "core/Imei.h"
#include "core/TimeWindow.h"
#include "sim/SimResponse.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace fotadesk::sim {

/// The validation rules fotasim enforces on requests, each failing with a
/// stable errorCode (sim/SimError.h). Each returns nullopt when the rule holds.
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
    /// 15-digit IMEIs with a valid check digit (InvalidDeviceId, DeviceListEmpty,
    /// DeviceListTooLarge, and DuplicateDeviceId unless allowDuplicates).
    static std::optional<SimResponse> checkDeviceIds(const QStringList& ids, int maxDevices,
                                                     std::vector<Imei>* out,
                                                     bool allowDuplicates = false);
    /// One IMEI (for path parameters and cursors).
    static std::optional<Imei> parseImei(const QString& text);
    /// End not before start (EndDateBeforeStartDate), start not before today (StartDateInPast).
    static std::optional<SimResponse> checkDates(const QDate& start, const QDate& end,
                                                 const QDate& today);
    /// Each window in range (InvalidTimeWindow); no two overlapping (OverlappingTimeWindows).
    static std::optional<SimResponse> checkTimeWindows(const QList<TimeWindow>& windows);
    /// LWM2M, OMA, HTTP or OMD-DM (InvalidProtocol).
    static std::optional<SimResponse> checkProtocol(const QString& protocol);
    /// Whether a campaign protocol may use a package of packageProtocol (OMA == OMD-DM).
    static bool protocolMatches(const QString& requested, const QString& packageProtocol);
};

} // namespace fotadesk::sim
