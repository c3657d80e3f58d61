// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A 100,000-device campaign's Device status in the real app (issue 20): the main window as
// fotadesk builds it (DesktopApp: every page, the workspace, logging as shipped: LogFile
// installed, no logging rules of our own) against the embedded fotasim (EmbeddedSimulator, on
// its own thread on 127.0.0.1, as the demo default runs), offscreen. Each run is a fresh
// process with a fresh HOME (bench_report_load --child); the parent prints every run and the
// median of three:
//   - first read: from showing the campaign's "Device status" tab to the last row in the table
//     (wall and process CPU: fotasim's work is in the same process, as in the app);
//   - the longest event-loop stall (a 1 ms precise QTimer's largest gap) and the most
//     GUI-thread CPU in one turn of the event loop, from the moment the tab is shown (the CPU
//     of showing it, which builds the table and the charts the first time, is printed apart);
//   - a refresh (Refresh report: read into a second model, swapped in at the end) and its swap:
//     the GUI-thread CPU of the turn in which the proxy gets the new model.
// Targets: first read <= 1.5 s, no stall over 50 ms, the swap <= 10 ms. PASS/MISS, and
// TABLE|... lines for scripts/bench.sh's summary.
//
// Usage: bench_report_load [--profile] [devices=100000] [runs=3]
//        --profile: (in each child) every event-loop turn that used over 10 ms of GUI-thread
//        CPU, with its biggest top-level events ("type:receiver class", CPU ms).
//        bench_report_load --screenshots DIR   (the docs' screenshots, see Screenshots.cpp)

#include "Screenshots.h"
#include "api/Environment.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"
#include "gui/campaign/CampaignDetailPage.h"
#include "gui/campaign/CampaignStatusLoader.h"
#include "gui/campaign/CampaignStatusPanel.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "gui/shell/DesktopApp.h"
#include "gui/shell/MainWindow.h"
#include "models/DeviceStatusModel.h"
#include "sim/EmbeddedSimulator.h"
#include "store/AppSettings.h"
#include "store/LogFile.h"
#include "support/EventLoopWait.h"
#include "support/HttpTestClient.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fotadesk;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// CPU time of this process's threads named `name` (the embedded fotasim's is "fotasim"),
/// from /proc (clock-tick resolution): the server's share of the process CPU.
double threadsCpuMs(const QByteArray& name)
{
    double ticks = 0;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != name)
            continue;
        QFile stat(tasks.filePath(tid + u"/stat"_s));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // Fields after the ")" that ends the name: state is field 3, utime 14, stime 15.
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 12)
            ticks += f[11].toDouble() + f[12].toDouble();
    }
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

/// With --profile: the GUI thread's CPU time per top-level event (type and receiver), summed
/// per event-loop turn; turns that used more than a threshold are printed with their biggest
/// entries, so a stall can be traced to the code that caused it.
class ProfilingApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        // Only the GUI thread's events: notify() runs in every thread that delivers events
        // (the embedded fotasim's, Qt's network thread), and the tally is not shared.
        if (!m_enabled || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        std::string what = describe(receiver, event); // the receiver may be gone afterwards
        const double t0 = threadCpuMs();
        const bool result = QApplication::notify(receiver, event);
        const double spent = threadCpuMs() - t0;
        --m_depth;
        if (spent > 0.2)
            m_turn[what] += spent;
        return result;
    }
    void setEnabled(bool on) { m_enabled = on; }
    [[nodiscard]] bool enabled() const { return m_enabled; }
    /// Called by the stall meter at each tick: prints the turn when it used over `ms` of CPU.
    void endTurn(double turnCpuMs, double ms)
    {
        if (m_enabled && turnCpuMs > ms) {
            std::vector<std::pair<double, std::string>> items;
            for (const auto& [what, spent] : m_turn)
                items.emplace_back(spent, what);
            std::sort(items.rbegin(), items.rend());
            std::printf("  turn %.1f ms CPU:", turnCpuMs);
            for (std::size_t i = 0; i < items.size() && i < 6; ++i)
                std::printf(" %s %.1f;", items[i].second.c_str(), items[i].first);
            std::printf("\n");
        }
        m_turn.clear();
    }

