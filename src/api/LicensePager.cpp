// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/LicensePager.h"

#include "api/FotaClient.h"

#include <algorithm>

namespace fotadesk {

LicensePager::LicensePager(FotaClient* client, QObject* parent)
    : Pager(parent)
    , m_client(client)
{
    setKeyOrdered(true);
    setMaxConcurrent(DefaultRangeConcurrency);
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
    QStringList keys;
    keys.reserve(devices.size());
    for (const wire::LicensedDevice& d : std::as_const(devices))
        keys.append(d.deviceId);
    const std::optional<qsizetype> keep = admitKeys(chain, keys);
    if (!keep)
        return step; // out of order: nothing delivered, the pager falls back
    if (*keep < devices.size())
        devices.resize(*keep); // beyond the chain's range
    m_summary = std::move(page);
    step.items = devices.size();
    if (m_collect)
        m_devices.append(devices);
    Q_EMIT pageArrived(devices);
    return step;
}

void LicensePager::allChainsDone()
{
    if (m_collect && readsRanges()) {
        std::stable_sort(m_devices.begin(), m_devices.end(),
                         [](const wire::LicensedDevice& a, const wire::LicensedDevice& b) {
                             return keyLess(a.deviceId, b.deviceId);
                         });
    }
}

} // namespace fotadesk
