// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/HttpTestClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonValue HttpResult::json() const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

QString HttpResult::describe() const
{
    return u"HTTP %1 (%2) %3"_s.arg(QString::number(status), errorString,
                                    QString::fromUtf8(body.left(500)));
}

HttpTestClient::HttpTestClient(const QString& baseUrl)
    : m_nam(std::make_unique<QNetworkAccessManager>())
    , m_baseUrl(baseUrl)
{}

HttpTestClient::~HttpTestClient() = default;

QString HttpTestClient::rootUrl() const
{
    QString root = m_baseUrl;
    if (root.endsWith(u"/api"_s))
        root.chop(4);
    return root;
}

QByteArray HttpTestClient::toJsonBytes(const QJsonValue& value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return {};
}

bool HttpTestClient::authenticate(const QString& clientId, const QString& clientSecret,
                                  const QString& username, const QString& password)
{
    const HttpResult token = requestToken(clientId, clientSecret);
    if (token.status != 200)
        return false;
    m_accessToken = token.object().value(u"access_token"_s).toString();
    const HttpResult session = login(username, password);
    if (session.status != 200)
        return false;
    m_sessionToken = session.object().value(u"sessionToken"_s).toString();
    return !m_accessToken.isEmpty() && !m_sessionToken.isEmpty();
}

HttpResult HttpTestClient::requestToken(const QString& clientId, const QString& clientSecret,
                                        const QByteArray& formBody)
{
    const QByteArray basic = (clientId + u':' + clientSecret).toUtf8().toBase64();
    return exchange("POST", QUrl(m_baseUrl + u"/ts/v1/oauth2/token"_s), formBody,
                    {{"Authorization", "Basic " + basic},
                     {"Content-Type", "application/x-www-form-urlencoded"}});
}

HttpResult HttpTestClient::login(const QString& username, const QString& password)
{
    const QJsonObject body{{u"username"_s, username}, {u"password"_s, password}};
    return exchange("POST", QUrl(m_baseUrl + u"/m2m/v1/session/login"_s), toJsonBytes(body),
                    {{"Authorization", "Bearer " + m_accessToken.toUtf8()},
                     {"Content-Type", "application/json"}});
}

HttpResult HttpTestClient::logout()
{
    return send("POST", u"/m2m/v1/session/logout"_s, QByteArray("{}"));
}

HttpResult HttpTestClient::get(const QString& path)
{
    return send("GET", path);
}

HttpResult HttpTestClient::post(const QString& path, const QJsonValue& body)
{
    return send("POST", path, toJsonBytes(body));
}

HttpResult HttpTestClient::put(const QString& path, const QJsonValue& body)
{
    return send("PUT", path, toJsonBytes(body));
}

HttpResult HttpTestClient::del(const QString& path)
{
    return send("DELETE", path);
}

HttpResult HttpTestClient::send(const QByteArray& method, const QString& path,
                                const QByteArray& body, const QByteArray& contentType,
                                bool withAuth,
                                const QList<QPair<QByteArray, QByteArray>>& extraHeaders)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        headers.append({"Content-Type", contentType});
    if (withAuth) {
        headers.append({"Authorization", "Bearer " + m_accessToken.toUtf8()});
        headers.append({"VZ-M2M-Token", m_sessionToken.toUtf8()});
    }
    headers.append(extraHeaders);
    return exchange(method, QUrl(m_baseUrl + path), body, headers);
}

HttpResult HttpTestClient::adminGet(const QString& path)
{
    return exchange("GET", QUrl(rootUrl() + path), {}, {});
}

HttpResult HttpTestClient::adminPost(const QString& path, const QJsonObject& body)
{
    return exchange("POST", QUrl(rootUrl() + path), toJsonBytes(body),
                    {{"Content-Type", "application/json"}});
}

QList<QJsonObject> HttpTestClient::deviceReport(const QString& account, const QString& campaignId,
                                                qint64* totalDevice)
{
    QList<QJsonObject> out;
    QString cursor = QStringLiteral("0");
    for (int page = 0; page < 10000; ++page) {
        const HttpResult r =
            get(QStringLiteral("/fota/v3/reports/%1/campaigns/%2/devices?lastSeenDeviceId=%3")
                    .arg(account, campaignId, cursor));
        if (r.status != 200)
            return {};
        const QJsonObject o = r.object();
        if (totalDevice)
            *totalDevice = o.value(QStringLiteral("totalDevice")).toInteger(-1);
        for (const QJsonValue& v : o.value(QStringLiteral("deviceList")).toArray())
            out.append(v.toObject());
        if (!o.value(QStringLiteral("hasMoreData")).toBool())
            break;
        cursor = o.value(QStringLiteral("lastSeenDeviceId")).toString();
    }
    return out;
}

QStringList HttpTestClient::campaignDeviceIds(const QString& account, const QString& campaignId)
{
    QStringList ids;
    for (const QJsonObject& d : deviceReport(account, campaignId))
        ids << d.value(QStringLiteral("deviceId")).toString();
    return ids;
}

int HttpTestClient::requestCount(const QString& route)
{
    const QJsonObject routes = adminGet(QStringLiteral("/admin/stats"))
                                   .object()
                                   .value(QStringLiteral("byRoute"))
                                   .toObject();
    const QJsonValue v = routes.value(route);
    return v.isObject() ? v.toObject().value(QStringLiteral("requests")).toInt() : v.toInt();
}

bool HttpTestClient::freezeClock()
{
    return adminPost(QStringLiteral("/admin/clock"), {{QStringLiteral("timeScale"), 0}}).status ==
           200;
}

bool HttpTestClient::advanceClock(qint64 seconds)
{
    return adminPost(QStringLiteral("/admin/clock"), {{QStringLiteral("advanceSeconds"), seconds}})
               .status == 200;
}

bool HttpTestClient::advanceClockToDays(int days, int hourUtc)
{
    const QDateTime now = QDateTime::fromString(adminGet(QStringLiteral("/admin/clock"))
                                                    .object()
                                                    .value(QStringLiteral("now"))
                                                    .toString(),
                                                Qt::ISODateWithMs)
                              .toUTC();
    if (!now.isValid())
        return false;
    const QDateTime target(now.date().addDays(days), QTime(hourUtc, 0), Qt::UTC);
    return advanceClock(now.secsTo(target));
}

QString HttpTestClient::syntheticCampaign(int devices, double failureRate, QString* failure)
{
    const HttpResult r = adminPost(
        QStringLiteral("/admin/campaigns/synthetic"),
        {{QStringLiteral("devices"), devices}, {QStringLiteral("failureRate"), failureRate}});
    const QString id =
        r.status == 200 ? r.object().value(QStringLiteral("id")).toString() : QString();
    if (id.isEmpty() && failure)
        *failure = r.describe();
    return id;
}

HttpResult HttpTestClient::exchange(const QByteArray& method, const QUrl& url,
                                    const QByteArray& body,
                                    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto& [key, value] : headers)
        request.setRawHeader(key, value);

    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QNetworkReply* reply = body.isEmpty() && method != "POST" && method != "PUT"
                               ? m_nam->sendCustomRequest(request, method)
                               : m_nam->sendCustomRequest(request, method, &buffer);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

} // namespace fotadesk::test
