// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace fotadesk::storesql {

/// A text value for a NOT NULL column: a null QString binds as SQL NULL, this never does.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

/// A BLOB value; empty bytes bind as NULL.
inline QVariant blob(const QByteArray& value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(value);
}

/// Runs a prepared query; on failure logs `what` with the database's error (never values).
bool exec(QSqlQuery& query, const char* what);

} // namespace fotadesk::storesql
