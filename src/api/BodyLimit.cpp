#include "api/BodyLimit.h"

#include <QCoreApplication>

namespace fotadesk {

namespace {
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
} // namespace

BodyLimit BodyLimit::object()
{
    return {1 * MiB, QT_TRANSLATE_NOOP("fotadesk::BodyLimit", "an answer")};
}

BodyLimit BodyLimit::page()
{
    return {16 * MiB, QT_TRANSLATE_NOOP("fotadesk::BodyLimit", "a report page")};
}

BodyLimit BodyLimit::firmwareList()
{
    return {32 * MiB, QT_TRANSLATE_NOOP("fotadesk::BodyLimit", "a firmware list")};
}

BodyLimit BodyLimit::errorBody()
{
    return {256 * KiB, QT_TRANSLATE_NOOP("fotadesk::BodyLimit", "an error answer")};
}

QString BodyLimit::kindText() const
{
    return QCoreApplication::translate("fotadesk::BodyLimit", kind ? kind : "an answer");
}

QString BodyLimit::formatBytes(qint64 bytes)
{
    if (bytes >= MiB && bytes % MiB == 0)
        return QCoreApplication::translate("fotadesk::BodyLimit", "%1 MiB").arg(bytes / MiB);
    if (bytes >= MiB)
        return QCoreApplication::translate("fotadesk::BodyLimit", "%1 MiB")
            .arg(static_cast<double>(bytes) / static_cast<double>(MiB), 0, 'f', 1);
    if (bytes >= KiB)
        return QCoreApplication::translate("fotadesk::BodyLimit", "%1 KiB").arg(bytes / KiB);
    return QCoreApplication::translate("fotadesk::BodyLimit", "%n byte(s)", nullptr,
                                       static_cast<int>(bytes));
}

} // namespace fotadesk
