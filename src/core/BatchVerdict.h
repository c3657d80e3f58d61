// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fotadesk {

/// The device-list operations a batch applies (DeviceBatcher::Operation is this type).
enum class BatchOperation
{
    AddToCampaign,
    RemoveFromCampaign,
    AssignLicenses,
    RemoveLicenses,
    SyncFirmware
};

/// What happened to one device of a batch. Never mixed: a device is in exactly one.
enum class BatchOutcome : quint8
{
    Done,           ///< the server did it ("Device added Successfully", "License assigned")
    AlreadyApplied, ///< the wanted state already held: "already in the campaign" (add), "not in
                    ///< the campaign" (remove), "already assigned", "no license attached"
    Refused,        ///< the server answered no, for a reason a retry does not change
    NoAnswer,       ///< no usable answer (lost, timed out, 5xx, not sent): worth sending again
    Unclear,        ///< answered with a status no rule knows (shown verbatim, not retried)
};

/// The one rule that sorts a batch's per-device answers and failed requests into
/// BatchOutcome, for DeviceBatcher, the result models, fotactl and the audit log.
///
/// Permanent (Refused): every per-device failure reason the contract (fota-v3.md) and fotasim
/// name — "Device does not exist.", "No license attached to device" (add), firmware/make/
/// model/protocol mismatch, "not eligible for FOTA", "No license available" (the pool is used
/// up: it takes the user freeing licences, not a resend) — and any failure reason not known
/// to be transient; a request refused as a whole with a definite answer (400 with errorCode,
/// another 4xx but 408 and 429: the campaign is scheduled, the body is bad).
///
/// Transient (NoAnswer): a request without a usable answer (network, timeout, dropped, an
/// answer that cannot be read, 5xx, 408, 429, an expired sign-in, stopped before its answer),
/// a device the answer does not mention, and a per-device reason that says so ("try again",
/// "temporarily", "timeout", "busy", "unavailable", "internal error", "rate limit").
///
/// core has no ApiError: DeviceBatcher::outcomeOfRequest() gives ofRequest() its facts.
class BatchVerdict final
{
public:
    BatchVerdict() = delete;

    /// One device's answer.
    static BatchOutcome ofAnswer(BatchOperation operation, const QString& status,
                                 const QString& reason);
    /// The devices of a request that failed as a whole: `httpStatus` of the answer that
    /// refused it (a 400 with the service's errorCode, another HTTP status), 0 when no usable
    /// answer came (network, timeout, unreadable answer, sign-in, stopped).
    static BatchOutcome ofRequest(int httpStatus);
    /// The answer says the wanted state already holds (see BatchOutcome::AlreadyApplied).
    static bool alreadyApplied(BatchOperation operation, const QString& reason);
    /// A per-device failure reason that a later resend may not meet again.
    static bool isTransientReason(const QString& reason);
    /// Whether "Retry" sends a device with this outcome again: only NoAnswer.
    static bool isRetryable(BatchOutcome outcome) { return outcome == BatchOutcome::NoAnswer; }
    /// Done or AlreadyApplied: the wanted state holds.
    static bool holds(BatchOutcome outcome)
    {
        return outcome == BatchOutcome::Done || outcome == BatchOutcome::AlreadyApplied;
    }
    /// Stable name for JSON and logs: "done", "already-applied", "refused", "no-answer",
    /// "unclear".
    static QString name(BatchOutcome outcome);
};

} // namespace fotadesk
