// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ReconcileCreateJob.h"

#include "api/ApiLog.h"
#include "api/CampaignHistoryPager.h"

namespace fotadesk {

ReconcileCreateJob::ReconcileCreateJob(FotaClient* client, wire::CampaignRequest request,
                                       QObject* parent)
    : ApiJob(parent)
    , m_client(client)
    , m_request(std::move(request))
{}

ReconcileCreateJob::~ReconcileCreateJob()
{
    abort();
}

QString ReconcileCreateJob::operationName() const
{
    return QStringLiteral("reconcile create campaign");
}

bool ReconcileCreateJob::matches(const wire::CampaignRequest& request,
                                 const wire::Campaign& campaign)
{
    const auto same = [](const QString& wanted, const QString& got) {
        // The history's firmware fields are optional: absent means "cannot tell", not "differs".
        return wanted.isEmpty() || got.isEmpty() || wanted == got;
    };
    return (request.campaignName.isEmpty() || request.campaignName == campaign.campaignName) &&
           same(request.firmwareName, campaign.firmwareName) &&
           same(request.firmwareFrom, campaign.firmwareFrom) &&
           same(request.firmwareTo, campaign.firmwareTo) &&
           request.startDate == campaign.startDate && request.endDate == campaign.endDate;
}

void ReconcileCreateJob::run()
{
    auto* pager = new CampaignHistoryPager(m_client, {}, this);
    m_pager = pager;
    pager->setCollect(false);
    pager->setAutoDelete(false);
    connect(pager, &CampaignHistoryPager::pageArrived, this,
            [this](const QList<wire::Campaign>& campaigns, const QString&) {
                for (const wire::Campaign& c : campaigns) {
                    if (matches(m_request, c))
                        m_matches.append(c);
                }
            });
    connect(pager, &ApiJob::finished, this, [this, pager] {
        m_pager = nullptr;
        pager->deleteLater();
        if (!pager->succeeded()) {
            finishError(pager->error());
            return;
        }
        qCInfo(lcApi) << "reconcile create:" << m_matches.size() << "matching campaign(s)";
        finishSuccess();
    });
    pager->start();
}

void ReconcileCreateJob::abort()
{
    if (CampaignHistoryPager* pager = m_pager.data()) {
        m_pager = nullptr;
        pager->disconnect(this);
        pager->cancel();
        pager->deleteLater();
    }
}

} // namespace fotadesk
