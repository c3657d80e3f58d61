// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandOutput.h"

#include "Command.h"
#include "JsonEmitter.h"
#include "core/DisplayText.h"
#include "core/SecretRedactor.h"

#include <cstdio>

namespace fotadesk::ctl {

namespace {
void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

CommandOutput::CommandOutput(QString command, bool json)
    : m_command(std::move(command))
    , m_json(json)
{
    if (json)
        JsonEmitter::instance().setEnabled(true);
}

void CommandOutput::setJson(bool json)
{
    m_json = json;
    if (json)
        JsonEmitter::instance().setEnabled(true);
}

void CommandOutput::writeStdout(const QString& text)
{
    // With --json, stdout holds the one document and nothing else.
    if (JsonEmitter::instance().isEnabled()) {
        JsonEmitter::instance().setResult(QJsonObject{{QStringLiteral("text"), text}});
        return;
    }
    write(stdout, DisplayText::escapeControls(text, DisplayText::LineBreaks::Keep));
}

void CommandOutput::writeStderr(const QString& text)
{
    // Messages only: no secret of this run, nor an echo of one, reaches the terminal.
    const QString message = SecretRedactor::redact(text);
    JsonEmitter::instance().rememberMessage(message);
    // A progress line starts with "\r" of its own, to overwrite the previous one.
    const bool progress = message.startsWith(QLatin1Char('\r'));
    write(stderr, (progress ? QStringLiteral("\r") : QString()) +
                      DisplayText::escapeControls(progress ? message.mid(1) : message,
                                                  DisplayText::LineBreaks::Keep));
}

void CommandOutput::text(const QString& text) const
{
    if (!m_json)
        writeStdout(text);
}

void CommandOutput::note(const QString& text) const
{
    writeStderr(text);
}

void CommandOutput::json(const QJsonValue& value) const
{
    JsonEmitter::instance().setResult(value);
}

int CommandOutput::error(const QString& kind, const QString& message, int exitCode,
                         const QJsonObject& extra) const
{
    // stderr is for people in both modes; with --json the script reads the error object.
    writeStderr(QStringLiteral("%1: %2\n").arg(m_command, message));
    if (m_json)
        JsonEmitter::instance().setError(JsonEmitter::errorObject(kind, message), extra);
    return exitCode;
}

int CommandOutput::usageError(const QString& message) const
{
    return error(QStringLiteral("usage"), message, ExitUsage);
}

int CommandOutput::exitCodeFor(const ApiError& error)
{
    // Not sent because the workspace could not record it: a local problem, like every other
    // workspace refusal (docs/fotactl.md, "Full disk, read-only workspace").
    if (error.isNotJournaled())
        return ExitUsage;
    switch (error.kind()) {
    case ApiError::Kind::Api:
        return ExitRefused;
    case ApiError::Kind::Http:
        if (error.httpStatus() >= 400 && error.httpStatus() < 500 && error.httpStatus() != 401 &&
            error.httpStatus() != 429)
            return ExitRefused;
        return ExitNetwork;
    default:
        return ExitNetwork;
    }
}

QJsonObject CommandOutput::toJson(const ApiError& error)
{
    QJsonObject o{{QStringLiteral("kind"), error.isNotJournaled()
                                               ? QStringLiteral("workspace")
                                               : ApiError::kindName(error.kind())},
                  {QStringLiteral("message"), error.message()}};
    if (error.httpStatus() != 0)
        o.insert(QStringLiteral("httpStatus"), error.httpStatus());
    if (!error.errorCode().isEmpty())
        o.insert(QStringLiteral("errorCode"), error.errorCode());
    if (!error.errorMessage().isEmpty())
        o.insert(QStringLiteral("errorMessage"), error.errorMessage());
    if (!error.details().isEmpty())
        o.insert(QStringLiteral("details"), error.details());
    if (!error.operation().isEmpty())
        o.insert(QStringLiteral("operation"), error.operation());
    o.insert(QStringLiteral("attempts"), error.attempts());
    return o;
}

int CommandOutput::apiError(const ApiError& error) const
{
    if (m_json)
        JsonEmitter::instance().setError(toJson(error));
    QString text = QStringLiteral("%1: %2\n").arg(m_command, error.message());
    if (!error.errorCode().isEmpty())
        text += QStringLiteral("  errorCode: %1\n  errorMessage: %2\n")
                    .arg(error.errorCode(), error.errorMessage());
    else if (error.httpStatus() != 0)
        text += QStringLiteral("  HTTP status: %1\n").arg(error.httpStatus());
    if (!error.details().isEmpty() && !error.message().contains(error.details()))
        text += QStringLiteral("  details: %1\n").arg(error.details());
    writeStderr(text);
    return exitCodeFor(error);
}

QString isoTime(const QDateTime& moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODate) : QString();
}

QString isoTime(const Timestamp& time)
{
    return time.isValid() ? isoTime(time.utc) : time.raw;
}

} // namespace fotadesk::ctl
