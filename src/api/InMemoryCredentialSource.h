// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/CredentialSource.h"

namespace fotadesk {

/// Credentials held in this object's memory only (the profile dialog, fotactl
/// and tests fill it).
class InMemoryCredentialSource final : public CredentialSource
{
public:
    InMemoryCredentialSource() = default;
    explicit InMemoryCredentialSource(Credentials credentials);

    /// Also registers the secrets with the SecretRedactor (registerWithRedactor()).
    void setCredentials(const Credentials& credentials);
    /// Overwrites the held secrets (e.g. on sign-out).
    void clear();

    std::optional<Credentials> credentials(QString* whyNot) const override;

private:
    Credentials m_credentials;
};

} // namespace fotadesk
