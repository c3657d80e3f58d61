// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace fotadesk::sim {

/// An answer before it is written to the socket.
struct SimResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra headers (Retry-After, ...)

    static SimResponse json(const QJsonObject& object, int status = 200);
    static SimResponse json(const QJsonArray& array, int status = 200);
    static SimResponse raw(QByteArray body, int status = 200,
                           QByteArray contentType = "application/json");
    /// {"errorCode", "errorMessage"} with the given status (400 by default).
    static SimResponse error(const QString& code, const QString& message, int status = 400,
                             const QJsonObject& extra = {});
};

} // namespace fotadesk::sim
