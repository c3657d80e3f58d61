// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The pre-flight check of a whole device list (issue 18): 100,000 devices of a fotasim
// process's account looked up and classified through InventoryCheckPanel, the widget the
// create wizard's check step and the add-devices dialog show (offscreen), and printed:
//   - the wall time from start to the verdicts on screen (target: under 5 s);
//   - the longest event-loop stall while it runs (a 1 ms timer's largest gap; target: 50 ms),
//     and the most GUI-thread CPU between two ticks (the check's own longest slice);
// against a yardstick in the same run: the same lookups one request after another (what a
// script around the vendor's SDK does), without classification or display.
//
// Usage: bench_inventory_check [devices=100000] [runs=3]
// Needs the fotasim binary ($FOTADESK_BIN_DIR, default ../bin next to this one).

#include "api/DeviceLookup.h"
#include "api/Environment.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "api/wire/InventoryRecordMapping.h"
#include "core/Clock.h"
#include "gui/common/InventoryCheckPanel.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "support/EventLoopWait.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fotadesk;

namespace {

double guiCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// The largest gap between two ticks of a 1 ms timer, in wall time and in GUI-thread CPU.
class TickGaps
{
public:
    TickGaps()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double wall = double(m_clock.nsecsElapsed()) / 1e6;
            const double cpu = guiCpuMs();
            if (m_lastWall >= 0) {
                m_maxWall = std::max(m_maxWall, wall - m_lastWall);
                m_maxCpu = std::max(m_maxCpu, cpu - m_lastCpu);
            }
            m_lastWall = wall;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_maxWall = m_maxCpu = 0;
        m_lastWall = -1;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    [[nodiscard]] double maxWallMs() const { return m_maxWall; }
    [[nodiscard]] double maxCpuMs() const { return m_maxCpu; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_lastWall = -1;
    double m_lastCpu = 0;
    double m_maxWall = 0;
    double m_maxCpu = 0;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false"_s);
    const int devices = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 3;

    test::FotaSimProcess sim;
    if (!sim.isRunning()) {
        std::fprintf(stderr, "bench_inventory_check: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    // A campaign of `devices` new devices puts them into the account's inventory.
    test::HttpTestClient admin(sim.baseUrl());
    const auto created = admin.adminPost(
        u"/admin/campaigns/synthetic"_s,
        QJsonObject{{u"devices"_s, devices}, {u"campaignName"_s, u"Bench inventory"_s}});
    if (created.status != 200) {
        std::fprintf(stderr, "bench_inventory_check: %s\n", qPrintable(created.describe()));
        return 1;
    }
    const QJsonObject campaign = created.object();

    QNetworkAccessManager network;
    InMemoryCredentialSource credentials;
    credentials.setCredentials({u"demo-client"_s, u"demo-secret"_s, u"demo"_s, u"demo"_s});
    const Environment env = Environment::demo(QUrl(sim.baseUrl()), u"0000123456-00001"_s);
    FotaClient client(&network, env, &credentials, Clock::system());
    ScriptedMessageSeam messages;
    ConnectionState connection;
    AppContext context;
    context.client = &client;
    context.environment = env;
    context.clock = &Clock::system();
    context.messages = &messages;
    context.connection = &connection;

    // The list: the synthetic campaign's devices (from its report), in report order.
    QStringList ids;
    QString cursor;
    for (;;) {
        auto* page = client.campaignDevicePage(campaign.value(u"id"_s).toString(), cursor);
        page->setAutoDelete(false);
        std::unique_ptr<ApiJob> owner(page);
        bool done = false;
        QObject::connect(page, &ApiJob::finished, [&done] { done = true; });
        if (!test::runEventLoopUntil([&] { return done; }, 60000) || !page->succeeded()) {
            std::fprintf(stderr, "bench_inventory_check: report page: %s\n",
                         qPrintable(page->error().message()));
            return 1;
        }
        for (const auto& d : page->result().deviceList)
            ids << d.deviceId;
        if (!page->result().hasMoreData)
            break;
        cursor = page->result().lastSeenDeviceId;
    }
    InventoryCheckRun::Options options;
    options.package = PackageFacts{
        campaign.value(u"make"_s).toString(), campaign.value(u"model"_s).toString(),
        campaign.value(u"firmwareFrom"_s).toString(), campaign.value(u"firmwareTo"_s).toString(),
        campaign.value(u"protocol"_s).toString()};
    options.now = Clock::system().nowUtc();
    std::printf("fotasim: %lld devices of %s %s in the account's inventory\n",
                static_cast<long long>(ids.size()), qPrintable(options.package.make),
                qPrintable(options.package.model));

    std::vector<double> checkMs, stallMs, sliceMs, sequentialMs;
    qint64 accepted = 0;
    for (int run = 0; run < runs; ++run) {
        // The yardstick: the same lookups, one request after another.
        {
            DeviceLookup lookup(&client, ids);
            lookup.setAutoDelete(false);
            lookup.setMaxConcurrent(1);
            QElapsedTimer t;
            t.start();
            lookup.start();
            if (!test::runEventLoopUntil([&] { return lookup.isFinished(); }, 300000) ||
                !lookup.succeeded()) {
                std::fprintf(stderr, "bench_inventory_check: sequential lookup failed\n");
                return 1;
            }
            sequentialMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        // The check as the user meets it: the panel, offscreen.
        InventoryCheckPanel panel(context);
        panel.resize(1000, 500);
        panel.show();
        // On screen before the check starts, as in the wizard: its first paint is not the
        // check's work.
        test::runEventLoopFor(100);
        TickGaps gaps;
        QElapsedTimer t;
        gaps.start();
        t.start();
        panel.start(ids, options);
        if (!test::runEventLoopUntil(
                [&] { return panel.state() != InventoryCheckPanel::State::Running; }, 300000) ||
            panel.state() != InventoryCheckPanel::State::Done || !panel.report()) {
            std::fprintf(stderr, "bench_inventory_check: the check failed: %s\n",
                         qPrintable(panel.errorText()));
            return 1;
        }
        checkMs.push_back(double(t.nsecsElapsed()) / 1e6);
        // One more turn so that the last paint's stall is counted too.
        test::runEventLoopFor(20);
        gaps.stop();
        stallMs.push_back(gaps.maxWallMs());
        sliceMs.push_back(gaps.maxCpuMs());
        accepted = panel.report()->acceptedCount();
        std::printf("run %d: check %.0f ms (longest stall %.1f ms, GUI CPU in one turn %.1f ms); "
                    "sequential lookups %.0f ms\n",
                    run + 1, checkMs.back(), stallMs.back(), sliceMs.back(), sequentialMs.back());
    }
    const double check = median(checkMs);
    const double sequential = median(sequentialMs);
    const double stall = *std::max_element(stallMs.begin(), stallMs.end());
    const double slice = *std::max_element(sliceMs.begin(), sliceMs.end());
    std::printf("\n%lld devices checked, %lld will be accepted\n",
                static_cast<long long>(ids.size()), static_cast<long long>(accepted));
    std::printf("check (median of %d): %.0f ms; sequential lookups: %.0f ms; ratio %.2fx\n", runs,
                check, sequential, sequential / check);
    std::printf("longest stall over all runs: %.1f ms (GUI CPU in one turn: %.1f ms)\n", stall,
                slice);
    std::printf("target: under 5000 ms: %s; no stall over 50 ms: %s\n",
                check < 5000 ? "PASS" : "MISS", stall <= 50 ? "PASS" : "MISS");
    std::printf("TABLE|inventory_check|check %lld devices (median wall, longest stall)|%.0f ms, "
                "stall %.1f ms|%.0f ms (sequential lookups)|%.2fx\n",
                static_cast<long long>(ids.size()), check, stall, sequential, sequential / check);
    return 0;
}
