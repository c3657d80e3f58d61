// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/ConnectionState.h"

#include "api/ApiError.h"
#include "api/FotaClient.h"

namespace fotadesk {

ConnectionState::ConnectionState(QObject* parent)
    : QObject(parent)
{}

void ConnectionState::follow(FotaClient* client)
{
    if (!client)
        return;
    connect(client, &FotaClient::requestAnswered, this, [this] { noteAnswer(); });
    connect(client, &FotaClient::requestFailed, this, &ConnectionState::noteError);
}

QString ConnectionState::label() const
{
    switch (m_state) {
    case State::Unknown:
        return tr("Not connected yet");
    case State::Connected:
        return tr("Connected");
    case State::SignInFailed:
        return tr("Sign-in failed");
    case State::Offline:
        return tr("Offline");
    }
    return {};
}

void ConnectionState::noteAnswer(const QDateTime& nowUtc)
{
    m_lastAnswer = nowUtc;
    set(State::Connected, {});
}

void ConnectionState::noteError(const ApiError& error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::OutcomeUnknown:
        set(State::Offline, error.message());
        break;
    case ApiError::Kind::Auth:
        set(State::SignInFailed, error.message());
        break;
    case ApiError::Kind::Cancelled:
        break;
    case ApiError::Kind::Http:
    case ApiError::Kind::Api:
    case ApiError::Kind::Decode:
        noteAnswer();
        break;
    }
}

void ConnectionState::noteSignIn(bool ok)
{
    if (ok)
        noteAnswer();
    else
        set(State::SignInFailed, tr("Signing in to the FOTA service failed: check the "
                                    "credentials of this environment."));
}

void ConnectionState::set(State state, const QString& detail)
{
    const bool changedState = state != m_state || detail != m_detail;
    m_state = state;
    m_detail = detail;
    if (changedState)
        Q_EMIT changed(m_state);
}

} // namespace fotadesk
