// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/wire/InventoryRecordMapping.h"

namespace fotadesk::wire {

InventoryRecord toInventoryRecord(const InventoryDevice& device)
{
    InventoryRecord r;
    r.deviceId = device.deviceId;
    r.make = device.make;
    r.model = device.model;
    r.firmware = device.firmware;
    r.protocol = device.protocol;
    r.fotaEligible = device.fotaEligible;
    r.licenseAssigned = device.licenseAssigned;
    r.lastConnection = device.lastConnectionTime.utc;
    return r;
}

InventoryRecord toInventoryRecord(const AccountDevice& device)
{
    InventoryRecord r;
    r.deviceId = device.deviceId;
    r.make = device.make;
    r.model = device.model;
    r.firmware = device.firmware;
    r.protocol = device.protocol;
    r.fotaEligible = device.fotaEligible;
    r.licenseAssigned = device.licenseAssigned;
    // The listing has no lastConnectionTime: the last report (refreshTime) is the nearest fact.
    r.lastConnection = device.refreshTime.utc;
    return r;
}

PackageFacts toPackageFacts(const FirmwarePackage& package)
{
    return PackageFacts{package.make, package.model, package.firmwareFrom, package.firmwareTo,
                        package.protocol};
}

} // namespace fotadesk::wire
