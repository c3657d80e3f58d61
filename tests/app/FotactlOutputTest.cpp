// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What fotactl prints, as a script and as a terminal see it (issue 23, items 8 and 9), with the
// real fotactl against the project's hostile server (fotadesk-hostile-server on 127.0.0.1):
// - with --json, every way a run ends (success, usage error, unknown command, refused sign-in,
//   server 500, overall deadline, a batch journal that cannot be written, SIGTERM) prints exactly
//   one JSON document on stdout: the whole of stdout parses, and a failure is {"error": {kind,
//   message}, "exitCode"} with the process's exit code;
// - names and messages from the server that carry ESC ] 0 ; … BEL, ESC [ 2 J, a C1 CSI and
//   U+202E reach neither stdout nor stderr raw: they are shown escaped, and kept exact in JSON.

#include "support/FotactlProcess.h"
#include "support/TestFiles.h"

#include <QDate>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

/// What the hostile server's names look like: the base, then the sequences below.
QString hostileName(const QString& base)
{
    return base + u"\x1B]0;pwned\x07\x1B[2J"_s + QChar(0x9B) + u"31m\u202Eexe.txt"_s;
}
/// The same as fotactl shows it on a terminal.
QString shownName(const QString& base)
{
    return base + u"\\x1B]0;pwned\\x07\\x1B[2J\\x9B31m\\u202Eexe.txt"_s;
}

/// Bytes no terminal may receive from a server's text.
const QList<QByteArray> RawControls{"\x1B", "\x07", "\xC2\x9B", "\xE2\x80\xAE"};

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

/// A running fotadesk-hostile-server.
class HostileServer
{
public:
    explicit HostileServer(const QString& mode, const QStringList& extra = {})
    {
        m_process.setProgram(qEnvironmentVariable("FOTADESK_BIN_DIR") +
                             u"/fotadesk-hostile-server"_s);
        m_process.setArguments(QStringList{u"--mode"_s, mode} + extra);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return;
        while (!m_out.contains('\n') && m_process.waitForReadyRead(10000))
            m_out += m_process.readAllStandardOutput();
        const QList<QByteArray> first = m_out.left(m_out.indexOf('\n')).split(' ');
        if (first.value(0) == "listening")
            m_baseUrl = u"http://127.0.0.1:%1"_s.arg(QString::fromLatin1(first.value(1)));
    }
    ~HostileServer()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    HostileServer(const HostileServer&) = delete;
    HostileServer& operator=(const HostileServer&) = delete;

    [[nodiscard]] const QString& baseUrl() const { return m_baseUrl; }
    /// True once the server has read a request whose line contains `part`.
    bool waitForRequest(const QByteArray& part, int ms)
    {
        QDeadlineTimer deadline(ms);
        while (!m_out.contains(part)) {
            if (deadline.hasExpired() || !m_process.waitForReadyRead(int(deadline.remainingTime())))
                return m_out.contains(part);
            m_out += m_process.readAllStandardOutput();
        }
        return true;
    }

    /// Every "request METHOD TARGET" line so far.
    QByteArray requests()
    {
        while (m_process.waitForReadyRead(100))
            m_out += m_process.readAllStandardOutput();
        return m_out;
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QString m_baseUrl;
};

} // namespace

class FotactlOutputTest final : public QObject
{
    Q_OBJECT

    TestFiles m_files;
    int m_runs = 0;

    QProcessEnvironment environment(const QString& workspace = {})
    {
        return fotactlEnvironment(
            workspace.isEmpty() ? m_files.path(u"workspace-%1.sqlite"_s.arg(++m_runs)) : workspace);
    }

    static void start(QProcess& p, const QStringList& args, const QProcessEnvironment& env)
    {
        p.setProgram(fotactlPath());
        p.setArguments(args);
        p.setProcessEnvironment(env);
        p.start();
    }

