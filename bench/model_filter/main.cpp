// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Filter-as-you-type over a 1,000,000-row device list.
//
// Measures the time of one keystroke (setting the filter text and rebuilding
// the proxy rows) for DeviceListFilterModel, which scans the model's compact
// storage, and for a plain QSortFilterProxyModel peer filtering the IMEI
// column with setFilterFixedString (one data() call and QString per row).
// Prints a table and the ratio. Usage: bench_model_filter [rows] [runs]

#include "models/DeviceListFilterModel.h"
#include "models/DeviceListModel.h"
#include "models/DeviceStatusModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using fotadesk::DeviceListFilterModel;
using fotadesk::DeviceListModel;
using fotadesk::Imei;
using namespace Qt::StringLiterals;

namespace {

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// CPU time of this thread in ms: the figure that does not grow when other
/// processes share the machine.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

long rssKiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

struct Step
{
    QString label;
    QString text;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 1'000'000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 7;

    // A realistic list: a few dozen TACs (device models), random serials.
    std::mt19937_64 rng(20240601);
    std::vector<std::uint64_t> tacs;
    for (int i = 0; i < 40; ++i)
        tacs.push_back(35'000'000 + rng() % 1'000'000);
    std::vector<Imei> imeis;
    imeis.reserve(std::size_t(rows));
    for (int i = 0; i < rows; ++i) {
        const std::uint64_t body = tacs[rng() % tacs.size()] * 1'000'000ULL + rng() % 1'000'000;
        imeis.push_back(Imei::completeFrom14(body));
    }

    const long rssBefore = rssKiB();
    DeviceListModel model;
    QElapsedTimer t;
    t.start();
    const double appendCpu0 = cpuMs();
    model.appendImeis(imeis);
    const double appendCpu = cpuMs() - appendCpu0;
    const double appendMs = msSince(t);
    const long rssAfter = rssKiB();
    imeis = {};

    std::printf("bench_model_filter: %d rows (%lld valid, %lld duplicates), %d runs, median ms\n",
                rows, static_cast<long long>(model.counts().valid),
                static_cast<long long>(model.counts().duplicates), runs);
    std::printf("  bulk append: %.1f ms CPU (%.1f ms wall); model storage %.2f bytes/row (RSS "
                "+%.1f MB incl. transient)\n",
                appendCpu, appendMs, double(model.storageBytes()) / rows,
                double(rssAfter - rssBefore) / 1024.0);

    DeviceListFilterModel fast;
    fast.setSourceModel(&model);
    QSortFilterProxyModel peer;
    peer.setFilterKeyColumn(DeviceListModel::ImeiColumn);
    peer.setSourceModel(&model);

    const QList<Step> steps{
        {u"type \"3\""_s, u"3"_s},
        {u"type \"35\""_s, u"35"_s},
        {u"type \"356\""_s, u"356"_s},
        {u"type \"3569\""_s, u"3569"_s},
        {u"type \"35699999\" (no match)"_s, u"35699999"_s},
        {u"clear"_s, QString()},
        {u"paste \"3569\" (fresh)"_s, u"3569"_s},
        {u"paste last 4 digits (fresh)"_s, u"0417"_s},
        {u"clear"_s, QString()},
    };

    // Per step: the median over runs of the CPU time of one keystroke (wall
    // time is printed too; it includes waiting for the CPU on a busy machine).
    struct Times
    {
        std::vector<std::vector<double>> cpu;
        std::vector<std::vector<double>> wall;
        std::vector<int> counts;
    };
    const auto measure = [&](auto&& setText, auto&& count, Times& out, int n) {
        out.cpu.assign(std::size_t(steps.size()), {});
        out.wall.assign(std::size_t(steps.size()), {});
        out.counts.assign(std::size_t(steps.size()), 0);
        for (int run = 0; run < n; ++run) {
            for (qsizetype i = 0; i < steps.size(); ++i) {
                QElapsedTimer timer;
                timer.start();
                const double c0 = cpuMs();
                setText(steps.at(i).text);
                out.cpu[std::size_t(i)].push_back(cpuMs() - c0);
                out.wall[std::size_t(i)].push_back(msSince(timer));
                out.counts[std::size_t(i)] = count();
            }
        }
    };

