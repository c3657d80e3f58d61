// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/SimState.h"

#include "sim/CampaignLifecycle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::SimState", text);
}

QString hex(quint64 value, int digits)
{
    return QString::number(value, 16).rightJustified(digits, u'0').right(digits);
}

QJsonArray windowsToJson(const QList<TimeWindow>& windows)
{
    QJsonArray a;
    for (const TimeWindow& w : windows)
        a.append(QJsonArray{w.startTime, w.endTime});
    return a;
}

QList<TimeWindow> windowsFromJson(const QJsonArray& a)
{
    QList<TimeWindow> windows;
    for (const QJsonValue& v : a) {
        const QJsonArray pair = v.toArray();
        windows.append(TimeWindow{pair.at(0).toInt(), pair.at(1).toInt()});
    }
    return windows;
}

qint64 toMs(const QJsonValue& v)
{
    return static_cast<qint64>(v.toDouble());
}

} // namespace

SimState::SimState() = default;
SimState::~SimState() = default;
SimState::SimState(SimState&&) noexcept = default;
SimState& SimState::operator=(SimState&&) noexcept = default;

int SimState::addAccount(const SimAccount& account)
{
    m_accounts.push_back(account);
    m_licensedCache.emplace_back();
    m_licensedDirty.push_back(true);
    m_licensedCounts.push_back(0);
    touch();
    return static_cast<int>(m_accounts.size()) - 1;
}

int SimState::accountIndex(const QString& name) const
{
    for (size_t i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts[i].name == name)
            return static_cast<int>(i);
    }
    return -1;
}

int SimState::addModel(const DeviceModel& model)
{
    m_models.push_back(model);
    return static_cast<int>(m_models.size()) - 1;
}

int SimState::modelIndex(const QString& make, const QString& model) const
{
    for (size_t i = 0; i < m_models.size(); ++i) {
        if (m_models[i].make == make && m_models[i].model == model)
            return static_cast<int>(i);
    }
    return -1;
}

void SimState::addFirmware(const FirmwareRecord& firmware)
{
    m_firmware.push_back(firmware);
    touch();
}

const FirmwareRecord* SimState::findFirmware(const QString& name) const
{
    for (const FirmwareRecord& f : m_firmware) {
        if (f.firmwareName == name)
            return &f;
    }
    return nullptr;
}

bool SimState::addDevice(const SimDevice& device)
{
    if (m_deviceIndex.contains(device.imei.value()))
        return false;
    m_deviceIndex.insert(device.imei.value(), static_cast<int>(m_devices.size()));
    m_devices.push_back(device);
    if (device.licensedAtMs != 0) {
        m_licensedDirty[static_cast<size_t>(device.account)] = true;
        ++m_licensedCounts[static_cast<size_t>(device.account)];
    }
    touch();
    return true;
}

SimDevice* SimState::device(Imei imei)
{
    const auto it = m_deviceIndex.constFind(imei.value());
    return it == m_deviceIndex.cend() ? nullptr : &m_devices[static_cast<size_t>(*it)];
}

const SimDevice* SimState::device(Imei imei) const
{
    const auto it = m_deviceIndex.constFind(imei.value());
    return it == m_deviceIndex.cend() ? nullptr : &m_devices[static_cast<size_t>(*it)];
}

QString SimState::currentFirmware(const SimDevice& device, qint64 nowMs) const
{
    QString firmware = device.firmware;
    for (int index : device.campaigns) {
        const SimCampaign& c = *m_campaigns[static_cast<size_t>(index)];
        const CampaignDevice* d = findCampaignDevice(c, device.imei);
        if (d && CampaignLifecycle::upgraded(c, *d, nowMs))
            firmware = c.firmwareTo;
    }
    return firmware;
}

QString SimState::reportedFirmware(const SimDevice& device)
{
    return device.reportedFirmware.isEmpty() ? device.firmware : device.reportedFirmware;
}

QString SimState::reportFirmware(SimDevice& device, qint64 nowMs)
{
    device.reportedFirmware = currentFirmware(device, nowMs);
    device.reportedAtMs = nowMs;
    device.lastConnectionMs = std::max(device.lastConnectionMs, nowMs);
    touch();
    return device.reportedFirmware;
}

