#include "store/LogRedactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>

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

QMutex g_mutex;
QStringList g_secrets; ///< longest first

} // namespace

QString LogRedactor::mask()
{
    return u"[redacted]"_s;
}

void LogRedactor::addSecret(const QString& value)
{
    if (value.size() < 4)
        return;
    QMutexLocker lock(&g_mutex);
    if (g_secrets.contains(value))
        return;
    g_secrets.append(value);
    std::sort(g_secrets.begin(), g_secrets.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

void LogRedactor::clearSecrets()
{
    QMutexLocker lock(&g_mutex);
    g_secrets.clear();
}

QString LogRedactor::redact(const QString& line)
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
