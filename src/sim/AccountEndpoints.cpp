// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/AccountEndpoints.h"

#include "api/wire/JsonCodec.h"
#include "sim/CampaignLifecycle.h"
#include "sim/CampaignRules.h"
#include "sim/SimError.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::AccountEndpoints", text);
}

} // namespace

void AccountEndpoints::install(SimRouter& router)
{
    using A = SimRouter::Access;
    router.add("GET", u"/api/fota/v3/subscriptions/{}"_s, A::Fota,
               [this](const SimRequest& r) { return subscription(r); });
    router.add("GET", u"/api/fota/v3/callbacks/{}"_s, A::Fota,
               [this](const SimRequest& r) { return getCallback(r); });
    router.add("POST", u"/api/fota/v3/callbacks/{}"_s, A::Fota,
               [this](const SimRequest& r) { return setCallback(r); });
    router.add("PUT", u"/api/fota/v3/callbacks/{}"_s, A::Fota,
               [this](const SimRequest& r) { return setCallback(r); });
    router.add("DELETE", u"/api/fota/v3/callbacks/{}"_s, A::Fota,
               [this](const SimRequest& r) { return deleteCallback(r); });
}

SimResponse AccountEndpoints::subscription(const SimRequest& request)
{
    int account = -1;
    if (auto e = m_ctx.resolveAccount(request.args.at(0), &account))
        return *e;
    const SimAccount& acc = m_ctx.state.accounts()[static_cast<size_t>(account)];
    wire::Subscription s;
    s.accountName = acc.name;
    s.purchaseType = acc.purchaseType;
    s.licenseCount = acc.licenseCount;
    s.licenseUsedCount = m_ctx.state.licensedCount(account);
    s.updateTime = CampaignLifecycle::isoTimestamp(acc.subscriptionUpdatedMs);
    return SimResponse::json(wire::toJson(s));
}

SimResponse AccountEndpoints::getCallback(const SimRequest& request)
{
    int account = -1;
    if (auto e = m_ctx.resolveAccount(request.args.at(0), &account))
        return *e;
    const SimAccount& acc = m_ctx.state.accounts()[static_cast<size_t>(account)];
    if (acc.callbackUrl.isEmpty())
        return SimResponse::error(
            errc::NoCallbackRegistered,
            tr("No callback URL is registered for account %1.").arg(acc.name));
    wire::CallbackInfo info;
    info.url = acc.callbackUrl;
    return SimResponse::json(wire::toJson(info));
}

SimResponse AccountEndpoints::setCallback(const SimRequest& request)
{
    int account = -1;
    if (auto e = m_ctx.resolveAccount(request.args.at(0), &account))
        return *e;
    QJsonObject body;
    if (auto e = SimContext::parseObject(request.body, &body))
        return *e;
    if (auto e = CampaignRules::requireFields(body, {u"url"_s}))
        return *e;
    if (!body.value(u"url"_s).isString())
        return SimResponse::error(errc::InvalidRequestBody, tr("'url' must be a string."));
    const auto decoded = wire::decodeCallbackInfo(body);
    if (!decoded)
        return SimResponse::error(errc::InvalidRequestBody, decoded.error().toString());
    const QUrl url(decoded->url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) ||
        url.host().isEmpty())
        return SimResponse::error(errc::InvalidCallbackUrl,
                                  tr("'%1' is not an absolute http(s) URL.").arg(decoded->url));
    m_ctx.state.account(account).callbackUrl = decoded->url;
    m_ctx.changed();
    if (m_ctx.onCallbackChanged)
        m_ctx.onCallbackChanged(account);
    wire::CallbackInfo info;
    info.url = decoded->url;
    return SimResponse::json(wire::toJson(info));
}

SimResponse AccountEndpoints::deleteCallback(const SimRequest& request)
{
    int account = -1;
    if (auto e = m_ctx.resolveAccount(request.args.at(0), &account))
        return *e;
    m_ctx.state.account(account).callbackUrl.clear();
    m_ctx.changed();
    if (m_ctx.onCallbackChanged)
        m_ctx.onCallbackChanged(account);
    wire::SuccessResult ok;
    ok.success = true;
    return SimResponse::json(wire::toJson(ok));
}

} // namespace fotadesk::sim
