// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/SimRequest.h"
#include "sim/SimResponse.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace fotadesk::sim {

/// Maps "METHOD /path/{}/..." patterns to handlers. `{}` binds one path
/// segment; bound values land in SimRequest::args in order.
class SimRouter final
{
public:
    /// Who may call a route.
    enum class Access
    {
        Public, ///< no credentials (token endpoint)
        Bearer, ///< bearer token only (session login)
        Fota,   ///< bearer token and VZ-M2M-Token
        Admin,  ///< admin endpoints (when enabled)
    };
    using Handler = std::function<SimResponse(const SimRequest&)>;

    struct Route
    {
        QByteArray method;
        QString pattern; ///< e.g. /api/fota/v3/campaigns/{}/{}
        QStringList segments;
        Access access = Access::Fota;
        Handler handler;
    };

    struct Match
    {
        const Route* route = nullptr;
        bool pathKnown = false; ///< some route has this path (for 405)
        QStringList args;
    };

    void add(const QByteArray& method, const QString& pattern, Access access, Handler handler);
    [[nodiscard]] Match match(const QByteArray& method, const QString& path) const;
    [[nodiscard]] const std::vector<Route>& routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

} // namespace fotadesk::sim
