#pragma once

#include "api/wire/WireTypes.h"

#include <QDateTime>
#include <QString>

namespace fotadesk {

/// A create-campaign request whose answer has not been seen: sent by a program that ended
/// before the answer, or answered with OutcomeUnknown. Reconciled on the next start
/// (CreateReconciler) by looking it up in the campaign history.
struct PendingCreate
{
    enum class State
    {
        Sent,    ///< recorded before sending; the answer has not arrived (yet)
        Unknown, ///< the client reported OutcomeUnknown
    };

    qint64 id = 0;
    qint64 auditId = 0; ///< its audit entry
    QDateTime createdUtc;
    qint64 pid = 0; ///< the program that sent it
    QString profile;
    QString account;
    wire::CampaignRequest request; ///< with its device list
    State state = State::Sent;
};

} // namespace fotadesk