private:
    static std::string describe(QObject* receiver, QEvent* event)
    {
        std::string out = std::to_string(int(event->type()));
        out += ':';
        const QObject* named = receiver;
        if (qobject_cast<QTimer*>(receiver) && receiver->parent())
            named = receiver->parent();
        out += named->metaObject()->className();
        return out;
    }

    std::map<std::string, double> m_turn;
    int m_depth = 0;
    bool m_enabled = false;
};

/// Records the gaps between the ticks of a 1 ms timer.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            if (m_last >= 0) {
                m_gaps.push_back(double(now - m_last) / 1e6);
                m_cpuGaps.push_back(cpu - m_lastCpu);
                if (m_app)
                    m_app->endTurn(cpu - m_lastCpu, 10.0);
            }
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_cpuGaps.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    void setProfiler(ProfilingApplication* app) { m_app = app; }
    [[nodiscard]] double maxMs() const
    {
        return m_gaps.empty() ? 0.0 : *std::max_element(m_gaps.begin(), m_gaps.end());
    }
    /// The most CPU time the GUI thread spent between two ticks: its own longest piece of
    /// work, whatever else the machine runs (the wall-clock stall also counts preemption).
    [[nodiscard]] double maxCpuMs() const
    {
        return m_cpuGaps.empty() ? 0.0 : *std::max_element(m_cpuGaps.begin(), m_cpuGaps.end());
    }
    [[nodiscard]] double percentile(double p) const
    {
        if (m_gaps.empty())
            return 0.0;
        std::vector<double> v = m_gaps;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
    }
    [[nodiscard]] std::size_t over(double ms) const
    {
        return std::size_t(
            std::count_if(m_gaps.begin(), m_gaps.end(), [ms](double g) { return g > ms; }));
    }

private:
    QTimer m_timer;
    ProfilingApplication* m_app = nullptr;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    double m_lastCpu = 0;
    std::vector<double> m_gaps;
    std::vector<double> m_cpuGaps;
};

struct Run
{
    double wallMs = 0;
    double cpuMs = 0;
    double maxStallMs = 0;
    double maxTurnCpuMs = 0;
    double longestSliceMs = 0;
    double startCpuMs = 0; ///< GUI-thread CPU of the call that starts it (the tab's first show)
    double simCpuMs = 0;   ///< of cpuMs: the embedded fotasim's thread
    std::size_t stallsOver50 = 0;
    int rows = 0;
    bool ok = false;
};

Run measure(CampaignStatusPanel& panel, StallMeter& meter, const std::function<void()>& start)
{
    Run r;
    bool done = false;
    bool ok = false;
    auto c = QObject::connect(&panel, &CampaignStatusPanel::loadFinished, [&](bool success) {
        done = true;
        ok = success;
    });
    const double cpu0 = cpuMs();
    const double sim0 = threadsCpuMs("fotasim");
    QElapsedTimer wall;
    wall.start();
    // The call itself (showing the tab builds and lays out the table and the charts the first
    // time) is measured on its own; the stall meter starts when it returns.
    const double startCpu = threadCpuMs();
    start();
    r.startCpuMs = threadCpuMs() - startCpu;
    meter.start();
    // The app's own event loop (QTest::qWaitFor would sleep 10 ms between its rounds).
    if (!test::runEventLoopUntil([&] { return done; }, 600000))
        std::fprintf(stderr, "bench_report_load: the read did not finish in 10 minutes\n");
    r.wallMs = double(wall.nsecsElapsed()) / 1e6;
    r.cpuMs = cpuMs() - cpu0;
    r.simCpuMs = threadsCpuMs("fotasim") - sim0;
    // Let the swap/chart/snapshot follow-ups run, still measured.
    test::runEventLoopFor(300);
    meter.stop();
    QObject::disconnect(c);
    r.maxStallMs = meter.maxMs();
    r.maxTurnCpuMs = meter.maxCpuMs();
    r.longestSliceMs = panel.loader()->longestSliceMs();
    r.stallsOver50 = meter.over(50.0);
    r.rows = panel.model()->rowCount();
    r.ok = ok;
    return r;
}

