// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/DeviceEndpoints.h"

#include "api/wire/JsonCodec.h"
#include "sim/CampaignLifecycle.h"
#include "sim/CampaignRules.h"
#include "sim/SimError.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::DeviceEndpoints", text);
}

/// A 10-digit MDN derived from the IMEI (stable, unique enough for a demo fleet).
QString mdnOf(Imei imei)
{
    return QString::number(2'010'000'000ULL + imei.value() % 7'989'999'999ULL);
}

} // namespace

void DeviceEndpoints::install(SimRouter& router)
{
    using A = SimRouter::Access;
    router.add("GET", u"/api/fota/v3/devices/{}"_s, A::Fota,
               [this](const SimRequest& r) { return list(r); });
    router.add("POST", u"/api/fota/v3/devices/{}"_s, A::Fota,
               [this](const SimRequest& r) { return lookup(r); });
}

QString DeviceEndpoints::protocolForFilter(const QString& filter)
{
    if (filter == wire::protocol::Lwm2m)
        return wire::protocol::Lwm2m;
    if (filter == wire::protocol::OmdDm || filter == wire::deviceProtocol::OmdaDmFilter)
        return wire::deviceProtocol::OmaDm;
    if (filter == wire::protocol::Http)
        return wire::protocol::Http;
    return {};
}

const std::vector<std::pair<quint64, int>>& DeviceEndpoints::sortedDevices(int account)
{
    const std::vector<SimDevice>& fleet = m_ctx.state.devices();
    if (m_sortedAccount != account || m_sortedRevision != m_ctx.state.revision() ||
        m_sortedFleetSize != static_cast<qsizetype>(fleet.size())) {
        m_sorted.clear();
        for (size_t i = 0; i < fleet.size(); ++i) {
            if (fleet[i].account == account)
                m_sorted.emplace_back(fleet[i].imei.value(), static_cast<int>(i));
        }
        std::sort(m_sorted.begin(), m_sorted.end());
        m_sortedAccount = account;
        m_sortedRevision = m_ctx.state.revision();
        m_sortedFleetSize = static_cast<qsizetype>(fleet.size());
    }
    return m_sorted;
}

wire::AccountDevice DeviceEndpoints::accountDevice(const SimDevice& device) const
{
    const DeviceModel& model = m_ctx.state.models()[static_cast<size_t>(device.model)];
    const qint64 created = device.createdAtMs != 0 ? device.createdAtMs : device.licensedAtMs;
    // The device's last contact, the same truth POST /devices gives as lastConnectionTime: a
    // listing's "not connected for N days" and the pre-flight check must agree.
    const qint64 contact = std::max(device.reportedAtMs, device.lastConnectionMs);
    const qint64 refreshed = contact != 0 ? contact : created;
    wire::AccountDevice d;
    d.deviceId = device.imei.toString();
    d.mdn = mdnOf(device.imei);
    d.model = model.model;
    d.make = model.make;
    d.firmware = SimState::reportedFirmware(device);
    d.fotaEligible = device.fotaEligible;
    d.status = u"Active"_s;
    d.licenseAssigned = device.licensedAtMs != 0;
    d.protocol = m_ctx.state.inventoryProtocol(device);
    d.softwareList.append(wire::SoftwareItem{
        u"firmware"_s,
        d.firmware,
        CampaignLifecycle::goTimestamp(device.reportedAtMs != 0 ? device.reportedAtMs : created),
        {}});
    d.createTime = CampaignLifecycle::goTimestamp(created);
    if (device.reportedAtMs != 0 && device.reportedFirmware != device.firmware)
        d.upgradeTime = CampaignLifecycle::goTimestamp(device.reportedAtMs);
    d.updateTime = CampaignLifecycle::goTimestamp(std::max(refreshed, device.licensedAtMs));
    d.refreshTime = CampaignLifecycle::goTimestamp(refreshed);
    return d;
}

