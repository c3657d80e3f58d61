#pragma once

#include "CommandOutput.h"

#include <QString>

namespace fotadesk::ctl {

/// A file fotactl could not write whole (issue 23, item 3) is an error of the command, never a
/// warning: the FileWriter sentence ("Could not write F: No space left on device. The previous
/// file is unchanged.") on stderr, or with --json one document
/// {"error": {"kind": "write", "file": F, "message": sentence}}; exit 2, the code of a local
/// file that cannot be used. The caller prints no success summary after it.
int fileWriteError(const CommandOutput& out, const QString& path, const QString& sentence);

} // namespace fotadesk::ctl
