// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/Draft.h"

namespace fotadesk {

class DeviceListModel;

/// The rows of a device list in a draft, and back: what the create form's and the
/// add/remove dialog's autosave share (CreateFormAutosave, DeviceListAutosave).
///
/// Valid and duplicate rows are IMEIs in Draft::campaign.devices (list order, so a
/// duplicate comes back as a duplicate); rejected rows are kept verbatim in
/// Draft::rejectedRows with their row, line, reason and suggestion in Draft::extra
/// "rejected". Every row's source line is Draft::extra "lines" (base64 of 32-bit
/// little-endian numbers: 4 bytes a row, only when a row has a line) and the file's
/// other columns are "columns" (names) and "cells" (one array a row), only when the
/// list has them and has at most 200,000 rows (more would make every autosave slow).
/// The drafts table's JSON column holds all of it: no schema change.
class DeviceListDraft final
{
public:
    /// Writes every row of `model` into `draft` (campaign.devices, rejectedRows, extra).
    static void write(const DeviceListModel& model, Draft& draft);
    /// Appends a draft's rows to `model` in their saved order.
    static void append(DeviceListModel& model, const Draft& draft);
    /// Whether the draft holds more than its IMEIs (rejected rows, lines, other columns).
    static bool hasRowDetails(const Draft& draft);
};

} // namespace fotadesk
