// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace fotadesk {

class FotaClient;

/// What the app knows about its connection to the FOTA service, for the
/// status bar (and the dashboards' stale marking). follow() hears every request of the app's
/// client, so the first answer after a loss clears "Offline" at once, whichever page asked;
/// pages also report the outcome of their calls; the Authenticator's sign-ins are reported by
/// MainWindow.
class ConnectionState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionState)

public:
    enum class State
    {
        Unknown,   ///< nothing sent yet
        Connected, ///< the last call got an answer from the server
        SignInFailed,
        Offline ///< the last call got no answer (network, timeout, TLS)
    };
    Q_ENUM(State)

    explicit ConnectionState(QObject* parent = nullptr);

    /// Every request of `client` updates the state (FotaClient::requestAnswered/Failed).
    void follow(FotaClient* client);

    [[nodiscard]] State state() const { return m_state; }
    /// A sentence for the status bar tooltip (the last error, when there was one).
    [[nodiscard]] QString detail() const { return m_detail; }
    /// "Connected", "Offline", ... (translated).
    [[nodiscard]] QString label() const;
    [[nodiscard]] QDateTime lastAnswerUtc() const { return m_lastAnswer; }

public Q_SLOTS:
    /// A call succeeded (or failed with an answer from the server: an API refusal still
    /// proves the connection).
    void noteAnswer(const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
    /// A call failed; network-level kinds mark the app offline, auth kinds sign-in failed,
    /// others (HTTP/API/decode) still count as an answer.
    void noteError(const fotadesk::ApiError& error);
    void noteSignIn(bool ok);

Q_SIGNALS:
    void changed(fotadesk::ConnectionState::State state);

private:
    void set(State state, const QString& detail);

    State m_state = State::Unknown;
    QString m_detail;
    QDateTime m_lastAnswer;
};

} // namespace fotadesk