QString SimState::inventoryProtocol(const SimDevice& device) const
{
    if (!device.protocol.isEmpty())
        return device.protocol;
    const QString& p = m_models[static_cast<size_t>(device.model)].protocol;
    return p == u"OMD-DM"_s ? u"OMADM"_s : p;
}

Imei SimState::nextSyntheticImei()
{
    for (;;) {
        const quint64 n = m_nextSynthetic++;
        const quint64 tac = 86427699ULL - n / 1'000'000ULL;
        const quint64 serial = n % 1'000'000ULL;
        const Imei imei = Imei::completeFrom14(tac * 1'000'000ULL + serial);
        if (!m_deviceIndex.contains(imei.value()))
            return imei;
    }
}

void SimState::setLicensed(SimDevice& device, qint64 atMs)
{
    if ((device.licensedAtMs != 0) != (atMs != 0))
        m_licensedCounts[static_cast<size_t>(device.account)] += atMs != 0 ? 1 : -1;
    device.licensedAtMs = atMs;
    m_licensedDirty[static_cast<size_t>(device.account)] = true;
    touch();
}

void SimState::clearLicense(SimDevice& device)
{
    if (device.licensedAtMs != 0)
        --m_licensedCounts[static_cast<size_t>(device.account)];
    device.licensedAtMs = 0;
    m_licensedDirty[static_cast<size_t>(device.account)] = true;
    touch();
}

const std::vector<quint64>& SimState::licensedSorted(int account) const
{
    const auto a = static_cast<size_t>(account);
    if (m_licensedDirty[a]) {
        std::vector<quint64>& list = m_licensedCache[a];
        list.clear();
        for (const SimDevice& d : m_devices) {
            if (d.account == account && d.licensedAtMs != 0)
                list.push_back(d.imei.value());
        }
        std::sort(list.begin(), list.end());
        m_licensedDirty[a] = false;
    }
    return m_licensedCache[a];
}

qint64 SimState::licensedCount(int account) const
{
    // Kept as licenses change: a chunk of 1,000 assignments asks 1,000 times, and the sorted
    // list would be rebuilt after each one.
    return m_licensedCounts[static_cast<size_t>(account)];
}

SimCampaign* SimState::campaign(const QString& id)
{
    const auto it = m_campaignIndex.constFind(id);
    return it == m_campaignIndex.cend() ? nullptr : m_campaigns[static_cast<size_t>(*it)].get();
}

int SimState::campaignIndexOf(const SimCampaign& campaign) const
{
    return m_campaignIndex.value(campaign.id, -1);
}

SimCampaign& SimState::addCampaign(SimCampaign campaign)
{
    const quint64 n = m_nextCampaignNumber++;
    if (campaign.id.isEmpty()) {
        const quint64 a = mix(seed ^ mix(n));
        const quint64 b = mix(a ^ n);
        campaign.id = hex(a >> 32, 8) + u'-' + hex(a >> 16, 4) + u"-4"_s + hex(a, 3) + u'-' +
                      hex(0x8000 | (b >> 48 & 0x3fff), 4) + u'-' + hex(b, 12);
    }
    if (campaign.seed == 0)
        campaign.seed = mix(seed ^ (n << 20));
    std::vector<CampaignDevice> devices = std::move(campaign.devices);
    campaign.devices.clear();
    const int index = static_cast<int>(m_campaigns.size());
    m_campaignIndex.insert(campaign.id, index);
    m_campaigns.push_back(std::make_unique<SimCampaign>(std::move(campaign)));
    SimCampaign& added = *m_campaigns.back();
    addCampaignDevices(added, std::move(devices));
    touch();
    return added;
}

