// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"
#include "core/DeviceInventoryCheck.h"

namespace fotadesk::wire {

/// The facts a pre-flight check reads, from either inventory answer.
InventoryRecord toInventoryRecord(const InventoryDevice& device);
InventoryRecord toInventoryRecord(const AccountDevice& device);
/// The package facts of a firmware package.
PackageFacts toPackageFacts(const FirmwarePackage& package);

} // namespace fotadesk::wire
