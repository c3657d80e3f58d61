// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace fotadesk::sim {

/// What fotasim injects, parsed from `--faults` or POST /admin/faults.
///
/// Syntax: comma-separated `key=value` items (spaces ignored), e.g.
///   latency=100,error503=0.2,drop=0.05,seed=7
/// Keys:
///   latency=MS | MIN-MAX   delay every /api answer by MS (or uniformly MIN..MAX) ms
///   error500=P, error502=P, error503=P   probability of answering that status
///   429=P                  probability of 429 Too Many Requests (with Retry-After)
///   retryAfter=S           the Retry-After seconds of a 429 (default 1)
///   drop=P                 probability of dropping the connection mid-response
///   tokenExpiry=P          probability that a valid bearer token expires early (401)
///   brokenOrder=1          device/licence report pages ignore IMEI order (cursor is a position)
///   unknownCursor=restart|reject  the device report accepts only cursors that are
///                          IMEIs of the campaign (as a backend that looks the
///                          cursor up would): another cursor starts again from the
///                          top (restart) or is refused with 400 InvalidCursor (reject)
///   scope=fota|all         error/drop/expiry faults hit FOTA calls only (default) or auth too
///   seed=N                 seed of the fault decisions (default: the --seed of fotasim)
/// `none` (or an empty string) means no faults. Probabilities are in [0, 1] and
/// together at most 1.
struct FaultSpec
{
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    double error500 = 0;
    double error502 = 0;
    double error503 = 0;
    double tooMany = 0;
    int retryAfterSeconds = 1;
    double drop = 0;
    double tokenExpiry = 0;
    bool brokenOrder = false;
    enum class UnknownCursor
    {
        Accept, ///< any IMEI-like number: the report answers the IMEIs above it
        Restart,
        Reject
    };
    UnknownCursor unknownCursor = UnknownCursor::Accept;
    bool includeAuth = false;
    std::optional<quint64> seed;

    /// Parses the syntax above; on failure returns nullopt and sets *error to
    /// a message naming the bad item.
    static std::optional<FaultSpec> parse(const QString& text, QString* error);
    /// The canonical text of this spec (parse(toString()) gives it back).
    [[nodiscard]] QString toString() const;
    [[nodiscard]] bool isNone() const;
    /// The help text for --help and the docs.
    static QString syntaxHelp();
};

} // namespace fotadesk::sim
