// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/TimeWindow.h"

#include "core/DisplayFormat.h"

#include <QCoreApplication>

namespace fotadesk {

QString TimeWindow::validationError() const
{
    auto tr = [](const char* s) { return QCoreApplication::translate("fotadesk::TimeWindow", s); };
    if (startTime < 0 || startTime > 23)
        return tr("Start hour %1 is out of range: use a whole hour from 0 to 23 (UTC).")
            .arg(startTime);
    if (endTime < 1 || endTime > 24)
        return tr("End hour %1 is out of range: use a whole hour from 1 to 24 (UTC).").arg(endTime);
    if (startTime == endTime)
        return tr("The window %1–%2 is empty: the end hour must be later than the start hour. "
                  "For the whole day use 0–24.")
            .arg(startTime)
            .arg(endTime);
    if (startTime > endTime)
        return tr("The window %1–%2 ends before it starts: the end hour must be later than the "
                  "start hour. A window across midnight must be split in two (e.g. 22–24 and "
                  "0–2).")
            .arg(startTime)
            .arg(endTime);
    return {};
}

QString TimeWindow::validationCode() const
{
    if (startTime < 0 || startTime > 23)
        return QStringLiteral("window-start-out-of-range");
    if (endTime < 1 || endTime > 24)
        return QStringLiteral("window-end-out-of-range");
    if (startTime == endTime)
        return QStringLiteral("window-empty");
    if (startTime > endTime)
        return QStringLiteral("window-crosses-midnight");
    return {};
}

QString TimeWindow::toDisplayString() const
{
    return toHoursString() + QStringLiteral(" UTC");
}

QString TimeWindow::toHoursString() const
{
    return DisplayFormat::hourRange(startTime, endTime);
}

} // namespace fotadesk
