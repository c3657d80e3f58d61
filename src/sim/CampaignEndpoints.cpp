// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/CampaignEndpoints.h"

#include "api/wire/CampaignRequestMapping.h"
#include "api/wire/JsonCodec.h"
#include "core/CampaignDraft.h"
#include "sim/CampaignLifecycle.h"
#include "sim/CampaignRules.h"
#include "sim/SimError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::CampaignEndpoints", text);
}

constexpr auto Fota = "/api/fota/v3";

QString route(const char* rest)
{
    return QLatin1String(Fota) + QLatin1String(rest);
}

} // namespace

void CampaignEndpoints::install(SimRouter& router)
{
    using A = SimRouter::Access;
    router.add("POST", route("/campaigns/firmware/{}"), A::Fota,
               [this](const SimRequest& r) { return create(r); });
    router.add("PUT", route("/campaigns/firmware/{}/{}"), A::Fota,
               [this](const SimRequest& r) { return changeDevices(r); });
    router.add("PUT", route("/campaigns/{}/{}"), A::Fota,
               [this](const SimRequest& r) { return changeDevices(r); });
    router.add("PUT", route("/campaigns/firmware/{}/{}/dates"), A::Fota,
               [this](const SimRequest& r) { return changeDates(r); });
    router.add("GET", route("/campaigns/{}/{}"), A::Fota,
               [this](const SimRequest& r) { return get(r); });
    router.add("DELETE", route("/campaigns/{}/{}"), A::Fota,
               [this](const SimRequest& r) { return cancel(r); });
}

JoinResult CampaignEndpoints::eligibility(const SimCampaign& campaign, int account, Imei imei,
                                          bool autoAssign)
{
    SimDevice* device = m_ctx.state.device(imei);
    if (!device || device->account != account)
        return JoinResult::DeviceNotFound;
    const DeviceModel& model = m_ctx.state.models()[static_cast<size_t>(device->model)];
    if (model.make != campaign.make || model.model != campaign.model)
        return JoinResult::ModelMismatch;
    if (!device->fotaEligible)
        return JoinResult::NotEligible;
    const QString packageProtocol = campaign.protocol == wire::protocol::OmdDm
                                        ? wire::deviceProtocol::OmaDm
                                        : campaign.protocol;
    if (m_ctx.state.inventoryProtocol(*device) != packageProtocol)
        return JoinResult::ProtocolMismatch;
    if (device->licensedAtMs == 0) {
        const SimAccount& acc = m_ctx.state.accounts()[static_cast<size_t>(account)];
        if (!autoAssign || m_ctx.state.licensedCount(account) >= acc.licenseCount)
            return JoinResult::NoLicense;
        m_ctx.state.setLicensed(*device, m_ctx.nowMs());
    }
    // The service knows the firmware a device last reported (the inventory's), not what it runs.
    if (SimState::reportedFirmware(*device) != campaign.firmwareFrom)
        return JoinResult::FirmwareMismatch;
    return JoinResult::Ok;
}

std::optional<SimResponse>
CampaignEndpoints::checkPilotGate(int account, const QString& firmwareName, qsizetype devices) const
{
    constexpr int PilotSize = 20;
    if (!m_ctx.options.pilotGate || devices <= PilotSize)
        return std::nullopt;
    qint64 succeeded = 0;
    qint64 finished = 0;
    for (const auto& c : m_ctx.state.campaigns()) {
        if (c->account != account || c->firmwareName != firmwareName)
            continue;
        for (const CampaignDevice& d : c->devices) {
            if (d.join != JoinResult::Ok)
                continue; // never attempted
            const QString s = CampaignLifecycle::deviceStatus(*c, d, m_ctx.nowMs()).status;
            succeeded += s == status::UpgradeSuccess ? 1 : 0;
            finished += (s == status::UpgradeSuccess || s == status::UpgradeFailed) ? 1 : 0;
        }
    }
    if (succeeded >= 5 && succeeded * 2 >= finished)
        return std::nullopt;
    return SimResponse::error(
        errc::PilotLimitExceeded,
        tr("Firmware %1 is still in its pilot phase on this account: a campaign may hold at most "
           "%2 devices until 5 or more devices have upgraded with a success rate of at least 50% "
           "(now %3 succeeded of %4 finished). Run a pilot campaign of up to %2 devices first.")
            .arg(firmwareName)
            .arg(PilotSize)
            .arg(succeeded)
            .arg(finished));
}

