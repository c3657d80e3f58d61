// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace fotadesk::test {

/// The built fotactl ($FOTADESK_BIN_DIR/fotactl).
QString fotactlPath();

/// The environment a fotactl process of a test runs in: the system's, the demo credentials of
/// fotasim (FOTA_CLIENT_ID, FOTA_CLIENT_SECRET, FOTA_USERNAME, FOTA_PASSWORD) and the workspace
/// it shares with the test (FOTADESK_WORKSPACE).
QProcessEnvironment fotactlEnvironment(const QString& workspace);

/// What a finished fotactl process left: its exit code (-1: did not run or timed out, -2:
/// crashed), stdout and stderr.
struct FotactlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    /// For a failure message: the exit code and the start of both streams.
    [[nodiscard]] QString describe() const;
    /// stdout as one JSON object (empty when it is not one).
    [[nodiscard]] QJsonObject json() const;
};

/// Waits for a started fotactl process (killed after `timeoutMs`) and collects what it left.
FotactlRun finishFotactl(QProcess& process, int timeoutMs = 240000);
/// Runs the built fotactl with `args` in `env` and waits for it.
FotactlRun runFotactl(const QStringList& args, const QProcessEnvironment& env,
                      int timeoutMs = 240000);

} // namespace fotadesk::test
