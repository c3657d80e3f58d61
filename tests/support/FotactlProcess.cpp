// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/FotactlProcess.h"

#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

QString fotactlPath()
{
    return qEnvironmentVariable("FOTADESK_BIN_DIR") + u"/fotactl"_s;
}

QProcessEnvironment fotactlEnvironment(const QString& workspace)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FOTA_CLIENT_ID"_s, u"demo-client"_s);
    env.insert(u"FOTA_CLIENT_SECRET"_s, u"demo-secret"_s);
    env.insert(u"FOTA_USERNAME"_s, u"demo"_s);
    env.insert(u"FOTA_PASSWORD"_s, u"demo"_s);
    env.insert(u"FOTADESK_WORKSPACE"_s, workspace);
    return env;
}

QString FotactlRun::describe() const
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(
        QString::fromUtf8(out.left(3000)), QString::fromUtf8(err.left(3000)));
}

QJsonObject FotactlRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

FotactlRun finishFotactl(QProcess& process, int timeoutMs)
{
    FotactlRun r;
    if (!process.waitForStarted(30000) || !process.waitForFinished(timeoutMs)) {
        qWarning("fotactl did not run: %s", qPrintable(process.errorString()));
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

FotactlRun runFotactl(const QStringList& args, const QProcessEnvironment& env, int timeoutMs)
{
    QProcess p;
    p.setProgram(fotactlPath());
    p.setArguments(args);
    p.setProcessEnvironment(env);
    p.start();
    return finishFotactl(p, timeoutMs);
}

} // namespace fotadesk::test
