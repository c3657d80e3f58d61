// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "JsonEmitter.h"

#include "Command.h"
#include "core/DisplayText.h"
#include "core/SecretRedactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace fotadesk::ctl {

namespace {

// Set by whoever writes the one document first: finish() or a signal handler.
std::atomic<bool> documentWritten{false};

struct SignalExit
{
    int signal;
    int exitCode;
    int fd;
    QByteArray bytes; // prepared before the handler is installed: the handler only writes
};
std::array<SignalExit, 2> signalExits{
    {{SIGINT, 128 + SIGINT, 2, {}}, {SIGTERM, 128 + SIGTERM, 2, {}}}};

void onTerminatingSignal(int signal)
{
    for (const SignalExit& e : signalExits) {
        if (e.signal != signal)
            continue;
        if (e.fd == STDERR_FILENO || !documentWritten.exchange(true)) {
            const ssize_t written = ::write(e.fd, e.bytes.constData(), size_t(e.bytes.size()));
            (void)written;
        }
        ::_exit(e.exitCode);
    }
    ::_exit(128 + signal);
}

/// An error document is made of messages: no secret of this run, nor an echo of one, in it.
QJsonValue redacted(const QJsonValue& value)
{
    if (value.isString())
        return SecretRedactor::redact(value.toString());
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = redacted(it.value());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = redacted(*it);
        return a;
    }
    return value;
}

/// The JSON writer escapes C0 only: DEL, C1 (a UTF-8 terminal may obey U+009B as CSI) and the
/// bidi controls would reach a terminal that shows the document raw. Outside strings JSON is
/// ASCII, so every such character is inside a string, where \\uXXXX is the same text.
QByteArray terminalSafe(const QByteArray& json)
{
    const QString text = QString::fromUtf8(json);
    if (!DisplayText::containsControl(text) && !DisplayText::containsBidiControl(text))
        return json;
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        if (DisplayText::isControl(c.unicode()) || DisplayText::isBidiControl(c.unicode()))
            out += QStringLiteral("\\u") +
                   QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
        else
            out += c;
    }
    return out.toUtf8();
}

} // namespace

JsonEmitter& JsonEmitter::instance()
{
    static JsonEmitter emitter;
    return emitter;
}

void JsonEmitter::setResult(const QJsonValue& document)
{
    m_result = document;
}

void JsonEmitter::setError(const QJsonObject& error, const QJsonObject& extra)
{
    if (m_error)
        return;
    m_error = error;
    m_errorExtra = extra;
}

void JsonEmitter::rememberMessage(const QString& text)
{
    // Progress lines ("\r120 / 500") explain nothing.
    const QString message = text.trimmed();
    if (!message.isEmpty() && !text.startsWith(QLatin1Char('\r')))
        m_lastMessage = message;
}

void JsonEmitter::installSignalHandlers()
{
    for (SignalExit& e : signalExits) {
        const QString message =
            QCoreApplication::translate("fotactl", "interrupted by %1.")
                .arg(e.signal == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"));
        if (m_enabled) {
            e.fd = STDOUT_FILENO;
            const QJsonObject doc{
                {QStringLiteral("error"), errorObject(QStringLiteral("cancelled"), message)},
                {QStringLiteral("exitCode"), e.exitCode}};
            e.bytes = QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n';
        } else {
            e.fd = STDERR_FILENO;
            e.bytes = QStringLiteral("\nfotactl: %1\n").arg(message).toUtf8();
        }
        struct sigaction action = {};
        action.sa_handler = &onTerminatingSignal;
        sigemptyset(&action.sa_mask);
        sigaction(e.signal, &action, nullptr);
    }
}

QJsonObject JsonEmitter::errorObject(const QString& kind, const QString& message)
{
    return QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("message"), message}};
}

QString JsonEmitter::kindForExitCode(int exitCode)
{
    switch (exitCode) {
    case ExitRefused:
        return QStringLiteral("refused");
    case ExitUsage:
        return QStringLiteral("input");
    default:
        return QStringLiteral("failure");
    }
}

QJsonValue JsonEmitter::document(int exitCode) const
{
    const auto errorDocument = [exitCode](const QJsonObject& error, QJsonObject extra) {
        extra.insert(QStringLiteral("error"), error);
        extra.insert(QStringLiteral("exitCode"), exitCode);
        return redacted(extra);
    };
    if (m_error)
        return errorDocument(*m_error, m_errorExtra);
    if (m_result)
        return *m_result;
    if (exitCode != ExitOk) {
        const QString message =
            m_lastMessage.isEmpty()
                ? QCoreApplication::translate("fotactl", "fotactl ended with exit code %1.")
                      .arg(exitCode)
                : m_lastMessage;
        return errorDocument(errorObject(kindForExitCode(exitCode), message), {});
    }
    return QJsonObject{{QStringLiteral("exitCode"), exitCode}};
}

int JsonEmitter::finish(int exitCode)
{
    if (!m_enabled || m_finished)
        return exitCode;
    m_finished = true;
    if (documentWritten.exchange(true))
        return exitCode; // a signal handler wrote it and is ending the process
    const QJsonValue doc = document(exitCode);
    const QByteArray bytes =
        terminalSafe((doc.isArray() ? QJsonDocument(doc.toArray()) : QJsonDocument(doc.toObject()))
                         .toJson(QJsonDocument::Compact)) +
        '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
    return exitCode;
}

} // namespace fotadesk::ctl
