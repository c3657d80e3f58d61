// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/DeviceStatusPager.h"

#include "api/FotaClient.h"

#include <algorithm>

namespace fotadesk {

DeviceStatusPager::DeviceStatusPager(FotaClient* client, const QString& campaignId, QObject* parent)
    : Pager(parent)
    , m_client(client)
    , m_campaignId(campaignId)
{
    setKeyOrdered(true);
    setMaxConcurrent(DefaultRangeConcurrency);
    addChain({QStringLiteral("all"), {}, {}});
}

HttpJob* DeviceStatusPager::fetchPage(const Chain&, const QString& cursor)
{
    return m_client->campaignDevicePage(m_campaignId, cursor);
}

std::variant<Pager::Step, ApiError> DeviceStatusPager::consumePage(const Chain& chain, HttpJob* job)
{
    auto* typed = static_cast<RequestJob<wire::CampaignDevicePage>*>(job);
    wire::CampaignDevicePage page = typed->takeResult();
    Step step;
    step.total = page.totalDevice;
    step.hasMore = page.hasMoreData;
    step.nextCursor = !page.lastSeenDeviceId.isEmpty() ? page.lastSeenDeviceId
                      : page.deviceList.isEmpty()      ? QString()
                                                       : page.deviceList.last().deviceId;
    QStringList keys;
    keys.reserve(page.deviceList.size());
    for (const wire::DeviceStatus& d : std::as_const(page.deviceList))
        keys.append(d.deviceId);
    const std::optional<qsizetype> keep = admitKeys(chain, keys);
    if (!keep)
        return step; // out of order: nothing delivered, the pager falls back
    if (*keep < page.deviceList.size())
        page.deviceList.resize(*keep); // beyond the chain's range
    step.items = page.deviceList.size();
    if (m_collect)
        m_devices.append(page.deviceList);
    Q_EMIT pageArrived(page.deviceList);
    return step;
}

void DeviceStatusPager::allChainsDone()
{
    if (m_collect && readsRanges()) {
        std::stable_sort(m_devices.begin(), m_devices.end(),
                         [](const wire::DeviceStatus& a, const wire::DeviceStatus& b) {
                             return keyLess(a.deviceId, b.deviceId);
                         });
    }
}

} // namespace fotadesk
