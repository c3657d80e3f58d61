// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FileOutput.h"

#include "Command.h"
#include "JsonEmitter.h"

namespace fotadesk::ctl {

int fileWriteError(const CommandOutput& out, const QString& path, const QString& sentence)
{
    const QString kind = QStringLiteral("write");
    if (out.isJson()) {
        // Raised first, so that it is the error of the document (the first one wins) and
        // carries the file beside the message.
        QJsonObject error = JsonEmitter::errorObject(kind, sentence);
        error.insert(QStringLiteral("file"), path);
        JsonEmitter::instance().setError(error);
    }
    return out.error(kind, sentence, ExitUsage);
}

} // namespace fotadesk::ctl