    static Run finish(QProcess& p)
    {
        Run r;
        if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    Run fotactl(const QStringList& args, const QProcessEnvironment& env)
    {
        QProcess p;
        start(p, args, env);
        return finish(p);
    }

    Run against(const HostileServer& server, const QStringList& args,
                const QProcessEnvironment& env)
    {
        return fotactl(
            QStringList{u"--base-url"_s, server.baseUrl(), u"--account"_s, u"acc"_s} + args, env);
    }

    /// The whole of stdout is one JSON document (nothing before or after it).
    static QJsonDocument oneDocument(const Run& r)
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("stdout is not exactly one JSON document (%s): %s",
                     qPrintable(error.errorString()), qPrintable(r.describe()));
        return doc;
    }

    /// The documented error document: {"error": {"kind", "message", ...}, "exitCode"}.
    static bool isErrorDocument(const Run& r, const QString& kind, QString* why)
    {
        const QJsonDocument doc = oneDocument(r);
        const QJsonObject error = doc.object().value(u"error"_s).toObject();
        if (!doc.isObject())
            *why = u"no JSON object"_s;
        else if (doc.object().value(u"exitCode"_s).toInt(-1) != r.exitCode)
            *why = u"exitCode is not the process's %1"_s.arg(r.exitCode);
        else if (error.value(u"kind"_s).toString() != kind)
            *why = u"kind is '%1', not '%2'"_s.arg(error.value(u"kind"_s).toString(), kind);
        else if (error.value(u"message"_s).toString().isEmpty())
            *why = u"no message"_s;
        else
            return true;
        *why += u"\n"_s + r.describe();
        return false;
    }

    static QString rawControlIn(const QByteArray& bytes)
    {
        for (const QByteArray& raw : RawControls) {
            if (bytes.contains(raw))
                return QString::fromLatin1(raw.toHex());
        }
        return {};
    }

private Q_SLOTS:
    // --- item 9: terminal control from the server --------------------------------------------

    void firmwareListShowsHostileNamesEscaped()
    {
        HostileServer server(u"hostile-names"_s);
        QVERIFY(!server.baseUrl().isEmpty());
        const Run r = against(server, {u"firmware"_s, u"list"_s}, environment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(rawControlIn(r.out).isEmpty(), qPrintable(r.describe()));
        QVERIFY2(rawControlIn(r.err).isEmpty(), qPrintable(r.describe()));
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(shownName(u"FW_A_B"_s)), qPrintable(r.describe()));
        QVERIFY2(out.contains(shownName(u"M"_s)), qPrintable(r.describe()));
        // Still a table: the header, one row, the count.
        QCOMPARE(out.count(u'\n'), 3);
    }

    void campaignGetShowsHostileNamesEscaped()
    {
        HostileServer server(u"hostile-names"_s);
        const Run r = against(server, {u"campaign"_s, u"get"_s, u"c1"_s}, environment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(rawControlIn(r.out).isEmpty(), qPrintable(r.describe()));
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(shownName(u"Depot"_s)), qPrintable(r.describe()));
        QVERIFY2(out.contains(shownName(u"FW_A_B"_s)), qPrintable(r.describe()));
    }

    void serverErrorMessageIsEscapedOnStderr()
    {
        HostileServer server(u"hostile-names"_s);
        const Run r =
            against(server, {u"report"_s, u"device"_s, u"356938035643809"_s}, environment());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(rawControlIn(r.err).isEmpty(), qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(shownName(u"Refused"_s)),
                 qPrintable(r.describe()));
    }

