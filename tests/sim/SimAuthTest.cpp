// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of the token and session endpoints and of the 401s every
// FOTA call answers without valid credentials.

#include "SimTestSupport.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <memory>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

class SimAuthTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenIssued();
    void tokenRefused_data();
    void tokenRefused();
    void sessionLogin();
    void sessionLoginRefused_data();
    void sessionLoginRefused();
    void fotaCallsNeedBothCredentials_data();
    void fotaCallsNeedBothCredentials();
    void logoutEndsTheSession();
    void expiredTokensAnswer401();
    void tokensExpireAfterTheirLifetime();
    void otherCredentialsByOption();

private:
    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_client;
};

namespace {
const QString kFirmware = u"/fota/v3/firmware/0000123456-00001?protocol=all"_s;
}

void SimAuthTest::initTestCase()
{
    m_sim = std::make_unique<FotaSimProcess>(simArgs({u"--token-lifetime"_s, u"1800"_s}));
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
    m_client = std::make_unique<HttpTestClient>(m_sim->baseUrl());
}

void SimAuthTest::tokenIssued()
{
    const HttpResult r = m_client->requestToken(u"demo-client"_s, u"demo-secret"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QVERIFY(o.value(u"access_token"_s).toString().size() >= 32);
    QCOMPARE(o.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(o.value(u"expires_in"_s).toInt(), 1800); // truthful: --token-lifetime
    const HttpResult scoped = m_client->requestToken(u"demo-client"_s, u"demo-secret"_s,
                                                     "grant_type=client_credentials&scope=a%20b");
    QCOMPARE(scoped.object().value(u"scope"_s).toString(), u"a b"_s);
    QVERIFY(scoped.object().value(u"access_token"_s) != o.value(u"access_token"_s));
}

void SimAuthTest::tokenRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<bool>("basic");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray cc = "grant_type=client_credentials";
    QTest::newRow("wrong secret") << u"demo-client"_s << u"nope"_s << cc << true << 401
                                  << u"invalid_client"_s;
    QTest::newRow("unknown client")
        << u"other"_s << u"demo-secret"_s << cc << true << 401 << u"invalid_client"_s;
    QTest::newRow("no Basic auth")
        << QString() << QString() << cc << false << 401 << u"invalid_client"_s;
    QTest::newRow("no grant type") << u"demo-client"_s << u"demo-secret"_s << QByteArray("a=b")
                                   << true << 400 << u"invalid_request"_s;
    QTest::newRow("password grant")
        << u"demo-client"_s << u"demo-secret"_s << QByteArray("grant_type=password") << true << 400
        << u"unsupported_grant_type"_s;
}

void SimAuthTest::tokenRefused()
{
    QFETCH(QString, id);
    QFETCH(QString, secret);
    QFETCH(QByteArray, form);
    QFETCH(bool, basic);
    QFETCH(int, status);
    QFETCH(QString, error);
    const HttpResult r = basic ? m_client->requestToken(id, secret, form)
                               : m_client->send("POST", u"/ts/v1/oauth2/token"_s, form,
                                                "application/x-www-form-urlencoded", false);
    QCOMPARE(r.status, status);
    QCOMPARE(r.object().value(u"error"_s).toString(), error);
}

void SimAuthTest::sessionLogin()
{
    HttpTestClient client(m_sim->baseUrl());
    QVERIFY(client.authenticate());
    QVERIFY(client.sessionToken().size() >= 16);
    QCOMPARE(client.get(kFirmware).status, 200);
}

void SimAuthTest::sessionLoginRefused_data()
{
    QTest::addColumn<bool>("withBearer");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    // The contract: a refused login is HTTP 400 with {errorCode, errorMessage}.
    QTest::newRow("wrong password") << true << u"wrong"_s << 400 << u"InvalidCredentials"_s;
    QTest::newRow("no bearer token") << false << u"demo"_s << 401 << u"MissingToken"_s;
}

void SimAuthTest::sessionLoginRefused()
{
    QFETCH(bool, withBearer);
    QFETCH(QString, password);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    HttpTestClient client(m_sim->baseUrl());
    if (withBearer) {
        const HttpResult t = client.requestToken(u"demo-client"_s, u"demo-secret"_s);
        client.setAccessToken(t.object().value(u"access_token"_s).toString());
    }
    const HttpResult r = client.login(u"demo"_s, password);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), errorCode);
}

