// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CommandOutput.h"

#include <QString>

namespace fotadesk::ctl {

/// A file fotactl could not write whole (issue 23, item 3) is an error of the command, never a
/// warning: the FileWriter sentence ("Could not write F: No space left on device. The previous
/// file is unchanged.") on stderr, and with --json the run's document
/// {"error": {"kind": "write", "message": sentence, "file": F}, "exitCode": 2}; exit 2, the
/// code of a local file that cannot be used. The caller prints no success summary after it.
int fileWriteError(const CommandOutput& out, const QString& path, const QString& sentence);

} // namespace fotadesk::ctl
