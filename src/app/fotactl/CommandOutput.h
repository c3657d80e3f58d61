// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "core/Timestamp.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace fotadesk::ctl {

/// How one fotactl command speaks: text for people (stdout; progress and
/// warnings on stderr) or one JSON document on stdout with --json; and the
/// mapping of every failure to the documented exit codes.
///
/// A failure is reported with `return out.error(kind, message, exitCode);` (or usageError,
/// apiError): a sentence on stderr, or with --json the error object of the run's one document
/// (JsonEmitter, written by main() when the command returns). Whatever reaches the terminal
/// goes through writeStdout/writeStderr, which show control characters from a server escaped
/// (DisplayText::escapeControls): a firmware name cannot clear the screen or retitle the window.
class CommandOutput final
{
public:
    CommandOutput(QString command, bool json);

    [[nodiscard]] bool isJson() const { return m_json; }
    void setJson(bool json);

    /// Text to stdout (ignored in --json mode).
    void text(const QString& text) const;
    /// A note to stderr (both modes): progress, warnings. With --json, the last note explains a
    /// failure that raised no error() (JsonEmitter).
    void note(const QString& text) const;
    /// The command's answer with --json: the run's one document (JsonEmitter), written when the
    /// command has returned.
    void json(const QJsonValue& value) const;

    /// A failure: "COMMAND: message" on stderr, and with --json the error of the run's document
    /// {"error": {"kind": kind, "message": message}, "exitCode": exitCode, ...extra}.
    /// Returns exitCode. Kinds in use: usage, input, setup, workspace, write, internal,
    /// cancelled, and the ApiError kinds (apiError).
    int error(const QString& kind, const QString& message, int exitCode,
              const QJsonObject& extra = {}) const;
    /// Usage or input error: error("usage", message, 2).
    int usageError(const QString& message) const;
    /// Prints an ApiError (errorCode/errorMessage verbatim; with --json also as the error of the
    /// run's document) and returns its exit code.
    int apiError(const ApiError& error) const;

    /// 1 when the API said no (400 with errorCode, other 4xx except 401), else 3 (network,
    /// timeout, TLS, sign-in, 401, 429, 5xx, undecodable answer, outcome unknown).
    static int exitCodeFor(const ApiError& error);
    static QJsonObject toJson(const ApiError& error);

    /// Text for people to stdout, control characters escaped; with --json it becomes the
    /// document {"text": ...} instead (a --help).
    static void writeStdout(const QString& text);
    /// A message to stderr: secrets redacted, control characters escaped (its own line breaks
    /// and a leading "\r" of a progress line stay).
    static void writeStderr(const QString& text);

private:
    QString m_command;
    bool m_json;
};

/// A moment as every human-readable fotactl output writes it: ISO 8601 in UTC to the second
/// ("2026-03-01T12:00:00Z"), whatever LANG says; a server's time that could not be read is
/// shown as it came.
[[nodiscard]] QString isoTime(const QDateTime& moment);
[[nodiscard]] QString isoTime(const Timestamp& time);

} // namespace fotadesk::ctl