void SimAuthTest::fotaCallsNeedBothCredentials_data()
{
    QTest::addColumn<QString>("bearer");  // "valid", "", or a literal
    QTest::addColumn<QString>("session"); // "valid", "", or a literal
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("no bearer") << QString() << u"valid"_s << u"MissingToken"_s;
    QTest::newRow("wrong bearer") << u"0123abcd"_s << u"valid"_s << u"InvalidToken"_s;
    QTest::newRow("no session") << u"valid"_s << QString() << u"MissingSessionToken"_s;
    QTest::newRow("wrong session") << u"valid"_s << u"0123abcd"_s << u"InvalidSessionToken"_s;
    QTest::newRow("session as bearer") << u"session"_s << u"valid"_s << u"InvalidToken"_s;
}

void SimAuthTest::fotaCallsNeedBothCredentials()
{
    QFETCH(QString, bearer);
    QFETCH(QString, session);
    QFETCH(QString, errorCode);
    HttpTestClient client(m_sim->baseUrl());
    QVERIFY(client.authenticate());
    const QString goodBearer = client.accessToken();
    const QString goodSession = client.sessionToken();
    const auto pick = [&](const QString& v, const QString& good) {
        if (v == u"valid"_s)
            return good;
        if (v == u"session"_s)
            return goodSession;
        return v;
    };
    client.setAccessToken(pick(bearer, goodBearer));
    client.setSessionToken(pick(session, goodSession));
    // Every FOTA family answers 401 the same way.
    for (const QString& path : {kFirmware, u"/fota/v3/licenses/0000123456-00001"_s,
                                u"/fota/v3/campaigns/0000123456-00001/x"_s,
                                u"/fota/v3/subscriptions/0000123456-00001"_s}) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!client.accessToken().isEmpty())
            headers.append({"Authorization", "Bearer " + client.accessToken().toLatin1()});
        if (!client.sessionToken().isEmpty())
            headers.append({"VZ-M2M-Token", client.sessionToken().toLatin1()});
        const HttpResult r = client.send("GET", path, {}, "application/json", false, headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), errorCode);
        QVERIFY(!r.header("WWW-Authenticate").isEmpty());
    }
}

void SimAuthTest::logoutEndsTheSession()
{
    HttpTestClient client(m_sim->baseUrl());
    QVERIFY(client.authenticate());
    const HttpResult r = client.logout();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"sessionToken"_s).toString(), client.sessionToken());
    QCOMPARE(client.get(kFirmware).errorCode(), u"InvalidSessionToken"_s);
}

void SimAuthTest::expiredTokensAnswer401()
{
    HttpTestClient client(m_sim->baseUrl());
    QVERIFY(client.authenticate());
    QCOMPARE(client.get(kFirmware).status, 200);
    QCOMPARE(client.adminPost(u"/admin/tokens/expire"_s).status, 200);
    const HttpResult r = client.get(kFirmware);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), u"TokenExpired"_s);
    // Renewing both credentials works again.
    QVERIFY(client.authenticate());
    QCOMPARE(client.get(kFirmware).status, 200);
}

void SimAuthTest::tokensExpireAfterTheirLifetime()
{
    FotaSimProcess sim(simArgs({u"--token-lifetime"_s, u"1"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(client.authenticate());
    const HttpResult t = client.requestToken(u"demo-client"_s, u"demo-secret"_s);
    QCOMPARE(t.object().value(u"expires_in"_s).toInt(), 1);
    QThread::msleep(1300); // let the 1-second lifetime pass (not a timing assertion)
    const HttpResult r = client.get(kFirmware);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), u"TokenExpired"_s);
}

void SimAuthTest::otherCredentialsByOption()
{
    FotaSimProcess sim(simArgs({u"--client-id"_s, u"cid"_s, u"--client-secret"_s, u"cs"_s,
                                u"--username"_s, u"u1"_s, u"--password"_s, u"p1"_s}));
    QVERIFY2(sim.isRunning(), qPrintable(sim.errorString()));
    HttpTestClient client(sim.baseUrl());
    QVERIFY(!client.authenticate());
    QVERIFY(client.authenticate(u"cid"_s, u"cs"_s, u"u1"_s, u"p1"_s));
    QCOMPARE(client.get(kFirmware).status, 200);
}

QTEST_GUILESS_MAIN(SimAuthTest)
#include "SimAuthTest.moc"
