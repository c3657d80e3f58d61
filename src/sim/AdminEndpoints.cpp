// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/AdminEndpoints.h"

#include "api/wire/JsonCodec.h"
#include "core/CampaignDraft.h"
#include "core/Timestamp.h"
#include "sim/CampaignRules.h"
#include "sim/DemoData.h"
#include "sim/SimError.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <utility>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::AdminEndpoints", text);
}

constexpr int MaxSyntheticDevices = 1'000'000;
// Bounds of POST /admin/clock: larger values overflowed the clock's 64-bit
// milliseconds (undefined behaviour, found by fuzz_sim_request).
constexpr double MaxAdvanceSeconds = 100.0 * 366 * 86'400; // a century
constexpr double MaxTimeScale = 1'000'000.0;
constexpr int MaxClockYear = 9999; // the last year an ISO 8601 timestamp can show

// Admin bodies are checked as strictly as the API's: a member of the wrong
// JSON type is refused (InvalidRequestBody) instead of falling back to its
// default, and so is a member the endpoint does not know (a misspelt
// "failurerate" would otherwise be ignored without a word).
std::optional<SimResponse> onlyMembers(const QJsonObject& body, const QStringList& known)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return SimResponse::error(errc::InvalidRequestBody,
                                      tr("Unknown member '%1'; this endpoint takes %2.")
                                          .arg(it.key(), known.join(u", "_s)));
    }
    return std::nullopt;
}

std::optional<SimResponse> requireType(const QJsonObject& body, const QString& key,
                                       QJsonValue::Type type)
{
    if (!body.contains(key) || body.value(key).type() == type)
        return std::nullopt;
    QString what;
    switch (type) {
    case QJsonValue::String:
        what = tr("'%1' must be a string.");
        break;
    case QJsonValue::Double:
        what = tr("'%1' must be a number.");
        break;
    case QJsonValue::Bool:
        what = tr("'%1' must be true or false.");
        break;
    default:
        what = tr("'%1' must be an array.");
        break;
    }
    return SimResponse::error(errc::InvalidRequestBody, what.arg(key));
}

std::optional<SimResponse>
requireTypes(const QJsonObject& body,
             std::initializer_list<std::pair<QString, QJsonValue::Type>> types)
{
    for (const auto& [key, type] : types) {
        if (auto e = requireType(body, key, type))
            return e;
    }
    return std::nullopt;
}

} // namespace

AdminEndpoints::AdminEndpoints(SimContext& context, SimStats& stats,
                               std::function<bool(QString*)> save)
    : m_ctx(context)
    , m_stats(stats)
    , m_save(std::move(save))
{}

void AdminEndpoints::install(SimRouter& router)
{
    using A = SimRouter::Access;
    router.add("GET", u"/admin/health"_s, A::Admin,
               [this](const SimRequest& r) { return health(r); });
    router.add("GET", u"/admin/clock"_s, A::Admin,
               [this](const SimRequest& r) { return getClock(r); });
    router.add("POST", u"/admin/clock"_s, A::Admin,
               [this](const SimRequest& r) { return setClock(r); });
    router.add("GET", u"/admin/faults"_s, A::Admin,
               [this](const SimRequest& r) { return getFaults(r); });
    router.add("POST", u"/admin/faults"_s, A::Admin,
               [this](const SimRequest& r) { return setFaults(r); });
    router.add("POST", u"/admin/campaigns/synthetic"_s, A::Admin,
               [this](const SimRequest& r) { return syntheticCampaign(r); });
    router.add("POST", u"/admin/devices/{}/reachability"_s, A::Admin,
               [this](const SimRequest& r) { return setReachability(r); });
    router.add("GET", u"/admin/stats"_s, A::Admin,
               [this](const SimRequest&) { return SimResponse::json(m_stats.toJson()); });
    router.add("POST", u"/admin/stats/reset"_s, A::Admin, [this](const SimRequest&) {
        m_stats.reset();
        return SimResponse::json(QJsonObject{{u"success"_s, true}});
    });
    router.add("POST", u"/admin/tokens/expire"_s, A::Admin, [this](const SimRequest&) {
        m_ctx.auth.expireAll();
        m_ctx.changed();
        return SimResponse::json(QJsonObject{{u"success"_s, true}});
    });
    router.add("POST", u"/admin/state/save"_s, A::Admin, [this](const SimRequest&) {
        QString error;
        if (!m_save(&error))
            return SimResponse::error(u"StateNotSaved"_s, error, 500);
        return SimResponse::json(QJsonObject{{u"success"_s, true}});
    });
}