void SimState::addCampaignDevices(SimCampaign& campaign, std::vector<CampaignDevice> devices)
{
    const int index = campaignIndexOf(campaign);
    std::sort(devices.begin(), devices.end(),
              [](const CampaignDevice& a, const CampaignDevice& b) { return a.imei < b.imei; });
    std::vector<CampaignDevice> merged;
    merged.reserve(campaign.devices.size() + devices.size());
    auto a = campaign.devices.begin();
    auto b = devices.begin();
    while (a != campaign.devices.end() || b != devices.end()) {
        if (b == devices.end() || (a != campaign.devices.end() && a->imei < b->imei)) {
            merged.push_back(*a++);
        } else if (a != campaign.devices.end() && a->imei == b->imei) {
            merged.push_back(*a++);
            ++b; // already in the campaign
        } else {
            if (!merged.empty() && merged.back().imei == b->imei) {
                ++b; // duplicate in the input
                continue;
            }
            if (SimDevice* d = device(b->imei))
                d->campaigns.append(index);
            merged.push_back(*b++);
        }
    }
    campaign.devices = std::move(merged);
    campaign.brokenOrder.clear();
    touch();
}

int SimState::removeCampaignDevices(SimCampaign& campaign, const std::vector<quint64>& imeis)
{
    const int index = campaignIndexOf(campaign);
    std::vector<quint64> sorted = imeis;
    std::sort(sorted.begin(), sorted.end());
    const auto before = campaign.devices.size();
    std::erase_if(campaign.devices, [&](const CampaignDevice& d) {
        if (!std::binary_search(sorted.begin(), sorted.end(), d.imei.value()))
            return false;
        if (SimDevice* dev = device(d.imei))
            dev->campaigns.removeAll(index);
        return true;
    });
    campaign.brokenOrder.clear();
    touch();
    return static_cast<int>(before - campaign.devices.size());
}

const CampaignDevice* SimState::findCampaignDevice(const SimCampaign& campaign, Imei imei)
{
    const auto it =
        std::lower_bound(campaign.devices.begin(), campaign.devices.end(), imei,
                         [](const CampaignDevice& d, Imei value) { return d.imei < value; });
    return it != campaign.devices.end() && it->imei == imei ? &*it : nullptr;
}

QJsonObject SimState::toJson() const
{
    QJsonObject root;
    root.insert(u"seed"_s, QString::number(seed));
    root.insert(u"nextCampaignNumber"_s, static_cast<double>(m_nextCampaignNumber));
    root.insert(u"nextSynthetic"_s, static_cast<double>(m_nextSynthetic));

    QJsonArray accounts;
    for (const SimAccount& a : m_accounts) {
        accounts.append(QJsonObject{
            {u"name"_s, a.name},
            {u"purchaseType"_s, a.purchaseType},
            {u"licenseCount"_s, static_cast<double>(a.licenseCount)},
            {u"callbackUrl"_s, a.callbackUrl},
            {u"subscriptionUpdatedMs"_s, static_cast<double>(a.subscriptionUpdatedMs)}});
    }
    root.insert(u"accounts"_s, accounts);

    QJsonArray models;
    for (const DeviceModel& m : m_models) {
        models.append(QJsonObject{{u"make"_s, m.make},
                                  {u"model"_s, m.model},
                                  {u"tac"_s, static_cast<double>(m.tac)},
                                  {u"protocol"_s, m.protocol},
                                  {u"baseFirmware"_s, m.baseFirmware}});
    }
    root.insert(u"models"_s, models);

    QJsonArray firmware;
    for (const FirmwareRecord& f : m_firmware) {
        firmware.append(QJsonObject{{u"firmwareName"_s, f.firmwareName},
                                    {u"firmwareFrom"_s, f.firmwareFrom},
                                    {u"firmwareTo"_s, f.firmwareTo},
                                    {u"launchMs"_s, static_cast<double>(f.launchMs)},
                                    {u"releaseNote"_s, f.releaseNote},
                                    {u"make"_s, f.make},
                                    {u"model"_s, f.model},
                                    {u"protocol"_s, f.protocol}});
    }
    root.insert(u"firmware"_s, firmware);

    // Devices as compact rows: [imei, model, account, firmware, licensedAtMs, reportedFirmware,
    // reportedAtMs, fotaEligible, protocol, lastConnectionMs, createdAtMs, reachable].
    QJsonArray devices;
    for (const SimDevice& d : m_devices) {
        devices.append(QJsonArray{d.imei.toString(), d.model, d.account, d.firmware,
                                  static_cast<double>(d.licensedAtMs), d.reportedFirmware,
                                  static_cast<double>(d.reportedAtMs), d.fotaEligible, d.protocol,
                                  static_cast<double>(d.lastConnectionMs),
                                  static_cast<double>(d.createdAtMs), d.reachable});
    }
    root.insert(u"devices"_s, devices);

    QJsonArray campaigns;
    for (const auto& cp : m_campaigns) {
        const SimCampaign& c = *cp;
        QJsonArray rows;
        for (const CampaignDevice& d : c.devices) {
            rows.append(QJsonArray{d.imei.toString(), static_cast<double>(d.addedAtMs),
                                   static_cast<int>(d.join)});
        }
        campaigns.append(QJsonObject{
            {u"id"_s, c.id},
            {u"account"_s, c.account},
            {u"campaignName"_s, c.campaignName},
            {u"firmwareName"_s, c.firmwareName},
            {u"firmwareFrom"_s, c.firmwareFrom},
            {u"firmwareTo"_s, c.firmwareTo},
            {u"protocol"_s, c.protocol},
            {u"make"_s, c.make},
            {u"model"_s, c.model},
            {u"startDate"_s, c.startDate.toString(Qt::ISODate)},
            {u"endDate"_s, c.endDate.toString(Qt::ISODate)},
            {u"timeWindows"_s, windowsToJson(c.timeWindows)},
            {u"autoAssign"_s, c.autoAssignLicenseFlag},
            {u"autoAdd"_s, c.autoAddDevicesFlag},
            {u"createdAtMs"_s, static_cast<double>(c.createdAtMs)},
            {u"datesChangedAtMs"_s, static_cast<double>(c.datesChangedAtMs)},
            {u"cancelledAtMs"_s, static_cast<double>(c.cancelledAtMs)},
            {u"cancelStatus"_s, c.cancelStatus},
            {u"fixedStatus"_s, c.fixedStatus},
            {u"failureRate"_s, c.failureRate},
            {u"seed"_s, QString::number(c.seed)},
            {u"devices"_s, rows},
        });
    }
    root.insert(u"campaigns"_s, campaigns);
    return root;
}

