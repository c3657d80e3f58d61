// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fotadesk {

class HttpJob;

/// The devices a create carries beyond its request body: added in chunks once the campaign
/// exists (fotactl sends a long list as a create with the first chunk plus adds). Part of the
/// create's MutationInfo, so that the whole intent is journaled before the create is sent and
/// a program killed before the adds loses none of them.
struct CreateFollowUp
{
    QStringList devices; ///< in list order, none of them in the create's body
    int chunkSize = 0;   ///< devices per add request
    QString devicePath;  ///< how they are added: "firmware" or "plain" (BatchJournal's names)

    friend bool operator==(const CreateFollowUp&, const CreateFollowUp&) = default;
};

/// What a mutating FotaClient call is about (create, add/remove devices,
/// dates, cancel, license and callback changes) — for an audit log. Holds no
/// secrets.
struct MutationInfo
{
    enum class Operation
    {
        CreateCampaign,
        AddDevices,
        RemoveDevices,
        ChangeDates,
        CancelCampaign,
        AssignLicenses,
        RemoveLicenses,
        SetCallback,
        DeleteCallback,
    };

    Operation operation = Operation::CreateCampaign;
    QString campaignId;    ///< the campaign changed (empty for create, licenses, callbacks)
    QStringList deviceIds; ///< the devices of the call (create, add/remove, licenses)
    std::optional<wire::CampaignRequest> create; ///< CreateCampaign: the request body
    std::optional<wire::DatesChange> dates;      ///< ChangeDates: the request body
    QString callbackUrl;                         ///< SetCallback: the URL
    std::optional<CreateFollowUp> followUp;      ///< CreateCampaign: devices added afterwards
};

/// Told about every mutating call of a FotaClient before it is sent (the job
/// starts when control returns to the event loop), so that one place — the
/// store's audit log — sees every caller's changes (GUI, fotactl, batches).
/// Connect to the job's finished() to see the outcome. Set with
/// FotaClient::setMutationObserver(); not owned by the client.
class MutationObserver
{
public:
    virtual ~MutationObserver() = default;
    virtual void mutationStarting(HttpJob* job, const MutationInfo& info) = 0;
};

} // namespace fotadesk
