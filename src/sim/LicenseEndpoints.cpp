// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/LicenseEndpoints.h"

#include "api/wire/JsonCodec.h"
#include "sim/CampaignLifecycle.h"
#include "sim/CampaignRules.h"
#include "sim/DemoData.h"
#include "sim/SimError.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

constexpr qint64 MaxLicensePool = 100'000'000;

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::LicenseEndpoints", text);
}

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

void LicenseEndpoints::install(SimRouter& router)
{
    using A = SimRouter::Access;
    router.add("GET", u"/api/fota/v3/licenses/{}"_s, A::Fota,
               [this](const SimRequest& r) { return list(r); });
    router.add("POST", u"/api/fota/v3/licenses/{}/assign"_s, A::Fota,
               [this](const SimRequest& r) { return change(r, true); });
    router.add("POST", u"/api/fota/v3/licenses/{}/remove"_s, A::Fota,
               [this](const SimRequest& r) { return change(r, false); });
    router.add("POST", u"/admin/licenses"_s, A::Admin,
               [this](const SimRequest& r) { return setPool(r); });
}

SimResponse LicenseEndpoints::setPool(const SimRequest& request)
{
    QJsonObject body;
    if (auto e = SimContext::parseObject(request.body, &body))
        return *e;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"account"_s && it.key() != u"licenseCount"_s)
            return SimResponse::error(errc::InvalidRequestBody,
                                      tr("Unknown member '%1'; this endpoint takes account, "
                                         "licenseCount.")
                                          .arg(it.key()));
    }
    if (auto e = CampaignRules::requireFields(body, {u"licenseCount"_s}))
        return *e;
    const QJsonValue countValue = body.value(u"licenseCount"_s);
    const double count = countValue.toDouble(-1);
    if (!countValue.isDouble() || count < 0 || count > MaxLicensePool ||
        count != static_cast<double>(static_cast<qint64>(count)))
        return SimResponse::error(
            errc::InvalidRequestBody,
            tr("'licenseCount' must be a whole number from 0 to %1.").arg(MaxLicensePool));
    const QJsonValue accountValue = body.value(u"account"_s);
    if (!accountValue.isUndefined() && !accountValue.isString())
        return SimResponse::error(errc::InvalidRequestBody, tr("'account' must be a string."));
    int account = -1;
    if (auto e = m_ctx.resolveAccount(accountValue.toString(QLatin1String(DemoData::DemoAccount)),
                                      &account))
        return *e;
    const qint64 used = m_ctx.state.licensedCount(account);
    // An account cannot hold fewer licenses than it has assigned: the pool shrinks only as far.
    if (static_cast<qint64>(count) < used)
        return SimResponse::error(errc::InvalidRequestBody,
                                  tr("'licenseCount' %1 is below the %2 licenses assigned; "
                                     "remove licenses first (POST /licenses/{acc}/remove).")
                                      .arg(static_cast<qint64>(count))
                                      .arg(used));
    SimAccount& acc = m_ctx.state.account(account);
    acc.licenseCount = static_cast<qint64>(count);
    m_ctx.changed();
    return SimResponse::json(QJsonObject{{u"accountName"_s, acc.name},
                                         {u"licenseCount"_s, static_cast<double>(acc.licenseCount)},
                                         {u"licenseUsedCount"_s, static_cast<double>(used)}});
}

