// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/BodyLimit.h"

#include <QCoreApplication>

namespace fotadesk {

namespace {
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::BodyLimit)
};
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
    if (bytes < KiB)
        return Tr::tr("%1 bytes").arg(bytes);
    const bool mebi = bytes >= MiB;
    const qint64 unit = mebi ? MiB : KiB;
    if (bytes % unit == 0)
        return (mebi ? Tr::tr("%1 MiB") : Tr::tr("%1 KiB")).arg(bytes / unit);
    // Not a round size: the exact count too, so that "just above the limit" reads so.
    return (mebi ? Tr::tr("%1 MiB (%2 bytes)") : Tr::tr("%1 KiB (%2 bytes)"))
        .arg(static_cast<double>(bytes) / static_cast<double>(unit), 0, 'f', 1)
        .arg(bytes);
}

} // namespace fotadesk
