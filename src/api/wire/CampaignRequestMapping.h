// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"
#include "core/CampaignDraft.h"

namespace fotadesk::wire {

/// The one mapping between a campaign being prepared (core's CampaignDraft, what the form,
/// fotactl and fotasim validate) and the body of POST /campaigns/firmware/{acc}
/// (CampaignRequest), used by the GUI, fotactl and fotasim alike.

/// The request body for a draft: the name trimmed, the devices as 15-digit strings in list
/// order, both flags always set.
[[nodiscard]] CampaignRequest toCampaignRequest(const CampaignDraft& draft);

/// The draft a request describes, for validation: every field but the devices, which stay
/// text on the wire (check them with CampaignDraft::validateWithDeviceIds / checkDeviceIds).
[[nodiscard]] CampaignDraft toCampaignDraft(const CampaignRequest& request);

} // namespace fotadesk::wire