/// One fresh process: the real window, the embedded fotasim, one first read and one refresh.
/// Prints one "RUN|..." line for the parent.
int child(ProfilingApplication& app, bool profile, int devices)
{
    // The app's own start-up: its settings and its rotating log (logging as shipped).
    QCoreApplication::setApplicationName(u"FotaDesk"_s);
    QCoreApplication::setOrganizationName(u"FotaDesk"_s);
    AppSettings settings;
    LogFile::Options log;
    log.maxBytes = settings.logMaxBytes();
    log.keep = settings.logFilesKept();
    LogFile::install(log);

    sim::EmbeddedSimulator simulator;
    QString error;
    if (!simulator.start(&error)) {
        std::fprintf(stderr, "bench_report_load: the embedded fotasim did not start: %s\n",
                     qPrintable(error));
        return 1;
    }
    test::HttpTestClient admin(simulator.baseUrl());
    const auto created =
        admin.adminPost(u"/admin/campaigns/synthetic"_s,
                        QJsonObject{{u"devices"_s, devices},
                                    {u"failureRate"_s, 0.05},
                                    {u"campaignName"_s, u"Bench %1 devices"_s.arg(devices)}});
    if (created.status != 200) {
        std::fprintf(stderr, "bench_report_load: synthetic campaign: %s\n",
                     qPrintable(created.describe()));
        return 1;
    }
    const QString campaignId = created.object().value(u"id"_s).toString();
    // Let the campaign run a while so that the report holds a mix of statuses.
    admin.adminPost(u"/admin/clock"_s, QJsonObject{{u"advanceSeconds"_s, 3 * 86400}});

    QNetworkAccessManager network;
    InMemoryCredentialSource credentials;
    credentials.setCredentials({u"demo-client"_s, u"demo-secret"_s, u"demo"_s, u"demo"_s});
    const Environment env = Environment::demo(QUrl(simulator.baseUrl()), u"0000123456-00001"_s);
    FotaClient client(&network, env, &credentials, Clock::system());
    ScriptedMessageSeam messages; // no dialog may wait for a click
    DesktopApp::Options options;
    options.messages = &messages;
    options.rememberWindowState = false;
    options.fixedSize = QSize(1280, 800);
    DesktopApp desktop(client, settings, options);
    MainWindow& window = desktop.window();
    desktop.show();
    desktop.runStartup();
    StallMeter meter;
    if (profile) {
        app.setEnabled(true);
        meter.setProfiler(&app);
    }

    // Sign in first, so that the figures are about the report.
    auto* warmup = client.subscription();
    bool warm = false;
    QObject::connect(warmup, &ApiJob::finished, [&warm] { warm = true; });
    if (!test::runEventLoopUntil([&] { return warm; }, 30000)) {
        std::fprintf(stderr, "bench_report_load: no answer from fotasim\n");
        return 1;
    }
    // The campaign's page, as Open campaign… makes it; its header is read before the tab.
    window.openCampaign(campaignId);
    CampaignDetailPage* page = window.campaignPage(campaignId);
    auto* panel = page ? page->findChild<CampaignStatusPanel*>() : nullptr;
    if (!panel || !test::runEventLoopUntil([&] { return page->campaign().has_value(); }, 30000)) {
        std::fprintf(stderr, "bench_report_load: the campaign page did not open\n");
        return 1;
    }
    test::runEventLoopFor(300);

    // The swap: the GUI-thread CPU from the proxy's reset to the end of that turn.
    double swapMs = 0;
    double swapStart = -1;
    auto* proxy = panel->table()->model();
    QObject::connect(proxy, &QAbstractItemModel::modelAboutToBeReset, [&] {
        if (swapStart >= 0)
            return;
        swapStart = threadCpuMs();
        QTimer::singleShot(0, [&] {
            swapMs = std::max(swapMs, threadCpuMs() - swapStart);
            swapStart = -1;
        });
    });

    const Run first =
        measure(*panel, meter, [page, panel] { page->tabWidget()->setCurrentWidget(panel); });
    const double firstSwapMs = swapMs;
    swapMs = 0;
    // An hour later, as a user refreshes a running campaign: the devices moved on, and the
    // pages fotasim rendered for the first read (it keeps them for a second) are stale.
    admin.adminPost(u"/admin/clock"_s, QJsonObject{{u"advanceSeconds"_s, 3600}});
    const Run again = measure(*panel, meter, [panel] { panel->refresh(); });
    std::printf(
        "RUN|%.0f|%.0f|%.1f|%.1f|%.1f|%zu|%d|%d|%.0f|%.0f|%.1f|%.1f|%.1f|%zu|%d|%d|%.1f|%.1f|%.1f|"
        "%.1f|%.0f|%.0f\n",
        first.wallMs, first.cpuMs, first.maxStallMs, first.maxTurnCpuMs, first.longestSliceMs,
        first.stallsOver50, first.rows, int(first.ok), again.wallMs, again.cpuMs, again.maxStallMs,
        again.maxTurnCpuMs, again.longestSliceMs, again.stallsOver50, again.rows, int(again.ok),
        swapMs, firstSwapMs, first.startCpuMs, again.startCpuMs, first.simCpuMs, again.simCpuMs);
    std::fflush(stdout);
    desktop.saveWindowState();
    return 0;
}

