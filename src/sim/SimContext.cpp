// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/SimContext.h"

#include "api/wire/JsonCodec.h"
#include "sim/CampaignLifecycle.h"
#include "sim/SimError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::SimContext", text);
}

} // namespace

SimContext::SimContext(SimState& state, SimClock& clock, SimAuth& auth, FaultInjector& faults,
                       SimOptions& options)
    : state(state)
    , clock(clock)
    , auth(auth)
    , faults(faults)
    , options(options)
{}

QDate SimContext::today() const
{
    return clock.nowUtc().date();
}

void SimContext::changed()
{
    state.touch();
    if (onChange)
        onChange();
}

std::optional<SimResponse> SimContext::resolveAccount(const QString& name, int* index) const
{
    *index = state.accountIndex(name);
    if (*index < 0)
        return SimResponse::error(errc::UnknownAccount,
                                  tr("Account '%1' does not exist or is not yours. Use the "
                                     "account name shown in ThingSpace, e.g. 0000123456-00001.")
                                      .arg(name));
    return std::nullopt;
}

std::optional<SimResponse> SimContext::deviceCursor(const SimRequest& request, quint64* cursor,
                                                    QString* text)
{
    const QString cursorText = request.hasQuery(u"lastSeenDeviceId"_s)
                                   ? request.queryValue(u"lastSeenDeviceId"_s)
                                   : u"0"_s;
    bool ok = !cursorText.isEmpty() && cursorText.size() <= 15;
    for (QChar c : cursorText)
        ok = ok && c >= u'0' && c <= u'9';
    if (!ok)
        return SimResponse::error(errc::InvalidCursor,
                                  tr("lastSeenDeviceId must be 0 or an IMEI from the previous "
                                     "page, got '%1'.")
                                      .arg(cursorText));
    *cursor = cursorText.toULongLong();
    *text = cursorText;
    return std::nullopt;
}

std::optional<SimResponse> SimContext::resolveCampaign(int account, const QString& id,
                                                       SimCampaign** out) const
{
    *out = state.campaign(id);
    if (!*out)
        return SimResponse::error(errc::UnknownCampaign,
                                  tr("Campaign '%1' does not exist.").arg(id));
    if ((*out)->account != account)
        return SimResponse::error(
            errc::CampaignNotInAccount,
            tr("Campaign '%1' belongs to another account than '%2'.")
                .arg(id, state.accounts()[static_cast<size_t>(account)].name));
    return std::nullopt;
}

std::optional<SimResponse> SimContext::parseObject(const QByteArray& body, QJsonObject* out)
{
    const auto json = wire::parseJson(body);
    if (!json)
        return SimResponse::error(
            errc::InvalidRequestBody,
            tr("The request body is not valid JSON: %1").arg(json.error().toString()));
    if (!json->isObject())
        return SimResponse::error(errc::InvalidRequestBody,
                                  tr("The request body must be a JSON object."));
    *out = json->toObject();
    return std::nullopt;
}

std::optional<SimResponse> SimContext::resolveCampaignRequest(const SimRequest& request,
                                                              SimCampaign** campaign,
                                                              QJsonObject* body) const
{
    int account = -1;
    if (auto e = resolveAccount(request.args.at(0), &account))
        return e;
    if (auto e = resolveCampaign(account, request.args.at(1), campaign))
        return e;
    if (body)
        return parseObject(request.body, body);
    return std::nullopt;
}

wire::Campaign SimContext::toWire(const SimCampaign& c, bool withFlags) const
{
    wire::Campaign w;
    w.id = c.id;
    w.accountName = state.accounts()[static_cast<size_t>(c.account)].name;
    w.campaignName = c.campaignName;
    w.firmwareName = c.firmwareName;
    w.firmwareFrom = c.firmwareFrom;
    w.firmwareTo = c.firmwareTo;
    w.protocol = c.protocol;
    w.make = c.make;
    w.model = c.model;
    w.startDate = c.startDate;
    w.endDate = c.endDate;
    w.timeWindows = c.timeWindows;
    w.status = CampaignLifecycle::status(c, nowMs());
    if (withFlags) {
        w.autoAssignLicenseFlag = c.autoAssignLicenseFlag;
        w.autoAddDevicesFlag = c.autoAddDevicesFlag;
    }
    return w;
}

} // namespace fotadesk::sim
