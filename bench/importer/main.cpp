// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_importer (issue 20): the real `fotactl imei check FILE --valid-out OUT` process against
// a lean Python csv peer (peer_check.py) and against `wc -l` on the same two generated files: one
// valid IMEI a line (1,000,000 lines, 16 MB) and a 5-column CSV with a header (1,000,000 rows,
// duplicates, rejected values, quoted notes). Each program runs as its own process, timed from
// spawn to exit (median of several runs, the programs' runs interleaved): wall time, CPU time
// (user + system) and peak RSS from wait4(). Prints the ratios with PASS/MISS against the targets
// (>= 30x the peer, <= 10x wc -l, <= 64 MB) and TABLE| lines for scripts/bench.sh. See
// bench/README.md.
#include "core/Imei.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fcntl.h>
#include <random>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <vector>

extern char** environ;

using fotadesk::Imei;

namespace {

constexpr double kTargetPeerRatio = 30.0;
constexpr double kTargetWcRatio = 10.0;
constexpr double kTargetRssMb = 64.0;

struct Counts
{
    qint64 valid = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
};

/// The i-th IMEI: 4 TACs in turn, serials spread over the TAC's range (not in order, as in a
/// real device list: no help from the cache for the dedupe).
Imei issuedImei(qint64 k)
{
    static constexpr std::array<std::uint64_t, 4> tacs = {35693803, 49015420, 35332110, 86753090};
    const auto u = static_cast<std::uint64_t>(k);
    return Imei::completeFrom14(tacs[u % 4] * 1'000'000ULL + (u / 4 * 7919ULL) % 1'000'000ULL);
}

void writeOut(QFile& f, QByteArray& out, bool force)
{
    if (force || out.size() > (4 << 20) - 512) {
        f.write(out);
        out.clear();
    }
}

/// One valid IMEI a line, all different: lines x 16 bytes.
Counts generatePlain(const QString& path, qint64 lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray out;
    out.reserve(4 << 20);
    char digits[16];
    digits[15] = '\n';
    for (qint64 i = 0; i < lines; ++i) {
        issuedImei(i).writeDigits(digits);
        out.append(digits, 16);
        writeOut(f, out, false);
    }
    writeOut(f, out, true);
    return {lines, 0, 0};
}

/// A realistic export: header device_name,model,site,imei,notes and `lines` rows. About 1%
/// duplicates, 1.1% rejected (14 digits, wrong check digit, scientific notation, text), 1%
/// IMEIs written with dashes or an Excel apostrophe, some quoted notes with commas.
Counts generateCsv(const QString& path, qint64 lines)
{
    static constexpr std::array<const char*, 5> models = {"SM-A546B", "iPhone 14", "TC52", "CT60",
                                                          "Pixel 7a"};
    static constexpr std::array<const char*, 4> sites = {"Berlin-Nord", "Depot 7", "Lyon",
                                                         "Field team A"};
    std::mt19937_64 rng(20240601);
    Counts e;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray out;
    out.reserve(4 << 20);
    out += "device_name,model,site,imei,notes\n";
    qint64 issued = 0;
    char digits[16];
    for (qint64 i = 0; i < lines; ++i) {
        issuedImei(issued).writeDigits(digits);
        QByteArray value(digits, 15);
        const int dice = static_cast<int>(rng() % 1000);
        if (dice < 10 && issued > 0) { // duplicate of an earlier device
            issuedImei(static_cast<qint64>(rng() % static_cast<std::uint64_t>(issued)))
                .writeDigits(digits);
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
            ++issued;
            ++e.valid;
        }
        out += "dev-" + QByteArray::number(i) + ',' + models[size_t(i) % models.size()] + ',' +
               sites[size_t(i / 3) % sites.size()] + ',' + value + ',';
        if (dice % 50 == 7)
            out += "\"rack 3, shelf 2\"";
        out += '\n';
        writeOut(f, out, false);
    }
    writeOut(f, out, true);
    return e;
}

double now()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// One finished process: what wait4() says about it.
struct Sample
{
    double wall = 0;
    double cpu = 0; ///< user + system
    double rssMb = 0;
    int exitCode = -1;
};

/// Spawns program (stdout to outPath or /dev/null, stderr to /dev/null) and waits for it.
Sample runProcess(const QStringList& argv, const QString& outPath = {})
{
    std::vector<QByteArray> bytes;
    for (const QString& a : argv)
        bytes.push_back(QFile::encodeName(a));
    std::vector<char*> args;
    for (QByteArray& b : bytes)
        args.push_back(b.data());
    args.push_back(nullptr);
    const QByteArray out = outPath.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(outPath);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    // The child's peak RSS starts from this process's peak (posix_spawn shares its memory until
    // the exec): reset our peak to what we use now (Linux: clear_refs 5), well below fotactl's.
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
    clearRefs.close();
    Sample s;
    pid_t pid = 0;
    const double start = now();
    const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        qFatal("cannot start %s", args[0]);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        qFatal("wait4 failed for %s", args[0]);
    s.wall = now() - start;
    s.cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
            double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    s.rssMb = double(usage.ru_maxrss) / 1024.0;
    s.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return s;
}

/// The medians of `samples` (each measure on its own; the highest peak RSS).
Sample medianOf(const std::vector<Sample>& samples)
{
    auto mid = [&](auto member) {
        std::vector<double> v;
        for (const Sample& s : samples)
            v.push_back(s.*member);
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    };
    Sample m;
    m.wall = mid(&Sample::wall);
    m.cpu = mid(&Sample::cpu);
    m.rssMb =
        std::max_element(samples.begin(), samples.end(), [](const Sample& a, const Sample& b) {
            return a.rssMb < b.rssMb;
        })->rssMb; // the highest peak of all runs
    m.exitCode = samples.back().exitCode;
    return m;
}

/// One program to time: `runs` runs, after one that warms the caches (warm).
struct Job
{
    QStringList argv;
    int runs = 1;
    bool warm = true;
    QString outPath;
    std::vector<Sample> samples;
};

/// Runs the jobs' runs interleaved, each spread evenly over the whole time, so that every
/// program meets the same fast and slow minutes of a noisy machine (on the bench VM the peer
/// took 1.8 s in one minute and 3.3 s in the next): a ratio then compares like with like.
void runInterleaved(std::vector<Job>& jobs)
{
    int rounds = 1;
    for (Job& j : jobs) {
        if (j.warm)
            runProcess(j.argv, j.outPath);
        rounds = std::max(rounds, j.runs);
    }
    for (int r = 0; r < rounds; ++r) {
        for (Job& j : jobs) {
            while (static_cast<int>(j.samples.size()) < (r + 1) * j.runs / rounds)
                j.samples.push_back(runProcess(j.argv, j.outPath));
        }
    }
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray loadAverage()
{
    return readAll(QStringLiteral("/proc/loadavg")).split(' ').mid(0, 3).join(' ');
}

const char* verdict(bool ok)
{
    return ok ? "PASS" : "MISS";
}

struct FileResult
{
    QString label;
    qint64 bytes = 0;
    Sample fotactl;
    Sample checkOnly; ///< fotactl imei check FILE: the check alone, no --valid-out
    Sample peer;
    Sample wc;
    bool countsOk = false;
    bool sameOutput = false;
    bool withPeer = false;
};

/// The interpreter python3 starts (not a wrapper such as pyenv's shim, whose own start-up of
/// about 60 ms would be counted against the peer).
QString pythonInterpreter(const QString& dir)
{
    const QString out = QDir(dir).filePath(QStringLiteral("python.txt"));
    runProcess({QStringLiteral("python3"), QStringLiteral("-c"),
                QStringLiteral("import sys; print(sys.executable)")},
               out);
    const QString path = QString::fromLocal8Bit(readAll(out)).trimmed();
    return path.isEmpty() ? QStringLiteral("python3") : path;
}

FileResult measure(const QString& fotactl, const QString& python, const QString& label,
                   const QString& file, const Counts& expected, const QString& dir, int runs,
                   int peerRuns, bool withPeer)
{
    FileResult r;
    r.label = label;
    r.withPeer = withPeer;
    r.bytes = QFileInfo(file).size();
    const QString ours = QDir(dir).filePath(QStringLiteral("valid-fotactl.txt"));
    const QString theirs = QDir(dir).filePath(QStringLiteral("valid-python.txt"));
    const QString json = QDir(dir).filePath(QStringLiteral("fotactl.json"));

    // Counts first (untimed): fotactl --json against the generator.
    runProcess(
        {fotactl, QStringLiteral("imei"), QStringLiteral("check"), file, QStringLiteral("--json")},
        json);
    const QJsonObject o = QJsonDocument::fromJson(readAll(json)).object();
    const qint64 rejected = o.value(QStringLiteral("rejected")).toArray().size() +
                            o.value(QStringLiteral("rejectedOmitted")).toInteger();
    r.countsOk = o.value(QStringLiteral("valid")).toInteger() == expected.valid &&
                 o.value(QStringLiteral("duplicates")).toInteger() == expected.duplicates &&
                 rejected == expected.rejected;

    std::printf("  %s: fotactl imei check (%d runs), wc -l (%d)%s, interleaved ...\n",
                qPrintable(label), runs, runs,
                withPeer ? qPrintable(QStringLiteral(", python peer (%1)").arg(peerRuns)) : "");
    std::fflush(stdout);
    const QString peerOut = QDir(dir).filePath(QStringLiteral("peer.json"));
    std::vector<Job> jobs{
        {{fotactl, QStringLiteral("imei"), QStringLiteral("check"), file,
          QStringLiteral("--valid-out"), ours},
         runs,
         true,
         {},
         {}},
        {{fotactl, QStringLiteral("imei"), QStringLiteral("check"), file}, runs, true, {}, {}},
        {{QStringLiteral("wc"), QStringLiteral("-l"), file}, runs, true, {}, {}}};
    if (withPeer)
        jobs.push_back({{python, QStringLiteral(BENCH_IMPORTER_PEER), file, theirs},
                        peerRuns,
                        false,
                        peerOut,
                        {}});
    runInterleaved(jobs);
    r.fotactl = medianOf(jobs[0].samples);
    r.checkOnly = medianOf(jobs[1].samples);
    r.wc = medianOf(jobs[2].samples);
    if (withPeer) {
        r.peer = medianOf(jobs[3].samples);
        const QJsonObject p = QJsonDocument::fromJson(readAll(peerOut)).object();
        r.countsOk = r.countsOk && p.value(QStringLiteral("valid")).toInteger() == expected.valid &&
                     p.value(QStringLiteral("duplicates")).toInteger() == expected.duplicates &&
                     p.value(QStringLiteral("rejected")).toInteger() == expected.rejected;
        r.sameOutput = readAll(ours) == readAll(theirs) && QFileInfo(ours).size() > 0;
    }
    return r;
}

void print(const FileResult& r)
{
    const double peerWall = r.peer.wall / r.fotactl.wall;
    const double peerCpu = r.peer.cpu / r.fotactl.cpu;
    const double wcWall = r.fotactl.wall / r.wc.wall;
    const double wcCpu = r.fotactl.cpu / r.wc.cpu;
    std::printf("\n%s (%.1f MB)\n", qPrintable(r.label), double(r.bytes) / 1e6);
    std::printf("  counts match the generator: %s%s\n", r.countsOk ? "yes" : "NO",
                r.withPeer ? (r.sameOutput ? "; valid IMEIs written: identical to the peer's"
                                           : "; valid IMEIs written: DIFFER from the peer's")
                           : "");
    std::printf("  | %-36s | %9s | %9s | %8s |\n", "program (median)", "wall", "CPU", "peak RSS");
    std::printf("  | %-36s | %7.4f s | %7.4f s | %5.1f MB |\n", "fotactl imei check --valid-out",
                r.fotactl.wall, r.fotactl.cpu, r.fotactl.rssMb);
    std::printf("  | %-36s | %7.4f s | %7.4f s | %5.1f MB |\n",
                "fotactl imei check (no output file)", r.checkOnly.wall, r.checkOnly.cpu,
                r.checkOnly.rssMb);
    if (r.withPeer)
        std::printf("  | %-36s | %7.4f s | %7.4f s | %5.1f MB |\n", "python3 peer_check.py (csv)",
                    r.peer.wall, r.peer.cpu, r.peer.rssMb);
    std::printf("  | %-36s | %7.4f s | %7.4f s | %5.1f MB |\n", "wc -l", r.wc.wall, r.wc.cpu,
                r.wc.rssMb);
    if (r.withPeer)
        std::printf(
            "  Python peer / fotactl:  %6.1fx wall, %6.1fx CPU   (target >= %.0fx)  %s wall, "
            "%s CPU\n",
            peerWall, peerCpu, kTargetPeerRatio, verdict(peerWall >= kTargetPeerRatio),
            verdict(peerCpu >= kTargetPeerRatio));
    std::printf("  fotactl / wc -l:        %6.1fx wall, %6.1fx CPU   (target <= %.0fx)  %s wall, "
                "%s CPU\n",
                wcWall, wcCpu, kTargetWcRatio, verdict(wcWall <= kTargetWcRatio),
                verdict(wcCpu <= kTargetWcRatio));
    std::printf("  (check alone) / wc -l:  %6.1fx wall, %6.1fx CPU   (target <= %.0fx)  %s wall, "
                "%s CPU\n",
                r.checkOnly.wall / r.wc.wall, r.checkOnly.cpu / r.wc.cpu, kTargetWcRatio,
                verdict(r.checkOnly.wall / r.wc.wall <= kTargetWcRatio),
                verdict(r.checkOnly.cpu / r.wc.cpu <= kTargetWcRatio));
    std::printf("  fotactl peak RSS:       %6.1f MB                  (target <= %.0f MB)  %s\n",
                r.fotactl.rssMb, kTargetRssMb, verdict(r.fotactl.rssMb <= kTargetRssMb));
}

void table(const FileResult& r)
{
    const QString value = QStringLiteral("%1 s wall, %2 s CPU, %3 MB")
                              .arg(r.fotactl.wall, 0, 'f', 4)
                              .arg(r.fotactl.cpu, 0, 'f', 4)
                              .arg(r.fotactl.rssMb, 0, 'f', 1);
    if (r.withPeer)
        std::printf("TABLE|importer|fotactl imei check --valid-out, %s (median)|%s|%.3f s wall, "
                    "%.3f s CPU "
                    "(Python csv)|%.1fx wall, %.1fx CPU\n",
                    qPrintable(r.label), qPrintable(value), r.peer.wall, r.peer.cpu,
                    r.peer.wall / r.fotactl.wall, r.peer.cpu / r.fotactl.cpu);
    std::printf("TABLE|importer|fotactl imei check --valid-out, %s, against wc -l|%s|%.4f s wall, "
                "%.4f s CPU (wc -l)|%.1fx wall, %.1fx CPU (fotactl / wc)\n",
                qPrintable(r.label), qPrintable(value), r.wc.wall, r.wc.cpu,
                r.fotactl.wall / r.wc.wall, r.fotactl.cpu / r.wc.cpu);
    std::printf("TABLE|importer|fotactl imei check (no output file), %s, against wc -l|%.4f s "
                "wall, %.4f s CPU, %.1f MB|%.4f s wall, %.4f s CPU (wc -l)|%.1fx wall, %.1fx CPU "
                "(fotactl / wc)\n",
                qPrintable(r.label), r.checkOnly.wall, r.checkOnly.cpu, r.checkOnly.rssMb,
                r.wc.wall, r.wc.cpu, r.checkOnly.wall / r.wc.wall, r.checkOnly.cpu / r.wc.cpu);
}

bool passes(const FileResult& r)
{
    return r.countsOk &&
           (!r.withPeer || (r.sameOutput && r.peer.wall / r.fotactl.wall >= kTargetPeerRatio)) &&
           r.fotactl.wall / r.wc.wall <= kTargetWcRatio && r.fotactl.rssMb <= kTargetRssMb;
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
    if (args.contains(QStringLiteral("--help"))) {
        std::printf(
            "Usage: bench_importer [--lines N] [--runs N] [--peer-runs N] [--no-peer] [--dir DIR]\n"
            "                      [--fotactl PATH]\n"
            "Generates two files of N lines (default 1000000): one valid IMEI a line, and a\n"
            "5-column CSV with a header; times `fotactl imei check FILE --valid-out OUT` (median\n"
            "of --runs, default 9), the Python csv peer (--peer-runs, default 3) and `wc -l`\n"
            "(--runs), each as a process (wall, CPU, peak RSS from wait4), their runs\n"
            "interleaved so that all meet the same moments of a noisy machine.\n"
            "--dir DIR: where the files go (default: a new folder in /dev/shm when it exists,\n"
            "else in the temporary folder). On a disk, fotactl's fsync of --valid-out is timed "
            "too.\n"
            "--fotactl PATH: time that fotactl (e.g. a build from before a change) instead of\n"
            "the one beside this program.\n");
        return 0;
    }
    const qint64 lines = option("--lines", 1'000'000);
    const int runs = static_cast<int>(std::max<qint64>(1, option("--runs", 9)));
    const int peerRuns = static_cast<int>(std::max<qint64>(1, option("--peer-runs", 3)));
    const bool withPeer = !args.contains(QStringLiteral("--no-peer"));
    const qsizetype dirAt = args.indexOf(QStringLiteral("--dir"));
    const QString base = dirAt >= 0 && dirAt + 1 < args.size() ? args.at(dirAt + 1)
                         : QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                             ? QStringLiteral("/dev/shm")
                             : QDir::tempPath();
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("bench_importer-XXXXXX")));
    if (!dir.isValid())
        qFatal("no temporary folder in %s", qPrintable(base));

