// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ProgramInfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fotadesk::ProgramInfo {

QString copyrightHolder()
{
    return u"2026 The FotaDesk authors"_s;
}

QString licenseId()
{
    return u"GPL-3.0-or-later"_s;
}

QString versionText(const QString& program)
{
    // Not translated: a licence notice is quoted the same way everywhere (and help2man parses
    // this layout).
    return u"%1 %2 (Qt %3)\n"
           "Copyright (C) %4\n"
           "License GPL-3.0-or-later: GNU GPL version 3 or later "
           "<https://www.gnu.org/licenses/gpl-3.0.html>.\n"
           "This is free software: you are free to change and redistribute it.\n"
           "There is NO WARRANTY, to the extent permitted by law.\n"_s.arg(
               program, QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
               copyrightHolder());
}

} // namespace fotadesk::ProgramInfo
