// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/SimRouter.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

void SimRouter::add(const QByteArray& method, const QString& pattern, Access access,
                    Handler handler)
{
    m_routes.push_back(Route{method, pattern, pattern.split(u'/', Qt::SkipEmptyParts), access,
                             std::move(handler)});
}

SimRouter::Match SimRouter::match(const QByteArray& method, const QString& path) const
{
    Match result;
    const QList<QStringView> parts = QStringView(path).split(u'/', Qt::SkipEmptyParts);
    for (const Route& route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QStringList args;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString& seg = route.segments.at(i);
            if (seg == u"{}"_s)
                args.append(parts.at(i).toString());
            else
                ok = seg == parts.at(i);
        }
        if (!ok)
            continue;
        result.pathKnown = true;
        if (route.method == method) {
            result.route = &route;
            result.args = args;
            return result;
        }
    }
    return result;
}

} // namespace fotadesk::sim
