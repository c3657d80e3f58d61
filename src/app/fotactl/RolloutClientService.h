// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "workflow/RolloutService.h"

#include <QJsonObject>

namespace fotadesk::ctl {

class ApiCommand;

/// RolloutService over fotactl's client, one request at a time: a wave's create goes through
/// the same journaled path as 'campaign create' (recorded as a pending create by the audit hook
/// before it is sent; the devices beyond the first request added by a journaled batch that
/// 'campaign resume' or the next advance completes), and a create whose outcome an earlier run
/// never saw is found where opening the workspace reconciled it, else in the campaign history.
class RolloutClientService final : public RolloutService
{
public:
    /// `firmware`: the rollout's resolved firmware (RolloutRecord::firmware: make, model and
    /// packageProtocol for the pre-flight check).
    RolloutClientService(ApiCommand& cmd, QJsonObject firmware);

    CreateOutcome create(const wire::CampaignRequest& request, wire::Campaign* campaign,
                         ApiError* error) override;
    std::optional<QList<wire::Campaign>> findCreated(const wire::CampaignRequest& request,
                                                     ApiError* error) override;
    std::optional<wire::Campaign> campaign(const QString& campaignId, ApiError* error) override;
    std::optional<QList<WaveDevice>> report(const QString& campaignId, ApiError* error) override;
    bool cancel(const QString& campaignId, ApiError* error) override;
    std::optional<QSet<QString>> refused(const QStringList& devices, QString* error) override;

    /// The devices of one request (the rest follow once the campaign exists).
    static constexpr int ChunkSize = 1000;

private:
    /// Adds the follow-up devices of the pending create `pendingId` (0: this program's newest)
    /// to `campaignId`; false with *error when some could not be added yet.
    bool completeFollowUps(const QString& campaignId, qint64 journalId, QString* error);

    ApiCommand& m_cmd;
    QJsonObject m_firmware;
};

} // namespace fotadesk::ctl