SimResponse AdminEndpoints::health(const SimRequest&)
{
    return SimResponse::json(
        QJsonObject{{u"ok"_s, true},
                    {u"devices"_s, static_cast<double>(m_ctx.state.devices().size())},
                    {u"campaigns"_s, static_cast<double>(m_ctx.state.campaigns().size())},
                    {u"now"_s, Timestamp::format(m_ctx.clock.nowUtc())}});
}

SimResponse AdminEndpoints::getClock(const SimRequest&)
{
    return SimResponse::json(QJsonObject{{u"now"_s, Timestamp::format(m_ctx.clock.nowUtc())},
                                         {u"nowMs"_s, static_cast<double>(m_ctx.nowMs())},
                                         {u"timeScale"_s, m_ctx.clock.timeScale()}});
}

SimResponse AdminEndpoints::setClock(const SimRequest& request)
{
    QJsonObject body;
    if (auto e = SimContext::parseObject(request.body, &body))
        return *e;
    if (auto e = onlyMembers(body, {u"set"_s, u"advanceSeconds"_s, u"timeScale"_s}))
        return *e;
    if (auto e = requireTypes(body, {{u"advanceSeconds"_s, QJsonValue::Double},
                                     {u"timeScale"_s, QJsonValue::Double}}))
        return *e;
    // Everything is checked before anything changes: a refused request leaves the clock as it was.
    QDateTime set;
    if (body.contains(u"set"_s)) {
        const Timestamp t = Timestamp::parse(body.value(u"set"_s).toString());
        if (!t.isValid() || t.utc.date().year() > MaxClockYear)
            return SimResponse::error(errc::InvalidDate,
                                      tr("'set' must be an ISO 8601 instant such as "
                                         "2026-12-01T00:00:00Z."));
        set = t.utc;
    }
    qint64 advanceMs = 0;
    if (body.contains(u"advanceSeconds"_s)) {
        // Written so that NaN fails too.
        const double seconds = body.value(u"advanceSeconds"_s).toDouble(-1);
        if (!(seconds >= 0 && seconds <= MaxAdvanceSeconds))
            return SimResponse::error(errc::InvalidRequestBody,
                                      tr("'advanceSeconds' must be a number from 0 to %1 (a "
                                         "century): the clock only moves forward.")
                                          .arg(MaxAdvanceSeconds, 0, 'f', 0));
        advanceMs = static_cast<qint64>(seconds * 1000.0);
        const qint64 fromMs = set.isValid() ? set.toMSecsSinceEpoch() : m_ctx.nowMs();
        if (QDateTime::fromMSecsSinceEpoch(fromMs + advanceMs, Qt::UTC).date().year() >
            MaxClockYear)
            return SimResponse::error(errc::InvalidRequestBody,
                                      tr("'advanceSeconds' would move the clock past the year "
                                         "%1.")
                                          .arg(MaxClockYear));
    }
    double scale = -1;
    if (body.contains(u"timeScale"_s)) {
        scale = body.value(u"timeScale"_s).toDouble(-1);
        if (!(scale >= 0 && scale <= MaxTimeScale))
            return SimResponse::error(
                errc::InvalidRequestBody,
                tr("'timeScale' must be a number from 0 to %1.").arg(MaxTimeScale, 0, 'f', 0));
    }
    if (set.isValid())
        m_ctx.clock.set(set);
    if (body.contains(u"advanceSeconds"_s))
        m_ctx.clock.advance(advanceMs);
    if (scale >= 0) {
        m_ctx.clock.setTimeScale(scale);
        m_ctx.options.timeScale = scale;
    }
    m_ctx.changed();
    return getClock(request);
}

