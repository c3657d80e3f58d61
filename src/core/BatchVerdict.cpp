// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/BatchVerdict.h"

#include "core/StatusGroup.h"

#include <QLatin1StringView>

#include <array>

using namespace Qt::StringLiterals;

namespace fotadesk {

bool BatchVerdict::alreadyApplied(BatchOperation operation, const QString& reason)
{
    const auto has = [&reason](QLatin1StringView text) {
        return reason.contains(text, Qt::CaseInsensitive);
    };
    switch (operation) {
    case BatchOperation::AddToCampaign:
        return has("already"_L1);
    case BatchOperation::RemoveFromCampaign:
        return has("not in the campaign"_L1) || has("not part of the campaign"_L1);
    case BatchOperation::AssignLicenses:
        return has("already assigned"_L1) || has("already licensed"_L1);
    case BatchOperation::RemoveLicenses:
        return has("No license attached"_L1);
    case BatchOperation::SyncFirmware:
        return false;
    }
    return false;
}

bool BatchVerdict::isTransientReason(const QString& reason)
{
    // Words a service uses for "not now" rather than "no". Checked against the contract's and
    // fotasim's permanent reasons (BatchVerdictTest): none of them matches.
    static constexpr std::array kTransient{
        "try again"_L1,  "retry"_L1,   "temporar"_L1,         "timeout"_L1,
        "timed out"_L1,  "busy"_L1,    "unavailable"_L1,      "internal error"_L1,
        "rate limit"_L1, "throttl"_L1, "too many requests"_L1};
    for (QLatin1StringView word : kTransient) {
        if (reason.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

BatchOutcome BatchVerdict::ofAnswer(BatchOperation operation, const QString& status,
                                    const QString& reason)
{
    // First: "already in the campaign" comes as a failure status (AddDeviceFailed), "License
    // already assigned" as a success one; both mean the wanted state holds.
    if (alreadyApplied(operation, reason))
        return BatchOutcome::AlreadyApplied;
    switch (
        StatusClassifier::deviceStatusGroup(status, reason, DeviceStatusContext::OperationResult)) {
    case StatusGroup::Succeeded:
        return BatchOutcome::Done;
    case StatusGroup::Failed:
        return isTransientReason(reason) ? BatchOutcome::NoAnswer : BatchOutcome::Refused;
    default:
        if (status.contains("succe"_L1, Qt::CaseInsensitive))
            return BatchOutcome::Done;
        if (isTransientReason(reason) || isTransientReason(status))
            return BatchOutcome::NoAnswer;
        return BatchOutcome::Unclear;
    }
}

BatchOutcome BatchVerdict::ofRequest(int httpStatus)
{
    // A definite "no" to the whole request (400 with errorCode: the campaign is scheduled,
    // ended or unknown, the list is too long; 403, 404, ...): resending changes nothing. 408
    // and 429 ask to come back later; a 5xx or no answer says nothing about the devices.
    if (httpStatus >= 400 && httpStatus < 500 && httpStatus != 408 && httpStatus != 429)
        return BatchOutcome::Refused;
    return BatchOutcome::NoAnswer;
}

QString BatchVerdict::name(BatchOutcome outcome)
{
    switch (outcome) {
    case BatchOutcome::Done:
        return u"done"_s;
    case BatchOutcome::AlreadyApplied:
        return u"already-applied"_s;
    case BatchOutcome::Refused:
        return u"refused"_s;
    case BatchOutcome::NoAnswer:
        return u"no-answer"_s;
    case BatchOutcome::Unclear:
        return u"unclear"_s;
    }
    return {};
}

} // namespace fotadesk