SimResponse CampaignEndpoints::create(const SimRequest& request)
{
    int account = -1;
    if (auto e = m_ctx.resolveAccount(request.args.at(0), &account))
        return *e;
    QJsonObject body;
    if (auto e = SimContext::parseObject(request.body, &body))
        return *e;
    if (auto e = CampaignRules::requireFields(body, {u"firmwareName"_s, u"firmwareFrom"_s,
                                                     u"firmwareTo"_s, u"startDate"_s, u"endDate"_s,
                                                     u"deviceList"_s}))
        return *e;
    for (const QString& date : {u"startDate"_s, u"endDate"_s}) {
        if (auto e = CampaignRules::requireDate(body, date))
            return *e;
    }
    if (!body.contains(u"protocol"_s))
        body.insert(u"protocol"_s, wire::protocol::Lwm2m);
    const auto decoded = wire::decodeCampaignRequest(body);
    if (!decoded)
        return SimResponse::error(errc::InvalidRequestBody, decoded.error().toString());
    const wire::CampaignRequest& req = decoded.value();

    if (req.deviceList.size() > CampaignRules::MaxCampaignDevices)
        return SimResponse::error(errc::DeviceListTooLarge,
                                  tr("deviceList has %1 devices; a campaign takes at most %2.")
                                      .arg(req.deviceList.size())
                                      .arg(CampaignRules::MaxCampaignDevices));
    // core's rules, the same the form and fotactl apply.
    if (auto e = CampaignRules::firstError(CampaignDraft::validateWithDeviceIds(
            wire::toCampaignDraft(req), req.deviceList, m_ctx.clock, DeviceIdMode::Wire)))
        return *e;
    std::vector<Imei> imeis;
    if (auto e = CampaignRules::checkDeviceIds(req.deviceList, CampaignRules::MaxCampaignDevices,
                                               &imeis))
        return *e;
    const FirmwareRecord* fw = m_ctx.state.findFirmware(req.firmwareName);
    if (!fw)
        return SimResponse::error(errc::UnknownFirmware,
                                  tr("Firmware '%1' is not offered to this account: choose one "
                                     "listed by GET /firmware/%2.")
                                      .arg(req.firmwareName, request.args.at(0)));
    if (fw->firmwareFrom != req.firmwareFrom || fw->firmwareTo != req.firmwareTo)
        return SimResponse::error(
            errc::FirmwareVersionMismatch,
            tr("Firmware '%1' upgrades %2 to %3, but the request says %4 to %5.")
                .arg(fw->firmwareName, fw->firmwareFrom, fw->firmwareTo, req.firmwareFrom,
                     req.firmwareTo));
    if (!CampaignRules::protocolMatches(req.protocol, fw->protocol))
        return SimResponse::error(errc::ProtocolMismatch,
                                  tr("Firmware '%1' is a %2 package; the request says protocol %3.")
                                      .arg(fw->firmwareName, fw->protocol, req.protocol));
    if (auto e = checkPilotGate(account, fw->firmwareName, req.deviceList.size()))
        return *e;

    SimCampaign c;
    c.account = account;
    c.campaignName = req.campaignName;
    c.firmwareName = fw->firmwareName;
    c.firmwareFrom = fw->firmwareFrom;
    c.firmwareTo = fw->firmwareTo;
    c.protocol = fw->protocol;
    c.make = fw->make;
    c.model = fw->model;
    c.startDate = req.startDate;
    c.endDate = req.endDate;
    c.timeWindows = req.timeWindows;
    c.autoAssignLicenseFlag = req.autoAssignLicenseFlag;
    c.autoAddDevicesFlag = req.autoAddDevicesFlag;
    c.createdAtMs = m_ctx.nowMs();
    c.failureRate = m_ctx.options.failureRate;
    c.devices.reserve(imeis.size());
    for (Imei imei : imeis) {
        c.devices.push_back(CampaignDevice{
            imei, c.createdAtMs, eligibility(c, account, imei, req.autoAssignLicenseFlag)});
    }
    SimCampaign& added = m_ctx.state.addCampaign(std::move(c));
    m_ctx.changed();
    return SimResponse::json(wire::toJson(m_ctx.toWire(added, false)));
}

