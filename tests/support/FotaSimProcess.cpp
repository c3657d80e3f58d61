// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/FotaSimProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

QString FotaSimProcess::binaryPath()
{
    QString dir = qEnvironmentVariable("FOTADESK_BIN_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath() + u"/../bin"_s;
    return QDir(dir).filePath(u"fotasim"_s);
}

FotaSimProcess::FotaSimProcess(const QStringList& args, int startTimeoutMs)
    : m_process(std::make_unique<QProcess>())
{
    const QString program = binaryPath();
    if (!QFileInfo(program).isExecutable()) {
        m_error =
            u"fotasim not found at %1: build the fotasim target and set FOTADESK_BIN_DIR"_s.arg(
                program);
        return;
    }
    QStringList all{u"--listen"_s, u"127.0.0.1:0"_s};
    if (!args.contains(u"--log-level"_s) &&
        qEnvironmentVariableIntValue("FOTASIM_TEST_VERBOSE") == 0)
        all << u"--log-level"_s << u"warning"_s;
    all << args;
    if (qEnvironmentVariableIntValue("FOTASIM_TEST_VERBOSE") != 0)
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(program, all);
    if (!m_process->waitForStarted(startTimeoutMs)) {
        m_error = u"cannot start %1: %2"_s.arg(program, m_process->errorString());
        return;
    }
    const QDeadlineTimer deadline(startTimeoutMs);
    while (!m_process->canReadLine()) {
        if (m_process->state() != QProcess::Running || deadline.hasExpired()) {
            m_process->waitForFinished(100);
            m_error = u"fotasim did not report listening (exit code %1): %2"_s.arg(
                QString::number(m_process->exitCode()),
                QString::fromUtf8(m_process->readAllStandardError()));
            return;
        }
        m_process->waitForReadyRead(static_cast<int>(qMin<qint64>(200, deadline.remainingTime())));
    }
    m_firstLine = m_process->readLine().trimmed();
    static const QRegularExpression re(u"^fotasim listening on http://127\\.0\\.0\\.1:(\\d+)$"_s);
    const auto match = re.match(QString::fromUtf8(m_firstLine));
    if (!match.hasMatch()) {
        m_error = u"unexpected first line from fotasim: %1"_s.arg(QString::fromUtf8(m_firstLine));
        return;
    }
    m_port = match.captured(1).toUShort();
}

FotaSimProcess::~FotaSimProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

bool FotaSimProcess::isRunning() const
{
    return m_port != 0 && m_process && m_process->state() == QProcess::Running;
}

QString FotaSimProcess::baseUrl() const
{
    return rootUrl() + u"/api"_s;
}

QString FotaSimProcess::rootUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

int FotaSimProcess::stop(int timeoutMs)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process ? m_process->exitCode() : -1;
    m_process->terminate();
    if (!m_process->waitForFinished(timeoutMs)) {
        m_error = u"fotasim did not exit within %1 ms of SIGTERM"_s.arg(timeoutMs);
        m_process->kill();
        m_process->waitForFinished(timeoutMs);
        return -1;
    }
    m_stderr += m_process->readAllStandardError();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QByteArray FotaSimProcess::standardError()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

} // namespace fotadesk::test
