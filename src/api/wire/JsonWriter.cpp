// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/wire/JsonWriter.h"

#include "api/wire/JsonCodec.h"

namespace fotadesk::wire {

JsonWriter& JsonWriter::date(QLatin1StringView key, const QDate& value)
{
    m_object.insert(key, formatDate(value));
    return *this;
}

QString JsonWriter::timestampText(const Timestamp& value)
{
    if (!value.raw.isEmpty())
        return value.raw;
    return Timestamp::format(value.utc);
}

JsonWriter& JsonWriter::timestamp(QLatin1StringView key, const Timestamp& value)
{
    const QString text = timestampText(value);
    if (!text.isEmpty())
        m_object.insert(key, text);
    return *this;
}

JsonWriter& JsonWriter::requiredTimestamp(QLatin1StringView key, const Timestamp& value)
{
    m_object.insert(key, timestampText(value));
    return *this;
}

} // namespace fotadesk::wire
