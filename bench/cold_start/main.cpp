// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_cold_start: how long fotadesk takes from its launch to its main window being mapped on
// the X server, against the same for bench_empty_window (a QApplication showing an empty
// QMainWindow), in the same run on the same private Xvfb, alternated so that both meet the same
// machine. Each launch gets a fresh HOME (fotadesk then starts as on a new machine: demo
// backend, first-start workspace). The time ends at the first MapNotify of a top-level window
// (seen through xcb with SubstructureNotify on the root); the process is then killed, so its
// CPU time (wait4) is the CPU it spent up to the map.
//
// Usage: bench_cold_start [--runs N] [--app PATH]
//        --runs: launches per program (default 11, after one warm-up each)
//        --app: another fotadesk binary (e.g. one built from an older commit, for a before/after)
// Target (issue 20): median fotadesk / median empty window <= 2.

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <set>
#include <signal.h>
#include <spawn.h>
#include <string>
#include <sys/poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
#include <xcb/xcb.h>

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;

struct Launch
{
    double wallMs = 0;
    double cpuMs = 0;
    int libraries = 0;
    bool mapped = false;
};

std::string binDir()
{
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return ".";
    std::string path(buf, size_t(n));
    return path.substr(0, path.rfind('/'));
}

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string a, b, c;
    in >> a >> b >> c;
    return a + " " + b + " " + c;
}

/// Starts Xvfb on a display it picks itself (-displayfd); returns its pid and the display.
pid_t startXvfb(std::string* display)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    const std::string fd = std::to_string(fds[1]);
    std::vector<std::string> args = {"Xvfb",         "-displayfd", fd,    "-screen", "0",
                                     "1920x1080x24", "-nolisten",  "tcp", "-noreset"};
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, "Xvfb", nullptr, nullptr, argv.data(), environ) != 0)
        return -1;
    close(fds[1]);
    std::string number;
    char c = 0;
    while (read(fds[0], &c, 1) == 1 && c != '\n')
        number += c;
    close(fds[0]);
    if (number.empty())
        return -1;
    *display = ":" + number;
    return pid;
}

/// The environment of a launch: ours without the XDG folders, with a fresh HOME and DISPLAY.
std::vector<std::string> launchEnvironment(const std::string& home, const std::string& display)
{
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        const std::string entry(*e);
        const std::string name = entry.substr(0, entry.find('='));
        if (name == "HOME" || name == "DISPLAY" || name == "QT_QPA_PLATFORM" ||
            name.rfind("XDG_", 0) == 0 || name.rfind("FOTADESK_", 0) == 0)
            continue;
        env.push_back(entry);
    }
    env.push_back("HOME=" + home);
    env.push_back("DISPLAY=" + display);
    env.push_back("QT_QPA_PLATFORM=xcb");
    env.push_back("XDG_RUNTIME_DIR=" + home);
    return env;
}

int countLibraries(pid_t pid)
{
    std::ifstream maps("/proc/" + std::to_string(pid) + "/maps");
    std::set<std::string> libs;
    std::string line;
    while (std::getline(maps, line)) {
        const auto slash = line.find('/');
        if (slash == std::string::npos)
            continue;
        const std::string path = line.substr(slash);
        if (path.find(".so") != std::string::npos)
            libs.insert(path);
    }
    return int(libs.size());
}

/// Throws away the events of earlier launches (their windows' unmaps and destroys).
void drain(xcb_connection_t* x)
{
    xcb_flush(x);
    while (xcb_generic_event_t* e = xcb_poll_for_event(x))
        free(e);
}

/// Waits for a top-level window (not override-redirect) to be mapped; false after `timeoutMs`.
bool waitForMap(xcb_connection_t* x, int timeoutMs)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    const int fd = xcb_get_file_descriptor(x);
    for (;;) {
        while (xcb_generic_event_t* e = xcb_poll_for_event(x)) {
            const bool map = (e->response_type & 0x7f) == XCB_MAP_NOTIFY &&
                             !reinterpret_cast<xcb_map_notify_event_t*>(e)->override_redirect;
            free(e);
            if (map)
                return true;
        }
        if (xcb_connection_has_error(x))
            return false;
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return false;
        pollfd p{fd, POLLIN, 0};
        poll(&p, 1, int(left));
    }
}

