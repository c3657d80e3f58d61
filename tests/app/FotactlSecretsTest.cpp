// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Process-level tests of the one redactor (issue 23, item 6) and of the Retry-After edges
// (item 10): the real fotactl against EchoServer on 127.0.0.1, a server that echoes what it
// received — the Basic credentials of the token request, the password of the login, the
// tokens of a FOTA call, and the client secret it decoded — into its 400 answers, or answers
// 429 with a chosen Retry-After. Neither stderr, stdout (--json), the log file, the workspace
// nor `fotactl audit` may show a secret in any form it went on the wire in.

#include "support/EchoServer.h"
#include "support/FotactlProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString kAccount = u"0000123456-00001"_s;
const QString kClientId = u"echo-client-4711"_s;
const QString kSecret = u"Cl1ent/S3cret+9f=8e7d"_s;
const QString kUser = u"echo.user"_s;
const QString kPassword = u"Pa55w0rd-1a2b+c/d"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(
            QString::fromUtf8(out.left(3000)), QString::fromUtf8(err.left(3000)));
    }
};

struct Needle
{
    QString what;
    QByteArray value;
};

} // namespace

class FotactlSecretsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void echoesShowNoSecret_data();
    void echoesShowNoSecret();
    void retryAfterInThePastKeepsTheBackoff_data();
    void retryAfterInThePastKeepsTheBackoff();
    void farFutureRetryAfterGivesUpAtOnce();

private:
    [[nodiscard]] Run fotactl(const QStringList& arguments) const;
    [[nodiscard]] QStringList connect(const EchoServer& server, QStringList args) const;
    /// Every secret of the run, in every form it went on the wire in.
    [[nodiscard]] static QList<Needle> needles(const QStringList& tokens);
    /// The needles found in `bytes` ("what" of each).
    [[nodiscard]] static QStringList found(const QByteArray& bytes, const QList<Needle>& needles);
    /// Every file fotactl wrote (its log, the workspace), read whole.
    [[nodiscard]] QList<QPair<QString, QByteArray>> writtenFiles() const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void FotactlSecretsTest::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

Run FotactlSecretsTest::fotactl(const QStringList& arguments) const
{
    QProcess p;
    p.setProgram(fotactlPath());
    p.setArguments(arguments);
    QProcessEnvironment env = fotactlEnvironment(m_home->filePath(u"workspace.sqlite"_s));
    env.insert(u"FOTA_CLIENT_ID"_s, kClientId);
    env.insert(u"FOTA_CLIENT_SECRET"_s, kSecret);
    env.insert(u"FOTA_USERNAME"_s, kUser);
    env.insert(u"FOTA_PASSWORD"_s, kPassword);
    env.remove(u"FOTA_ACCOUNT"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s)); // logs/fotactl.log below
    env.insert(u"QT_LOGGING_RULES"_s, u"fotadesk.*=true"_s);     // log everything: still redacted
    p.setProcessEnvironment(env);
    p.start();
    Run r;
    if (!p.waitForStarted(30000) || !p.waitForFinished(120000)) {
        qWarning("fotactl did not run: %s", qPrintable(p.errorString()));
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList FotactlSecretsTest::connect(const EchoServer& server, QStringList args) const
{
    args << u"--base-url"_s << server.baseUrl() << u"--account"_s << kAccount;
    return args;
}

QList<Needle> FotactlSecretsTest::needles(const QStringList& tokens)
{
    const QByteArray pair = kClientId.toUtf8() + ':' + kSecret.toUtf8();
    QList<Needle> list{
        {u"client secret"_s, kSecret.toUtf8()},
        {u"client secret, percent-encoded"_s, QUrl::toPercentEncoding(kSecret)},
        {u"client secret, JSON-escaped"_s, QByteArray(kSecret.toUtf8()).replace("/", "\\/")},
        {u"password"_s, kPassword.toUtf8()},
        {u"password, percent-encoded"_s, QUrl::toPercentEncoding(kPassword)},
        {u"password, JSON-escaped"_s, QByteArray(kPassword.toUtf8()).replace("/", "\\/")},
        {u"Basic credentials"_s, pair.toBase64(QByteArray::OmitTrailingEquals)},
    };
    for (const QString& token : tokens)
        list.append({u"token "_s + token.left(6), token.toUtf8()});
    return list;
}

QStringList FotactlSecretsTest::found(const QByteArray& bytes, const QList<Needle>& needles)
{
    QStringList hits;
    for (const Needle& n : needles) {
        if (bytes.contains(n.value))
            hits << n.what;
    }
    return hits;
}

QList<QPair<QString, QByteArray>> FotactlSecretsTest::writtenFiles() const
{
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            files.append(qMakePair(f.fileName(), f.readAll()));
    }
    return files;
}

void FotactlSecretsTest::echoesShowNoSecret_data()
{
    QTest::addColumn<EchoServer::Mode>("mode");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("step"); // what the message names
    QTest::newRow("token 400 echoing Authorization: Basic")
        << EchoServer::Mode::EchoToken << QStringList{u"firmware"_s, u"list"_s} << u"token"_s;
    QTest::newRow("login 400 echoing the password")
        << EchoServer::Mode::EchoLogin << QStringList{u"firmware"_s, u"list"_s}
        << u"session login"_s;
    QTest::newRow("call 400 echoing tokens and secrets")
        << EchoServer::Mode::EchoCall << QStringList{u"firmware"_s, u"list"_s}
        << u"EchoedRequest"_s;
    QTest::newRow("audited cancel 400 echoing tokens and secrets")
        << EchoServer::Mode::EchoCall
        << QStringList{u"campaign"_s, u"cancel"_s, u"b3f1c2d4-0000-4000-8000-000000000001"_s}
        << u"EchoedRequest"_s;
}

