// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/FirmwareEndpoints.h"

#include "api/wire/JsonCodec.h"
#include "sim/CampaignLifecycle.h"
#include "sim/CampaignRules.h"
#include "sim/SimError.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::FirmwareEndpoints", text);
}

} // namespace

void FirmwareEndpoints::install(SimRouter& router)
{
    using A = SimRouter::Access;
    router.add("GET", u"/api/fota/v3/firmware/{}"_s, A::Fota,
               [this](const SimRequest& r) { return list(r); });
    router.add("PUT", u"/api/fota/v3/firmware/{}/devices"_s, A::Fota,
               [this](const SimRequest& r) { return synchronize(r); });
    router.add("PUT", u"/api/fota/v3/firmware/{}/async/{}"_s, A::Fota,
               [this](const SimRequest& r) { return reportAsync(r); });
}

SimResponse FirmwareEndpoints::list(const SimRequest& request)
{
    int account = -1;
    if (auto e = m_ctx.resolveAccount(request.args.at(0), &account))
        return *e;
    if (!request.hasQuery(u"protocol"_s))
        return SimResponse::error(errc::MissingRequiredField,
                                  tr("The query parameter 'protocol' is required: LWM2M, OMD-DM "
                                     "or all."));
    const QString protocol = request.queryValue(u"protocol"_s);
    if (protocol != wire::protocol::Lwm2m && protocol != wire::protocol::OmdDm &&
        protocol != wire::protocol::AllListing)
        return SimResponse::error(errc::InvalidProtocol,
                                  tr("protocol must be LWM2M, OMD-DM or all (lower case), got "
                                     "'%1'.")
                                      .arg(protocol));
    QList<wire::FirmwarePackage> packages;
    for (const FirmwareRecord& f : m_ctx.state.firmware()) {
        if (protocol != wire::protocol::AllListing && f.protocol != protocol)
            continue;
        wire::FirmwarePackage p;
        p.firmwareName = f.firmwareName;
        p.firmwareFrom = f.firmwareFrom;
        p.firmwareTo = f.firmwareTo;
        p.launchDate = CampaignLifecycle::isoTimestamp(f.launchMs);
        p.releaseNote = f.releaseNote;
        p.model = f.model;
        p.make = f.make;
        p.protocol = f.protocol;
        packages.append(p);
    }
    return SimResponse::json(wire::toJson(packages));
}

SimResponse FirmwareEndpoints::synchronize(const SimRequest& request)
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
    if (auto e = CampaignRules::checkDeviceIds(decoded->deviceList, MaxSyncDevices, &imeis))
        return *e;
    wire::FirmwareSyncResult result;
    result.accountName = request.args.at(0);
    bool reported = false;
    for (Imei imei : imeis) {
        wire::DeviceFirmwareVersion v;
        v.deviceId = imei.toString();
        SimDevice* device = m_ctx.state.device(imei);
        if (!device || device->account != account) {
            v.status = u"FirmwareVersionUpdateFailed"_s;
            v.extra.insert(u"reason"_s, u"Device does not exist."_s);
        } else if (!device->reachable) {
            // It does not answer: no version, and the inventory keeps what it last reported.
            v.status = u"FirmwareVersionUpdateFailed"_s;
            v.extra.insert(u"reason"_s, u"Device did not respond"_s);
        } else {
            v.status = u"FirmwareVersionUpdateSuccess"_s;
            // The device reports: from now on the inventory shows this version.
            v.firmwareVersion = m_ctx.state.reportFirmware(*device, m_ctx.nowMs());
            reported = true;
        }
        result.deviceFirmwareVersionList.append(v);
    }
    if (reported)
        m_ctx.changed();
    return SimResponse::json(wire::toJson(result));
}

SimResponse FirmwareEndpoints::reportAsync(const SimRequest& request)
{
    int account = -1;
    if (auto e = m_ctx.resolveAccount(request.args.at(0), &account))
        return *e;
    const auto imei = CampaignRules::parseImei(request.args.at(1));
    if (!imei)
        return SimResponse::error(errc::InvalidDeviceId,
                                  tr("'%1' is not a valid 15-digit IMEI.").arg(request.args.at(1)));
    SimDevice* device = m_ctx.state.device(*imei);
    if (!device || device->account != account)
        return SimResponse::error(errc::UnknownDevice,
                                  tr("Device %1 does not exist in account %2.")
                                      .arg(request.args.at(1), request.args.at(0)));
    // fotasim's device answers at once: the account-devices listing shows the version now.
    // One that does not answer never reports; the request is accepted all the same.
    if (device->reachable) {
        m_ctx.state.reportFirmware(*device, m_ctx.nowMs());
        m_ctx.changed();
    }
    wire::FirmwareReportRequest answer;
    answer.accountName = request.args.at(0);
    answer.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return SimResponse::json(wire::toJson(answer));
}

} // namespace fotadesk::sim