SimResponse CampaignEndpoints::changeDevices(const SimRequest& request)
{
    SimCampaign* campaign = nullptr;
    QJsonObject body;
    if (auto e = m_ctx.resolveCampaignRequest(request, &campaign, &body))
        return *e;
    if (auto e = CampaignRules::requireFields(body, {u"Type"_s, u"deviceList"_s}))
        return *e;
    const QString type = body.value(u"Type"_s).toString();
    if (type != u"append"_s && type != u"remove"_s)
        return SimResponse::error(errc::InvalidChangeType,
                                  tr("Type must be \"append\" or \"remove\", got '%1'.").arg(type));
    const auto decoded = wire::decodeDeviceListChange(body);
    if (!decoded)
        return SimResponse::error(errc::InvalidRequestBody, decoded.error().toString());
    std::vector<Imei> imeis;
    if (auto e = CampaignRules::checkDeviceIds(decoded->deviceList, CampaignRules::MaxListDevices,
                                               &imeis))
        return *e;
    const QString st = CampaignLifecycle::status(*campaign, m_ctx.nowMs());
    if (CampaignLifecycle::isTerminal(st))
        return SimResponse::error(
            errc::CampaignNotModifiable,
            tr("Campaign '%1' is %2: its devices can no longer change.").arg(campaign->id, st));
    if (st == status::Scheduled || CampaignLifecycle::hasStarted(*campaign, m_ctx.nowMs()))
        return SimResponse::error(errc::CampaignAlreadyScheduled,
                                  tr("Campaign '%1' is %2: devices can only be added or removed "
                                     "before it is scheduled.")
                                      .arg(campaign->id, st));

    wire::DeviceListChangeResult result;
    result.accountName = request.args.at(0);
    result.campaignId = campaign->id;
    if (decoded->type == wire::DeviceListChange::Type::Append) {
        std::vector<CampaignDevice> joining;
        for (Imei imei : imeis) {
            wire::DeviceListItem item;
            item.deviceId = imei.toString();
            JoinResult join = JoinResult::Ok;
            const bool already =
                SimState::findCampaignDevice(*campaign, imei) != nullptr ||
                std::any_of(joining.begin(), joining.end(),
                            [imei](const CampaignDevice& d) { return d.imei == imei; });
            if (!already)
                join = eligibility(*campaign, campaign->account, imei,
                                   campaign->autoAssignLicenseFlag);
            if (already) {
                item.status = u"AddDeviceFailed"_s;
                item.reason = tr("Device is already in the campaign");
            } else if (join != JoinResult::Ok) {
                item.status = u"AddDeviceFailed"_s;
                item.reason = CampaignLifecycle::joinReason(join);
            } else {
                item.status = u"AddDeviceSucceed"_s;
                item.reason = u"Device added Successfully"_s;
                joining.push_back(CampaignDevice{imei, m_ctx.nowMs(), JoinResult::Ok});
            }
            result.deviceList.append(item);
        }
        m_ctx.state.addCampaignDevices(*campaign, std::move(joining));
    } else {
        std::vector<quint64> leaving;
        for (Imei imei : imeis) {
            wire::DeviceListItem item;
            item.deviceId = imei.toString();
            const bool member =
                SimState::findCampaignDevice(*campaign, imei) != nullptr &&
                std::find(leaving.begin(), leaving.end(), imei.value()) == leaving.end();
            if (member) {
                item.status = u"RemoveDeviceSucceed"_s;
                item.reason = u"Device removed Successfully"_s;
                leaving.push_back(imei.value());
            } else {
                item.status = u"RemoveDeviceFailed"_s;
                item.reason = tr("Device is not in the campaign");
            }
            result.deviceList.append(item);
        }
        m_ctx.state.removeCampaignDevices(*campaign, leaving);
    }
    m_ctx.changed();
    return SimResponse::json(wire::toJson(result));
}

