// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/StatusGroupStyle.h"

namespace fotadesk {

QColor StatusGroupStyle::color(StatusGroup group)
{
    switch (group) {
    case StatusGroup::Pending:
        return QColor(0xb2, 0x8b, 0x00); // amber
    case StatusGroup::InProgress:
        return QColor(0x1f, 0x6f, 0xc5); // blue
    case StatusGroup::Succeeded:
        return QColor(0x2e, 0x7d, 0x32); // green
    case StatusGroup::Failed:
        return QColor(0xc6, 0x28, 0x28); // red
    case StatusGroup::Cancelled:
        return QColor(0x8d, 0x6e, 0x63); // brown
    case StatusGroup::Ended:
        return QColor(0x60, 0x7d, 0x8b); // slate
    case StatusGroup::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75); // grey
}

} // namespace fotadesk
