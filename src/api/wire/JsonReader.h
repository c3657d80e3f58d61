// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Internal helper of the JSON codecs (JsonCodec*.cpp): reads the members of one
// JSON object with path tracking. The first problem wins: after an error every
// further read is a no-op returning a default value, and error() names the JSON
// path of the offending member ("$.campaignList[2].status") and says what was
// expected and what came ("expected a string, got a number").
//
// Required members must be present, non-null and of the right JSON type.
// Optional members that are absent or null read as "not set". An optional
// member of the wrong type is an error in Request mode (bodies that fotasim
// validates) and, in Answer mode (what the client reads), is not consumed: it
// stays in extra() so that it is shown rather than dropped.

#include "api/wire/Decoded.h"
#include "core/Timestamp.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>

namespace fotadesk::wire {

class JsonReader
{
public:
    enum class Mode
    {
        Answer,  ///< lenient: dates may be ISO date-times, mistyped optional members go to extra
        Request, ///< strict: dates are YYYY-MM-DD, mistyped optional members are errors
    };

    /// Fails at once ("expected an object, got ...") when value is not an object.
    JsonReader(const QJsonValue& value, const QString& path, Mode mode = Mode::Answer);

    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] const DecodeError& error() const { return *m_error; }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] const QJsonObject& object() const { return m_object; }

    QString requiredString(QLatin1StringView key);
    QString optionalString(QLatin1StringView key);
    bool requiredBool(QLatin1StringView key);
    std::optional<bool> optionalBool(QLatin1StringView key);
    /// An integral JSON number (2.0 is fine, 2.5 and 1e300 are not).
    qint64 requiredInteger(QLatin1StringView key);
    std::optional<qint64> optionalInteger(QLatin1StringView key);
    /// A count that some servers send as a numeric string ("3600") is accepted too.
    std::optional<qint64> optionalIntegerOrNumericString(QLatin1StringView key);
    int requiredInt(QLatin1StringView key);
    /// YYYY-MM-DD; in Answer mode an ISO date-time is accepted too (its date part is taken).
    QDate requiredDate(QLatin1StringView key);
    Timestamp requiredTimestamp(QLatin1StringView key);
    Timestamp optionalTimestamp(QLatin1StringView key);
    /// An array of strings (e.g. IMEIs): every element must be a string.
    QStringList requiredStringList(QLatin1StringView key);

    /// A decoder of one element: a decodeXxx function or a captureless lambda.
    template <typename T> using ElementDecoder = Decoded<T> (*)(const QJsonValue&, const QString&);

    template <typename T> QList<T> requiredArray(QLatin1StringView key, ElementDecoder<T> decode)
    {
        const QJsonValue v = fetch(key, true, Kind::Array);
        return v.isArray() ? readElements<T>(v.toArray(), key, decode) : QList<T>();
    }

    template <typename T> QList<T> optionalArray(QLatin1StringView key, ElementDecoder<T> decode)
    {
        const QJsonValue v = fetch(key, false, Kind::Array);
        return v.isArray() ? readElements<T>(v.toArray(), key, decode) : QList<T>();
    }

    /// Reads the first of two spellings that is present ("Reason" / "reason").
    /// Returns the key that was used (empty when neither).
    QLatin1StringView firstPresent(QLatin1StringView preferred,
                                   QLatin1StringView alternative) const;

    /// Records an error at path().key (or at path() when key is empty).
    void fail(QLatin1StringView key, const QString& message);
    /// Marks a member as read (it will not appear in extra()).
    void consume(QLatin1StringView key);

    /// The members that were not read.
    [[nodiscard]] QJsonObject extra() const;

    /// path + "." + key
    [[nodiscard]] QString memberPath(QLatin1StringView key) const;

    // Message helpers shared with the codecs.
    static QString describe(const QJsonValue& value); ///< "a string", "a number", "null", ...
    static QString quoted(QStringView text);          ///< "\"12/01/2026\"", shortened when long
    static QString expectedGot(const QString& expected, const QJsonValue& got);
    static QString tr(const char* text);

    /// Decodes a top-level JSON array element by element ("$[3].make" on error).
    template <typename T>
    static Decoded<QList<T>> decodeArray(const QJsonValue& value, const QString& path,
                                         ElementDecoder<T> decode)
    {
        if (!value.isArray())
            return DecodeError{path, expectedGot(tr("an array"), value)};
        const QJsonArray array = value.toArray();
        QList<T> out;
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            Decoded<T> element = decode(array.at(i), indexPath(path, i));
            if (!element.ok())
                return element.error();
            out.append(std::move(element).value());
        }
        return out;
    }

    static QString indexPath(const QString& path, qsizetype index);

private:
    enum class Kind
    {
        String,
        Bool,
        Number,
        Array
    };
    static QString kindName(Kind kind);

    /// The member if it is present, non-null and of the kind; otherwise
    /// records an error (required, or optional in Request mode) and returns undefined.
    QJsonValue fetch(QLatin1StringView key, bool required, Kind kind);
    std::optional<qint64> integerFrom(QLatin1StringView key, const QJsonValue& v, qint64 min,
                                      qint64 max);

    template <typename T>
    QList<T> readElements(const QJsonArray& array, QLatin1StringView key, ElementDecoder<T> decode)
    {
        QList<T> out;
        if (failed())
            return out;
        out.reserve(array.size());
        const QString base = memberPath(key);
        for (qsizetype i = 0; i < array.size(); ++i) {
            Decoded<T> element = decode(array.at(i), indexPath(base, i));
            if (!element.ok()) {
                m_error = element.error();
                return {};
            }
            out.append(std::move(element).value());
        }
        return out;
    }

    QJsonObject m_object;
    QString m_path;
    Mode m_mode;
    std::optional<DecodeError> m_error;
    QVarLengthArray<QLatin1StringView, 16> m_consumed;
};

} // namespace fotadesk::wire
