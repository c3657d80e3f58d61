// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/AccountDevicePager.h"

#include "api/FotaClient.h"

namespace fotadesk {

AccountDevicePager::AccountDevicePager(FotaClient* client, const QString& protocol, QObject* parent)
    : Pager(parent)
    , m_client(client)
    , m_protocol(protocol)
{
    setStrategy(Strategy::Sequential);
    addChain({QStringLiteral("devices"), {}, {}});
}

HttpJob* AccountDevicePager::fetchPage(const Chain&, const QString& cursor)
{
    return m_client->accountDevicePage(m_protocol, cursor);
}

std::variant<Pager::Step, ApiError> AccountDevicePager::consumePage(const Chain&, HttpJob* job)
{
    auto* typed = static_cast<RequestJob<wire::AccountDeviceList>*>(job);
    wire::AccountDeviceList page = typed->takeResult();
    Step step;
    step.hasMore = page.hasMoreData;
    step.nextCursor = !page.lastSeenDeviceId.isEmpty() ? page.lastSeenDeviceId
                      : page.deviceList.isEmpty()      ? QString()
                                                       : page.deviceList.last().deviceId;
    step.items = page.deviceList.size();
    if (m_collect)
        m_devices.append(page.deviceList);
    Q_EMIT pageArrived(page.deviceList);
    return step;
}

} // namespace fotadesk
