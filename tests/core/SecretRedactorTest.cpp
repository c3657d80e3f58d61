// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/SecretRedactor.h"

#include <QTest>

using fotadesk::SecretRedactor;
using namespace Qt::StringLiterals;

class SecretRedactorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { SecretRedactor::clearSecrets(); }
    void removesSecrets_data();
    void removesSecrets();
    void keepsOrdinaryText_data();
    void keepsOrdinaryText();
    void registeredValuesAnywhere();
    void shortValuesAreNotRegistered();
    void encodedFormsAreRedacted_data();
    void encodedFormsAreRedacted();
};

void SecretRedactorTest::removesSecrets_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret"); // must be gone
    QTest::addColumn<QString>("kept");   // must stay

    QTest::newRow("bearer header") << u"Authorization: Bearer eyJhbGciOi.J9xyz-_"_s
                                   << u"eyJhbGciOi.J9xyz-_"_s << u"Authorization: [redacted]"_s;
    QTest::newRow("basic header") << u"authorization: Basic ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ="_s
                                  << u"ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ"_s << u"authorization"_s;
    QTest::newRow("header in a dump") << u"headers {\"Authorization\": \"Bearer abc123def456\"}"_s
                                      << u"abc123def456"_s << u"Authorization"_s;
    QTest::newRow("m2m token header")
        << u"VZ-M2M-Token: 1d2e3f4a-5b6c"_s << u"1d2e3f4a-5b6c"_s << u"VZ-M2M-Token: [redacted]"_s;
    QTest::newRow("bare bearer") << u"retrying with Bearer tok_ABCDEF123456 after 401"_s
                                 << u"tok_ABCDEF123456"_s << u"after 401"_s;
    QTest::newRow("token json") << u"{\"access_token\":\"a.b.c\",\"token_type\":\"Bearer\"}"_s
                                << u"a.b.c"_s << u"token_type"_s;
    QTest::newRow("session json") << u"{\"sessionToken\": \"S3SS10N\"}"_s << u"S3SS10N"_s
                                  << u"sessionToken"_s;
    QTest::newRow("password json") << u"{\"username\":\"bob\",\"password\":\"p\\\"w\"}"_s
                                   << u"p\\\"w"_s << u"\"username\":\"bob\""_s;
    QTest::newRow("form body") << u"grant_type=client_credentials&client_secret=xyz987&x=1"_s
                               << u"xyz987"_s << u"grant_type=client_credentials"_s;
    QTest::newRow("query") << u"GET /cb?token=qq11ww22&page=2"_s << u"qq11ww22"_s << u"page=2"_s;
    QTest::newRow("prose") << u"login failed, password: hunter22"_s << u"hunter22"_s
                           << u"login failed"_s;
    QTest::newRow("client secret prose")
        << u"client secret = s3cr3tvalue"_s << u"s3cr3tvalue"_s << u"client secret"_s;
    QTest::newRow("url user info") << u"connecting to https://bob:pw1234@example.invalid/api"_s
                                   << u"pw1234"_s << u"example.invalid/api"_s;
}

void SecretRedactorTest::removesSecrets()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString clean = SecretRedactor::redact(line);
    QVERIFY2(!clean.contains(secret), qPrintable(clean));
    QVERIFY2(clean.contains(kept), qPrintable(clean));
    QVERIFY2(clean.contains(SecretRedactor::mask()), qPrintable(clean));
}

void SecretRedactorTest::keepsOrdinaryText_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("request line") << u"PUT /api/fota/v3/campaigns/firmware/0000123456-00001/c1"_s;
    QTest::newRow("status") << u"batch chunk 3 failed: http 503 (PUT /x)"_s;
    QTest::newRow("imei") << u"device 356938035643809: No license attached to device"_s;
    QTest::newRow("word token alone") << u"token renewed, expires in 3600 s"_s;
}

void SecretRedactorTest::keepsOrdinaryText()
{
    QFETCH(QString, line);
    QCOMPARE(SecretRedactor::redact(line), line);
}

void SecretRedactorTest::registeredValuesAnywhere()
{
    SecretRedactor::addSecret(u"correct-horse-battery"_s);
    const QString clean =
        SecretRedactor::redact(u"weird: xcorrect-horse-batteryx and correct-horse-battery"_s);
    QVERIFY2(!clean.contains(u"correct-horse-battery"_s), qPrintable(clean));
    SecretRedactor::clearSecrets();
    QVERIFY(SecretRedactor::redact(u"correct-horse-battery"_s).contains(u"horse"_s));
}

void SecretRedactorTest::shortValuesAreNotRegistered()
{
    SecretRedactor::addSecret(u"abc"_s);
    QCOMPARE(SecretRedactor::redact(u"abc def"_s), u"abc def"_s);
}

void SecretRedactorTest::encodedFormsAreRedacted_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("gone");
    const QString secret = u"Cl1ent/S3cret+9f=8e 7d"_s;
    const QString basic =
        QString::fromLatin1(QByteArray("echo-client:" + secret.toUtf8()).toBase64());
    QTest::newRow("plain") << u"echo: "_s + secret << secret;
    QTest::newRow("percent-encoded")
        << u"you sent Cl1ent%2FS3cret%2B9f%3D8e%207d"_s << u"Cl1ent%2FS3cret%2B9f%3D8e%207d"_s;
    QTest::newRow("form-encoded") << u"x=Cl1ent%2FS3cret%2B9f%3D8e+7d"_s
                                  << u"Cl1ent%2FS3cret%2B9f%3D8e+7d"_s;
    QTest::newRow("json-escaped") << u"{\"m\":\"Cl1ent\\/S3cret+9f=8e 7d\"}"_s
                                  << u"Cl1ent\\/S3cret"_s;
    QTest::newRow("basic, bare") << u"token 400: "_s + basic << basic;
    QTest::newRow("basic, no padding")
        << u"token 400: "_s + basic.chopped(2) + u"!"_s << basic.chopped(2);
}

void SecretRedactorTest::encodedFormsAreRedacted()
{
    QFETCH(QString, line);
    QFETCH(QString, gone);
    SecretRedactor::addBasicCredentials(u"echo-client"_s, u"Cl1ent/S3cret+9f=8e 7d"_s);
    const QString clean = SecretRedactor::redact(line);
    QVERIFY2(!clean.contains(gone), qPrintable(clean));
    QVERIFY2(clean.contains(SecretRedactor::mask()), qPrintable(clean));
    QVERIFY(!clean.contains(u"S3cret"_s));
    // The client id alone is no secret.
    QCOMPARE(SecretRedactor::redact(u"client echo-client"_s), u"client echo-client"_s);
}

QTEST_GUILESS_MAIN(SecretRedactorTest)
#include "SecretRedactorTest.moc"
