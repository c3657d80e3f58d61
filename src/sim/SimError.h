// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fotadesk::sim {

/// The stable errorCode values fotasim answers (HTTP 400 unless noted). They
/// are documented in docs/fotasim.md; tests and the client may rely on them.
namespace errc {
inline const QString InvalidCampaignName = QStringLiteral("InvalidCampaignName");
inline const QString InvalidRequestBody = QStringLiteral("InvalidRequestBody");
inline const QString MissingRequiredField = QStringLiteral("MissingRequiredField");
inline const QString InvalidDeviceId = QStringLiteral("InvalidDeviceId");
inline const QString DeviceListEmpty = QStringLiteral("DeviceListEmpty");
inline const QString DeviceListTooLarge = QStringLiteral("DeviceListTooLarge");
inline const QString UnknownAccount = QStringLiteral("UnknownAccount");
inline const QString UnknownFirmware = QStringLiteral("UnknownFirmware");
inline const QString FirmwareVersionMismatch = QStringLiteral("FirmwareVersionMismatch");
inline const QString InvalidProtocol = QStringLiteral("InvalidProtocol");
inline const QString ProtocolMismatch = QStringLiteral("ProtocolMismatch");
inline const QString InvalidDate = QStringLiteral("InvalidDate");
inline const QString EndDateBeforeStartDate = QStringLiteral("EndDateBeforeStartDate");
inline const QString StartDateInPast = QStringLiteral("StartDateInPast");
inline const QString InvalidTimeWindow = QStringLiteral("InvalidTimeWindow");
inline const QString OverlappingTimeWindows = QStringLiteral("OverlappingTimeWindows");
inline const QString UnknownCampaign = QStringLiteral("UnknownCampaign");
inline const QString CampaignNotInAccount = QStringLiteral("CampaignNotInAccount");
inline const QString CampaignAlreadyScheduled = QStringLiteral("CampaignAlreadyScheduled");
inline const QString CampaignNotModifiable = QStringLiteral("CampaignNotModifiable");
inline const QString CampaignStarted = QStringLiteral("CampaignStarted");
inline const QString EndDateTooEarly = QStringLiteral("EndDateTooEarly");
inline const QString CampaignNotCancellable = QStringLiteral("CampaignNotCancellable");
inline const QString InvalidChangeType = QStringLiteral("InvalidChangeType");
inline const QString PilotLimitExceeded = QStringLiteral("PilotLimitExceeded");
inline const QString InvalidCursor = QStringLiteral("InvalidCursor");
inline const QString InvalidCampaignStatus = QStringLiteral("InvalidCampaignStatus");
inline const QString UnknownDevice = QStringLiteral("UnknownDevice");
inline const QString InvalidCallbackUrl = QStringLiteral("InvalidCallbackUrl");
inline const QString NoCallbackRegistered = QStringLiteral("NoCallbackRegistered");
// 401 answers (JSON body with the same two fields).
inline const QString MissingToken = QStringLiteral("MissingToken");
inline const QString InvalidToken = QStringLiteral("InvalidToken");
inline const QString TokenExpired = QStringLiteral("TokenExpired");
inline const QString MissingSessionToken = QStringLiteral("MissingSessionToken");
inline const QString InvalidSessionToken = QStringLiteral("InvalidSessionToken");
inline const QString SessionExpired = QStringLiteral("SessionExpired");
inline const QString InvalidCredentials = QStringLiteral("InvalidCredentials");
// 404/405 and injected faults.
inline const QString NotFound = QStringLiteral("NotFound");
inline const QString MethodNotAllowed = QStringLiteral("MethodNotAllowed");
inline const QString InjectedFault = QStringLiteral("InjectedFault");
inline const QString TooManyRequests = QStringLiteral("TooManyRequests");
// Requests refused by the HTTP layer before any route (HttpLimits), then the
// connection is closed: 400, 408, 413, 414, 431, and 417/501/505.
inline const QString MalformedRequest = QStringLiteral("MalformedRequest");
inline const QString RequestTimeout = QStringLiteral("RequestTimeout");
inline const QString RequestBodyTooLarge = QStringLiteral("RequestBodyTooLarge");
inline const QString RequestLineTooLong = QStringLiteral("RequestLineTooLong");
inline const QString RequestHeadersTooLarge = QStringLiteral("RequestHeadersTooLarge");
inline const QString NotSupported = QStringLiteral("NotSupported");
} // namespace errc

} // namespace fotadesk::sim
