// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ImeiRangePlanner.h"

#include <algorithm>
#include <cmath>

namespace fotadesk {

QString ImeiRangePlanner::keyText(quint64 key)
{
    return QStringLiteral("%1").arg(key, 15, 10, QLatin1Char('0'));
}

quint64 ImeiRangePlanner::keyValue(const QString& text, bool* ok)
{
    *ok = false;
    if (text.isEmpty() || text.size() > 15)
        return 0;
    quint64 value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return 0;
        value = value * 10 + static_cast<quint64>(c.unicode() - u'0');
    }
    *ok = true;
    return value;
}

QList<ImeiRange> ImeiRangePlanner::plan(const Input& input)
{
    const QStringList& ids = input.firstPageIds;
    const QString lastText = ids.isEmpty() ? QStringLiteral("0") : ids.constLast();
    const QList<ImeiRange> sequential{{lastText, {}}};
    if (ids.size() < 2 || input.totalDevice < 0 || input.pageSize < 1 || input.concurrency < 2)
        return sequential;
    bool okFirst = false;
    bool okLast = false;
    const quint64 first = keyValue(ids.constFirst(), &okFirst);
    const quint64 last = keyValue(lastText, &okLast);
    if (!okFirst || !okLast || last <= first || last >= MaxKey)
        return sequential;
    const qint64 firstCount = ids.size();
    const qint64 remaining = input.totalDevice - firstCount;
    const qint64 pageSize = input.pageSize;
    if (remaining <= pageSize)
        return sequential;

    // The first page's density, extrapolated beyond its last IMEI.
    const double spacing =
        std::max(1.0, double(last - first) / double(firstCount - 1)); // keys per device
    const qint64 pages = (remaining + pageSize - 1) / pageSize;
    const qint64 ranges = std::min<qint64>(input.concurrency, pages);
    const qint64 margin = std::max<qint64>(1, pageSize / 10);
    const qint64 perRange = (remaining + ranges - 1) / ranges;
    const qint64 requestsPerRange = (perRange + margin + pageSize - 1) / pageSize;
    const qint64 capacity = requestsPerRange * pageSize - margin; // devices a range should hold

    QList<ImeiRange> plan;
    QString lower = lastText;
    qint64 left = remaining;
    qint64 covered = 0;
    while (left > 0) {
        const qint64 count = std::min(capacity, left);
        covered += count;
        left -= count;
        const double upper = double(last) + std::round(double(covered) * spacing);
        if (upper >= double(MaxKey))
            break; // the estimate runs off the key space: the open range below takes the rest
        const QString upperText = keyText(static_cast<quint64>(upper));
        plan.append({lower, upperText});
        lower = upperText;
    }
    plan.append({lower, {}}); // beyond the estimate: whatever it missed
    return plan;
}

} // namespace fotadesk
