#include "api/LicensePager.h"

#include "api/DeviceStatusPager.h"
#include "api/FotaClient.h"

namespace fotadesk {

LicensePager::LicensePager(FotaClient* client, QObject* parent)
    : Pager(parent)
    , m_client(client)
{
    addChain({QStringLiteral("all"), {}, {}});
}

HttpJob* LicensePager::fetchPage(const Chain&, const QString& cursor)
{
    return m_client->licensePage(cursor);
}

std::variant<Pager::Step, ApiError> LicensePager::consumePage(const Chain& chain, HttpJob* job)
{
    auto* typed = static_cast<RequestJob<wire::LicenseSummary>*>(job);
    wire::LicenseSummary page = typed->takeResult();
    Step step;
    step.total = page.assignedLicenses;
    step.hasMore = page.hasMoreData;
    step.nextCursor = !page.lastSeenDeviceId.isEmpty() ? page.lastSeenDeviceId
                      : page.deviceList.isEmpty()      ? QString()
                                                       : page.deviceList.last().deviceId;
    QList<wire::LicensedDevice> devices = std::exchange(page.deviceList, {});
    if (!chain.lastKey.isEmpty()) {
        const auto beyond =
            std::find_if(devices.begin(), devices.end(), [&chain](const wire::LicensedDevice& d) {
                return DeviceStatusPager::keyLess(chain.lastKey, d.deviceId);
            });
        if (beyond != devices.end()) {
            devices.erase(beyond, devices.end());
            step.hasMore = false;
        }
    }
    m_summary = std::move(page);
    step.items = devices.size();
    if (m_collect)
        m_devices.append(devices);
    Q_EMIT pageArrived(devices);
    return step;
}

} // namespace fotadesk
