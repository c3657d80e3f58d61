// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/VerifyScenario.h"

#include "support/HttpTestClient.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

namespace {

QDate today(HttpTestClient& client)
{
    const QString now = client.adminGet(u"/admin/clock"_s).object().value(u"now"_s).toString();
    return QDateTime::fromString(now, Qt::ISODateWithMs).toUTC().date();
}

/// Runs the campaigns started so far to their end (a few simulated days) and signs in again.
bool runToTheEnd(HttpTestClient& client)
{
    return client.advanceClockToDays(5, 12) && client.authenticate();
}

QStringList succeededIn(HttpTestClient& client, const QString& account, const QString& campaign)
{
    QStringList ids;
    for (const QJsonObject& d : client.deviceReport(account, campaign)) {
        if (d.value(u"status"_s).toString() == u"UpgradeSuccess"_s)
            ids.append(d.value(u"deviceId"_s).toString());
    }
    return ids;
}

} // namespace

QString VerifyScenario::upgradedCampaign(HttpTestClient& client, int devices, QString* error)
{
    if (!client.freezeClock()) {
        *error = u"the fotasim clock could not be frozen"_s;
        return {};
    }
    const QDate start = today(client).addDays(1);
    const HttpResult created = client.adminPost(
        u"/admin/campaigns/synthetic"_s, {{u"devices"_s, devices},
                                          {u"failureRate"_s, 0.0},
                                          {u"startDate"_s, start.toString(Qt::ISODate)},
                                          {u"endDate"_s, start.addDays(2).toString(Qt::ISODate)}});
    const QString id = created.object().value(u"id"_s).toString();
    if (created.status != 200 || id.isEmpty()) {
        *error = u"synthetic campaign refused: "_s + created.describe();
        return {};
    }
    if (!runToTheEnd(client)) {
        *error = u"the fotasim clock could not be moved on"_s;
        return {};
    }
    return id;
}

VerifyScenario VerifyScenario::create(HttpTestClient& client, const QString& account, int devices,
                                      int mismatches, int unreachable)
{
    VerifyScenario s;
    const auto fail = [&s](const QString& why) {
        s.error = why;
        return s;
    };
    if (devices < mismatches + unreachable + 1)
        return fail(u"too few devices for the scenario"_s);
    s.campaignId = upgradedCampaign(client, devices, &s.error);
    if (s.campaignId.isEmpty())
        return s;
    const HttpResult campaign =
        client.get(u"/fota/v3/campaigns/%1/%2"_s.arg(account, s.campaignId));
    const QJsonObject c = campaign.object();
    s.firmwareTo = c.value(u"firmwareTo"_s).toString();
    s.succeeded = succeededIn(client, account, s.campaignId);
    s.succeeded.sort();
    if (s.succeeded.size() != devices)
        return fail(u"%1 of %2 devices upgraded"_s.arg(s.succeeded.size()).arg(devices));

    // The next package of the same model: from firmwareTo on.
    QJsonObject next;
    for (const QJsonValue& v :
         client.get(u"/fota/v3/firmware/%1?protocol=all"_s.arg(account)).array()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"model"_s) == c.value(u"model"_s) &&
            p.value(u"firmwareFrom"_s).toString() == s.firmwareTo)
            next = p;
    }
    if (next.isEmpty())
        return fail(u"no package upgrades "_s + s.firmwareTo);
    s.newerFirmware = next.value(u"firmwareTo"_s).toString();

    // The service knows a device's firmware from its last report: the devices report once
    // (a firmware sync), then join the second campaign.
    QJsonArray further;
    for (int i = 0; i < mismatches; ++i)
        further.append(s.succeeded.at(i));
    const HttpResult synced = client.put(u"/fota/v3/firmware/%1/devices"_s.arg(account),
                                         QJsonObject{{u"deviceList"_s, further}});
    if (synced.status != 200)
        return fail(u"firmware sync: "_s + synced.describe());
    const QDate start = today(client).addDays(1);
    const HttpResult second =
        client.post(u"/fota/v3/campaigns/firmware/%1"_s.arg(account),
                    QJsonObject{{u"campaignName"_s, u"Next release"_s},
                                {u"firmwareName"_s, next.value(u"firmwareName"_s)},
                                {u"firmwareFrom"_s, next.value(u"firmwareFrom"_s)},
                                {u"firmwareTo"_s, next.value(u"firmwareTo"_s)},
                                {u"protocol"_s, next.value(u"protocol"_s)},
                                {u"startDate"_s, start.toString(Qt::ISODate)},
                                {u"endDate"_s, start.addDays(2).toString(Qt::ISODate)},
                                {u"deviceList"_s, further},
                                {u"autoAssignLicenseFlag"_s, false},
                                {u"autoAddDevicesFlag"_s, false}});
    const QString secondId = second.object().value(u"id"_s).toString();
    if (second.status != 200 || secondId.isEmpty())
        return fail(u"second campaign: "_s + second.describe());
    if (!runToTheEnd(client))
        return fail(u"the fotasim clock could not be moved on"_s);
    s.mismatch = succeededIn(client, account, secondId);
    if (s.mismatch.isEmpty())
        return fail(u"no device of the second campaign upgraded"_s);

    for (const QString& id : std::as_const(s.succeeded)) {
        if (s.mismatch.contains(id) || further.contains(id))
            continue;
        if (s.unreachable.size() < unreachable) {
            const HttpResult r = client.adminPost(u"/admin/devices/%1/reachability"_s.arg(id),
                                                  {{u"reachable"_s, false}});
            if (r.status != 200)
                return fail(u"reachability: "_s + r.describe());
            s.unreachable.append(id);
        } else {
            s.verified.append(id);
        }
    }
    // A device that joined the second campaign and failed there still runs firmwareTo.
    for (const QJsonValue& v : std::as_const(further)) {
        if (!s.mismatch.contains(v.toString()))
            s.verified.append(v.toString());
    }
    s.verified.sort();
    return s;
}

} // namespace fotadesk::test
