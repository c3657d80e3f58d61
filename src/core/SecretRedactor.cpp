// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/SecretRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule>& rules()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QList<Rule> list{
        // Header lines and header-like pairs: keep the name, drop the value (with its scheme).
        {QRegularExpression(u"\\b((?:proxy-)?authorization|vz-m2m-token|x-api-key|cookie|"
                            "set-cookie)(\"?\\s*[:=]\\s*\"?)(?:(?:bearer|basic|digest|token)\\s+)?"
                            "[^\\s,;\"']+"_s,
                            ci),
         u"\\1\\2[redacted]"_s},
        // A bare scheme + credential anywhere ("Bearer eyJ...", "Basic ZGVt...").
        {QRegularExpression(u"\\b(bearer|basic)\\s+[A-Za-z0-9\\-._~+/]{6,}=*"_s, ci),
         u"\\1 [redacted]"_s},
        // JSON string fields that hold secrets.
        {QRegularExpression(u"(\"(?:access_token|refresh_token|id_token|session_?token|token|"
                            "password|passwd|client_?secret|secret|api_?key)\"\\s*:\\s*\")"
                            "(?:[^\"\\\\]|\\\\.)*(\")"_s,
                            ci),
         u"\\1[redacted]\\2"_s},
        // Form bodies and query strings.
        {QRegularExpression(u"\\b(access_token|refresh_token|id_token|session_?token|token|"
                            "password|passwd|client_?secret|secret|api_?key)=[^&\\s\"']+"_s,
                            ci),
         u"\\1=[redacted]"_s},
        // "password: x", "client secret = x" in prose.
        {QRegularExpression(u"\\b(password|passwd|client[ _-]?secret)(\\s*[:=]\\s*)"
                            "(?!\\[redacted\\])[^\\s,;\"']+"_s,
                            ci),
         u"\\1\\2[redacted]"_s},
        // User info in URLs.
        {QRegularExpression(u"(://)[^/\\s:@]+:[^/\\s@]+@"_s), u"\\1[redacted]@"_s},
    };
    return list;
}

constexpr qsizetype kMinimumLength = 6;

QMutex g_mutex;
QStringList g_secrets; ///< longest first

/// `value` as a JSON string's content: what an answer echoing a JSON body shows.
QString jsonEscaped(const QString& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(2, array.size() - 4)); // without [" and "]
}

/// The forms `value` can take on the wire or in an echo of it.
QStringList encodings(const QString& value)
{
    QStringList forms{value};
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(value));
    forms << percent << QString(percent).replace(u"%20"_s, u"+"_s)
          << QString::fromLatin1(QUrl::toPercentEncoding(value, "/+=")); // lenient encoders
    const QString json = jsonEscaped(value);
    forms << json << QString(json).replace(u"/"_s, u"\\/"_s); // some encoders escape '/'
    return forms;
}

void addLocked(const QString& value)
{
    if (value.size() < kMinimumLength || g_secrets.contains(value))
        return;
    g_secrets.append(value);
}

void sortLocked()
{
    std::sort(g_secrets.begin(), g_secrets.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

} // namespace

QString SecretRedactor::mask()
{
    return u"[redacted]"_s;
}

void SecretRedactor::addSecret(const QString& value)
{
    if (value.size() < kMinimumLength)
        return;
    QMutexLocker lock(&g_mutex);
    for (const QString& form : encodings(value))
        addLocked(form);
    sortLocked();
}

void SecretRedactor::addBasicCredentials(const QString& clientId, const QString& clientSecret)
{
    addSecret(clientSecret);
    if (clientSecret.isEmpty())
        return;
    // As the Authenticator sends it: base64(client_id:client_secret), no form-encoding first.
    const QByteArray pair = clientId.toUtf8() + ':' + clientSecret.toUtf8();
    addSecret(QString::fromLatin1(pair.toBase64()));
    // Without the padding too: an echo may cut it off or show it encoded differently.
    addSecret(QString::fromLatin1(pair.toBase64(QByteArray::OmitTrailingEquals)));
}

void SecretRedactor::clearSecrets()
{
    QMutexLocker lock(&g_mutex);
    g_secrets.clear();
}

QString SecretRedactor::redact(const QString& line)
{
    QString out = line;
    {
        QMutexLocker lock(&g_mutex);
        for (const QString& s : std::as_const(g_secrets))
            out.replace(s, mask());
    }
    for (const Rule& r : rules())
        out.replace(r.pattern, r.replacement);
    return out;
}

} // namespace fotadesk
