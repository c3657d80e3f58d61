// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/SimResponse.h"

#include "api/wire/JsonCodec.h"

#include <utility>

namespace fotadesk::sim {

SimResponse SimResponse::json(const QJsonObject& object, int status)
{
    return raw(wire::toBytes(object), status);
}

SimResponse SimResponse::json(const QJsonArray& array, int status)
{
    return raw(wire::toBytes(array), status);
}

SimResponse SimResponse::raw(QByteArray body, int status, QByteArray contentType)
{
    SimResponse r;
    r.status = status;
    r.body = std::move(body);
    r.contentType = std::move(contentType);
    return r;
}

SimResponse SimResponse::error(const QString& code, const QString& message, int status,
                               const QJsonObject& extra)
{
    wire::ErrorBody body;
    body.extra = extra;
    body.errorCode = code;
    body.errorMessage = message;
    return json(wire::toJson(body), status);
}

} // namespace fotadesk::sim
