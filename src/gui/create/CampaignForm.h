// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"
#include "core/CampaignDraft.h"

namespace fotadesk {

/// Everything the create-campaign form holds, as one value (what a draft
/// saves and restores): the core's CampaignDraft (name, protocol, firmware,
/// dates, UTC windows, flags, the valid IMEIs) plus what the firmware picker
/// knows about the chosen package.
struct CampaignForm
{
    CampaignDraft draft;
    QString firmwareMake; ///< of the chosen package ("" when none chosen)
    QString firmwareModel;
    QString firmwarePackageProtocol; ///< the package's protocol as listed (LWM2M, OMD-DM)

    friend bool operator==(const CampaignForm&, const CampaignForm&) = default;

    /// The request body POST /campaigns/firmware/{acc} gets (both flags always set).
    [[nodiscard]] wire::CampaignRequest toRequest() const;
    /// The exact JSON of toRequest(), indented; with more than `maxDevices` devices the
    /// deviceList is shortened to its first ones and a note says how many are left out.
    [[nodiscard]] QString requestSummary(int maxDevices = 20) const;
};

} // namespace fotadesk
