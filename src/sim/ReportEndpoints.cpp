// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/ReportEndpoints.h"

#include "api/wire/JsonCodec.h"
#include "sim/CampaignLifecycle.h"
#include "sim/CampaignRules.h"
#include "sim/SimError.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::ReportEndpoints", text);
}

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// --hostile-reasons: what a server's free text may hold that a CSV export must carry
/// safely — formulas (exactly =1+1 among them), quotes, delimiters, line breaks.
QString hostileReason(Imei imei)
{
    static const std::array<QString, 6> reasons{
        u"=1+1"_s,
        u"@SUM(A1)"_s,
        u"-2+3"_s,
        u"+1 555 0100"_s,
        u"=HYPERLINK(\"http://example.invalid\",\"details\")"_s,
        u"Download failed, \"checksum\"; retry\r\n=1+1"_s,
    };
    return reasons[imei.value() % reasons.size()];
}

quint64 imeiKey(quint64 value)
{
    return value;
}

quint64 imeiKey(const CampaignDevice& device)
{
    return device.imei.value();
}

} // namespace

const QStringList& ReportEndpoints::knownCampaignStatuses()
{
    static const QStringList list{status::Pending,      status::RequestFailed, status::Queued,
                                  status::PreScheduled, status::Scheduled,     status::Cancelled,
                                  status::Aborted,      status::Failed,        status::Ended};
    return list;
}

void ReportEndpoints::install(SimRouter& router)
{
    using A = SimRouter::Access;
    router.add("GET", u"/api/fota/v3/reports/{}/firmware/campaigns"_s, A::Fota,
               [this](const SimRequest& r) { return campaignHistory(r); });
    router.add("GET", u"/api/fota/v3/reports/{}/campaigns/{}/devices"_s, A::Fota,
               [this](const SimRequest& r) { return campaignDevices(r); });
    router.add("GET", u"/api/fota/v3/reports/{}/devices/{}"_s, A::Fota,
               [this](const SimRequest& r) { return deviceHistory(r); });
}

SimResponse ReportEndpoints::campaignHistory(const SimRequest& request)
{
    int account = -1;
    if (auto e = m_ctx.resolveAccount(request.args.at(0), &account))
        return *e;
    const QString wanted = request.queryValue(u"campaignStatus"_s);
    if (wanted.isEmpty())
        return SimResponse::error(errc::MissingRequiredField,
                                  tr("The query parameter 'campaignStatus' is required, e.g. "
                                     "campaignStatus=CampaignEnded."));
    if (!knownCampaignStatuses().contains(wanted))
        return SimResponse::error(errc::InvalidCampaignStatus,
                                  tr("'%1' is not a campaign status; use one of %2.")
                                      .arg(wanted, knownCampaignStatuses().join(u", "_s)));
    const QString cursor = request.queryValue(u"lastSeenCampaignId"_s);
    const qint64 now = m_ctx.nowMs();
    std::vector<const SimCampaign*> matching;
    for (const auto& c : m_ctx.state.campaigns()) {
        if (c->account == account && (cursor.isEmpty() || c->id > cursor) &&
            CampaignLifecycle::status(*c, now) == wanted)
            matching.push_back(c.get());
    }
    std::sort(matching.begin(), matching.end(),
              [](const SimCampaign* a, const SimCampaign* b) { return a->id < b->id; });
    const auto pageSize = static_cast<size_t>(std::max(1, m_ctx.options.historyPageSize));
    wire::CampaignHistoryPage page;
    page.hasMoreData = matching.size() > pageSize;
    for (size_t i = 0; i < matching.size() && i < pageSize; ++i)
        page.campaignList.append(m_ctx.toWire(*matching[i], false));
    if (!page.campaignList.isEmpty())
        page.lastSeenCampaignId = page.campaignList.constLast().id;
    return SimResponse::json(wire::toJson(page));
}

