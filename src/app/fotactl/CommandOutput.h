#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace fotadesk::ctl {

/// How one fotactl command speaks: text for people (stdout; progress and
/// warnings on stderr) or one JSON document on stdout with --json; and the
/// mapping of every failure to the documented exit codes.
class CommandOutput final
{
public:
    CommandOutput(QString command, bool json);

    [[nodiscard]] bool isJson() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    /// Text to stdout (ignored in --json mode).
    void text(const QString& text) const;
    /// A note to stderr (both modes): progress, warnings.
    void note(const QString& text) const;
    /// One compact JSON document and a newline to stdout.
    void json(const QJsonValue& value) const;

    /// Usage or input error: message (or {"error": {"kind": "usage", ...}}), exit code 2.
    int usageError(const QString& message) const;
    /// Prints an ApiError (errorCode/errorMessage verbatim) and returns its exit code.
    int apiError(const ApiError& error) const;

    /// 1 when the API said no (400 with errorCode, other 4xx except 401), else 3 (network,
    /// timeout, TLS, sign-in, 401, 429, 5xx, undecodable answer, outcome unknown).
    static int exitCodeFor(const ApiError& error);
    static QJsonObject toJson(const ApiError& error);

    static void writeStdout(const QString& text);
    static void writeStderr(const QString& text);

private:
    QString m_command;
    bool m_json;
};

} // namespace fotadesk::ctl
