// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/Rollout.h"

#include <QDate>
#include <QJsonArray>
#include <QString>

namespace fotadesk::ctl {

/// Wave `number`'s time-zone bands (a plan with local windows; empty otherwise): the journaled
/// ones with their campaigns, else as they would be sent on `today`. Each band: label, zones,
/// deviceCount, utcWindows, campaignName, campaignId, warnings (daylight-saving shifts within
/// its dates: which date, how the local window moves), or one {error} when it cannot start.
QJsonArray rolloutBandsJson(const RolloutRecord& r, int number, const QDate& today);
/// The same for every wave of the rollout, as lines under `rollout show`'s table (empty for a
/// plan without local windows).
QString rolloutBandsText(const RolloutRecord& r, const QDate& today);

} // namespace fotadesk::ctl
