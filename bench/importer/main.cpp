// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_importer: generates a realistic 1,000,000-line device CSV, times the
// IMEI table importer (best of several runs), measures its peak RSS in a fresh
// process, runs the plain-Python peer (peer_import.py, csv module) on the same
// file and prints a table with PASS/MISS against the targets of issue 2:
// <= 0.3 s, <= 64 MB peak RSS, >= 20x faster than the peer.
#include "core/Imei.h"
#include "core/ImeiImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>
#include <time.h>

using fotadesk::Imei;
using fotadesk::ImeiImporter;
using fotadesk::ImeiImportResult;

namespace {

constexpr double kTargetSeconds = 0.3;
constexpr double kTargetRssMb = 64.0;
constexpr double kTargetRatio = 20.0;

struct Expected
{
    qint64 valid = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
};

/// Writes the benchmark file: header + `lines` data lines. About 1% duplicates,
/// 1% rejected (14 digits, wrong check digit, scientific notation, text), 1%
/// formatted with dashes or an Excel apostrophe, some quoted notes with commas.
Expected generate(const QString& path, qint64 lines)
{
    static constexpr std::array<std::uint64_t, 4> tacs = {35693803, 49015420, 35332110, 86753090};
    static constexpr std::array<const char*, 5> models = {"SM-A546B", "iPhone 14", "TC52", "CT60",
                                                          "Pixel 7a"};
    static constexpr std::array<const char*, 4> sites = {"Berlin-Nord", "Depot 7", "Lyon",
                                                         "Field team A"};
    std::mt19937_64 rng(20240601);
    Expected e;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray out;
    out.reserve(4 << 20);
    out += "device_name,model,site,imei,notes\n";
    std::vector<Imei> issued;
    issued.reserve(static_cast<size_t>(lines));
    char digits[16];
    for (qint64 i = 0; i < lines; ++i) {
        const auto k = static_cast<std::uint64_t>(issued.size());
        const std::uint64_t body = tacs[k % 4] * 1'000'000ULL + (k / 4 * 7919ULL) % 1'000'000ULL;
        const Imei fresh = Imei::completeFrom14(body);
        fresh.writeDigits(digits);
        QByteArray value(digits, 15);
        const int dice = static_cast<int>(rng() % 1000);
        if (dice < 10 && !issued.empty()) { // duplicate of an earlier device
            issued[rng() % issued.size()].writeDigits(digits);
            value = QByteArray(digits, 15);
            ++e.duplicates;
        } else if (dice < 15) { // Luhn digit missing
            value.chop(1);
            ++e.rejected;
        } else if (dice < 18) { // mistyped check digit
            value[14] = static_cast<char>('0' + (value[14] - '0' + 1) % 10);
            ++e.rejected;
        } else if (dice < 20) { // Excel scientific notation
            value = "3.56938E+14";
            ++e.rejected;
        } else if (dice < 21) {
            value = "n/a";
            ++e.rejected;
        } else {
            if (dice < 26)
                value = value.left(2) + '-' + value.mid(2, 6) + '-' + value.mid(8, 6) + '-' +
                        value.right(1);
            else if (dice < 31)
                value.prepend('\'');
            issued.push_back(fresh);
            ++e.valid;
        }
        out += "dev-";
        out += QByteArray::number(i);
        out += ',';
        out += models[i % models.size()];
        out += ',';
        out += sites[(i / 3) % sites.size()];
        out += ',';
        out += value;
        out += ',';
        if (dice % 50 == 7)
            out += "\"rack 3, shelf 2\"";
        out += '\n';
        if (out.size() > (4 << 20) - 256) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
    return e;
}

qint64 vmHwmKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// The child: one import in a fresh process; prints peak RSS.
int childImport(const QString& path)
{
    const qint64 before = vmHwmKb();
    QElapsedTimer t;
    t.start();
    const ImeiImportResult r = ImeiImporter().importFile(path);
    const qint64 ns = t.nsecsElapsed();
    std::printf("{\"hwmKb\": %lld, \"baseKb\": %lld, \"seconds\": %.6f, \"valid\": %lld}\n",
                static_cast<long long>(vmHwmKb()), static_cast<long long>(before), double(ns) / 1e9,
                static_cast<long long>(r.imeis.size()));
    return r.ok() ? 0 : 1;
}

QJsonObject runJson(const QString& program, const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "bench_importer: %s failed: %s\n", qPrintable(program),
                     qPrintable(p.errorString()));
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').first() : QByteArray("?");
}

const char* verdict(bool ok)
{
    return ok ? "PASS" : "MISS";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto option = [&](const char* name, qint64 fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
    };
    if (const qsizetype i = args.indexOf(QStringLiteral("--child-import"));
        i >= 0 && i + 1 < args.size())
        return childImport(args.at(i + 1));
    if (args.contains(QStringLiteral("--help"))) {
        std::printf("Usage: bench_importer [--lines N] [--runs N] [--peer-runs N] [--no-peer] "
                    "[--keep FILE]\n"
                    "Generates an N-line device CSV (default 1000000) in a temporary folder,\n"
                    "times the IMEI importer (best of --runs, default 5), measures its peak\n"
                    "RSS in a fresh process and compares with the Python peer.\n"
                    "--keep FILE writes the generated file to FILE and leaves it there.\n");
        return 0;
    }
    const qint64 lines = option("--lines", 1'000'000);
    const int runs = static_cast<int>(std::max<qint64>(1, option("--runs", 5)));
    const int peerRuns = static_cast<int>(std::max<qint64>(1, option("--peer-runs", 2)));
    const bool withPeer = !args.contains(QStringLiteral("--no-peer"));

    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary folder");
    const qsizetype keepAt = args.indexOf(QStringLiteral("--keep"));
    const QString path = keepAt >= 0 && keepAt + 1 < args.size()
                             ? args.at(keepAt + 1)
                             : dir.filePath(QStringLiteral("devices-%1.csv").arg(lines));
    std::printf("Generating %lld lines ...\n", static_cast<long long>(lines));
    std::fflush(stdout);
    const Expected expected = generate(path, lines);
    const qint64 fileBytes = QFileInfo(path).size();

    // In-process timing: best of several runs (the first also warms the page cache).
    const QByteArray loadBefore = loadAverage();
    double best = 1e9;
    double bestCpu = 1e9;
    double sum = 0;
    ImeiImportResult result;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        result = ImeiImporter().importFile(path);
        const double s = double(t.nsecsElapsed()) / 1e9;
        bestCpu = std::min(bestCpu, cpuSeconds() - cpu0);
        best = std::min(best, s);
        sum += s;
    }
    if (!result.ok())
        qFatal("import failed: %s", qPrintable(result.errorMessage));
    const bool countsOk = result.imeis.size() == expected.valid &&
                          result.duplicateCount == expected.duplicates &&
                          result.rejectedCount == expected.rejected;
    result = {}; // free before the child runs

