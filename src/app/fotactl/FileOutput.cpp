#include "FileOutput.h"

#include "Command.h"

#include <QJsonObject>

namespace fotadesk::ctl {

int fileWriteError(const CommandOutput& out, const QString& path, const QString& sentence)
{
    if (!out.isJson())
        return out.usageError(sentence);
    out.json(QJsonObject{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("write")},
                                              {QStringLiteral("file"), path},
                                              {QStringLiteral("message"), sentence}}}});
    return ExitUsage;
}

} // namespace fotadesk::ctl
