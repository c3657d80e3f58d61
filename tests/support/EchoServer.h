// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace fotadesk::test {

/// A small misbehaving FOTA v3 server on 127.0.0.1 for process-level tests of fotactl, on a
/// thread of its own (a test may block on a fotactl process meanwhile). It signs in as the
/// contract says (token, then session login), issuing random tokens, and then misbehaves as
/// its mode says:
///
/// - EchoToken: the token request answers 400 echoing the whole request (its Authorization:
///   Basic header) and the client secret it decoded from it, plain and percent-encoded;
/// - EchoLogin: the session login answers 400 echoing the whole request (the password in its
///   body) and the password, plain;
/// - EchoCall: every FOTA call answers 400 {errorCode, errorMessage} whose message echoes the
///   whole request (bearer and session token), the tokens it carried, bare, the client secret,
///   the password and the Basic credentials, plain and encoded;
/// - TooMany: every FOTA call answers 429 with `Retry-After: <retryAfter>`.
///
/// Every request is counted with the time it arrived (thread-safe).
class EchoServer final
{
public:
    enum class Mode
    {
        EchoToken,
        EchoLogin,
        EchoCall,
        TooMany
    };

    explicit EchoServer(Mode mode, QByteArray retryAfter = {});
    ~EchoServer();
    EchoServer(const EchoServer&) = delete;
    EchoServer& operator=(const EchoServer&) = delete;

    [[nodiscard]] bool isListening() const;
    /// "http://127.0.0.1:PORT/api"
    [[nodiscard]] QString baseUrl() const;
    /// The requests whose path ends with `pathSuffix` so far.
    [[nodiscard]] int count(const QString& pathSuffix) const;
    /// When each of those arrived: milliseconds on one monotonic clock.
    [[nodiscard]] QList<qint64> arrivals(const QString& pathSuffix) const;
    /// The bearer and session tokens issued so far.
    [[nodiscard]] QStringList issuedTokens() const;

    class Worker;

private:
    std::unique_ptr<Worker> m_worker;
};

} // namespace fotadesk::test
