// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/Decoded.h"
#include "api/wire/WireTypes.h"

#include <QByteArray>

namespace fotadesk::wire {

/// parseJson() + decodeCampaignDevicePage() in one pass over the bytes: the device report's
/// hot path (a 100,000-device read is 100 pages of 1,000 devices), without a QJsonDocument.
///
/// The result is always the one of the two steps, value or error: a page in the shape the
/// service and fotasim write (the contract's members, ASCII strings without escapes, plain
/// integers, null optionals) is read straight from the bytes into the wire types; for
/// anything else (unknown members, escapes, non-ASCII text, duplicate members, a missing or
/// mistyped field, invalid JSON) the body goes through the two steps, so that `extra`, the
/// error's JSON path and its message are exactly theirs.
Decoded<CampaignDevicePage> decodeCampaignDevicePageBody(const QByteArray& body);

/// Only the direct reader: the page, or nullopt where decodeCampaignDevicePageBody() would
/// hand the body to the two steps (for tests and the benchmark).
std::optional<CampaignDevicePage> readCampaignDevicePageDirect(const QByteArray& body);

} // namespace fotadesk::wire
