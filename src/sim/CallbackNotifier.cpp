// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/CallbackNotifier.h"

#include "sim/CampaignLifecycle.h"
#include "sim/SimClock.h"
#include "sim/SimLogging.h"
#include "sim/SimState.h"
#include "sim/SimStats.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

CallbackNotifier::CallbackNotifier(SimState& state, SimClock& clock, SimStats& stats,
                                   int intervalMs, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_clock(clock)
    , m_stats(stats)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CallbackNotifier::poll);
    m_timer.start();
}

CallbackNotifier::~CallbackNotifier() = default;

bool CallbackNotifier::isDeliverable(const QString& text)
{
    const QUrl url(text);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        return false;
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void CallbackNotifier::poll()
{
    const qint64 now = m_clock.nowMs();
    const auto& accounts = m_state.accounts();
    for (int a = 0; a < static_cast<int>(accounts.size()); ++a) {
        const QString& url = accounts[static_cast<size_t>(a)].callbackUrl;
        if (url.isEmpty()) {
            m_accounts.remove(a);
            continue;
        }
        Account& seen = m_accounts[a];
        // A URL not seen being set (loaded from --state) starts from what is true now too.
        if (seen.url != url)
            baseline(a, seen, url);
        if (!isDeliverable(url)) {
            if (!seen.warned) {
                qCWarning(lcSim).noquote()
                    << u"callbacks: %1 is not a loopback URL; fotasim calls only 127.0.0.1, ::1 "
                       "or localhost, so nothing is sent to it"_s.arg(url);
                m_stats.recordCallback(CallbackOutcome::NotLoopback, 0);
                seen.warned = true;
            }
            continue;
        }
        QJsonArray events;
        for (const auto& campaign : m_state.campaigns()) {
            if (campaign->account != a)
                continue;
            auto it = seen.campaigns.find(campaign->id);
            const bool first = it == seen.campaigns.end();
            if (first)
                it = seen.campaigns.insert(campaign->id, Seen{});
            if (it->finished)
                continue;
            // Announced: a campaign that appears after the URL was registered.
            look(*campaign, now, *it, first, events);
        }
        for (qsizetype from = 0; from < events.size(); from += MaxEventsPerPost) {
            QJsonArray part;
            for (qsizetype i = from; i < std::min(events.size(), from + MaxEventsPerPost); ++i)
                part.append(events.at(i));
            post(accounts[static_cast<size_t>(a)].name, url, part);
        }
    }
}

void CallbackNotifier::registered(int account)
{
    const auto& accounts = m_state.accounts();
    if (account < 0 || account >= static_cast<int>(accounts.size()))
        return;
    const QString& url = accounts[static_cast<size_t>(account)].callbackUrl;
    if (url.isEmpty()) {
        m_accounts.remove(account);
        return;
    }
    baseline(account, m_accounts[account], url);
}

void CallbackNotifier::baseline(int account, Account& seen, const QString& url)
{
    // The past is not replayed: every campaign and device as it is now is the starting point.
    seen = Account{};
    seen.url = url;
    const qint64 now = m_clock.nowMs();
    QJsonArray none;
    for (const auto& campaign : m_state.campaigns())
        if (campaign->account == account)
            look(*campaign, now, seen.campaigns[campaign->id], false, none);
}

void CallbackNotifier::look(const SimCampaign& campaign, qint64 nowMs, Seen& seen, bool announce,
                            QJsonArray& events)
{
    const QString at = CampaignLifecycle::isoTimestamp(nowMs).raw;
    const QString status = CampaignLifecycle::status(campaign, nowMs);
    const bool firstLook = seen.campaignStatus.isEmpty();
    if (status != seen.campaignStatus && (!firstLook || announce)) {
        QJsonObject e{{u"type"_s, u"CampaignStatus"_s},
                      {u"campaignId"_s, campaign.id},
                      {u"campaignName"_s, campaign.campaignName},
                      {u"status"_s, status},
                      {u"time"_s, at}};
        e.insert(u"previousStatus"_s,
                 firstLook ? QJsonValue(QJsonValue::Null) : QJsonValue(seen.campaignStatus));
        events.append(e);
    }
    seen.campaignStatus = status;
    bool allFinal = true;
    for (const CampaignDevice& d : campaign.devices) {
        const wire::DeviceStatus ds = CampaignLifecycle::deviceStatus(campaign, d, nowMs);
        auto it = seen.devices.find(d.imei.value());
        if (it == seen.devices.end()) {
            // A device's first status is where it starts, not a change.
            seen.devices.insert(d.imei.value(), ds.status);
        } else if (*it != ds.status) {
            QJsonObject e{{u"type"_s, u"DeviceStatus"_s}, {u"campaignId"_s, campaign.id},
                          {u"deviceId"_s, ds.deviceId},   {u"status"_s, ds.status},
                          {u"previousStatus"_s, *it},     {u"time"_s, at}};
            if (!ds.resultReason.isEmpty())
                e.insert(u"reason"_s, ds.resultReason);
            events.append(e);
            *it = ds.status;
        }
        if (ds.status != status::UpgradeSuccess && ds.status != status::UpgradeFailed &&
            ds.status != status::UpgradeCancelled)
            allFinal = false;
    }
    seen.finished = CampaignLifecycle::isTerminal(status) && allFinal;
}

void CallbackNotifier::post(const QString& accountName, const QString& url,
                            const QJsonArray& events)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    const QJsonObject body{{u"source"_s, u"fotasim"_s},
                           {u"accountName"_s, accountName},
                           {u"sentAt"_s, CampaignLifecycle::isoTimestamp(m_clock.nowMs()).raw},
                           {u"events"_s, events}};
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(10'000);
    QNetworkReply* reply =
        m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const int count = static_cast<int>(events.size());
    connect(reply, &QNetworkReply::finished, this, [this, reply, count, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            m_stats.recordCallback(CallbackOutcome::Delivered, count);
            return;
        }
        m_stats.recordCallback(CallbackOutcome::Failed, count);
        qCWarning(lcSim).noquote() << u"callbacks: POST %1 failed (%2): %3 events not delivered"_s
                                          .arg(url, reply->errorString())
                                          .arg(count);
    });
}

} // namespace fotadesk::sim
