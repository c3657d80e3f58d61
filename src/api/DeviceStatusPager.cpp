#include "api/DeviceStatusPager.h"

#include "api/FotaClient.h"

namespace fotadesk {

DeviceStatusPager::DeviceStatusPager(FotaClient* client, const QString& campaignId, QObject* parent)
    : Pager(parent)
    , m_client(client)
    , m_campaignId(campaignId)
{
    addChain({QStringLiteral("all"), {}, {}});
}

bool DeviceStatusPager::keyLess(const QString& a, const QString& b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
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
    if (!chain.lastKey.isEmpty()) {
        // A range chain: keep what is within the range, stop once past it.
        const auto beyond = std::find_if(
            page.deviceList.begin(), page.deviceList.end(),
            [&chain](const wire::DeviceStatus& d) { return keyLess(chain.lastKey, d.deviceId); });
        if (beyond != page.deviceList.end()) {
            page.deviceList.erase(beyond, page.deviceList.end());
            step.hasMore = false;
        }
        if (!step.nextCursor.isEmpty() && !keyLess(step.nextCursor, chain.lastKey))
            step.hasMore = false;
    }
    step.items = page.deviceList.size();
    if (m_collect)
        m_devices.append(page.deviceList);
    Q_EMIT pageArrived(page.deviceList);
    return step;
}

} // namespace fotadesk
