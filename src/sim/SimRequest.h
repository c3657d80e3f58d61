// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace fotadesk::sim {

/// One HTTP request as the simulator's handlers see it: copied out of
/// the connection (HttpRequestParser), so that it outlives the socket.
struct SimRequest
{
    QByteArray method; ///< "GET", "POST", ...
    QString path;      ///< decoded path, e.g. /api/fota/v3/campaigns/acc/id
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    QStringList args; ///< path parameters bound by the router, in order

    [[nodiscard]] QByteArray header(const QByteArray& lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    [[nodiscard]] QString queryValue(const QString& key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
    [[nodiscard]] bool hasQuery(const QString& key) const { return query.hasQueryItem(key); }
};

} // namespace fotadesk::sim
