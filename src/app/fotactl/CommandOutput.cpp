#include "CommandOutput.h"

#include "Command.h"
#include "core/SecretRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>

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
{}

void CommandOutput::writeStdout(const QString& text)
{
    write(stdout, text);
}

void CommandOutput::writeStderr(const QString& text)
{
    // Messages only: no secret of this run, nor an echo of one, reaches the terminal.
    write(stderr, SecretRedactor::redact(text));
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
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    writeStdout(QString::fromUtf8(bytes) + QLatin1Char('\n'));
}

int CommandOutput::usageError(const QString& message) const
{
    if (m_json)
        json(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("usage")},
                                                  {QStringLiteral("message"), message}}}});
    else
        writeStderr(QStringLiteral("%1: %2\n").arg(m_command, message));
    return ExitUsage;
}

int CommandOutput::exitCodeFor(const ApiError& error)
{
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
    QJsonObject o{{QStringLiteral("kind"), ApiError::kindName(error.kind())},
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
    if (m_json) {
        json(QJsonObject{{QStringLiteral("error"), toJson(error)}});
    } else {
        QString text = QStringLiteral("%1: %2\n").arg(m_command, error.message());
        if (!error.errorCode().isEmpty())
            text += QStringLiteral("  errorCode: %1\n  errorMessage: %2\n")
                        .arg(error.errorCode(), error.errorMessage());
        else if (error.httpStatus() != 0)
            text += QStringLiteral("  HTTP status: %1\n").arg(error.httpStatus());
        if (!error.details().isEmpty() && !error.message().contains(error.details()))
            text += QStringLiteral("  details: %1\n").arg(error.details());
        writeStderr(text);
    }
    return exitCodeFor(error);
}

} // namespace fotadesk::ctl
