// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/StatusChanges.h"

#include <algorithm>

namespace fotadesk {

namespace {

StatusGroup groupOf(const DeviceStatusMap::Entry& e)
{
    return StatusClassifier::deviceStatusGroup(e.status, e.reason,
                                               DeviceStatusContext::CampaignReport);
}

} // namespace

qint64 StatusChanges::moved(StatusGroup from, StatusGroup to) const
{
    return std::count_if(changes.cbegin(), changes.cend(), [from, to](const Change& c) {
        return !c.appeared && !c.disappeared && c.oldGroup == from && c.newGroup == to;
    });
}

StatusChanges StatusChanges::between(const DeviceStatusMap& before, const DeviceStatusMap& after)
{
    StatusChanges result;
    // Lookups are binary searches over the sorted IMEIs (hash lookups for other ids).
    after.forEach([&](const QString& id, const DeviceStatusMap::Entry& now) {
        const auto old = before.find(id);
        if (!old) {
            Change c;
            c.deviceId = id;
            c.newStatus = now.status;
            c.newReason = now.reason;
            c.newGroup = groupOf(now);
            c.appeared = true;
            ++result.appeared;
            result.changes.append(c);
        } else if (!(*old == now)) {
            Change c;
            c.deviceId = id;
            c.oldStatus = old->status;
            c.oldReason = old->reason;
            c.oldGroup = groupOf(*old);
            c.newStatus = now.status;
            c.newReason = now.reason;
            c.newGroup = groupOf(now);
            ++result.changed;
            result.changes.append(c);
        }
    });
    before.forEach([&](const QString& id, const DeviceStatusMap::Entry& old) {
        if (after.find(id))
            return;
        Change c;
        c.deviceId = id;
        c.oldStatus = old.status;
        c.oldReason = old.reason;
        c.oldGroup = groupOf(old);
        c.disappeared = true;
        ++result.disappeared;
        result.changes.append(c);
    });
    return result;
}

} // namespace fotadesk
