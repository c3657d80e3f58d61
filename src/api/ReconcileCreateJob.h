// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiJob.h"
#include "api/wire/WireTypes.h"

#include <QPointer>

namespace fotadesk {

class CampaignHistoryPager;
class FotaClient;

/// After a create-campaign request ended as OutcomeUnknown: finds the
/// campaigns it may have created, instead of creating a duplicate. Reads the
/// campaign history of all statuses and keeps those with the request's
/// campaign name (when it had one), firmware (name, from, to) and dates.
///
/// matches() empty: the campaign was not created, sending the request again
/// is safe. One match: that is the campaign. Several: older campaigns look
/// the same — show them and let the user decide.
class ReconcileCreateJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcileCreateJob)

public:
    ReconcileCreateJob(FotaClient* client, wire::CampaignRequest request,
                       QObject* parent = nullptr);
    ~ReconcileCreateJob() override;

    [[nodiscard]] const QList<wire::Campaign>& matches() const { return m_matches; }
    /// True when a campaign matches `request` (the rule above).
    static bool matches(const wire::CampaignRequest& request, const wire::Campaign& campaign);

protected:
    void run() override;
    void abort() override;
    [[nodiscard]] QString operationName() const override;

private:
    FotaClient* m_client;
    wire::CampaignRequest m_request;
    QPointer<CampaignHistoryPager> m_pager;
    QList<wire::Campaign> m_matches;
};

} // namespace fotadesk
