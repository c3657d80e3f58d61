// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "workflow/CreateReconciler.h"
#include "workflow/RolloutService.h"

#include <QJsonObject>

#include <functional>

namespace fotadesk {

class FotaClient;
class LocalStore;

/// RolloutService over a FotaClient, one request at a time, each run to its end with a local
/// event loop (so: on a thread that may block — fotactl's, or fotadesk's rollout worker thread,
/// never the GUI thread). A wave's create goes through the same journaled path as
/// 'campaign create' (recorded as a pending create by the client's AuditHook before it is sent;
/// the devices beyond the first request added by a journaled batch that 'campaign resume' or the
/// next advance completes), and a create whose outcome an earlier run never saw is found where
/// opening the workspace reconciled it (`reconciled`), else in the campaign history.
class RolloutClientService final : public RolloutService
{
public:
    /// `firmware`: the rollout's resolved firmware (RolloutRecord::firmware: make, model and
    /// packageProtocol for the pre-flight check). `client` has an AuditHook on `store`.
    RolloutClientService(FotaClient& client, LocalStore& store,
                         QList<CreateReconciler::Result> reconciled, QJsonObject firmware);

    /// Where warnings go that do not stop a step (devices not all added yet); default: dropped.
    void setWarningSink(std::function<void(const QString&)> sink) { m_warn = std::move(sink); }

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

    void warn(const QString& message) const;

    FotaClient& m_client;
    LocalStore& m_store;
    QList<CreateReconciler::Result> m_reconciled;
    QJsonObject m_firmware;
    std::function<void(const QString&)> m_warn;
};

} // namespace fotadesk