SimResponse LicenseEndpoints::list(const SimRequest& request)
{
    int account = -1;
    if (auto e = m_ctx.resolveAccount(request.args.at(0), &account))
        return *e;
    quint64 cursor = 0;
    QString cursorText;
    if (auto e = SimContext::deviceCursor(request, &cursor, &cursorText))
        return *e;
    const std::vector<quint64>& licensed = m_ctx.state.licensedSorted(account);
    const auto pageSize = static_cast<size_t>(std::max(1, m_ctx.options.devicePageSize));

    std::vector<quint64> page;
    bool more = false;
    if (m_ctx.faults.spec().brokenOrder) {
        std::vector<quint64> order = licensed;
        std::sort(order.begin(), order.end(), [](quint64 a, quint64 b) { return mix(a) < mix(b); });
        size_t pos = 0;
        if (cursor != 0) {
            const auto it = std::find(order.begin(), order.end(), cursor);
            pos = it == order.end() ? 0 : static_cast<size_t>(it - order.begin()) + 1;
        }
        for (size_t i = pos; i < order.size() && page.size() < pageSize; ++i)
            page.push_back(order[i]);
        more = pos + page.size() < order.size();
    } else {
        const auto first = std::upper_bound(licensed.begin(), licensed.end(), cursor);
        for (auto it = first; it != licensed.end() && page.size() < pageSize; ++it)
            page.push_back(*it);
        more = static_cast<size_t>(first - licensed.begin()) + page.size() < licensed.size();
    }

    const SimAccount& acc = m_ctx.state.accounts()[static_cast<size_t>(account)];
    wire::LicenseSummary summary;
    summary.accountName = acc.name;
    summary.totalLicenses = acc.licenseCount;
    summary.assignedLicenses = static_cast<qint64>(licensed.size());
    summary.hasMoreData = more;
    summary.maxPageSize = static_cast<qint64>(pageSize);
    for (quint64 value : page) {
        const Imei imei = *Imei::fromValue(value);
        wire::LicensedDevice d;
        d.deviceId = imei.toString();
        d.assignmentTime = CampaignLifecycle::isoTimestamp(m_ctx.state.device(imei)->licensedAtMs);
        summary.deviceList.append(d);
    }
    summary.lastSeenDeviceId =
        summary.deviceList.isEmpty() ? cursorText : summary.deviceList.constLast().deviceId;
    return SimResponse::json(wire::toJson(summary));
}

SimResponse LicenseEndpoints::change(const SimRequest& request, bool assign)
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
    if (auto e = CampaignRules::checkDeviceIds(decoded->deviceList, CampaignRules::MaxListDevices,
                                               &imeis))
        return *e;
    SimAccount& acc = m_ctx.state.account(account);
    const qint64 now = m_ctx.nowMs();
    wire::LicenseChangeResult result;
    result.accountName = acc.name;
    for (Imei imei : imeis) {
        wire::DeviceStatus s;
        s.deviceId = imei.toString();
        s.updatedTime = CampaignLifecycle::isoTimestamp(now);
        SimDevice* device = m_ctx.state.device(imei);
        if (!device || device->account != account) {
            s.status = assign ? u"LicenseAssignFailed"_s : u"LicenseRemoveFailed"_s;
            s.resultReason = u"Device does not exist."_s;
        } else if (assign && device->licensedAtMs != 0) {
            s.status = u"LicenseAssigned"_s;
            s.resultReason = tr("License already assigned");
        } else if (assign && m_ctx.state.licensedCount(account) >= acc.licenseCount) {
            s.status = u"LicenseAssignFailed"_s;
            s.resultReason =
                tr("No license available: all %1 licenses are assigned").arg(acc.licenseCount);
        } else if (assign) {
            m_ctx.state.setLicensed(*device, now);
            s.status = u"LicenseAssigned"_s;
            s.resultReason = tr("License assigned");
        } else if (device->licensedAtMs == 0) {
            s.status = u"LicenseRemoveFailed"_s;
            s.resultReason = u"No license attached to device"_s;
        } else {
            m_ctx.state.clearLicense(*device);
            s.status = u"LicenseRemoved"_s;
            s.resultReason = tr("License removed");
        }
        result.deviceList.append(s);
    }
    result.licCount = acc.licenseCount;
    result.licUsedCount = m_ctx.state.licensedCount(account);
    m_ctx.changed();
    return SimResponse::json(wire::toJson(result));
}

} // namespace fotadesk::sim