void FotactlSecretsTest::echoesShowNoSecret()
{
    QFETCH(EchoServer::Mode, mode);
    QFETCH(QStringList, command);
    QFETCH(QString, step);
    EchoServer server(mode);
    QVERIFY(server.isListening());

    const Run text = fotactl(connect(server, command));
    QVERIFY2(text.exitCode == 3 || text.exitCode == 1, qPrintable(text.describe()));
    const Run json = fotactl(connect(server, command << u"--json"_s));
    QCOMPARE(json.exitCode, text.exitCode);
    const Run audit = fotactl({u"audit"_s, u"--json"_s});
    QCOMPARE(audit.exitCode, 0);

    const QList<Needle> secrets = needles(server.issuedTokens());
    // The server did echo (the test is not vacuous): the message shows the echo, redacted.
    const QString err = QString::fromUtf8(text.err);
    QVERIFY2(err.contains(step), qPrintable(text.describe()));
    QVERIFY2(err.contains(u"[redacted]"_s), qPrintable(text.describe()));
    QVERIFY2(json.out.contains("[redacted]"), qPrintable(json.describe()));
    QVERIFY2(!QJsonDocument::fromJson(json.out).isNull(), qPrintable(json.describe()));

    for (const Run* run : {&text, &json, &audit}) {
        QStringList hits = found(run->err, secrets);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(u"stderr shows "_s + hits.join(u", "_s) + u"\n"_s + run->describe()));
        hits = found(run->out, secrets);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(u"stdout shows "_s + hits.join(u", "_s) + u"\n"_s + run->describe()));
    }
    bool sawLog = false;
    for (const auto& [path, bytes] : writtenFiles()) {
        sawLog = sawLog || path.endsWith(u"logs/fotactl.log"_s);
        const QStringList hits = found(bytes, secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(path + u" holds "_s + hits.join(u", "_s)));
    }
    QVERIFY2(sawLog, "fotactl wrote no log file");
    if (command.contains(u"cancel"_s)) {
        // The refusal is in the audit log, redacted.
        const QByteArray entries = audit.out;
        QVERIFY2(entries.contains("EchoedRequest") && entries.contains("[redacted]"),
                 entries.constData());
    }
}

void FotactlSecretsTest::retryAfterInThePastKeepsTheBackoff_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("Retry-After: 0") << QByteArray("0");
    QTest::newRow("a date gone by") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
}

void FotactlSecretsTest::retryAfterInThePastKeepsTheBackoff()
{
    // The default policy: 5 attempts, backoff 500 ms doubling, half of it jitter. A server
    // saying "come back now" still gets that backoff: at least 250, 500, 1000, 2000 ms.
    QFETCH(QByteArray, retryAfter);
    EchoServer server(EchoServer::Mode::TooMany, retryAfter);
    const QString route = u"/firmware/"_s + kAccount;
    const Run run = fotactl(connect(server, {u"firmware"_s, u"list"_s}));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("429"), qPrintable(run.describe()));
    const QList<qint64> at = server.arrivals(route);
    QCOMPARE(at.size(), 5);
    for (qsizetype i = 1; i < at.size(); ++i) {
        const qint64 gap = at.at(i) - at.at(i - 1);
        const qint64 least = 250LL << (i - 1);
        QVERIFY2(gap >= least - 20, qPrintable(u"gap %1 is %2 ms"_s.arg(i).arg(gap)));
    }
    QVERIFY2(at.last() - at.first() >= 3700, qPrintable(QString::number(at.last() - at.first())));
}

void FotactlSecretsTest::farFutureRetryAfterGivesUpAtOnce()
{
    // A day: beyond what the policy waits (a minute). One request, and the message says when
    // the server asked to come back.
    EchoServer server(EchoServer::Mode::TooMany, "86400");
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Run run = fotactl(connect(server, {u"firmware"_s, u"list"_s}));
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(server.count(u"/firmware/"_s + kAccount), 1);
    const QString err = QString::fromUtf8(run.err);
    const QString day = before.addSecs(86'400).toString(u"yyyy-MM-dd"_s);
    QVERIFY2(err.contains(u"come back at "_s + day), qPrintable(run.describe()));
    QVERIFY2(err.contains(u"UTC"_s), qPrintable(run.describe()));

    const Run json = fotactl(connect(server, {u"firmware"_s, u"list"_s, u"--json"_s}));
    QCOMPARE(json.exitCode, 3);
    const QJsonObject error =
        QJsonDocument::fromJson(json.out).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"httpStatus"_s).toInt(), 429);
    QCOMPARE(error.value(u"attempts"_s).toInt(), 1);
    QVERIFY2(error.value(u"message"_s).toString().contains(u"come back at "_s + day),
             json.out.constData());
}

QTEST_GUILESS_MAIN(FotactlSecretsTest)
#include "FotactlSecretsTest.moc"