wire::InventoryDevice DeviceEndpoints::inventoryDevice(const SimDevice& device) const
{
    const wire::AccountDevice a = accountDevice(device);
    wire::InventoryDevice d;
    d.deviceId = a.deviceId;
    d.mdn = a.mdn;
    d.model = a.model;
    d.make = a.make;
    d.firmware = a.firmware;
    d.fotaEligible = a.fotaEligible;
    d.licenseAssigned = a.licenseAssigned;
    d.status = a.status;
    d.protocol = a.protocol;
    d.createTime = a.createTime;
    d.statusTime = CampaignLifecycle::isoTimestamp(a.createTime.utc.toMSecsSinceEpoch());
    d.refreshTime = a.refreshTime;
    const qint64 lastConnection = device.lastConnectionMs != 0
                                      ? device.lastConnectionMs
                                      : a.createTime.utc.toMSecsSinceEpoch();
    d.lastConnectionTime = CampaignLifecycle::isoTimestamp(lastConnection);
    d.requestStatus = u"Success"_s;
    return d;
}

SimResponse DeviceEndpoints::list(const SimRequest& request)
{
    int account = -1;
    if (auto e = m_ctx.resolveAccount(request.args.at(0), &account))
        return *e;
    const QString filter =
        request.hasQuery(u"protocol"_s) ? request.queryValue(u"protocol"_s) : wire::protocol::Lwm2m;
    const QString protocol = protocolForFilter(filter);
    if (protocol.isEmpty())
        return SimResponse::error(errc::InvalidProtocol,
                                  tr("protocol must be LWM2M, OMD-DM (or OMDADM) or HTTP, got "
                                     "'%1'.")
                                      .arg(filter));
    quint64 cursor = 0;
    QString cursorText;
    if (auto e = SimContext::deviceCursor(request, &cursor, &cursorText))
        return *e;
    const auto pageSize = static_cast<qsizetype>(std::max(1, m_ctx.options.devicePageSize));
    const std::vector<std::pair<quint64, int>>& sorted = sortedDevices(account);
    const std::vector<SimDevice>& fleet = m_ctx.state.devices();

    wire::AccountDeviceList page;
    page.accountName = m_ctx.state.accounts()[static_cast<size_t>(account)].name;
    page.maxPageSize = pageSize;
    auto it =
        std::upper_bound(sorted.begin(), sorted.end(), std::pair<quint64, int>{cursor, INT_MAX});
    for (; it != sorted.end(); ++it) {
        const SimDevice& device = fleet[static_cast<size_t>(it->second)];
        if (m_ctx.state.inventoryProtocol(device) != protocol)
            continue;
        if (page.deviceList.size() == pageSize) {
            page.hasMoreData = true;
            break;
        }
        page.deviceList.append(accountDevice(device));
    }
    page.lastSeenDeviceId =
        page.deviceList.isEmpty() ? cursorText : page.deviceList.constLast().deviceId;
    return SimResponse::json(wire::toJson(page));
}

SimResponse DeviceEndpoints::lookup(const SimRequest& request)
{
    int account = -1;
    if (auto e = m_ctx.resolveAccount(request.args.at(0), &account))
        return *e;
    QJsonObject body;
    if (auto e = SimContext::parseObject(request.body, &body))
        return *e;
    if (auto e = CampaignRules::requireFields(body, {u"deviceList"_s}))
        return *e;
    const auto decoded = wire::decodeDeviceListRequest(body);
    if (!decoded)
        return SimResponse::error(errc::InvalidRequestBody, decoded.error().toString());
    std::vector<Imei> imeis;
    if (auto e = CampaignRules::checkDeviceIds(decoded->deviceList, MaxLookupDevices, &imeis))
        return *e;
    wire::DeviceListResult result;
    result.accountName = m_ctx.state.accounts()[static_cast<size_t>(account)].name;
    for (Imei imei : imeis) {
        const SimDevice* device = m_ctx.state.device(imei);
        if (!device || device->account != account)
            continue; // not in this account: absent from the answer
        result.deviceList.append(inventoryDevice(*device));
    }
    result.deviceCount = result.deviceList.size();
    return SimResponse::json(wire::toJson(result));
}

} // namespace fotadesk::sim
