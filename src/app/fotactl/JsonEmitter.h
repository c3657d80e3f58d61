// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace fotadesk::ctl {

/// The one writer of fotactl's stdout with --json, so that every exit prints exactly one JSON
/// document: a command's answer, or an error object. Nothing reaches stdout before the command
/// has returned; main() calls finish() with the exit code once, on every path (also for a
/// usage error before any command ran, an exception, SIGINT/SIGTERM).
///
/// What finish() writes, in this order of precedence:
/// 1. an error raised with setError() (CommandOutput::error/usageError/apiError):
///      {"error": {"kind", "message", ...}, "exitCode": N, ...extra}
///    the first error raised wins (the cause; what follows from it is not the story);
/// 2. the command's answer given to setResult() (CommandOutput::json), as it is: a batch with
///    refused devices exits 1 with its answer;
/// 3. otherwise, for an exit other than 0, an error made from the last message the command put
///    on stderr (kind by exit code: refused, input, failure), so that a failure reported only
///    there still reaches a script;
/// 4. otherwise {"exitCode": 0}.
/// Text meant for stdout in --json mode (a --help) comes as {"text": "..."}.
class JsonEmitter final
{
public:
    static JsonEmitter& instance();

    void setEnabled(bool enabled) { m_enabled = enabled; }
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

    /// The command's answer (a later one replaces it).
    void setResult(const QJsonValue& document);
    /// An error object {"kind", "message", ...}; `extra` goes beside "error" (e.g. the
    /// campaign that was created before the failure). Only the first error counts.
    void setError(const QJsonObject& error, const QJsonObject& extra = {});
    [[nodiscard]] bool hasError() const { return m_error.has_value(); }
    /// A message written to stderr: the last one explains a failure raised no other way.
    void rememberMessage(const QString& text);

    /// Writes the one document (with --json; once); returns exitCode.
    int finish(int exitCode);

    /// SIGINT and SIGTERM end the run at once, as they did without a handler (what a batch
    /// journaled is resumable), but say so first: a sentence on stderr, or with --json the
    /// run's document {"error": {"kind": "cancelled", ...}, "exitCode": 130 (143)} unless one
    /// was written already. Call once isEnabled() is decided.
    void installSignalHandlers();

    /// {"kind": kind, "message": message}.
    static QJsonObject errorObject(const QString& kind, const QString& message);
    /// The kind of a failure known only by its exit code: refused, input, failure.
    static QString kindForExitCode(int exitCode);

private:
    JsonEmitter() = default;
    [[nodiscard]] QJsonValue document(int exitCode) const;

    bool m_enabled = false;
    bool m_finished = false;
    std::optional<QJsonValue> m_result;
    std::optional<QJsonObject> m_error;
    QJsonObject m_errorExtra;
    QString m_lastMessage;
};

} // namespace fotadesk::ctl
