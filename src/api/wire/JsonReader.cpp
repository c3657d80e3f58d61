// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/wire/JsonReader.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace fotadesk::wire {

namespace {

/// The largest integer a JSON number (an IEEE double) carries exactly: 2^53.
constexpr qint64 MaxExactInteger = 9007199254740992LL;

/// True for "YYYY-MM-DD" with a valid calendar date; sets date.
bool parseStrictDate(QStringView text, QDate& date)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return false;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < lengths[p]; ++i) {
            const char16_t c = text[starts[p] + i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            parts[p] = parts[p] * 10 + (c - u'0');
        }
    }
    if (!QDate::isValid(parts[0], parts[1], parts[2]))
        return false;
    date = QDate(parts[0], parts[1], parts[2]);
    return true;
}

} // namespace

JsonReader::JsonReader(const QJsonValue& value, const QString& path, Mode mode)
    : m_path(path)
    , m_mode(mode)
{
    if (value.isObject())
        m_object = value.toObject();
    else
        m_error = DecodeError{path, expectedGot(tr("an object"), value)};
}

QString JsonReader::tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::wire::JsonReader", text);
}

QString JsonReader::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString JsonReader::quoted(QStringView text)
{
    constexpr qsizetype MaxShown = 40;
    if (text.size() <= MaxShown)
        return u'"' + text.toString() + u'"';
    return u'"' + text.left(MaxShown).toString() + u"\u2026\""_s;
}

QString JsonReader::expectedGot(const QString& expected, const QJsonValue& got)
{
    return tr("expected %1, got %2").arg(expected, describe(got));
}

QString JsonReader::kindName(Kind kind)
{
    switch (kind) {
    case Kind::String:
        return tr("a string");
    case Kind::Bool:
        return tr("a boolean");
    case Kind::Number:
        return tr("a number");
    case Kind::Array:
        return tr("an array");
    }
    return {};
}

QString JsonReader::memberPath(QLatin1StringView key) const
{
    return m_path + u'.' + key;
}

QString JsonReader::indexPath(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

void JsonReader::fail(QLatin1StringView key, const QString& message)
{
    if (failed())
        return;
    m_error = DecodeError{key.isEmpty() ? m_path : memberPath(key), message};
}

void JsonReader::consume(QLatin1StringView key)
{
    for (QLatin1StringView k : m_consumed) {
        if (k == key)
            return;
    }
    m_consumed.append(key);
}

QLatin1StringView JsonReader::firstPresent(QLatin1StringView preferred,
                                           QLatin1StringView alternative) const
{
    if (m_object.contains(preferred))
        return preferred;
    if (m_object.contains(alternative))
        return alternative;
    return {};
}

QJsonObject JsonReader::extra() const
{
    // Fast path: every member was read (the common case, 100,000 rows a page).
    if (m_object.size() == m_consumed.size())
        return {};
    QJsonObject out;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (QLatin1StringView k : m_consumed) {
            if (key == k) {
                known = true;
                break;
            }
        }
        if (!known)
            out.insert(key, it.value());
    }
    return out;
}

QJsonValue JsonReader::fetch(QLatin1StringView key, bool required, Kind kind)
{
    if (failed())
        return {};
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(key, tr("required field is missing (expected %1)").arg(kindName(kind)));
        return {};
    }
    if (v.isNull()) {
        if (required)
            fail(key, expectedGot(kindName(kind), v));
        else
            consume(key); // null optional = absent
        return {};
    }
    bool right = false;
    switch (kind) {
    case Kind::String:
        right = v.isString();
        break;
    case Kind::Bool:
        right = v.isBool();
        break;
    case Kind::Number:
        right = v.isDouble();
        break;
    case Kind::Array:
        right = v.isArray();
        break;
    }
    if (!right) {
        if (required || m_mode == Mode::Request)
            fail(key, expectedGot(kindName(kind), v));
        return {}; // Answer mode: an odd optional member stays in extra()
    }
    consume(key);
    return v;
}

QString JsonReader::requiredString(QLatin1StringView key)
{
    return fetch(key, true, Kind::String).toString();
}

QString JsonReader::optionalString(QLatin1StringView key)
{
    return fetch(key, false, Kind::String).toString();
}

bool JsonReader::requiredBool(QLatin1StringView key)
{
    return fetch(key, true, Kind::Bool).toBool();
}

std::optional<bool> JsonReader::optionalBool(QLatin1StringView key)
{
    const QJsonValue v = fetch(key, false, Kind::Bool);
    if (!v.isBool())
        return std::nullopt;
    return v.toBool();
}

