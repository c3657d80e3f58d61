// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/StatusSnapshot.h"

namespace fotadesk {

StatusSnapshot StatusSnapshot::fromDevices(const QString& account, const QString& campaignId,
                                           const QDateTime& takenUtc, DeviceStatusMap devices)
{
    StatusSnapshot s;
    s.account = account;
    s.campaignId = campaignId;
    s.takenUtc = takenUtc.toUTC();
    s.total = devices.size();
    s.groupCounts = devices.groupCounts();
    s.statusCounts = devices.statusCounts();
    s.devices = std::move(devices);
    return s;
}

} // namespace fotadesk
