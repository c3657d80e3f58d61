// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

namespace fotadesk {

/// One mutating call in the audit log: recorded before it is sent (outcome Pending) and
/// completed when its answer arrives.
struct AuditEntry
{
    enum class Outcome
    {
        Pending,   ///< sent, no answer yet (or the program is still running)
        Success,   ///< the service said yes (for device lists: every device)
        Partial,   ///< the call worked, but some devices were refused (see result)
        Failed,    ///< the service said no, or the call never reached it
        Unknown,   ///< sent, but no answer came: it may or may not have happened
        Cancelled, ///< stopped by the user before an answer came
    };

    qint64 id = 0;
    QDateTime startedUtc;
    QDateTime finishedUtc; ///< invalid while pending
    QString origin;        ///< the program: "fotadesk", "fotactl"
    qint64 pid = 0;
    QString profile; ///< "demo", "production", "custom"
    QString account;
    QString operation; ///< stable name: "create-campaign", "add-devices", ... (operationNames())
    QString campaignId;
    qint64 deviceCount = 0;
    QString summary; ///< what was asked, one line, no secrets
    Outcome outcome = Outcome::Pending;
    int httpStatus = 0;
    QString errorKind; ///< ApiError::kindName(): "api", "http", "network", "outcome-unknown", ...
    QString errorCode; ///< the service's errorCode, verbatim
    QString errorMessage; ///< the service's errorMessage verbatim, else the client's message
    QString result; ///< what came back, one line: "campaign 1234 created", "998 of 1000 added"

    static QString outcomeName(Outcome outcome);
    static bool parseOutcome(const QString& name, Outcome* outcome);
};

} // namespace fotadesk
