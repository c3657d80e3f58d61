// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <functional>
#include <optional>

namespace fotadesk {

class ApiError;

/// Whether a request may be sent again when its answer is lost.
enum class Idempotency
{
    RepeatSafe,   ///< GETs and repeat-safe PUTs (and set-like POSTs): retried on transient failures
    NotRepeatable ///< create campaign, cancel: never retried; a lost answer is OutcomeUnknown
};

/// The one retry policy of the service layer. Repeat-safe requests are sent
/// again on network errors, timeouts, 429 (honouring Retry-After) and
/// 502/503/504, with exponential backoff and jitter, bounded by a number of
/// attempts and a total time. Non-repeatable requests are never retried.
///
/// A Retry-After is a lower bound, never a licence to hurry: the delay is the longer of
/// the server's value and the policy's own backoff (so `Retry-After: 0` or a past date
/// still backs off). A Retry-After beyond what the policy would wait ends the retries at
/// once; explainGiveUp() then says when the server asked to come back.
///
/// A value type: every job holds a copy. Copies share the jitter source, so a
/// seeded policy gives a reproducible sequence of delays (tests).
class RetryPolicy
{
public:
    struct Settings
    {
        int maxAttempts = 5;             ///< including the first one
        qint64 maxTotalMs = 90'000;      ///< no retry starts later than this after the first send
        qint64 baseDelayMs = 500;        ///< backoff before the 2nd attempt (before jitter)
        qint64 maxDelayMs = 20'000;      ///< backoff cap (before jitter)
        qint64 maxRetryAfterMs = 60'000; ///< a longer Retry-After ends the retries
        double jitter = 0.5;             ///< fraction of the delay that is randomised, [0..1]
    };

    RetryPolicy();
    explicit RetryPolicy(const Settings& settings);

    /// A policy that never retries (one attempt).
    static RetryPolicy none();

    [[nodiscard]] const Settings& settings() const { return m_settings; }

    /// Makes the jitter reproducible (tests, benchmarks).
    void setSeed(quint32 seed);
    /// Replaces the jitter source; `random` returns values in [0, 1).
    void setRandomSource(std::function<double()> random);

    /// The delay before the next attempt, or nullopt when the failed attempt
    /// must not be repeated. `attemptsMade` counts the attempts so far (>= 1),
    /// `elapsedMs` the time since the first one was sent.
    [[nodiscard]] std::optional<qint64> nextDelayMs(const ApiError& error, Idempotency idempotency,
                                                    int attemptsMade, qint64 elapsedMs) const;

    /// `error` when it is not the Retry-After that ended the retries; otherwise `error` with
    /// its message saying when the server asked to come back (the Retry-After is beyond
    /// maxRetryAfterMs or beyond the total time). For a failure nextDelayMs() did not repeat.
    [[nodiscard]] ApiError explainGiveUp(const ApiError& error, Idempotency idempotency,
                                         int attemptsMade, qint64 elapsedMs,
                                         const QDateTime& nowUtc) const;

    /// Exponential backoff with jitter before attempt `attemptsMade + 1`.
    [[nodiscard]] qint64 backoffMs(int attemptsMade) const;

    /// Parses a Retry-After header: delay-seconds ("120") or an HTTP date
    /// (IMF-fixdate, RFC 850 or asctime form). Returns milliseconds from `nowUtc`
    /// (0 for a date in the past), or nullopt when the value is unusable.
    static std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime& nowUtc);

private:
    Settings m_settings;
    std::function<double()> m_random;
};

} // namespace fotadesk
