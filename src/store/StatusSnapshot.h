// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/StatusGroup.h"
#include "store/DeviceStatusMap.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <array>
#include <optional>

namespace fotadesk {

/// One look at a campaign's per-device status report: when, how many devices
/// per status group and per verbatim status, and (for recent snapshots) every
/// device's status, so that "what changed since the last look" can be computed.
struct StatusSnapshot
{
    qint64 id = 0; ///< 0 until saved
    QString profile;
    QString account;
    QString campaignId;
    QDateTime takenUtc;
    qint64 total = 0;                    ///< devices in the report
    std::array<qint64, 7> groupCounts{}; ///< indexed by StatusGroup
    QHash<QString, qint64> statusCounts; ///< verbatim status text -> devices
    /// Every device's status; absent for older snapshots (only counts are kept for them).
    std::optional<DeviceStatusMap> devices;
    bool seen = false; ///< the user looked at it (see SnapshotStore::markSeen)

    [[nodiscard]] qint64 count(StatusGroup group) const
    {
        return groupCounts[static_cast<size_t>(group)];
    }

    /// A snapshot of `devices`, with the counts computed from it.
    static StatusSnapshot fromDevices(const QString& account, const QString& campaignId,
                                      const QDateTime& takenUtc, DeviceStatusMap devices);
};

} // namespace fotadesk