SimResponse AdminEndpoints::getFaults(const SimRequest&)
{
    return SimResponse::json(QJsonObject{{u"faults"_s, m_ctx.faults.spec().toString()}});
}

SimResponse AdminEndpoints::setFaults(const SimRequest& request)
{
    QJsonObject body;
    if (auto e = SimContext::parseObject(request.body, &body))
        return *e;
    if (auto e = onlyMembers(body, {u"faults"_s}))
        return *e;
    if (auto e = CampaignRules::requireFields(body, {u"faults"_s}))
        return *e;
    if (auto e = requireType(body, u"faults"_s, QJsonValue::String))
        return *e;
    QString error;
    const auto spec = FaultSpec::parse(body.value(u"faults"_s).toString(), &error);
    if (!spec)
        return SimResponse::error(errc::InvalidRequestBody, error);
    m_ctx.faults.setSpec(*spec);
    m_ctx.options.faults = *spec;
    return getFaults(request);
}

SimResponse AdminEndpoints::setReachability(const SimRequest& request)
{
    QJsonObject body;
    if (auto e = SimContext::parseObject(request.body, &body))
        return *e;
    if (auto e = onlyMembers(body, {u"reachable"_s}))
        return *e;
    if (auto e = CampaignRules::requireFields(body, {u"reachable"_s}))
        return *e;
    if (auto e = requireType(body, u"reachable"_s, QJsonValue::Bool))
        return *e;
    const auto imei = CampaignRules::parseImei(request.args.at(0));
    if (!imei)
        return SimResponse::error(errc::InvalidDeviceId,
                                  tr("'%1' is not a valid 15-digit IMEI.").arg(request.args.at(0)));
    SimDevice* device = m_ctx.state.device(*imei);
    if (!device)
        return SimResponse::error(errc::UnknownDevice,
                                  tr("Device %1 is not in the fleet.").arg(request.args.at(0)));
    device->reachable = body.value(u"reachable"_s).toBool();
    m_ctx.state.touch();
    m_ctx.changed();
    return SimResponse::json(
        QJsonObject{{u"deviceId"_s, imei->toString()}, {u"reachable"_s, device->reachable}});
}

