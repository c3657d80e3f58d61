// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Range-parallel paging of the device-status report (issue 10): a campaign of
// 100,000 devices read from a fotasim process that delays every answer by
// 100 ms (timers, so concurrent requests overlap), sequentially — one page after
// the other, as the vendor SDK and a plain script page — and range-parallel
// (the first page, then IMEI ranges read concurrently) at 6 and 8 (the default)
// requests at a time. Every run's device list (IMEI + status, in order) must equal the
// sequential one. Prints a table with wall times, requests, ranges, the most
// requests fotasim held at once, and the ratio to sequential (target >= 5x for
// the default). Qt runs at most 6 connections per host: with 8, two requests wait
// in Qt's queue and leave the moment a connection is free.
//
// Usage: bench_report_range [--devices N] [--latency MS] [--runs N]
// Needs the fotasim binary ($FOTADESK_BIN_DIR, default: this binary's directory).

#include "api/DeviceStatusPager.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

struct Mode
{
    const char* name;
    Pager::Strategy strategy;
    int concurrency;
};

struct Outcome
{
    double bestMs = 0;
    double cpuMs = 0; ///< this process's CPU time in the best run
    int pages = 0;
    int ranges = 0;
    int requests = 0;
    int maxInFlight = 0;
    bool identical = true;
    QString fallback;
};

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int argValue(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"fotadesk.*.debug=false\nfotadesk.*.info=false"_s);
    const QStringList args = QCoreApplication::arguments();
    const int devices = std::max(1000, argValue(args, u"--devices"_s, 100'000));
    const int latencyMs = std::max(0, argValue(args, u"--latency"_s, 100));
    const int runs = std::max(1, argValue(args, u"--runs"_s, 1));
    if (!qEnvironmentVariableIsSet("FOTADESK_BIN_DIR"))
        qputenv("FOTADESK_BIN_DIR", QCoreApplication::applicationDirPath().toUtf8());

    test::FotaSimProcess sim({u"--seed"_s, u"10"_s, u"--log-level"_s, u"off"_s});
    if (!sim.isRunning()) {
        std::fprintf(stderr, "fotasim did not start: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    test::HttpTestClient admin(sim.baseUrl());
    admin.freezeClock(); // statuses stand still
    QString failure;
    const QString campaignId = admin.syntheticCampaign(devices, 0.1, &failure);
    if (campaignId.isEmpty()) {
        std::fprintf(stderr, "could not create the synthetic campaign: %s\n", qPrintable(failure));
        return 1;
    }
    admin.advanceClock(3 * 86400); // mixed statuses
    admin.adminPost(u"/admin/faults"_s, {{u"faults"_s, u"latency=%1"_s.arg(latencyMs)}});

    QNetworkAccessManager nam;
    InMemoryCredentialSource credentials(
        {u"demo-client"_s, u"demo-secret"_s, u"demo"_s, u"demo"_s});
    FotaClient client(&nam, Environment::custom(QUrl(sim.baseUrl()), u"0000123456-00001"_s),
                      &credentials, Clock::system());
    {
        // Sign in first, so that the figures are the report alone.
        auto* job = client.subscription();
        QEventLoop loop;
        QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }

    const Mode modes[] = {
        {"sequential (vendor SDK way)", Pager::Strategy::Sequential, 1},
        {"range-parallel, 6 at once", Pager::Strategy::RangeParallel, 6},
        {"range-parallel, 8 at once (default)", Pager::Strategy::RangeParallel, 8}};
    QStringList reference;
    QList<Outcome> outcomes;
    for (const Mode& mode : modes) {
        Outcome outcome;
        for (int run = 0; run < runs; ++run) {
            admin.adminPost(u"/admin/stats/reset"_s);
            DeviceStatusPager pager(&client, campaignId);
            pager.setAutoDelete(false);
            pager.setCollect(true);
            pager.setStrategy(mode.strategy);
            pager.setMaxConcurrent(mode.concurrency);
            QEventLoop loop;
            QObject::connect(&pager, &ApiJob::finished, &loop, &QEventLoop::quit);
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuSeconds();
            pager.start();
            loop.exec();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            const double cpuMs = (cpuSeconds() - cpu0) * 1000;
            if (!pager.succeeded()) {
                std::fprintf(stderr, "%s: the report failed: %s\n", mode.name,
                             qPrintable(pager.error().toString()));
                return 1;
            }
            QStringList rows;
            rows.reserve(pager.devices().size());
            for (const auto& d : pager.devices())
                rows << d.deviceId + u' ' + d.status;
            if (reference.isEmpty())
                reference = rows;
            outcome.identical =
                outcome.identical && rows == reference && rows.size() == qsizetype(devices);
            const QJsonObject stats = admin.adminGet(u"/admin/stats"_s).object();
            outcome.requests = 0;
            const QJsonObject routes = stats.value(u"byRoute"_s).toObject();
            for (auto it = routes.begin(); it != routes.end(); ++it) {
                if (it.key().endsWith(u"/devices"_s))
                    outcome.requests += it.value().toInt();
            }
            outcome.maxInFlight = stats.value(u"maxConcurrentDelayed"_s).toInt();
            outcome.pages = pager.pagesReceived();
            outcome.ranges = pager.rangeCount();
            outcome.fallback = pager.fallbackReason();
            if (run == 0 || ms < outcome.bestMs) {
                outcome.bestMs = ms;
                outcome.cpuMs = cpuMs;
            }
            std::printf("  %s, run %d: %.0f ms wall, %.0f ms client CPU\n", mode.name, run + 1, ms,
                        cpuMs);
            std::fflush(stdout);
        }
        outcomes << outcome;
    }

    std::printf("\nReading a %d-device campaign report from fotasim, %d ms latency per request "
                "(best of %d):\n\n",
                devices, latencyMs, runs);
    std::printf("| mode | wall | client CPU | requests | ranges | most in flight | vs sequential "
                "| identical |\n");
    std::printf("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    bool pass = true;
    double defaultRatio = 0;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const Outcome& o = outcomes.at(i);
        const double ratio = outcomes.first().bestMs / o.bestMs;
        std::printf("| %s | %.2f s | %.2f s | %d | %d | %d | %.2fx | %s |\n", modes[i].name,
                    o.bestMs / 1000.0, o.cpuMs / 1000.0, o.requests, o.ranges, o.maxInFlight, ratio,
                    o.identical ? "yes" : "NO");
        if (!o.fallback.isEmpty())
            std::printf("  (fell back to sequential: %s)\n", qPrintable(o.fallback));
        pass = pass && o.identical;
        if (modes[i].concurrency == Pager::DefaultRangeConcurrency)
            defaultRatio = ratio;
    }
    pass = pass && defaultRatio >= 5.0;
    std::printf("\ntarget: range-parallel (default, %d at once) >= 5x faster than sequential "
                "(%.2fx), every result identical: %s\n",
                Pager::DefaultRangeConcurrency, defaultRatio, pass ? "PASS" : "MISS");
    return 0;
}
