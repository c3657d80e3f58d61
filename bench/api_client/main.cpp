// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Figures of the service layer (issue 4):
//   1. decode of one 1,000-device V3CampaignDevice page (parseJson + decodeCampaignDevicePage);
//   2. decode of 100 such pages;
//   3. reading a 100,000-device campaign report from a fotasim process through
//      FotaClient + DeviceStatusPager (sequential paging, 100 pages): wall time and
//      this process's CPU time (fotasim runs in its own process and is not counted).
//
// Usage: bench_api_client [devices=100000] [latencyMs=0]
// Needs the fotasim binary ($FOTADESK_BIN_DIR, default: this binary's directory).

#include "api/DeviceStatusPager.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "api/wire/JsonCodec.h"
#include "core/Clock.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimeZone>

#include <cstdio>
#include <sys/resource.h>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QByteArray samplePage(int index)
{
    wire::CampaignDevicePage page;
    page.totalDevice = 100'000;
    page.hasMoreData = index < 99;
    page.maxPageSize = 1000;
    const QDateTime base(QDate(2026, 12, 1), QTime(4, 0), QTimeZone::utc());
    for (int i = 0; i < 1000; ++i) {
        wire::DeviceStatus d;
        d.deviceId = QString::number(356938035600000ULL + static_cast<quint64>(index) * 10'000 +
                                     static_cast<quint64>(i) * 10);
        d.status = i % 20 == 0 ? u"UpgradeFailed"_s : u"UpgradeSuccess"_s;
        d.resultReason = i % 20 == 0 ? u"Download failed"_s : u"DownloadInstallSucceeded"_s;
        d.updatedTime = Timestamp::parse(Timestamp::format(base.addSecs(i * 7)));
        d.recentAttemptTime = Timestamp::parse(u"2026-12-01 04:00:01.608 +0000 UTC"_s);
        d.nextAttemptTime = Timestamp::parse(Timestamp::format(base.addDays(1)));
        page.deviceList.append(d);
    }
    page.lastSeenDeviceId = page.deviceList.last().deviceId;
    return wire::toBytes(wire::toJson(page));
}

qint64 decodeAll(const QList<QByteArray>& bodies)
{
    qint64 devices = 0;
    for (const QByteArray& body : bodies) {
        const auto json = wire::parseJson(body);
        const auto page = wire::decodeCampaignDevicePage(json.value());
        if (!page.ok()) {
            std::fprintf(stderr, "decode failed: %s\n", qPrintable(page.error().toString()));
            return -1;
        }
        devices += page->deviceList.size();
    }
    return devices;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"fotadesk.*.debug=false\nfotadesk.*.info=false"_s);
    const int devices = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;
    const int latencyMs = argc > 2 ? QByteArray(argv[2]).toInt() : 0;
    if (!qEnvironmentVariableIsSet("FOTADESK_BIN_DIR"))
        qputenv("FOTADESK_BIN_DIR", QCoreApplication::applicationDirPath().toUtf8());

    // 1 and 2: decoding.
    QList<QByteArray> pages;
    for (int i = 0; i < 100; ++i)
        pages << samplePage(i);
    std::printf("page size: %.1f KiB (1,000 devices)\n", pages.first().size() / 1024.0);
    {
        const int rounds = 50;
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        for (int r = 0; r < rounds; ++r)
            decodeAll({pages.first()});
        std::printf("decode 1 page of 1,000 devices: %.2f ms wall, %.2f ms CPU (mean of %d)\n",
                    t.nsecsElapsed() / 1e6 / rounds, (cpuSeconds() - cpu0) * 1000 / rounds, rounds);
    }
    {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        const qint64 n = decodeAll(pages);
        std::printf("decode 100 pages (%lld devices): %.1f ms wall, %.1f ms CPU\n",
                    static_cast<long long>(n), t.nsecsElapsed() / 1e6,
                    (cpuSeconds() - cpu0) * 1000);
    }

    // 3: a 100,000-device report from fotasim.
    test::FotaSimProcess sim({u"--seed"_s, u"5"_s, u"--log-level"_s, u"off"_s});
    if (!sim.isRunning()) {
        std::fprintf(stderr, "fotasim did not start: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    test::HttpTestClient admin(sim.baseUrl());
    const QString campaignId =
        admin.adminPost(u"/admin/campaigns/synthetic"_s, {{u"devices"_s, devices}})
            .object()
            .value(u"id"_s)
            .toString();
    if (latencyMs > 0)
        admin.adminPost(u"/admin/faults"_s, {{u"faults"_s, u"latency=%1"_s.arg(latencyMs)}});

    QNetworkAccessManager nam;
    InMemoryCredentialSource credentials(
        {u"demo-client"_s, u"demo-secret"_s, u"demo"_s, u"demo"_s});
    FotaClient client(&nam, Environment::custom(QUrl(sim.baseUrl()), u"0000123456-00001"_s),
                      &credentials, Clock::system());
    {
        // Sign in first, so that the figure is the report alone.
        auto* job = client.subscription();
        QEventLoop loop;
        QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    for (int run = 1; run <= 3; ++run) {
        DeviceStatusPager pager(&client, campaignId);
        pager.setStrategy(Pager::Strategy::Sequential); // the vendor SDK way: page after page
        pager.setAutoDelete(false);
        pager.setCollect(true);
        QEventLoop loop;
        QObject::connect(&pager, &ApiJob::finished, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        pager.start();
        loop.exec();
        const double cpu = cpuSeconds() - cpu0;
        if (!pager.succeeded()) {
            std::fprintf(stderr, "report failed: %s\n", qPrintable(pager.error().toString()));
            return 1;
        }
        std::printf("run %d: read %lld devices in %d pages (latency %d ms): %.0f ms wall, %.0f ms "
                    "client CPU\n",
                    run, static_cast<long long>(pager.devices().size()), pager.pagesReceived(),
                    latencyMs, t.nsecsElapsed() / 1e6, cpu * 1000);
    }
    return 0;
}
