// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/CampaignHistoryPager.h"

#include "api/FotaClient.h"

namespace fotadesk {

CampaignHistoryPager::CampaignHistoryPager(FotaClient* client, const QStringList& statuses,
                                           QObject* parent)
    : Pager(parent)
    , m_client(client)
{
    const QStringList list = statuses.isEmpty() ? knownStatuses() : statuses;
    for (const QString& status : list)
        addChain({status, {}, {}});
    setMaxConcurrent(static_cast<int>(list.size()));
}

QStringList CampaignHistoryPager::knownStatuses()
{
    return {QStringLiteral("CampaignRequestPending"), QStringLiteral("CampaignRequestFailed"),
            QStringLiteral("CampaignRequestQueued"),  QStringLiteral("CampaignPreScheduled"),
            QStringLiteral("CampaignScheduled"),      QStringLiteral("CampaignCancelled"),
            QStringLiteral("CampaignAborted"),        QStringLiteral("CampaignFailed"),
            QStringLiteral("CampaignEnded")};
}

HttpJob* CampaignHistoryPager::fetchPage(const Chain& chain, const QString& cursor)
{
    return m_client->campaignHistoryPage(chain.key, cursor);
}

std::variant<Pager::Step, ApiError> CampaignHistoryPager::consumePage(const Chain& chain,
                                                                      HttpJob* job)
{
    auto* typed = static_cast<RequestJob<wire::CampaignHistoryPage>*>(job);
    wire::CampaignHistoryPage page = typed->takeResult();
    // Tolerate a page without lastSeenCampaignId: its last campaign is the cursor.
    const QString nextCursor = !page.lastSeenCampaignId.isEmpty() ? page.lastSeenCampaignId
                               : page.campaignList.isEmpty()      ? QString()
                                                                  : page.campaignList.last().id;
    QList<wire::Campaign> fresh;
    fresh.reserve(page.campaignList.size());
    for (wire::Campaign& c : page.campaignList) {
        if (m_seenIds.contains(c.id))
            continue;
        m_seenIds.insert(c.id);
        fresh.append(std::move(c));
    }
    Step step;
    step.hasMore = page.hasMoreData;
    step.nextCursor = nextCursor;
    step.items = fresh.size();
    if (m_collect)
        m_campaigns.append(fresh);
    Q_EMIT pageArrived(fresh, chain.key);
    return step;
}

} // namespace fotadesk