SimResponse CampaignEndpoints::changeDates(const SimRequest& request)
{
    SimCampaign* campaign = nullptr;
    QJsonObject body;
    if (auto e = m_ctx.resolveCampaignRequest(request, &campaign, &body))
        return *e;
    if (auto e = CampaignRules::requireFields(body, {u"startDate"_s, u"endDate"_s}))
        return *e;
    for (const QString& date : {u"startDate"_s, u"endDate"_s}) {
        if (auto e = CampaignRules::requireDate(body, date))
            return *e;
    }
    const auto decoded = wire::decodeDatesChange(body);
    if (!decoded)
        return SimResponse::error(errc::InvalidRequestBody, decoded.error().toString());
    const wire::DatesChange& change = decoded.value();
    if (auto e = CampaignRules::checkTimeWindows(change.timeWindows))
        return *e;
    if (change.endDate < change.startDate)
        return SimResponse::error(
            errc::EndDateBeforeStartDate,
            tr("endDate %1 is before startDate %2.")
                .arg(change.endDate.toString(Qt::ISODate), change.startDate.toString(Qt::ISODate)));
    const qint64 now = m_ctx.nowMs();
    const QString st = CampaignLifecycle::status(*campaign, now);
    if (CampaignLifecycle::isTerminal(st))
        return SimResponse::error(
            errc::CampaignNotModifiable,
            tr("Campaign '%1' is %2: its dates can no longer change.").arg(campaign->id, st));
    if (CampaignLifecycle::hasStarted(*campaign, now)) {
        if (change.startDate != campaign->startDate || change.timeWindows != campaign->timeWindows)
            return SimResponse::error(
                errc::CampaignStarted,
                tr("Campaign '%1' has started: only a later endDate may change; send the "
                   "current startDate %2 and time windows unchanged.")
                    .arg(campaign->id, campaign->startDate.toString(Qt::ISODate)));
        const qint64 newEnd =
            QDateTime(change.endDate.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        if (change.endDate < campaign->endDate || newEnd < now + 24LL * 3600 * 1000)
            return SimResponse::error(
                errc::EndDateTooEarly,
                tr("After the start the endDate may only move later, and not earlier than 24 "
                   "hours from now: %1 is too early (current endDate %2).")
                    .arg(change.endDate.toString(Qt::ISODate),
                         campaign->endDate.toString(Qt::ISODate)));
        campaign->endDate = change.endDate;
    } else {
        if (auto e = CampaignRules::checkDates(change.startDate, change.endDate, m_ctx.clock))
            return *e;
        campaign->startDate = change.startDate;
        campaign->endDate = change.endDate;
        campaign->timeWindows = change.timeWindows;
        campaign->datesChangedAtMs = now;
    }
    m_ctx.changed();
    return SimResponse::json(wire::toJson(m_ctx.toWire(*campaign, false)));
}

SimResponse CampaignEndpoints::get(const SimRequest& request)
{
    SimCampaign* campaign = nullptr;
    if (auto e = m_ctx.resolveCampaignRequest(request, &campaign))
        return *e;
    return SimResponse::json(wire::toJson(m_ctx.toWire(*campaign, true)));
}

SimResponse CampaignEndpoints::cancel(const SimRequest& request)
{
    SimCampaign* campaign = nullptr;
    if (auto e = m_ctx.resolveCampaignRequest(request, &campaign))
        return *e;
    const qint64 now = m_ctx.nowMs();
    const QString st = CampaignLifecycle::status(*campaign, now);
    if (CampaignLifecycle::isTerminal(st))
        return SimResponse::error(
            errc::CampaignNotCancellable,
            tr("Campaign '%1' is %2 and cannot be cancelled.").arg(campaign->id, st));
    campaign->cancelStatus =
        CampaignLifecycle::hasStarted(*campaign, now) ? status::Aborted : status::Cancelled;
    campaign->cancelledAtMs = now;
    campaign->fixedStatus.clear();
    m_ctx.changed();
    wire::SuccessResult ok;
    ok.success = true;
    return SimResponse::json(wire::toJson(ok));
}

} // namespace fotadesk::sim
