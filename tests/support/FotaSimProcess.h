// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace fotadesk::test {

/// Runs `$FOTADESK_BIN_DIR/fotasim --listen 127.0.0.1:0 [args]` for one test:
/// waits for the "fotasim listening on http://127.0.0.1:PORT" line, exposes the
/// base URL, and terminates the process when destroyed.
///
///     FotaSimProcess sim({u"--seed"_s, u"7"_s});
///     QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
///     HttpTestClient client(sim.baseUrl());
///
/// Unless the arguments say otherwise, fotasim runs with `--log-level warning`
/// (set FOTASIM_TEST_VERBOSE=1 to see its request log on stderr).
class FotaSimProcess final
{
public:
    /// Starts fotasim and waits (up to startTimeoutMs) until it listens.
    explicit FotaSimProcess(const QStringList& args = {}, int startTimeoutMs = 30000);
    ~FotaSimProcess();
    FotaSimProcess(const FotaSimProcess&) = delete;
    FotaSimProcess& operator=(const FotaSimProcess&) = delete;

    /// The fotasim binary this helper runs ($FOTADESK_BIN_DIR/fotasim).
    static QString binaryPath();

    [[nodiscard]] bool isRunning() const;
    /// Why start failed (or how the process ended), with its stderr.
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT/api" — what a client is configured with.
    [[nodiscard]] QString baseUrl() const;
    /// "http://127.0.0.1:PORT" — the admin endpoints live under /admin here.
    [[nodiscard]] QString rootUrl() const;

    /// SIGTERM, then waits for the exit; returns the exit code (-1 if it crashed
    /// or had to be killed).
    int stop(int timeoutMs = 10000);
    /// Everything fotasim wrote to stderr so far.
    [[nodiscard]] QByteArray standardError();
    /// The first stdout line (the "listening" line).
    [[nodiscard]] QByteArray firstLine() const { return m_firstLine; }

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_firstLine;
    QByteArray m_stderr;
    QString m_error;
    quint16 m_port = 0;
};

} // namespace fotadesk::test
