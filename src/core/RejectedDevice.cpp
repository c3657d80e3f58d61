// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/RejectedDevice.h"

#include <algorithm>
#include <limits>

namespace fotadesk {

RejectedDevice RejectedDevice::fromParse(const ImeiParseResult& result, QString text, int line)
{
    RejectedDevice r;
    r.line = line;
    r.text = std::move(text);
    r.error = result.error;
    r.code = result.code();
    r.message = result.message();
    r.suggestion = result.suggestion;
    return r;
}

RejectedDevice RejectedDevice::fromImport(const ImeiRejectedLine& line)
{
    RejectedDevice r;
    r.line = int(std::min<qint64>(line.line, std::numeric_limits<int>::max()));
    r.text = line.text;
    r.error = line.reason == ImeiRejectReason::InvalidImei ? line.imeiError : ImeiError::Empty;
    r.code = line.code();
    r.message = line.message();
    r.suggestion = line.suggestion();
    return r;
}

} // namespace fotadesk