std::optional<SimState> SimState::fromJson(const QJsonObject& json, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (const char* key : {"accounts", "models", "firmware", "devices", "campaigns"}) {
        if (!json.value(QLatin1String(key)).isArray())
            return fail(tr("the state has no '%1' array").arg(QLatin1String(key)));
    }
    SimState s;
    bool ok = false;
    s.seed = json.value(u"seed"_s).toString().toULongLong(&ok);
    if (!ok)
        return fail(tr("the state has no valid 'seed'"));
    s.m_nextCampaignNumber = static_cast<quint64>(json.value(u"nextCampaignNumber"_s).toDouble());
    s.m_nextSynthetic = static_cast<quint64>(json.value(u"nextSynthetic"_s).toDouble());

    for (const QJsonValue& v : json.value(u"accounts"_s).toArray()) {
        const QJsonObject o = v.toObject();
        SimAccount a;
        a.name = o.value(u"name"_s).toString();
        a.purchaseType = o.value(u"purchaseType"_s).toString();
        a.licenseCount = toMs(o.value(u"licenseCount"_s));
        a.callbackUrl = o.value(u"callbackUrl"_s).toString();
        a.subscriptionUpdatedMs = toMs(o.value(u"subscriptionUpdatedMs"_s));
        if (a.name.isEmpty())
            return fail(tr("an account without a name"));
        s.addAccount(a);
    }
    for (const QJsonValue& v : json.value(u"models"_s).toArray()) {
        const QJsonObject o = v.toObject();
        s.addModel(DeviceModel{o.value(u"make"_s).toString(), o.value(u"model"_s).toString(),
                               static_cast<quint32>(o.value(u"tac"_s).toDouble()),
                               o.value(u"protocol"_s).toString(),
                               o.value(u"baseFirmware"_s).toString()});
    }
    for (const QJsonValue& v : json.value(u"firmware"_s).toArray()) {
        const QJsonObject o = v.toObject();
        s.addFirmware(FirmwareRecord{
            o.value(u"firmwareName"_s).toString(), o.value(u"firmwareFrom"_s).toString(),
            o.value(u"firmwareTo"_s).toString(), toMs(o.value(u"launchMs"_s)),
            o.value(u"releaseNote"_s).toString(), o.value(u"make"_s).toString(),
            o.value(u"model"_s).toString(), o.value(u"protocol"_s).toString()});
    }
    const auto accountCount = static_cast<int>(s.m_accounts.size());
    const auto modelCount = static_cast<int>(s.m_models.size());
    for (const QJsonValue& v : json.value(u"devices"_s).toArray()) {
        const QJsonArray row = v.toArray();
        const auto imei = Imei::fromString(row.at(0).toString());
        SimDevice d;
        d.model = row.at(1).toInt(-1);
        d.account = row.at(2).toInt(-1);
        d.firmware = row.at(3).toString();
        d.licensedAtMs = toMs(row.at(4));
        if (row.size() > 5) { // rows written before the inventory have five members
            d.reportedFirmware = row.at(5).toString();
            d.reportedAtMs = toMs(row.at(6));
            d.fotaEligible = row.at(7).toBool(true);
            d.protocol = row.at(8).toString();
            d.lastConnectionMs = toMs(row.at(9));
            d.createdAtMs = toMs(row.at(10));
        }
        if (row.size() > 11) // rows written before reachability have eleven members
            d.reachable = row.at(11).toBool(true);
        if (!imei || d.model < 0 || d.model >= modelCount || d.account < 0 ||
            d.account >= accountCount)
            return fail(
                tr("a malformed device row: %1")
                    .arg(QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact))));
        d.imei = *imei;
        if (!s.addDevice(d))
            return fail(tr("device %1 appears twice").arg(imei->toString()));
    }
    for (const QJsonValue& v : json.value(u"campaigns"_s).toArray()) {
        const QJsonObject o = v.toObject();
        SimCampaign c;
        c.id = o.value(u"id"_s).toString();
        c.account = o.value(u"account"_s).toInt(-1);
        c.campaignName = o.value(u"campaignName"_s).toString();
        c.firmwareName = o.value(u"firmwareName"_s).toString();
        c.firmwareFrom = o.value(u"firmwareFrom"_s).toString();
        c.firmwareTo = o.value(u"firmwareTo"_s).toString();
        c.protocol = o.value(u"protocol"_s).toString();
        c.make = o.value(u"make"_s).toString();
        c.model = o.value(u"model"_s).toString();
        c.startDate = QDate::fromString(o.value(u"startDate"_s).toString(), Qt::ISODate);
        c.endDate = QDate::fromString(o.value(u"endDate"_s).toString(), Qt::ISODate);
        c.timeWindows = windowsFromJson(o.value(u"timeWindows"_s).toArray());
        c.autoAssignLicenseFlag = o.value(u"autoAssign"_s).toBool();
        c.autoAddDevicesFlag = o.value(u"autoAdd"_s).toBool();
        c.createdAtMs = toMs(o.value(u"createdAtMs"_s));
        c.datesChangedAtMs = toMs(o.value(u"datesChangedAtMs"_s));
        c.cancelledAtMs = toMs(o.value(u"cancelledAtMs"_s));
        c.cancelStatus = o.value(u"cancelStatus"_s).toString();
        c.fixedStatus = o.value(u"fixedStatus"_s).toString();
        c.failureRate = o.value(u"failureRate"_s).toDouble();
        c.seed = o.value(u"seed"_s).toString().toULongLong();
        if (c.id.isEmpty() || c.account < 0 || c.account >= accountCount ||
            !c.startDate.isValid() || !c.endDate.isValid() || c.seed == 0)
            return fail(tr("a malformed campaign '%1'").arg(c.id));
        for (const QJsonValue& rv : o.value(u"devices"_s).toArray()) {
            const QJsonArray row = rv.toArray();
            const auto imei = Imei::fromString(row.at(0).toString());
            const int join = row.at(2).toInt(-1);
            if (!imei || join < 0 || join > static_cast<int>(JoinResult::ProtocolMismatch))
                return fail(tr("a malformed device row in campaign '%1'").arg(c.id));
            c.devices.push_back(
                CampaignDevice{*imei, toMs(row.at(1)), static_cast<JoinResult>(join)});
        }
        const quint64 keepNext = s.m_nextCampaignNumber;
        s.addCampaign(std::move(c));
        s.m_nextCampaignNumber = keepNext;
    }
    return s;
}

} // namespace fotadesk::sim
