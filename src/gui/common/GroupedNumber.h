// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>

namespace fotadesk {

/// A count as the user reads it: grouped in the UI language ("20,000", "20.000").
inline QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace fotadesk