SimResponse AdminEndpoints::syntheticCampaign(const SimRequest& request)
{
    QJsonObject body;
    if (auto e = SimContext::parseObject(request.body, &body))
        return *e;
    if (auto e = onlyMembers(body, {u"devices"_s, u"account"_s, u"make"_s, u"model"_s,
                                    u"startDate"_s, u"endDate"_s, u"campaignTimeWindowList"_s,
                                    u"failureRate"_s, u"campaignName"_s, u"createdAt"_s}))
        return *e;
    if (auto e = CampaignRules::requireFields(body, {u"devices"_s}))
        return *e;
    using T = QJsonValue::Type;
    if (auto e = requireTypes(body, {{u"devices"_s, T::Double},
                                     {u"account"_s, T::String},
                                     {u"make"_s, T::String},
                                     {u"model"_s, T::String},
                                     {u"campaignTimeWindowList"_s, T::Array},
                                     {u"failureRate"_s, T::Double},
                                     {u"campaignName"_s, T::String},
                                     {u"createdAt"_s, T::String}}))
        return *e;
    const QString accountName =
        body.value(u"account"_s).toString(QLatin1String(DemoData::DemoAccount));
    int account = -1;
    if (auto e = m_ctx.resolveAccount(accountName, &account))
        return *e;
    const int count = body.value(u"devices"_s).toInt(-1);
    if (count < 1 || count > MaxSyntheticDevices)
        return SimResponse::error(
            errc::InvalidRequestBody,
            tr("'devices' must be a number from 1 to %1.").arg(MaxSyntheticDevices));
    const QString make = body.value(u"make"_s).toString(u"Quectel"_s);
    const QString modelName = body.value(u"model"_s).toString(u"BG96"_s);
    const int model = m_ctx.state.modelIndex(make, modelName);
    if (model < 0)
        return SimResponse::error(errc::InvalidRequestBody,
                                  tr("Unknown make/model %1 %2.").arg(make, modelName));
    const DeviceModel& dm = m_ctx.state.models()[static_cast<size_t>(model)];
    const FirmwareRecord* fw = nullptr;
    for (const FirmwareRecord& f : m_ctx.state.firmware()) {
        if (f.make == dm.make && f.model == dm.model && f.firmwareFrom == dm.baseFirmware)
            fw = &f;
    }
    if (!fw)
        return SimResponse::error(errc::UnknownFirmware,
                                  tr("No firmware package upgrades %1 %2.").arg(make, modelName));
    const QDate today = m_ctx.today();
    QDate start = today.addDays(1);
    QDate end = today.addDays(7);
    for (auto [key, date] : {std::pair{u"startDate"_s, &start}, std::pair{u"endDate"_s, &end}}) {
        if (body.contains(key)) {
            if (auto e = CampaignRules::requireDate(body, key))
                return *e;
            *date = QDate::fromString(body.value(key).toString(), Qt::ISODate);
        }
    }
    if (end < start)
        return SimResponse::error(errc::EndDateBeforeStartDate, tr("endDate is before startDate."));
    QList<TimeWindow> windows;
    for (const QJsonValue& v : body.value(u"campaignTimeWindowList"_s).toArray()) {
        const auto w = wire::decodeTimeWindow(v);
        if (!w)
            return SimResponse::error(errc::InvalidRequestBody, w.error().toString());
        windows.append(w.value());
    }
    if (auto e = CampaignRules::checkTimeWindows(windows))
        return *e;
    const double failureRate = body.value(u"failureRate"_s).toDouble(m_ctx.options.failureRate);
    if (!(failureRate >= 0 && failureRate <= 1))
        return SimResponse::error(errc::InvalidRequestBody,
                                  tr("'failureRate' must be a number from 0 to 1."));
    const QString name =
        body.value(u"campaignName"_s).toString(u"Synthetic %1 devices"_s.arg(count));
    if (auto e = CampaignRules::firstError(CampaignDraft::validateCampaignName(name)))
        return *e;
    const qint64 now = m_ctx.nowMs();
    qint64 createdAt = now;
    if (body.contains(u"createdAt"_s)) {
        const Timestamp t = Timestamp::parse(body.value(u"createdAt"_s).toString());
        if (!t.isValid() || t.utc.toMSecsSinceEpoch() > now)
            return SimResponse::error(errc::InvalidDate,
                                      tr("'createdAt' must be an ISO 8601 instant such as "
                                         "2026-03-01T08:00:00Z, not after the simulated now."));
        createdAt = t.utc.toMSecsSinceEpoch();
    }

    SimCampaign c;
    c.account = account;
    c.campaignName = name;
    c.firmwareName = fw->firmwareName;
    c.firmwareFrom = fw->firmwareFrom;
    c.firmwareTo = fw->firmwareTo;
    c.protocol = fw->protocol;
    c.make = fw->make;
    c.model = fw->model;
    c.startDate = start;
    c.endDate = end;
    c.timeWindows = windows;
    c.createdAtMs = createdAt;
    c.failureRate = failureRate;
    c.devices.reserve(static_cast<size_t>(count));
    SimAccount& acc = m_ctx.state.account(account);
    for (int i = 0; i < count; ++i) {
        SimDevice d;
        d.imei = m_ctx.state.nextSyntheticImei();
        d.model = model;
        d.account = account;
        d.firmware = dm.baseFirmware;
        d.licensedAtMs = now;
        d.lastConnectionMs = now;
        d.createdAtMs = now;
        m_ctx.state.addDevice(d);
        c.devices.push_back(CampaignDevice{d.imei, c.createdAtMs, JoinResult::Ok});
    }
    acc.licenseCount += count;
    SimCampaign& added = m_ctx.state.addCampaign(std::move(c));
    m_ctx.changed();
    return SimResponse::json(wire::toJson(m_ctx.toWire(added, true)));
}

} // namespace fotadesk::sim
