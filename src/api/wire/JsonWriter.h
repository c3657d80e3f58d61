// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Internal helper of the JSON codecs (JsonCodec*.cpp): builds one JSON object
// with the contract's exact member names. It starts from the value's `extra`
// members, so that unknown members are written back; known members win.

#include "core/Timestamp.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace fotadesk::wire {

class JsonWriter
{
public:
    explicit JsonWriter(QJsonObject extra = {})
        : m_object(std::move(extra))
    {}

    /// Always written (required members).
    JsonWriter& set(QLatin1StringView key, const QJsonValue& value)
    {
        m_object.insert(key, value);
        return *this;
    }
    /// Left out when empty (optional strings).
    JsonWriter& optional(QLatin1StringView key, const QString& value)
    {
        if (!value.isEmpty())
            m_object.insert(key, value);
        return *this;
    }
    template <typename T> JsonWriter& optional(QLatin1StringView key, const std::optional<T>& value)
    {
        if (value)
            m_object.insert(key, *value);
        return *this;
    }
    /// YYYY-MM-DD (an invalid date is written as "").
    JsonWriter& date(QLatin1StringView key, const QDate& value);
    /// The timestamp as it came (raw), or formatted from utc; left out when null.
    JsonWriter& timestamp(QLatin1StringView key, const Timestamp& value);
    /// A required timestamp: written as "" when null.
    JsonWriter& requiredTimestamp(QLatin1StringView key, const Timestamp& value);
    JsonWriter& strings(QLatin1StringView key, const QStringList& value)
    {
        m_object.insert(key, QJsonArray::fromStringList(value));
        return *this;
    }

    [[nodiscard]] QJsonObject take() { return std::move(m_object); }

    static QString timestampText(const Timestamp& value);

private:
    QJsonObject m_object;
};

} // namespace fotadesk::wire
