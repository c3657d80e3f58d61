// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/wire/CampaignRequestMapping.h"

namespace fotadesk::wire {

CampaignRequest toCampaignRequest(const CampaignDraft& draft)
{
    CampaignRequest r;
    r.campaignName = draft.campaignName.trimmed();
    r.firmwareName = draft.firmwareName;
    r.firmwareFrom = draft.firmwareFrom;
    r.firmwareTo = draft.firmwareTo;
    r.protocol = draft.protocol;
    r.startDate = draft.startDate;
    r.endDate = draft.endDate;
    r.timeWindows = draft.timeWindows;
    r.deviceList.reserve(draft.devices.size());
    for (const Imei& imei : draft.devices)
        r.deviceList.append(imei.toString());
    r.autoAssignLicenseFlag = draft.autoAssignLicenseFlag;
    r.autoAddDevicesFlag = draft.autoAddDevicesFlag;
    return r;
}

CampaignDraft toCampaignDraft(const CampaignRequest& request)
{
    CampaignDraft d;
    d.campaignName = request.campaignName;
    d.firmwareName = request.firmwareName;
    d.firmwareFrom = request.firmwareFrom;
    d.firmwareTo = request.firmwareTo;
    d.protocol = request.protocol;
    d.startDate = request.startDate;
    d.endDate = request.endDate;
    d.timeWindows = request.timeWindows;
    d.autoAssignLicenseFlag = request.autoAssignLicenseFlag;
    d.autoAddDevicesFlag = request.autoAddDevicesFlag;
    return d;
}

} // namespace fotadesk::wire