    // Peak RSS of one import in a fresh process.
    const QJsonObject child = runJson(QCoreApplication::applicationFilePath(),
                                      {QStringLiteral("--child-import"), path}, 120000);
    const double rssMb = child.value(QStringLiteral("hwmKb")).toDouble(-1) / 1024.0;
    const double baseMb = child.value(QStringLiteral("baseKb")).toDouble(-1) / 1024.0;

    double peer = -1;
    double peerCpu = -1;
    bool peerCountsOk = false;
    if (withPeer) {
        std::printf("Running the Python peer (%d run(s)) ...\n", peerRuns);
        std::fflush(stdout);
        const QJsonObject p = runJson(QStringLiteral("python3"),
                                      {QStringLiteral(BENCH_IMPORTER_PEER), path,
                                       QStringLiteral("--runs"), QString::number(peerRuns)},
                                      1800000);
        peer = p.value(QStringLiteral("seconds")).toDouble(-1);
        peerCpu = p.value(QStringLiteral("cpuSeconds")).toDouble(-1);
        peerCountsOk = p.value(QStringLiteral("valid")).toInteger() == expected.valid &&
                       p.value(QStringLiteral("duplicates")).toInteger() == expected.duplicates &&
                       p.value(QStringLiteral("rejected")).toInteger() == expected.rejected;
    }
    const double ratio = peer > 0 ? peer / best : -1;
    const double cpuRatio = peerCpu > 0 ? peerCpu / bestCpu : -1;

    std::printf("\nIMEI table importer benchmark\n");
    std::printf("  file: %lld lines, %.1f MB (valid %lld, duplicates %lld, rejected %lld)\n",
                static_cast<long long>(lines), double(fileBytes) / 1e6,
                static_cast<long long>(expected.valid), static_cast<long long>(expected.duplicates),
                static_cast<long long>(expected.rejected));
    std::printf("  counts match the generator: importer %s%s\n\n", countsOk ? "yes" : "NO",
                withPeer ? (peerCountsOk ? ", python peer yes" : ", python peer NO") : "");
    std::printf("  %-28s %12s %12s %6s\n", "measure", "value", "target", "");
    std::printf("  %-28s %10.3f s %10.1f s %6s\n", "importer (best of runs)", best, kTargetSeconds,
                verdict(best <= kTargetSeconds));
    std::printf("  %-28s %10.3f s\n", "importer (mean of runs)", sum / runs);
    std::printf("  %-28s %10.3f s\n", "importer CPU time (best)", bestCpu);
    std::printf("  %-28s %9.1f MB %9.0f MB %6s\n", "importer peak RSS (VmHWM)", rssMb, kTargetRssMb,
                verdict(rssMb > 0 && rssMb <= kTargetRssMb));
    std::printf("  %-28s %9.1f MB\n", "  of which process baseline", baseMb);
    if (withPeer) {
        std::printf("  %-28s %10.3f s\n", "python csv peer (best)", peer);
        std::printf("  %-28s %10.3f s\n", "python peer CPU time (best)", peerCpu);
        std::printf("  %-28s %11.1fx %10.0fx %6s\n", "ratio peer / importer", ratio, kTargetRatio,
                    verdict(ratio >= kTargetRatio));
        std::printf("  %-28s %11.1fx\n", "ratio of CPU times", cpuRatio);
    }
    std::printf("  %-28s %10.1f M lines/s\n", "importer throughput", double(lines) / best / 1e6);
    const bool pass = countsOk && best <= kTargetSeconds && rssMb > 0 && rssMb <= kTargetRssMb &&
                      (!withPeer || (ratio >= kTargetRatio && peerCountsOk));
    std::printf("\n  overall: %s\n", pass ? "PASS" : "MISS");
    std::printf("  machine: %d cores, load average %s before the runs%s\n",
                QThread::idealThreadCount(), loadBefore.constData(),
                loadBefore.toDouble() > QThread::idealThreadCount()
                    ? " (busy: wall times are inflated; compare the CPU times)"
                    : "");
    return 0;
}
