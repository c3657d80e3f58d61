// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/StatusGroup.h"
#include "store/DeviceStatusMap.h"

#include <QList>
#include <QString>

namespace fotadesk {

/// What changed between two device-status maps of one campaign ("since the last look").
struct StatusChanges
{
    struct Change
    {
        QString deviceId;
        QString oldStatus; ///< empty when the device is new
        QString oldReason;
        QString newStatus; ///< empty when the device left the report
        QString newReason;
        StatusGroup oldGroup = StatusGroup::Unknown;
        StatusGroup newGroup = StatusGroup::Unknown;
        bool appeared = false;
        bool disappeared = false;
    };

    qint64 fromSnapshotId = 0;
    qint64 toSnapshotId = 0;
    QList<Change> changes; ///< changed and new devices in device order, then those that left
    qint64 appeared = 0;
    qint64 disappeared = 0;
    qint64 changed = 0; ///< status or reason changed (devices in both)

    [[nodiscard]] bool isEmpty() const { return changes.isEmpty(); }
    /// Devices that moved from group `from` to group `to`.
    [[nodiscard]] qint64 moved(StatusGroup from, StatusGroup to) const;

    /// Compares two maps (before, after). A device's group uses the campaign-report reading.
    static StatusChanges between(const DeviceStatusMap& before, const DeviceStatusMap& after);
};

} // namespace fotadesk
