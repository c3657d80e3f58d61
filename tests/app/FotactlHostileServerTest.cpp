// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl against a misbehaving server of the project's own (fotadesk-hostile-server, on
// 127.0.0.1): an endless 200 or 500 body, a huge Content-Length, a report whose cursor
// advances forever or repeats, an answer trickling in. Every run must end with exit 3 and a
// sentence saying why, with the process's peak memory (VmHWM, polled while it runs, and
// getrusage of the children after it) under 256 MB, after the number of requests the server
// counted.

#include "support/FotactlProcess.h"
#include "support/TestFiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <sys/resource.h>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 PeakLimitKb = 256 * 1024;

/// The peak resident set of a running process in KiB (VmHWM), 0 when unreadable.
qint64 peakKb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

struct Run
{
    int exitCode = -1;
    QString output;        ///< stdout + stderr
    qint64 peakKb = 0;     ///< the larger of the two below
    qint64 polledKb = 0;   ///< VmHWM of this fotactl, polled while it ran (may miss the last ms)
    qint64 childrenKb = 0; ///< getrusage(RUSAGE_CHILDREN): the largest of every child so far
    qint64 elapsedMs = 0;
    QStringList requests; ///< "GET /fota/v3/..." as the server counted them
    [[nodiscard]] int fotaRequests() const
    {
        return static_cast<int>(
            std::count_if(requests.cbegin(), requests.cend(),
                          [](const QString& r) { return r.contains(u"/fota/v3/"_s); }));
    }
};

} // namespace

class FotactlHostileServerTest final : public QObject
{
    Q_OBJECT

    TestFiles m_files;
    int m_runs = 0;

    /// Starts the server in `mode`, runs fotactl with `args` against it, and measures.
    Run run(const QString& mode, const QStringList& args, const QStringList& serverArgs = {})
    {
        Run r;
        QProcess server;
        server.setProgram(qEnvironmentVariable("FOTADESK_BIN_DIR") + u"/fotadesk-hostile-server"_s);
        server.setArguments(QStringList{u"--mode"_s, mode} + serverArgs);
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start();
        if (!server.waitForStarted(10000))
            return r;
        QByteArray serverOut;
        while (!serverOut.contains('\n') && server.waitForReadyRead(10000))
            serverOut += server.readAllStandardOutput();
        const QList<QByteArray> first = serverOut.left(serverOut.indexOf('\n')).split(' ');
        if (first.value(0) != "listening")
            return r;
        const QString baseUrl = u"http://127.0.0.1:%1"_s.arg(QString::fromLatin1(first.value(1)));

        QProcess fotactl;
        fotactl.setProgram(fotactlPath());
        fotactl.setArguments(QStringList{u"--base-url"_s, baseUrl, u"--account"_s, u"acc"_s} +
                             args);
        fotactl.setProcessEnvironment(
            fotactlEnvironment(m_files.path(u"workspace-%1.sqlite"_s.arg(++m_runs))));
        fotactl.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer clock;
        clock.start();
        fotactl.start();
        if (!fotactl.waitForStarted(10000))
            return r;
        const qint64 pid = fotactl.processId();
        // Wait for the end, reading the peak memory meanwhile (and the server's lines, so that
        // its pipe never fills).
        while (!fotactl.waitForFinished(5)) {
            r.polledKb = std::max(r.polledKb, peakKb(pid));
            serverOut += server.readAllStandardOutput();
            if (clock.elapsed() > 120000) {
                fotactl.kill();
                fotactl.waitForFinished();
                break;
            }
        }
        r.elapsedMs = clock.elapsed();
        rusage usage{};
        if (getrusage(RUSAGE_CHILDREN, &usage) == 0)
            r.childrenKb = usage.ru_maxrss; // KiB on Linux
        r.peakKb = std::max(r.polledKb, r.childrenKb);
        r.exitCode = fotactl.exitStatus() == QProcess::NormalExit ? fotactl.exitCode() : -1;
        r.output = QString::fromUtf8(fotactl.readAll());
        // Every request was written before its answer, so before fotactl ended: drain.
        while (server.waitForReadyRead(0) || server.bytesAvailable() > 0)
            serverOut += server.readAllStandardOutput();
        for (const QByteArray& line : serverOut.split('\n')) {
            if (line.startsWith("request "))
                r.requests << QString::fromUtf8(line.mid(8));
        }
        server.kill();
        server.waitForFinished();
        qInfo("%s %s: exit %d, VmHWM %lld KiB (children's max %lld KiB), %lld ms, %lld requests "
              "(%d to FOTA v3)",
              qPrintable(mode), qPrintable(args.join(u' ')), r.exitCode, r.polledKb, r.childrenKb,
              r.elapsedMs, static_cast<long long>(r.requests.size()), r.fotaRequests());
        return r;
    }

private Q_SLOTS:
    void endsWithExit3AndBoundedMemory_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("serverArgs");
        QTest::addColumn<QStringList>("said");
        QTest::addColumn<int>("minFota");
        QTest::addColumn<int>("maxFota");