std::optional<qint64> JsonReader::integerFrom(QLatin1StringView key, const QJsonValue& v,
                                              qint64 min, qint64 max)
{
    const double d = v.toDouble();
    // Integers that fit are stored as qint64 by the parser; toInteger() gives them exactly.
    const qint64 exact = v.toInteger(std::numeric_limits<qint64>::min());
    const bool integral =
        exact != std::numeric_limits<qint64>::min() || (std::isfinite(d) && std::trunc(d) == d);
    const QString got = exact != std::numeric_limits<qint64>::min()
                            ? QString::number(exact)
                            : QString::number(d, 'g', QLocale::FloatingPointShortest);
    if (!integral) {
        fail(key, tr("expected an integer, got %1").arg(got));
        return std::nullopt;
    }
    const bool fits = exact != std::numeric_limits<qint64>::min()
                          ? exact >= min && exact <= max
                          : d >= static_cast<double>(min) && d <= static_cast<double>(max);
    if (!fits) {
        fail(key, tr("expected an integer from %1 to %2, got %3")
                      .arg(QString::number(min), QString::number(max), got));
        return std::nullopt;
    }
    return exact != std::numeric_limits<qint64>::min() ? exact : static_cast<qint64>(d);
}

qint64 JsonReader::requiredInteger(QLatin1StringView key)
{
    const QJsonValue v = fetch(key, true, Kind::Number);
    if (!v.isDouble())
        return 0;
    return integerFrom(key, v, -MaxExactInteger, MaxExactInteger).value_or(0);
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1StringView key)
{
    const QJsonValue v = fetch(key, false, Kind::Number);
    if (!v.isDouble())
        return std::nullopt;
    return integerFrom(key, v, -MaxExactInteger, MaxExactInteger);
}

std::optional<qint64> JsonReader::optionalIntegerOrNumericString(QLatin1StringView key)
{
    if (failed())
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok) {
            consume(key);
            return n;
        }
        if (m_mode == Mode::Request)
            fail(key, tr("expected an integer, got %1").arg(quoted(v.toString())));
        return std::nullopt;
    }
    return optionalInteger(key);
}

int JsonReader::requiredInt(QLatin1StringView key)
{
    const QJsonValue v = fetch(key, true, Kind::Number);
    if (!v.isDouble())
        return 0;
    return static_cast<int>(
        integerFrom(key, v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max())
            .value_or(0));
}

QDate JsonReader::requiredDate(QLatin1StringView key)
{
    if (failed())
        return {};
    const QJsonValue v = m_object.value(key);
    const auto expected = [this] {
        return m_mode == Mode::Request ? tr("a date YYYY-MM-DD")
                                       : tr("a date YYYY-MM-DD or an ISO 8601 date-time");
    };
    if (v.isUndefined()) {
        fail(key, tr("required field is missing (expected %1)").arg(expected()));
        return {};
    }
    if (!v.isString()) {
        fail(key, expectedGot(expected(), v));
        return {};
    }
    const QString text = v.toString();
    QDate date;
    if (parseStrictDate(text, date)) {
        consume(key);
        return date;
    }
    if (m_mode == Mode::Answer && text.size() > 10) {
        const Timestamp ts = Timestamp::parse(text);
        if (ts.isValid() && parseStrictDate(QStringView(text).left(10), date)) {
            consume(key);
            return date; // the date as written, not shifted to UTC
        }
    }
    fail(key, tr("expected %1, got %2").arg(expected(), quoted(text)));
    return {};
}

namespace {

Timestamp timestampFrom(const QJsonValue& v)
{
    Timestamp t;
    if (v.isString()) {
        t.raw = v.toString();
        t.utc = Timestamp::parseUtc(t.raw);
    }
    return t;
}

} // namespace

Timestamp JsonReader::requiredTimestamp(QLatin1StringView key)
{
    return timestampFrom(fetch(key, true, Kind::String));
}

Timestamp JsonReader::optionalTimestamp(QLatin1StringView key)
{
    return timestampFrom(fetch(key, false, Kind::String));
}

QStringList JsonReader::requiredStringList(QLatin1StringView key)
{
    const QJsonValue v = fetch(key, true, Kind::Array);
    if (!v.isArray())
        return {};
    const QJsonArray array = v.toArray();
    QStringList out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString()) {
            m_error = DecodeError{indexPath(memberPath(key), i),
                                  expectedGot(kindName(Kind::String), element)};
            return {};
        }
        out.append(element.toString());
    }
    return out;
}

} // namespace fotadesk::wire
