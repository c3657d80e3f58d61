// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RolloutBandsIo.h"

#include "api/wire/JsonCodec.h"
#include "core/RolloutBands.h"
#include "core/TimeWindowList.h"
#include "workflow/RolloutAdvance.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fotadesk::ctl {

namespace {

QJsonArray windowsJson(const QList<TimeWindow>& windows)
{
    QJsonArray a;
    for (const TimeWindow& w : windows)
        a.append(u"%1-%2"_s.arg(w.startTime).arg(w.endTime));
    return a;
}

} // namespace

QJsonArray rolloutBandsJson(const RolloutRecord& r, int number, const QDate& today)
{
    QJsonArray out;
    const RolloutWaveRecord* wave = r.wave(number);
    if (!wave || !RolloutAdvance::isBanded(r, number))
        return out;
    const QList<TimeWindow> local =
        RolloutAdvance::scheduleOf(r, number).localWindows.value_or(QList<TimeWindow>{});
    const QList<RolloutBandCampaign> stored = r.bandsOf(number);
    if (stored.isEmpty()) {
        // Not journaled yet: as it would be sent today.
        QString error;
        const auto requests = RolloutAdvance::bandRequests(r, number, today, &error);
        if (!error.isEmpty())
            out.append(QJsonObject{{u"error"_s, error}});
        for (const auto& b : requests)
            out.append(QJsonObject{{u"label"_s, b.label},
                                   {u"zones"_s, QJsonArray::fromStringList(b.zones)},
                                   {u"deviceCount"_s, b.request.deviceList.size()},
                                   {u"utcWindows"_s, windowsJson(b.request.timeWindows)},
                                   {u"campaignName"_s, b.request.campaignName},
                                   {u"campaignId"_s, QString()},
                                   {u"warnings"_s, QJsonArray::fromStringList(b.warnings)}});
        return out;
    }
    for (const RolloutBandCampaign& b : stored) {
        const auto request = wire::decodeCampaignRequest(b.request);
        const wire::CampaignRequest sent = request ? request.value() : wire::CampaignRequest{};
        // The warnings of the dates it was journaled with (the same conversion again).
        const RolloutBands again =
            RolloutBands::compute(b.devices, r.deviceZones, local, sent.startDate, sent.endDate);
        const RolloutBand mine = again.bands.value(0);
        out.append(QJsonObject{{u"label"_s, b.label},
                               {u"zones"_s, QJsonArray::fromStringList(mine.zones)},
                               {u"deviceCount"_s, b.devices.size()},
                               {u"utcWindows"_s, windowsJson(sent.timeWindows)},
                               {u"campaignName"_s, sent.campaignName},
                               {u"campaignId"_s, b.campaignId},
                               {u"warnings"_s, QJsonArray::fromStringList(mine.warnings)}});
    }
    return out;
}

QString rolloutBandsText(const RolloutRecord& r, const QDate& today)
{
    QString text;
    for (const RolloutWaveRecord& w : r.waves) {
        const QJsonArray bands = rolloutBandsJson(r, w.number, today);
        if (bands.isEmpty())
            continue;
        const auto local = RolloutAdvance::scheduleOf(r, w.number).localWindows;
        text += u"  wave %1: one campaign per time-zone band (local %2)%3:\n"_s.arg(w.number).arg(
            TimeWindowList::toDisplayString(local.value_or(QList<TimeWindow>{})).remove(u" UTC"_s),
            r.bandsOf(w.number).isEmpty() ? u", as it would start today"_s : QString());
        for (const QJsonValue& v : bands) {
            const QJsonObject b = v.toObject();
            if (b.contains(u"error"_s)) {
                text += u"    cannot start: %1\n"_s.arg(b.value(u"error"_s).toString());
                continue;
            }
            QList<TimeWindow> windows;
            for (const QJsonValue& h : b.value(u"utcWindows"_s).toArray()) {
                const QStringList p = h.toString().split(u'-');
                windows << TimeWindow{p.value(0).toInt(), p.value(1).toInt()};
            }
            QStringList zones;
            for (const QJsonValue& z : b.value(u"zones"_s).toArray())
                zones << z.toString();
            const QString id = b.value(u"campaignId"_s).toString();
            text +=
                u"    %1: %2 devices (%3), %4, campaign %5\n"_s.arg(b.value(u"label"_s).toString())
                    .arg(b.value(u"deviceCount"_s).toInt())
                    .arg(zones.join(u", "_s), TimeWindowList::toDisplayString(windows),
                         id.isEmpty() ? u"not created yet"_s : id);
            for (const QJsonValue& warning : b.value(u"warnings"_s).toArray())
                text += u"      daylight-saving: %1\n"_s.arg(warning.toString());
        }
    }
    return text;
}

} // namespace fotadesk::ctl