        QTest::newRow("endless chunked 200")
            << u"chunked-200"_s << QStringList{u"firmware"_s, u"list"_s} << QStringList()
            << QStringList{u"/fota/v3/firmware/acc"_s, u"32 MiB"_s, u"a firmware list"_s,
                           u"arrived before reading stopped"_s}
            << 1 << 1;
        QTest::newRow("endless chunked 500")
            << u"chunked-500"_s << QStringList{u"firmware"_s, u"list"_s} << QStringList()
            << QStringList{u"/fota/v3/firmware/acc"_s, u"256 KiB"_s, u"an error answer"_s} << 1
            << 1;
        QTest::newRow("huge Content-Length")
            << u"huge-length"_s << QStringList{u"firmware"_s, u"list"_s} << QStringList()
            << QStringList{u"/fota/v3/firmware/acc"_s, u"announced"_s, u"32 MiB"_s} << 1 << 1;
        QTest::newRow("endless cursor, sequential")
            << u"endless-cursor"_s
            << QStringList{u"report"_s, u"devices"_s, u"c-1"_s, u"--sequential"_s} << QStringList()
            << QStringList{u"5100 items arrived"_s, u"total of 5000"_s} << 51 << 51;
        QTest::newRow("endless cursor, range-parallel")
            << u"endless-cursor"_s << QStringList{u"report"_s, u"devices"_s, u"c-1"_s}
            << QStringList() << QStringList{u"items arrived"_s, u"total of 5000"_s} << 51 << 400;
        QTest::newRow("repeating cursor")
            << u"repeat-cursor"_s << QStringList{u"devices"_s, u"list"_s} << QStringList()
            << QStringList{u"repeats"_s} << 3 << 3;
        QTest::newRow("trickle") << u"trickle"_s
                                 << QStringList{u"--timeout"_s, u"5"_s,        u"--deadline"_s,
                                                u"2"_s,         u"firmware"_s, u"list"_s}
                                 << QStringList{u"--interval-ms"_s, u"300"_s}
                                 << QStringList{u"overall limit of 2 s"_s} << 1 << 1;
    }

    void endsWithExit3AndBoundedMemory()
    {
        QFETCH(QString, mode);
        QFETCH(QStringList, args);
        QFETCH(QStringList, serverArgs);
        QFETCH(QStringList, said);
        QFETCH(int, minFota);
        QFETCH(int, maxFota);

        const Run r = run(mode, args, serverArgs);
        QVERIFY2(r.exitCode == 3, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.output)));
        for (const QString& text : said)
            QVERIFY2(r.output.contains(text), qPrintable(u"no '%1' in: %2"_s.arg(text, r.output)));
        QVERIFY2(r.peakKb > 0 && r.peakKb <= PeakLimitKb,
                 qPrintable(u"peak %1 KiB"_s.arg(r.peakKb)));
        QVERIFY2(r.fotaRequests() >= minFota && r.fotaRequests() <= maxFota,
                 qPrintable(u"%1 FOTA requests"_s.arg(r.fotaRequests())));
    }
};

QTEST_GUILESS_MAIN(FotactlHostileServerTest)
#include "FotactlHostileServerTest.moc"