struct ChildResult
{
    Run first;
    Run again;
    double swapMs = 0;
};

std::optional<ChildResult> parseRun(const QByteArray& out)
{
    for (const QByteArray& line : out.split('\n')) {
        if (!line.startsWith("RUN|"))
            continue;
        const QList<QByteArray> f = line.split('|');
        if (f.size() < 23)
            return std::nullopt;
        ChildResult r;
        const auto fill = [&f](Run& run, int at) {
            run.wallMs = f[at].toDouble();
            run.cpuMs = f[at + 1].toDouble();
            run.maxStallMs = f[at + 2].toDouble();
            run.maxTurnCpuMs = f[at + 3].toDouble();
            run.longestSliceMs = f[at + 4].toDouble();
            run.stallsOver50 = std::size_t(f[at + 5].toULongLong());
            run.rows = f[at + 6].toInt();
            run.ok = f[at + 7].toInt() != 0;
        };
        fill(r.first, 1);
        fill(r.again, 9);
        r.swapMs = f[17].toDouble();
        r.first.startCpuMs = f[19].toDouble();
        r.again.startCpuMs = f[20].toDouble();
        r.first.simCpuMs = f[21].toDouble();
        r.again.simCpuMs = f[22].toDouble();
        return r;
    }
    return std::nullopt;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("FOTADESK_BIN_DIR"))
        qputenv("FOTADESK_BIN_DIR",
                QFileInfo(QString::fromLocal8Bit(argv[0])).absolutePath().toLocal8Bit());
    const QString self = QFileInfo(QString::fromLocal8Bit(argv[0])).absoluteFilePath();
    ProfilingApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() > 1 && args.at(0) == u"--screenshots")
        return bench::takeScreenshots(args.at(1));
    const bool isChild = args.removeAll(u"--child"_s) > 0;
    const bool profile = args.removeAll(u"--profile"_s) > 0;
    const int devices = args.size() > 0 ? args.at(0).toInt() : 100000;
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 3;
    if (isChild)
        return child(app, profile, devices);

    std::printf("bench_report_load: %d devices in the real main window (DesktopApp, embedded "
                "fotasim, logging as shipped), %d fresh processes\n",
                devices, runs);
    std::vector<ChildResult> results;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir home; // a fresh HOME: no settings, workspace or log from before
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u".cache"_s));
        env.insert(u"XDG_STATE_HOME"_s, home.filePath(u".local/state"_s));
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList childArgs{u"--child"_s, QString::number(devices)};
        if (profile)
            childArgs.prepend(u"--profile"_s);
        process.start(self, childArgs);
        process.waitForFinished(900000);
        const QByteArray out = process.readAllStandardOutput();
        for (const QByteArray& line : out.split('\n')) {
            if (!line.isEmpty() && !line.startsWith("RUN|"))
                std::printf("  %s\n", line.constData());
        }
        const auto r = parseRun(out);
        if (process.exitCode() != 0 || !r) {
            std::fprintf(stderr, "bench_report_load: run %d failed (exit code %d)\n", i + 1,
                         process.exitCode());
            return 1;
        }
        std::printf(
            "run %d: first read %6.0f ms wall %6.0f ms CPU (fotasim thread %4.0f ms), longest "
            "stall %5.1f ms (GUI CPU in one turn %5.1f ms, longest slice %4.1f ms), >50 "
            "ms: %zu, rows %d %s; showing the tab %.1f ms CPU\n",
            i + 1, r->first.wallMs, r->first.cpuMs, r->first.simCpuMs, r->first.maxStallMs,
            r->first.maxTurnCpuMs, r->first.longestSliceMs, r->first.stallsOver50, r->first.rows,
            r->first.ok ? "ok" : "FAILED", r->first.startCpuMs);
        std::printf(
            "       refresh    %6.0f ms wall %6.0f ms CPU (fotasim thread %4.0f ms), longest "
            "stall %5.1f ms (GUI CPU in one turn %5.1f ms, longest slice %4.1f ms), >50 "
            "ms: %zu, rows %d %s; swap %.1f ms CPU\n",
            r->again.wallMs, r->again.cpuMs, r->again.simCpuMs, r->again.maxStallMs,
            r->again.maxTurnCpuMs, r->again.longestSliceMs, r->again.stallsOver50, r->again.rows,
            r->again.ok ? "ok" : "FAILED", r->swapMs);
        std::fflush(stdout);
        results.push_back(*r);
    }

    const auto med = [&results](auto get) {
        std::vector<double> v;
        for (const ChildResult& r : results)
            v.push_back(get(r));
        return median(v);
    };
    const double firstWall = med([](const ChildResult& r) { return r.first.wallMs; });
    const double firstCpu = med([](const ChildResult& r) { return r.first.cpuMs; });
    const double stall =
        med([](const ChildResult& r) { return std::max(r.first.maxStallMs, r.again.maxStallMs); });
    const double turnCpu = med(
        [](const ChildResult& r) { return std::max(r.first.maxTurnCpuMs, r.again.maxTurnCpuMs); });
    const double refreshWall = med([](const ChildResult& r) { return r.again.wallMs; });
    const double swap = med([](const ChildResult& r) { return r.swapMs; });
    bool everyRow = true;
    for (const ChildResult& r : results)
        everyRow = everyRow && r.first.ok && r.again.ok && r.first.rows == devices &&
                   r.again.rows == devices;
    const char* firstVerdict = firstWall <= 1500.0 ? "PASS" : "MISS";
    const char* stallVerdict = stall <= 50.0 ? "PASS" : "MISS";
    const char* swapVerdict = swap <= 10.0 ? "PASS" : "MISS";
    std::printf("median of %zu: first read %.0f ms wall (%.0f ms CPU) [target <= 1500 ms: %s]; "
                "longest stall %.1f ms (GUI CPU in one turn %.1f ms) [target <= 50 ms: %s]; "
                "refresh %.0f ms wall, swap %.1f ms CPU [target <= 10 ms: %s]; every device "
                "read: %s\n",
                results.size(), firstWall, firstCpu, firstVerdict, stall, turnCpu, stallVerdict,
                refreshWall, swap, swapVerdict, everyRow ? "yes" : "NO");
    std::printf("TABLE|report_load|%d devices in the main window, first read (median of %zu)|"
                "%.0f ms wall, %.0f ms CPU %s|1500 ms (target)|%.2fx\n",
                devices, results.size(), firstWall, firstCpu, firstVerdict, firstWall / 1500.0);
    std::printf("TABLE|report_load|longest event-loop stall, read + refresh|%.1f ms (GUI CPU in "
                "one turn %.1f ms) %s|50 ms (target)|%.2fx\n",
                stall, turnCpu, stallVerdict, stall / 50.0);
    std::printf("TABLE|report_load|refresh: the swap (GUI-thread CPU)|%.1f ms %s|10 ms "
                "(target)|%.2fx\n",
                swap, swapVerdict, swap / 10.0);
    return everyRow ? 0 : 1;
}
