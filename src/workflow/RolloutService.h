// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/wire/WireTypes.h"
#include "core/RolloutGateCheck.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace fotadesk {

/// What a rollout step needs of the FOTA service, one call at a time, each run to its end.
/// fotactl implements it over FotaClient with its journaled create path (the create recorded
/// in PendingCreateStore before it is sent, its devices beyond the first request added by a
/// journaled batch); tests implement it with a fake. Every call answers or fills *error.
class RolloutService
{
public:
    virtual ~RolloutService() = default;

    enum class CreateOutcome
    {
        Created, ///< *campaign holds it
        Refused, ///< the service said no, or the request never left: nothing was created
        Unknown, ///< sent, answer lost: it may exist (look it up before sending again)
    };

    /// Sends the create of `request` (every device of the wave in its deviceList) and adds the
    /// devices beyond the first request once the campaign exists.
    virtual CreateOutcome create(const wire::CampaignRequest& request, wire::Campaign* campaign,
                                 ApiError* error) = 0;
    /// The campaigns made by an earlier `request` whose outcome was not seen (the campaign
    /// history by name, firmware and dates), with any of its devices not yet added completed.
    /// nullopt: the history could not be read.
    virtual std::optional<QList<wire::Campaign>> findCreated(const wire::CampaignRequest& request,
                                                             ApiError* error) = 0;
    virtual std::optional<wire::Campaign> campaign(const QString& campaignId, ApiError* error) = 0;
    /// Every device of the campaign's report.
    virtual std::optional<QList<WaveDevice>> report(const QString& campaignId, ApiError* error) = 0;
    virtual bool cancel(const QString& campaignId, ApiError* error) = 0;
    /// The pre-flight check of `devices` for the rollout's firmware: the ones it refuses.
    virtual std::optional<QSet<QString>> refused(const QStringList& devices, QString* error) = 0;
};

} // namespace fotadesk
