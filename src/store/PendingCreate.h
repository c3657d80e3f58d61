// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/MutationObserver.h"
#include "api/wire/WireTypes.h"

#include <QDateTime>
#include <QString>

namespace fotadesk {

/// A create-campaign request whose answer has not been seen: sent by a program that ended
/// before the answer, or answered with OutcomeUnknown. Reconciled on the next start
/// (CreateReconciler) by looking it up in the campaign history. A create with follow-up
/// devices (more than one request carries) stays here, Created, until they are all added.
struct PendingCreate
{
    enum class State
    {
        Sent,    ///< recorded before sending; the answer has not arrived (yet)
        Unknown, ///< the client reported OutcomeUnknown
        Created, ///< created as campaignId; its follow-up devices are not all added yet
    };

    qint64 id = 0;
    qint64 auditId = 0; ///< its audit entry
    QDateTime createdUtc;
    qint64 pid = 0; ///< the program that sent it
    QString profile;
    QString account;
    wire::CampaignRequest request;          ///< with its device list
    std::optional<CreateFollowUp> followUp; ///< the devices to add once it exists
    State state = State::Sent;
    QString campaignId; ///< State Created

    /// Every device the create is for: the request's, then the follow-up's.
    [[nodiscard]] QStringList allDevices() const
    {
        return followUp ? request.deviceList + followUp->devices : request.deviceList;
    }
};

} // namespace fotadesk