SimResponse ReportEndpoints::campaignDevices(const SimRequest& request)
{
    int account = -1;
    if (auto e = m_ctx.resolveAccount(request.args.at(0), &account))
        return *e;
    SimCampaign* campaign = nullptr;
    if (auto e = m_ctx.resolveCampaign(account, request.args.at(1), &campaign))
        return *e;
    quint64 cursor = 0;
    QString cursorText;
    if (auto e = SimContext::deviceCursor(request, &cursor, &cursorText))
        return *e;
    const auto pageSize = static_cast<size_t>(std::max(1, m_ctx.options.devicePageSize));
    const std::vector<CampaignDevice>& devices = campaign->devices;
    const qint64 now = m_ctx.nowMs();
    const bool broken = m_ctx.faults.spec().brokenOrder;
    const FaultSpec::UnknownCursor cursorMode = m_ctx.faults.spec().unknownCursor;
    const bool cursorUnknown =
        cursor != 0 && cursorMode != FaultSpec::UnknownCursor::Accept && !broken &&
        !std::binary_search(devices.begin(), devices.end(), cursor,
                            [](const auto& a, const auto& b) { return imeiKey(a) < imeiKey(b); });
    if (cursorUnknown && cursorMode == FaultSpec::UnknownCursor::Reject)
        return SimResponse::error(errc::InvalidCursor,
                                  tr("lastSeenDeviceId must be 0 or an IMEI of this campaign's "
                                     "report, got '%1'.")
                                      .arg(cursorText));
    const QString cacheKey = campaign->id + u'/' + QString::number(cursorUnknown ? 0 : cursor) +
                             (cursorUnknown ? u"/restart"_s : QString());
    if (auto it = m_pages.find(cacheKey); it != m_pages.end()) {
        if (it->revision == m_ctx.state.revision() && it->brokenOrder == broken &&
            std::abs(it->nowMs - now) < 1000) {
            it->lastUse = ++m_uses;
            return SimResponse::raw(it->body);
        }
    }

    // Which devices, in which order: IMEI order normally; with the brokenOrder
    // fault a scrambled order whose cursor is a position (as a broken backend would).
    std::vector<size_t> indexes;
    bool more = false;
    if (broken) {
        if (campaign->brokenOrder.size() != devices.size()) {
            campaign->brokenOrder.clear();
            for (const CampaignDevice& d : devices)
                campaign->brokenOrder.push_back(d.imei.value());
            std::sort(campaign->brokenOrder.begin(), campaign->brokenOrder.end(),
                      [seed = campaign->seed](quint64 a, quint64 b) {
                          return mix(a ^ seed) < mix(b ^ seed);
                      });
        }
        const auto& order = campaign->brokenOrder;
        size_t pos = 0;
        if (cursor != 0) {
            const auto it = std::find(order.begin(), order.end(), cursor);
            pos = it == order.end() ? 0 : static_cast<size_t>(it - order.begin()) + 1;
        }
        for (size_t i = pos; i < order.size() && indexes.size() < pageSize; ++i) {
            const auto imei = Imei::fromValue(order[i]);
            const auto it =
                std::lower_bound(devices.begin(), devices.end(), *imei,
                                 [](const CampaignDevice& d, Imei v) { return d.imei < v; });
            indexes.push_back(static_cast<size_t>(it - devices.begin()));
        }
        more = pos + indexes.size() < order.size();
    } else {
        // With unknownCursor=restart, a cursor that is no member starts from the top.
        const quint64 from = cursorUnknown ? 0 : cursor;
        const auto first =
            std::upper_bound(devices.begin(), devices.end(), from,
                             [](quint64 v, const CampaignDevice& d) { return v < d.imei.value(); });
        auto start = static_cast<size_t>(first - devices.begin());
        for (size_t i = start; i < devices.size() && indexes.size() < pageSize; ++i)
            indexes.push_back(i);
        more = start + indexes.size() < devices.size();
    }

    wire::CampaignDevicePage page;
    page.totalDevice = static_cast<qint64>(devices.size());
    page.hasMoreData = more;
    page.maxPageSize = static_cast<qint64>(pageSize);
    page.deviceList.reserve(static_cast<qsizetype>(indexes.size()));
    for (size_t i : indexes) {
        page.deviceList.append(CampaignLifecycle::deviceStatus(*campaign, devices[i], now));
        if (m_ctx.options.hostileReasons)
            page.deviceList.last().resultReason = hostileReason(devices[i].imei);
    }
    page.lastSeenDeviceId =
        page.deviceList.isEmpty() ? cursorText : page.deviceList.constLast().deviceId;
    SimResponse response = SimResponse::json(wire::toJson(page));
    if (m_pages.size() >= MaxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    m_pages.insert(cacheKey,
                   CachedPage{m_ctx.state.revision(), now, broken, ++m_uses, response.body});
    return response;
}

SimResponse ReportEndpoints::deviceHistory(const SimRequest& request)
{
    int account = -1;
    if (auto e = m_ctx.resolveAccount(request.args.at(0), &account))
        return *e;
    const auto imei = CampaignRules::parseImei(request.args.at(1));
    if (!imei)
        return SimResponse::error(errc::InvalidDeviceId,
                                  tr("'%1' is not a valid 15-digit IMEI.").arg(request.args.at(1)));
    const SimDevice* device = m_ctx.state.device(*imei);
    if (!device || device->account != account)
        return SimResponse::error(errc::UnknownDevice,
                                  tr("Device %1 does not exist in account %2.")
                                      .arg(request.args.at(1), request.args.at(0)));
    const qint64 now = m_ctx.nowMs();
    QList<wire::DeviceHistoryEntry> history;
    for (int index : device->campaigns) {
        const SimCampaign& c = *m_ctx.state.campaigns()[static_cast<size_t>(index)];
        const CampaignDevice* d = SimState::findCampaignDevice(c, *imei);
        if (!d)
            continue;
        const wire::DeviceStatus s = CampaignLifecycle::deviceStatus(c, *d, now);
        wire::DeviceHistoryEntry e;
        e.deviceId = s.deviceId;
        e.campaignId = c.id;
        e.accountName = request.args.at(0);
        e.firmwareName = c.firmwareName;
        e.firmwareFrom = c.firmwareFrom;
        e.firmwareTo = c.firmwareTo;
        e.startDate = c.startDate;
        e.reportUpdatedTime = s.updatedTime;
        e.status = s.status;
        e.reason = s.resultReason;
        history.append(e);
    }
    return SimResponse::json(wire::toJson(history));
}

} // namespace fotadesk::sim