    std::printf("bench_importer: generating 2 files of %lld lines in %s ...\n",
                static_cast<long long>(lines), qPrintable(dir.path()));
    std::fflush(stdout);
    const QString plain = dir.filePath(QStringLiteral("imeis.txt"));
    const QString csv = dir.filePath(QStringLiteral("devices.csv"));
    const Counts plainCounts = generatePlain(plain, lines);
    const Counts csvCounts = generateCsv(csv, lines);

    const QByteArray loadBefore = loadAverage();
    const qsizetype fotactlAt = args.indexOf(QStringLiteral("--fotactl"));
    const QString fotactl =
        fotactlAt >= 0 && fotactlAt + 1 < args.size()
            ? args.at(fotactlAt + 1)
            : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("fotactl"));
    std::printf("bench_importer: timing %s\n", qPrintable(fotactl));
    const QString python = withPeer ? pythonInterpreter(dir.path()) : QString();
    if (withPeer)
        std::printf("bench_importer: peer run by %s\n", qPrintable(python));
    const FileResult r1 =
        measure(fotactl, python, QStringLiteral("%1 lines, one IMEI a line").arg(lines), plain,
                plainCounts, dir.path(), runs, peerRuns, withPeer);
    const FileResult r2 =
        measure(fotactl, python, QStringLiteral("%1 rows, 5-column CSV with a header").arg(lines),
                csv, csvCounts, dir.path(), runs, peerRuns, withPeer);
    const QByteArray loadAfter = loadAverage();

    std::printf("\nfotactl imei check against its yardsticks (issue 20)\n");
    print(r1);
    print(r2);
    const bool pass = passes(r1) && passes(r2);
    std::printf("\n  overall (wall-clock targets): %s\n", pass ? "PASS" : "MISS");
    std::printf("  machine: %d cores, load average %s before, %s after%s\n",
                QThread::idealThreadCount(), loadBefore.constData(), loadAfter.constData(),
                loadBefore.split(' ').first().toDouble() > 1.0
                    ? " (busy: wall times are inflated; compare the CPU times)"
                    : "");
    std::printf("\n");
    table(r1);
    table(r2);
    return 0;
}