    Times fastT, peerT, sortedT;
    measure([&](const QString& s) { fast.setFilterText(s); }, [&] { return fast.rowCount(); },
            fastT, runs);
    measure([&](const QString& s) { peer.setFilterFixedString(s); },
            [&] { return peer.rowCount(); }, peerT, std::max(1, runs / 3));
    fast.sort(DeviceListModel::ImeiColumn);
    measure([&](const QString& s) { fast.setFilterText(s); }, [&] { return fast.rowCount(); },
            sortedT, runs);
    fast.sort(-1);

    std::printf("\n  CPU ms per keystroke (median; wall ms in brackets)\n");
    std::printf("  %-30s %8s %18s %18s %20s %8s\n", "keystroke", "rows", "fast",
                "fast, IMEI-sorted", "QSortFilterProxyModel", "ratio");
    double fastWorst = 0;
    double fastTotal = 0;
    double peerTotal = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const auto k = std::size_t(i);
        const double f = median(fastT.cpu[k]);
        const double s = median(sortedT.cpu[k]);
        const double p = median(peerT.cpu[k]);
        fastWorst = std::max({fastWorst, f, s});
        fastTotal += f;
        peerTotal += p;
        if (fastT.counts[k] != sortedT.counts[k] || fastT.counts[k] != peerT.counts[k])
            std::printf("  !! row counts differ: %d %d %d\n", fastT.counts[k], sortedT.counts[k],
                        peerT.counts[k]);
        std::printf("  %-30s %8d %7.2f [%7.2f] %7.2f [%7.2f] %8.1f [%8.1f] %7.1fx\n",
                    qPrintable(steps.at(i).label), fastT.counts[k], f, median(fastT.wall[k]), s,
                    median(sortedT.wall[k]), p, median(peerT.wall[k]), f > 0 ? p / f : 0.0);
    }
    std::printf("\n  all keystrokes: fast %.1f ms, QSortFilterProxyModel %.1f ms, ratio %.1fx; "
                "slowest fast keystroke %.2f ms CPU (target 100 ms)\n",
                fastTotal, peerTotal, fastTotal > 0 ? peerTotal / fastTotal : 0.0, fastWorst);
    std::printf("  note: the peer filters the IMEI column only; the fast proxy also matches "
                "state and reason texts.\n");

    // The campaign device report: 100,000 rows arriving in pages of 1,000.
    {
        static const QString statuses[] = {u"UpgradePending"_s, u"UpgradeSuccess"_s,
                                           u"DownloadInstallSucceeded"_s, u"UpgradeFailed"_s};
        QList<QList<fotadesk::wire::DeviceStatus>> pages;
        for (int p = 0; p < 100; ++p) {
            QList<fotadesk::wire::DeviceStatus> page;
            for (int i = 0; i < 1000; ++i) {
                fotadesk::wire::DeviceStatus d;
                d.deviceId = Imei::completeFrom14(35'693'803'000'000ULL + std::uint64_t(p) * 1000 +
                                                  std::uint64_t(i))
                                 .toString();
                d.status = statuses[i % 4];
                d.resultReason = i % 4 == 3 ? u"Download timed out"_s : QString();
                d.updatedTime = fotadesk::Timestamp::parse(u"2026-01-15T12:00:00.123Z");
                d.recentAttemptTime = fotadesk::Timestamp::parse(u"2026-01-15T11:00:00Z");
                page.append(d);
            }
            pages.append(page);
        }
        fotadesk::DeviceStatusModel status;
        std::vector<double> perPage;
        const double c0 = cpuMs();
        for (const auto& page : pages) {
            const double p0 = cpuMs();
            status.appendPage(page);
            perPage.push_back(cpuMs() - p0);
        }
        const double total = cpuMs() - c0;
        std::printf("\n  device status report: 100 pages x 1,000 rows appended in %.1f ms CPU; "
                    "per page median %.2f ms, max %.2f ms; %.1f bytes/row\n",
                    total, median(perPage), *std::max_element(perPage.begin(), perPage.end()),
                    double(status.storageBytes()) / status.rowCount());
    }
    return fastWorst <= 100.0 ? 0 : 1;
}