Launch launch(xcb_connection_t* x, const std::string& program, const std::string& display)
{
    Launch result;
    char pattern[] = "/tmp/fotadesk-cold-start-XXXXXX";
    const char* home = mkdtemp(pattern);
    if (!home) {
        std::perror("mkdtemp");
        return result;
    }
    std::vector<std::string> env = launchEnvironment(home, display);
    std::vector<char*> envp;
    for (auto& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    std::string arg0 = program;
    char* argv[] = {arg0.data(), nullptr};

    // The programs' own output (fotadesk's log lines) would interleave with the table.
    posix_spawn_file_actions_t quiet;
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0);

    drain(x);
    const auto start = Clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.c_str(), &quiet, nullptr, argv, envp.data());
    posix_spawn_file_actions_destroy(&quiet);
    if (spawned != 0) {
        std::fprintf(stderr, "%s: %s\n", program.c_str(), std::strerror(spawned));
        return result;
    }
    result.mapped = waitForMap(x, 30000);
    result.wallMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    result.libraries = countLibraries(pid);
    kill(pid, SIGKILL);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    result.cpuMs = usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 +
                   usage.ru_stime.tv_sec * 1e3 + usage.ru_stime.tv_usec / 1e3;
    const std::string remove = std::string("rm -rf '") + home + "'";
    if (std::system(remove.c_str()) != 0)
        std::fprintf(stderr, "could not remove %s\n", home);
    return result;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    int runs = 11;
    const std::string dir = binDir();
    std::string app = dir + "/fotadesk";
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--app") == 0 && i + 1 < argc)
            app = argv[++i];
    }
    const std::string empty = dir + "/bench_empty_window";
    for (const auto& p : {app, empty}) {
        if (access(p.c_str(), X_OK) != 0) {
            std::fprintf(stderr, "bench_cold_start: %s is missing (build it first)\n", p.c_str());
            return 2;
        }
    }
    std::string display;
    const pid_t xvfb = startXvfb(&display);
    if (xvfb <= 0) {
        std::fprintf(stderr, "bench_cold_start: could not start Xvfb (apt-get install xvfb)\n");
        return 2;
    }
    xcb_connection_t* x = xcb_connect(display.c_str(), nullptr);
    if (xcb_connection_has_error(x)) {
        std::fprintf(stderr, "bench_cold_start: cannot connect to %s\n", display.c_str());
        kill(xvfb, SIGTERM);
        return 2;
    }
    xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(x)).data;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(x, screen->root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(x);

    std::printf("bench_cold_start: %s against %s, %d launches each, alternated, on Xvfb %s; "
                "load average %s\n",
                app.c_str(), empty.c_str(), runs, display.c_str(), loadAverage().c_str());
    // One warm-up each: the first launch reads the libraries from disk.
    launch(x, empty, display);
    launch(x, app, display);

    std::vector<double> appWall, appCpu, emptyWall, emptyCpu, pairRatio;
    int appLibs = 0, emptyLibs = 0;
    bool ok = true;
    std::printf("%4s  %14s %14s  %14s %14s  %7s\n", "run", "fotadesk ms", "(CPU ms)", "empty ms",
                "(CPU ms)", "ratio");
    for (int i = 0; i < runs; ++i) {
        Launch a, e;
        if (i % 2 == 0) {
            e = launch(x, empty, display);
            a = launch(x, app, display);
        } else {
            a = launch(x, app, display);
            e = launch(x, empty, display);
        }
        if (!a.mapped || !e.mapped) {
            std::fprintf(stderr, "run %d: a window was not mapped within 30 s\n", i + 1);
            ok = false;
            break;
        }
        appWall.push_back(a.wallMs);
        appCpu.push_back(a.cpuMs);
        emptyWall.push_back(e.wallMs);
        emptyCpu.push_back(e.cpuMs);
        pairRatio.push_back(a.wallMs / e.wallMs);
        appLibs = a.libraries;
        emptyLibs = e.libraries;
        std::printf("%4d  %14.1f %14.1f  %14.1f %14.1f  %6.2fx\n", i + 1, a.wallMs, a.cpuMs,
                    e.wallMs, e.cpuMs, a.wallMs / e.wallMs);
    }
    xcb_disconnect(x);
    kill(xvfb, SIGTERM);
    waitpid(xvfb, nullptr, 0);
    if (!ok)
        return 1;

    const double ratio = median(appWall) / median(emptyWall);
    std::printf("\nmedian to mapped: fotadesk %.1f ms (CPU %.1f ms, %d shared libraries), "
                "empty window %.1f ms (CPU %.1f ms, %d shared libraries)\n",
                median(appWall), median(appCpu), appLibs, median(emptyWall), median(emptyCpu),
                emptyLibs);
    std::printf("ratio of the medians: %.2fx (median of the pairs' ratios %.2fx); target <= 2x: "
                "%s\n",
                ratio, median(pairRatio), ratio <= 2.0 ? "PASS" : "MISS");
    std::printf("load average at the end: %s\n", loadAverage().c_str());
    std::printf("TABLE|cold_start|launch to main window mapped (median of %d)|%.0f ms (CPU %.0f "
                "ms)|%.0f ms (empty QMainWindow)|%.2fx\n",
                runs, median(appWall), median(appCpu), median(emptyWall), ratio);
    return 0;
}
