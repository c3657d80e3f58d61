// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace fotadesk {

/// The statuses StatusClassifier knows (core/StatusGroup.h), as the server writes them: what a
/// badge or a status column must have room for in every language.
struct KnownStatuses
{
    /// The campaign statuses (CampaignRequestPending, ...).
    static QStringList campaign();
    /// The device statuses and reasons (UpgradePending, AddDeviceSucceed, ...).
    static QStringList device();
};

} // namespace fotadesk
