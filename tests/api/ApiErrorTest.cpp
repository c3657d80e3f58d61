// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiError.h"

#include "api/CredentialSource.h"
#include "core/SecretRedactor.h"

#include <QNetworkReply>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fotadesk::ApiError::Kind)

class ApiErrorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("401") << 401 << false << u"401"_s;
        QTest::newRow("403") << 403 << false << u"account name"_s;
        QTest::newRow("404") << 404 << false << u"base URL"_s;
        QTest::newRow("429") << 429 << true << u"429"_s;
        QTest::newRow("500") << 500 << false << u"500"_s;
        QTest::newRow("502") << 502 << true << u"502"_s;
        QTest::newRow("503") << 503 << true << u"503"_s;
        QTest::newRow("504") << 504 << true << u"504"_s;
        QTest::newRow("418") << 418 << false << u"418"_s;
    }
    void httpStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QFETCH(QString, mentions);
        const ApiError e = ApiError::http(status, "<html>Service Unavailable</html>", u"GET /x"_s);
        QCOMPARE(e.kind(), ApiError::Kind::Http);
        QCOMPARE(e.httpStatus(), status);
        QCOMPARE(e.isRetryable(), retryable);
        QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
        QVERIFY(e.errorCode().isEmpty());
        QCOMPARE(e.details(), u"<html>Service Unavailable</html>"_s);
        QCOMPARE(e.operation(), u"GET /x"_s);
    }

    void apiErrorKeepsCodeAndMessageVerbatim_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"CampaignAlreadyStarted"_s << u"Campaign has started."_s;
        QTest::newRow("unicode and spaces") << u"  E-42 "_s << u"Gerät „x“ — nicht gefunden"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void apiErrorKeepsCodeAndMessageVerbatim()
    {
        QFETCH(QString, code);
        QFETCH(QString, text);
        const ApiError e = ApiError::api(400, code, text, u"DELETE /c"_s);
        QCOMPARE(e.kind(), ApiError::Kind::Api);
        QCOMPARE(e.httpStatus(), 400);
        QCOMPARE(e.errorCode(), code);
        QCOMPARE(e.errorMessage(), text);
        QVERIFY(!e.isRetryable());
        if (!code.isEmpty()) {
            QVERIFY(e.message().contains(code));
            QVERIFY(e.message().contains(text));
        }
        QVERIFY(e.toString().startsWith(u"api 400"_s));
    }

    void networkErrors_data()
    {
        QTest::addColumn<int>("qtError");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << true
                                 << u"refused"_s;
        QTest::newRow("host not found")
            << int(QNetworkReply::HostNotFoundError) << true << u"could not be found"_s;
        QTest::newRow("reset") << int(QNetworkReply::RemoteHostClosedError) << true
                               << u"example.test"_s;
        QTest::newRow("unknown protocol")
            << int(QNetworkReply::ProtocolUnknownError) << false << u"base URL"_s;
    }
    void networkErrors()
    {
        QFETCH(int, qtError);
        QFETCH(bool, retryable);
        QFETCH(QString, mentions);
        const ApiError e = ApiError::network(qtError, u"qt says"_s, u"example.test"_s, u"GET /x"_s);
        QCOMPARE(e.kind(), ApiError::Kind::Network);
        QCOMPARE(e.networkError(), qtError);
        QCOMPARE(e.isRetryable(), retryable);
        QCOMPARE(e.httpStatus(), 0);
        QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
    }

    void outcomeUnknownWrapsItsCause()
    {
        const ApiError cause = ApiError::http(503, {}, u"POST /c"_s);
        const ApiError e = ApiError::outcomeUnknown(cause, u"POST /c"_s);
        QCOMPARE(e.kind(), ApiError::Kind::OutcomeUnknown);
        QCOMPARE(e.httpStatus(), 503);
        QVERIFY(!e.isRetryable());
        QVERIFY(e.message().contains(u"do not send it again"_s));
        QVERIFY(e.message().contains(u"reconcile"_s));
    }

    void authFailedKeepsTheStep()
    {
        const ApiError cause = ApiError::http(401, {}, u"POST /api/ts/v1/oauth2/token"_s);
        const ApiError e = ApiError::authFailed(cause, u"token"_s);
        QCOMPARE(e.kind(), ApiError::Kind::Auth);
        QCOMPARE(e.httpStatus(), 401);
        QVERIFY(e.message().contains(u"token"_s));
        QVERIFY(e.message().contains(u"client id"_s));

        const ApiError refused =
            ApiError::network(QNetworkReply::ConnectionRefusedError, u"x"_s, u"h"_s, u"POST /t"_s);
        const ApiError transport = ApiError::authFailed(refused, u"token"_s);
        QCOMPARE(transport.kind(), ApiError::Kind::Network); // the fix is the network
        QVERIFY(!transport.isRetryable());
        QVERIFY(transport.message().contains(u"token"_s));
    }

    void timeoutAndTlsAndDecode()
    {
        const ApiError t = ApiError::timeout(2500, u"h:1"_s, u"GET /x"_s);
        QCOMPARE(t.kind(), ApiError::Kind::Timeout);
        QVERIFY(t.isRetryable());
        QVERIFY2(t.message().contains(u"2.5 s"_s), qPrintable(t.message()));

        const ApiError tls = ApiError::tls({u"The certificate has expired"_s}, u"h"_s, u"GET /x"_s);
        QCOMPARE(tls.kind(), ApiError::Kind::Tls);
        QVERIFY(!tls.isRetryable());
        QVERIFY(tls.message().contains(u"The certificate has expired"_s));
        QVERIFY(tls.message().contains(u"extra CA file"_s));

        const ApiError d = ApiError::decode(
            {u"$.deviceList[3].deviceId"_s, u"required field is missing"_s}, u"GET /x"_s);
        QCOMPARE(d.kind(), ApiError::Kind::Decode);
        QVERIFY(d.message().contains(u"$.deviceList[3].deviceId"_s));
    }

    void kindNamesAreStable_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("http") << ApiError::Kind::Http << u"http"_s;
        QTest::newRow("api") << ApiError::Kind::Api << u"api"_s;
        QTest::newRow("network") << ApiError::Kind::Network << u"network"_s;
        QTest::newRow("timeout") << ApiError::Kind::Timeout << u"timeout"_s;
        QTest::newRow("tls") << ApiError::Kind::Tls << u"tls"_s;
        QTest::newRow("decode") << ApiError::Kind::Decode << u"decode"_s;
        QTest::newRow("auth") << ApiError::Kind::Auth << u"auth"_s;
        QTest::newRow("cancelled") << ApiError::Kind::Cancelled << u"cancelled"_s;
        QTest::newRow("outcome-unknown") << ApiError::Kind::OutcomeUnknown << u"outcome-unknown"_s;
    }
    void kindNamesAreStable()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, name);
        QCOMPARE(ApiError::kindName(kind), name);
    }

    void echoedSecretsAreRedacted()
    {
        // A server echoing what it received: no text of the error shows a registered secret.
        registerWithRedactor({u"echo-id"_s, u"echo/secret+1"_s, u"user"_s, u"echo-password"_s});
        const QString basic = QString::fromLatin1(QByteArray("echo-id:echo/secret+1").toBase64());
        const QString echo = u"you sent Authorization: Basic "_s + basic +
                             u" secret echo/secret+1"_s +
                             u" (echo%2Fsecret%2B1) password echo-password raw "_s + basic;
        const QList<ApiError> errors{
            ApiError::api(400, u"E"_s, echo, u"POST /x"_s),
            ApiError::http(401, echo.toUtf8(), u"POST /x"_s),
            ApiError::authFailed(ApiError::api(400, u"E"_s, echo, u"POST /t"_s), u"token"_s),
            ApiError::loginRefused(ApiError::api(400, u"E"_s, echo, u"POST /l"_s)),
        };
        for (const ApiError& e : errors) {
            for (const QString& text : {e.message(), e.details(), e.errorMessage(), e.toString()}) {
                for (const QString& secret :
                     {u"echo/secret+1"_s, u"echo%2Fsecret%2B1"_s, u"echo-password"_s, basic})
                    QVERIFY2(!text.contains(secret), qPrintable(text));
            }
        }
        SecretRedactor::clearSecrets();
    }
};

QTEST_GUILESS_MAIN(ApiErrorTest)
#include "ApiErrorTest.moc"
