// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// JsonCodec.h, part 1: parsing, bytes, dates, and the small types
// (authentication, errors, success, time windows). Campaign types are in
// JsonCodecCampaigns.cpp, firmware/reports/licenses in JsonCodecReports.cpp.

#include "api/wire/JsonCodec.h"

#include "api/wire/JsonReader.h"
#include "api/wire/JsonWriter.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace fotadesk::wire {

namespace {

/// Length of the valid UTF-8 sequence starting at data[i] (a non-ASCII lead
/// byte), or 0 when it is invalid (overlong, surrogate, > U+10FFFF, truncated).
qsizetype utf8SequenceLength(const unsigned char* data, qsizetype i, qsizetype size)
{
    const unsigned char b = data[i];
    qsizetype length = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        if (b == 0xE0)
            lo = 0xA0;
        else if (b == 0xED)
            hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        if (b == 0xF0)
            lo = 0x90;
        else if (b == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    if (data[i + 1] < lo || data[i + 1] > hi)
        return 0;
    for (qsizetype k = 2; k < length; ++k) {
        if (data[i + k] < 0x80 || data[i + k] > 0xBF)
            return 0;
    }
    return length;
}

/// One pass over the body before QJsonDocument sees it: UTF-8 validity (Qt
/// would silently replace bad bytes) and bracket depth outside strings (Qt's
/// parser recurses per level). Returns the problem, if any.
std::optional<DecodeError> prescan(const QByteArray& body, int maxDepth)
{
    const auto* data = reinterpret_cast<const unsigned char*>(body.constData());
    const qsizetype size = body.size();
    const auto badUtf8 = [](qsizetype offset) {
        return DecodeError{
            u"$"_s, JsonReader::tr("the body is not valid UTF-8 (byte offset %1)").arg(offset)};
    };
    int depth = 0;
    qsizetype i = 0;
    while (i < size) {
        const unsigned char b = data[i];
        if (b >= 0x80) { // non-ASCII outside a string: invalid JSON, but say what is wrong
            const qsizetype length = utf8SequenceLength(data, i, size);
            if (length == 0)
                return badUtf8(i);
            i += length;
            continue;
        }
        if (b == '[' || b == '{') {
            if (++depth > maxDepth)
                return DecodeError{
                    u"$"_s,
                    JsonReader::tr("the JSON is nested deeper than %1 levels (byte offset %2)")
                        .arg(maxDepth)
                        .arg(i)};
        } else if (b == ']' || b == '}') {
            --depth;
        } else if (b == '"') {
            // Inside a string: a tight loop over plain ASCII, stopping at the few bytes
            // that matter (most of a body is string content).
            ++i;
            while (i < size) {
                const unsigned char c = data[i];
                if (c == '"')
                    break;
                if (c == '\\') {
                    i += (i + 1 < size && data[i + 1] < 0x80) ? 2 : 1;
                } else if (c >= 0x80) {
                    const qsizetype length = utf8SequenceLength(data, i, size);
                    if (length == 0)
                        return badUtf8(i);
                    i += length;
                } else {
                    ++i;
                }
            }
        }
        ++i;
    }
    return std::nullopt;
}

bool isBlank(const QByteArray& body)
{
    for (const char c : body) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

// Qt 6.4's parser decodes a member name that starts with a raw UTF-8 byte order mark
// with QString::fromUtf8, which drops the mark, but files the member under the name
// with the mark: the object's members end up out of order and QJsonObject::value()
// misses the member that iteration shows (found by fuzz_json). Inserting every member
// again puts each object in order; the mark is gone from the name either way.
QJsonValue reorderMembers(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject in = value.toObject();
        QJsonObject out;
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            out.insert(it.key(), reorderMembers(it.value()));
        return out;
    }
    if (value.isArray()) {
        const QJsonArray in = value.toArray();
        QJsonArray out;
        for (const QJsonValue& element : in)
            out.append(reorderMembers(element));
        return out;
    }
    return value;
}

} // namespace

Decoded<QJsonValue> parseJson(const QByteArray& body, int maxDepth)
{
    QByteArray text = body; // shared, not copied
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // a UTF-8 byte order mark
    if (isBlank(text))
        return DecodeError{u"$"_s, JsonReader::tr("empty body (expected JSON)")};
    if (auto problem = prescan(text, maxDepth))
        return *problem;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return DecodeError{u"$"_s, JsonReader::tr("invalid JSON at byte offset %1: %2")
                                       .arg(error.offset)
                                       .arg(error.errorString())};
    if (!doc.isObject() && !doc.isArray())
        return DecodeError{u"$"_s,
                           JsonReader::tr("expected a JSON object or array at the top level")};
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (text.contains("\xEF\xBB\xBF"))
        return reorderMembers(value);
    return value;
}

QByteArray toBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray toBytes(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString formatDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return date.toString(Qt::ISODate);
}

// --- authentication -------------------------------------------------------------

Decoded<TokenResponse> decodeTokenResponse(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    TokenResponse out;
    out.accessToken = r.requiredString("access_token"_L1);
    out.tokenType = r.requiredString("token_type"_L1);
    out.expiresIn = r.optionalIntegerOrNumericString("expires_in"_L1);
    out.scope = r.optionalString("scope"_L1);
    out.refreshToken = r.optionalString("refresh_token"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<SessionLoginRequest> decodeSessionLoginRequest(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path, JsonReader::Mode::Request);
    SessionLoginRequest out;
    out.username = r.requiredString("username"_L1);
    out.password = r.requiredString("password"_L1);
    if (r.failed())
        return r.error();
    return out;
}

Decoded<SessionResponse> decodeSessionResponse(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    SessionResponse out;
    out.sessionToken = r.requiredString("sessionToken"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<ErrorBody> decodeErrorBody(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    ErrorBody out;
    out.errorCode = r.requiredString("errorCode"_L1);
    out.errorMessage = r.requiredString("errorMessage"_L1);
    if (r.failed())
        return r.error();
    out.extra = r.extra();
    return out;
}

Decoded<SuccessResult> decodeSuccessResult(const QJsonValue& value, const QString& path)
{
    JsonReader r(value, path);
    SuccessResult out;
    out.success = r.requiredBool("success"_L1);
    if (r.failed())
        return r.error();
    return out;
}

Decoded<TimeWindow> decodeTimeWindow(const QJsonValue& value, const QString& path)
{
    // Integers; the range [0..23]/[1..24] is TimeWindow::validationError()'s job.
    JsonReader r(value, path);
    TimeWindow out;
    out.startTime = r.requiredInt("startTime"_L1);
    out.endTime = r.requiredInt("endTime"_L1);
    if (r.failed())
        return r.error();
    return out;
}

QJsonObject toJson(const TokenResponse& value)
{
    JsonWriter w(value.extra);
    w.set("access_token"_L1, value.accessToken).set("token_type"_L1, value.tokenType);
    w.optional("expires_in"_L1, value.expiresIn);
    w.optional("scope"_L1, value.scope).optional("refresh_token"_L1, value.refreshToken);
    return w.take();
}

QJsonObject toJson(const SessionLoginRequest& value)
{
    return JsonWriter()
        .set("username"_L1, value.username)
        .set("password"_L1, value.password)
        .take();
}

QJsonObject toJson(const SessionResponse& value)
{
    return JsonWriter(value.extra).set("sessionToken"_L1, value.sessionToken).take();
}

QJsonObject toJson(const ErrorBody& value)
{
    return JsonWriter(value.extra)
        .set("errorCode"_L1, value.errorCode)
        .set("errorMessage"_L1, value.errorMessage)
        .take();
}

QJsonObject toJson(const SuccessResult& value)
{
    return JsonWriter().set("success"_L1, value.success).take();
}

QJsonObject toJson(const TimeWindow& value)
{
    return JsonWriter()
        .set("startTime"_L1, value.startTime)
        .set("endTime"_L1, value.endTime)
        .take();
}

QJsonArray toJson(const QList<TimeWindow>& value)
{
    QJsonArray out;
    for (const TimeWindow& w : value)
        out.append(toJson(w));
    return out;
}

} // namespace fotadesk::wire
