#pragma once

#include <QString>

namespace fotadesk {

/// Removes secrets from a log line before it is written anywhere: Authorization and
/// VZ-M2M-Token headers, Bearer/Basic credentials, token/secret/password fields in JSON,
/// form bodies and queries, user info in URLs — and every value registered with addSecret()
/// (the client secret and password of this run), wherever it appears. Thread-safe.
class LogRedactor
{
public:
    LogRedactor() = delete;

    /// The text that replaces a secret.
    static QString mask();
    /// Returns `line` with every secret replaced by mask().
    static QString redact(const QString& line);
    /// Redacts this exact value from now on (values shorter than 4 characters are ignored:
    /// they would mask ordinary words).
    static void addSecret(const QString& value);
    /// Forgets the registered values (tests).
    static void clearSecrets();
};

} // namespace fotadesk