    void jsonKeepsHostileNamesExactButNoRawControls()
    {
        HostileServer server(u"hostile-names"_s);
        const Run r = against(server, {u"firmware"_s, u"list"_s, u"--json"_s}, environment());
        QCOMPARE(r.exitCode, 0);
        // JSON escapes them (C0 by the writer; DEL, C1 and bidi controls by fotactl)...
        QVERIFY2(rawControlIn(r.out).isEmpty(), qPrintable(r.describe()));
        // ... and a script reads exactly what the server sent.
        const QJsonArray list = oneDocument(r).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(u"firmwareName"_s).toString(),
                 hostileName(u"FW_A_B"_s));
    }

    void campaignNameWithBidiOverrideIsRefusedBeforeSending()
    {
        HostileServer server(u"hostile-names"_s);
        const QString devices = m_files.write(u"create.csv"_s, "356938035643809\n");
        const QDate start = QDate::currentDate().addDays(6);
        const Run r = against(
            server,
            {u"campaign"_s, u"create"_s, u"--name"_s, u"Depot \u202E7 tset"_s, u"--firmware"_s,
             u"FW_A_B"_s, u"--from"_s, u"A"_s, u"--to"_s, u"B"_s, u"--protocol"_s, u"LWM2M"_s,
             u"--start"_s, start.toString(Qt::ISODate), u"--end"_s,
             start.addDays(2).toString(Qt::ISODate), u"--devices"_s, devices, u"--json"_s},
            environment());
        QCOMPARE(r.exitCode, 2);
        QString why;
        QVERIFY2(isErrorDocument(r, u"usage"_s, &why), qPrintable(why));
        QVERIFY2(oneDocument(r)
                     .object()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"message"_s)
                     .toString()
                     .contains(u"right-to-left"_s),
                 qPrintable(r.describe()));
        QVERIFY2(!server.requests().contains("/fota/v3/campaigns"), server.requests().constData());
    }

    // --- item 8: --json is always exactly one JSON document ---------------------------------

    void jsonSuccessIsOneDocument()
    {
        HostileServer server(u"hostile-names"_s);
        const Run r =
            against(server, {u"campaign"_s, u"get"_s, u"c1"_s, u"--json"_s}, environment());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(oneDocument(r).object().value(u"id"_s).toString(), u"c1"_s);
    }

    void jsonUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option")
            << QStringList{u"firmware"_s, u"list"_s, u"--frobnicate"_s, u"--json"_s} << u"usage"_s
            << u"frobnicate"_s;
        QTest::newRow("unknown command")
            << QStringList{u"--json"_s, u"firmware"_s, u"lst"_s} << u"usage"_s << u"firmware lst"_s;
        QTest::newRow("options without a command")
            << QStringList{u"--demo"_s, u"--json"_s} << u"usage"_s << u"names no command"_s;
        QTest::newRow("missing device file")
            << QStringList{u"campaign"_s, u"devices"_s, u"add"_s,
                           u"c1"_s,       u"--file"_s,  u"/nonexistent/devices.csv"_s,
                           u"--json"_s,   u"--demo"_s}
            << u"usage"_s << u"/nonexistent/devices.csv"_s;
        QTest::newRow("imei check of a missing file")
            << QStringList{u"imei"_s, u"check"_s, u"/nonexistent/x.csv"_s, u"--json"_s}
            << u"input"_s << u"/nonexistent/x.csv"_s;
    }
    void jsonUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        const Run r = fotactl(args, environment());
        QCOMPARE(r.exitCode, 2);
        QString why;
        QVERIFY2(isErrorDocument(r, kind, &why), qPrintable(why));
        QVERIFY2(oneDocument(r)
                     .object()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"message"_s)
                     .toString()
                     .contains(mentions),
                 qPrintable(r.describe()));
        // People still read it on stderr.
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), qPrintable(r.describe()));
    }

    void jsonHelpIsOneDocument()
    {
        const Run r = fotactl({u"firmware"_s, u"list"_s, u"--help"_s, u"--json"_s}, environment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(oneDocument(r).object().value(u"text"_s).toString().contains(u"--protocol"_s),
                 qPrintable(r.describe()));
    }

    void jsonMissingCredentials()
    {
        QProcessEnvironment env = environment();
        env.remove(u"FOTA_CLIENT_SECRET"_s);
        HostileServer server(u"hostile-names"_s);
        const Run r = against(server, {u"firmware"_s, u"list"_s, u"--json"_s}, env);
        QCOMPARE(r.exitCode, 2);
        QString why;
        QVERIFY2(isErrorDocument(r, u"usage"_s, &why), qPrintable(why));
    }

    void jsonRefusedSignIn()
    {
        HostileServer server(u"refuse-sign-in"_s);
        const Run r = against(server, {u"firmware"_s, u"list"_s, u"--json"_s}, environment());
        QCOMPARE(r.exitCode, 3);
        QString why;
        QVERIFY2(isErrorDocument(r, u"auth"_s, &why), qPrintable(why));
    }

    void jsonServer500()
    {
        HostileServer server(u"status-500"_s);
        const Run r = against(server, {u"firmware"_s, u"list"_s, u"--json"_s}, environment());
        QCOMPARE(r.exitCode, 3);
        QString why;
        QVERIFY2(isErrorDocument(r, u"http"_s, &why), qPrintable(why));
        QCOMPARE(
            oneDocument(r).object().value(u"error"_s).toObject().value(u"httpStatus"_s).toInt(),
            500);
    }

    void jsonOverallDeadline()
    {
        HostileServer server(u"trickle"_s, {u"--interval-ms"_s, u"300"_s});
        const Run r =
            against(server, {u"firmware"_s, u"list"_s, u"--deadline"_s, u"2"_s, u"--json"_s},
                    environment());
        QCOMPARE(r.exitCode, 3);
        QString why;
        QVERIFY2(isErrorDocument(r, u"timeout"_s, &why), qPrintable(why));
    }

    void jsonJournalThatCannotBeWritten()
    {
        // The workspace exists, but another process holds its write lock: the batch journal
        // cannot be written, so the batch is not sent — and before issue 23 stdout was empty.
        const QString workspace = m_files.path(u"locked.sqlite"_s);
        QCOMPARE(fotactl({u"--demo"_s, u"firmware"_s, u"list"_s}, environment(workspace)).exitCode,
                 0);
        const QString devices =
            m_files.write(u"devices.csv"_s, "356938035643809\n490154203237518\n");
        Run r;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"lock"_s);
            db.setDatabaseName(workspace);
            QVERIFY(db.open());
            QSqlQuery lock(db);
            QVERIFY2(lock.exec(u"BEGIN IMMEDIATE"_s), qPrintable(lock.lastError().text()));
            r = fotactl({u"--demo"_s, u"campaign"_s, u"devices"_s, u"add"_s, u"c1"_s, u"--file"_s,
                         devices, u"--json"_s},
                        environment(workspace));
            QVERIFY(lock.exec(u"ROLLBACK"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"lock"_s);
        QVERIFY2(r.exitCode == 2 || r.exitCode == 3, qPrintable(r.describe()));
        const QJsonObject doc = oneDocument(r).object();
        QCOMPARE(doc.value(u"exitCode"_s).toInt(), r.exitCode);
        const QJsonObject error = doc.value(u"error"_s).toObject();
        QVERIFY2(!error.value(u"kind"_s).toString().isEmpty(), qPrintable(r.describe()));
        QVERIFY2(error.value(u"message"_s).toString().contains(u"journal"_s),
                 qPrintable(r.describe()));
    }

    void jsonSigtermIsOneDocument()
    {
        HostileServer server(u"trickle"_s, {u"--interval-ms"_s, u"500"_s});
        QProcess p;
        start(p,
              {u"--base-url"_s, server.baseUrl(), u"--account"_s, u"acc"_s, u"firmware"_s,
               u"list"_s, u"--json"_s},
              environment());
        QVERIFY(p.waitForStarted(10000));
        QVERIFY(server.waitForRequest("/fota/v3/firmware", 30000));
        p.terminate();
        const Run r = finish(p);
        QCOMPARE(r.exitCode, 143);
        QString why;
        QVERIFY2(isErrorDocument(r, u"cancelled"_s, &why), qPrintable(why));
    }

    void textSigtermSaysSo()
    {
        HostileServer server(u"trickle"_s, {u"--interval-ms"_s, u"500"_s});
        QProcess p;
        start(
            p,
            {u"--base-url"_s, server.baseUrl(), u"--account"_s, u"acc"_s, u"firmware"_s, u"list"_s},
            environment());
        QVERIFY(p.waitForStarted(10000));
        QVERIFY(server.waitForRequest("/fota/v3/firmware", 30000));
        p.terminate();
        const Run r = finish(p);
        QCOMPARE(r.exitCode, 143);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("SIGTERM"), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(FotactlOutputTest)
#include "FotactlOutputTest.moc"
