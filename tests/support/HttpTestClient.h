// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>

#include <memory>

namespace fotadesk::test {

/// One HTTP exchange as a test sees it.
struct HttpResult
{
    int status = 0; ///< HTTP status, 0 when no answer came (dropped, refused, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    /// The value of a response header (case-insensitive name), or empty.
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    /// The body parsed as JSON (Undefined when it is not JSON).
    [[nodiscard]] QJsonValue json() const;
    [[nodiscard]] QJsonObject object() const { return json().toObject(); }
    [[nodiscard]] QJsonArray array() const { return json().toArray(); }
    /// errorCode of a 400 body, or empty.
    [[nodiscard]] QString errorCode() const
    {
        return object().value(QStringLiteral("errorCode")).toString();
    }
    /// "HTTP 400 {...}" for failure messages.
    [[nodiscard]] QString describe() const;
};

/// A small synchronous HTTP helper for tests against fotasim (loopback only):
/// gets a bearer token and a session token, then sends JSON requests carrying
/// both, and returns status, headers and body. Paths are relative to the base
/// URL ("http://127.0.0.1:PORT/api"), e.g. "/fota/v3/firmware/0000123456-00001";
/// admin paths ("/admin/clock") are relative to the server root.
class HttpTestClient final
{
public:
    explicit HttpTestClient(const QString& baseUrl);
    ~HttpTestClient();
    HttpTestClient(const HttpTestClient&) = delete;
    HttpTestClient& operator=(const HttpTestClient&) = delete;

    /// Token (client credentials) plus session login; true when both worked.
    bool authenticate(const QString& clientId = QStringLiteral("demo-client"),
                      const QString& clientSecret = QStringLiteral("demo-secret"),
                      const QString& username = QStringLiteral("demo"),
                      const QString& password = QStringLiteral("demo"));
    /// The raw token call: Basic auth of id:secret, form body.
    HttpResult requestToken(const QString& clientId, const QString& clientSecret,
                            const QByteArray& formBody = "grant_type=client_credentials");
    /// The raw session login with the current bearer token.
    HttpResult login(const QString& username, const QString& password);
    HttpResult logout();

    [[nodiscard]] QString accessToken() const { return m_accessToken; }
    [[nodiscard]] QString sessionToken() const { return m_sessionToken; }
    void setAccessToken(const QString& token) { m_accessToken = token; }
    void setSessionToken(const QString& token) { m_sessionToken = token; }

    HttpResult get(const QString& path);
    HttpResult post(const QString& path, const QJsonValue& body);
    HttpResult put(const QString& path, const QJsonValue& body);
    HttpResult del(const QString& path);
    /// Any request: raw body, both credentials when withAuth.
    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                    const QByteArray& contentType = "application/json", bool withAuth = true,
                    const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {});

    /// The whole device-status report of a campaign, page by page with raw HTTP (no client
    /// code involved): every deviceList entry in the server's order; *totalDevice (when
    /// given) from the last page, -1 when absent. Empty when a page fails.
    QList<QJsonObject> deviceReport(const QString& account, const QString& campaignId,
                                    qint64* totalDevice = nullptr);

    /// The device ids of deviceReport(), in the server's order.
    QStringList campaignDeviceIds(const QString& account, const QString& campaignId);
    /// Requests fotasim counted on one route ("METHOD /api/…/{}", the key of /admin/stats
    /// byRoute), 0 when none.
    int requestCount(const QString& route);

    /// Admin endpoints (no credentials).
    HttpResult adminGet(const QString& path);
    HttpResult adminPost(const QString& path, const QJsonObject& body = {});
    /// Simulated time stands still (POST /admin/clock timeScale 0), so that two reads of a
    /// report see the same statuses until advanceClock(). True when fotasim agreed.
    bool freezeClock();
    /// Moves simulated time on by `seconds` (POST /admin/clock advanceSeconds).
    bool advanceClock(qint64 seconds);
    /// Moves simulated time on to `hourUtc`:00 UTC `days` days from today: a campaign's
    /// progress then does not depend on the hour a test runs (just after midnight UTC a plain
    /// three days' advance left it barely started).
    bool advanceClockToDays(int days, int hourUtc);
    /// A new synthetic campaign (POST /admin/campaigns/synthetic) of `devices` licensed devices,
    /// `failureRate` of them failing: its id, empty when fotasim refused (*failure says how).
    QString syntheticCampaign(int devices, double failureRate, QString* failure = nullptr);

    [[nodiscard]] QString baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString rootUrl() const;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    static QByteArray toJsonBytes(const QJsonValue& value);

private:
    HttpResult exchange(const QByteArray& method, const QUrl& url, const QByteArray& body,
                        const QList<QPair<QByteArray, QByteArray>>& headers);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_baseUrl;
    QString m_accessToken;
    QString m_sessionToken;
    int m_timeoutMs = 60000;
};

} // namespace fotadesk::test
