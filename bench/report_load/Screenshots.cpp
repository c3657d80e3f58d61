// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `bench_report_load --screenshots DIR`: the dashboards' screenshots for the
// docs, taken offscreen from the real window on a fotasim process (demo data
// plus a synthetic 20,000-device campaign that progresses between refreshes):
//   overview.png, campaign-status.png, device-lookup.png, and report-page.png
//   (page 1 of the exported PDF, rendered with pdftoppm from poppler-utils).
// scripts/screenshots-dashboards.sh runs it.

#include "Screenshots.h"

#include "api/Environment.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"
#include "gui/campaign/CampaignDetailPage.h"
#include "gui/campaign/CampaignStatusLoader.h"
#include "gui/campaign/CampaignStatusPanel.h"
#include "gui/campaign/CampaignStatusRecorder.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "gui/lookup/DeviceLookupPage.h"
#include "gui/overview/CampaignDeviceSummaryLoader.h"
#include "gui/overview/OverviewLoader.h"
#include "gui/overview/OverviewPage.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/AppLanguage.h"
#include "gui/shell/ConnectionState.h"
#include "gui/shell/MainWindow.h"
#include "models/CampaignModel.h"
#include "models/DeviceStatusModel.h"
#include "store/Workspace.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fotadesk::bench {

namespace {

bool save(QWidget* widget, const QString& path)
{
    QTest::qWait(300); // let queued paints and chart updates land
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

QDateTime simNow(test::HttpTestClient& admin)
{
    const auto r = admin.adminGet(u"/admin/clock"_s);
    return QDateTime::fromString(r.object().value(u"now"_s).toString(), Qt::ISODateWithMs);
}

} // namespace

int takeScreenshots(const QString& directory)
{
    QDir().mkpath(directory);
    // English as fotadesk shows it: its plural forms and the en_US date format.
    AppLanguage english;
    english.install(u"en"_s);
    test::FotaSimProcess sim;
    if (!sim.isRunning()) {
        std::fprintf(stderr, "screenshots: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    test::HttpTestClient admin(sim.baseUrl());
    const QDate today = simNow(admin).date();
    const auto created = admin.adminPost(
        u"/admin/campaigns/synthetic"_s,
        QJsonObject{{u"devices"_s, 20000},
                    {u"failureRate"_s, 0.06},
                    {u"campaignName"_s, u"Depot 7 modem refresh"_s},
                    {u"startDate"_s, today.toString(Qt::ISODate)},
                    {u"endDate"_s, today.addDays(4).toString(Qt::ISODate)},
                    {u"campaignTimeWindowList"_s,
                     QJsonArray{QJsonObject{{u"startTime"_s, 0}, {u"endTime"_s, 6}}}}});
    if (created.status != 200) {
        std::fprintf(stderr, "screenshots: %s\n", qPrintable(created.describe()));
        return 1;
    }
    const QString campaignId = created.object().value(u"id"_s).toString();

    QTemporaryDir data;
    Workspace workspace(data.filePath(u"workspace.sqlite"_s));
    workspace.open();
    ManualClock clock(simNow(admin));
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
    context.clock = &clock;
    context.messages = &messages;
    context.connection = &connection;
    context.siteZone = QTimeZone("Europe/Berlin");
    context.workspace = &workspace;

    MainWindow window(context);
    window.resize(1366, 820);
    window.show();
    auto* overview = qobject_cast<OverviewPage*>(window.page(u"overview"_s));
    if (!overview)
        return 1;
    if (!QTest::qWaitFor([&] { return overview->loader()->updatedUtc().isValid(); }, 60000))
        return 1;

    // The campaign's device status: several refreshes while the campaign runs, so that the
    // progress chart has a history and "since your last look" has something to say.
    window.openCampaign(campaignId);
    auto* detail = window.campaignPage(campaignId);
    auto* panel = detail ? detail->findChild<CampaignStatusPanel*>() : nullptr;
    if (!panel)
        return 1;
    detail->tabWidget()->setCurrentWidget(panel);
    const auto waitLoad = [&] {
        return QTest::qWaitFor(
                   [&] { return panel->loader()->appended() > 0 && !panel->isLoading(); },
                   120000) &&
               QTest::qWaitFor([&] { return !panel->recorder()->isBusy(); }, 60000);
    };
    if (!waitLoad())
        return 1;
    for (int step = 0; step < 5; ++step) {
        admin.adminPost(u"/admin/clock"_s, QJsonObject{{u"advanceSeconds"_s, 12 * 3600}});
        clock.set(simNow(admin));
        panel->refresh();
        QTest::qWait(50);
        if (!waitLoad())
            return 1;
    }
    bool ok = QTest::qWaitFor([&] { return !panel->recorder()->isBusy(); }, 30000);
    ok = save(&window, QDir(directory).filePath(u"campaign-status.png"_s)) && ok;

    // The overview, refreshed at the same simulated time.
    window.showPage(u"overview"_s);
    overview->refresh();
    // With the Devices, Progress and Success figures read (not "—").
    ok = QTest::qWaitFor(
             [&] {
                 return !overview->loader()->isRefreshing() && !overview->summaryLoader()->isBusy();
             },
             60000) &&
         ok;
    ok = save(&window, QDir(directory).filePath(u"overview.png"_s)) && ok;

    // Device lookup of a device that failed.
    QString failed;
    const DeviceStatusModel* model = panel->model();
    for (int row = 0; row < model->rowCount() && failed.isEmpty(); ++row) {
        if (model->groupAt(row) == StatusGroup::Failed)
            failed = model->deviceIdAt(row);
    }
    window.showPage(u"device-lookup"_s);
    if (auto* lookup = qobject_cast<DeviceLookupPage*>(window.page(u"device-lookup"_s))) {
        lookup->lookUp(failed.isEmpty() ? model->deviceIdAt(0) : failed);
        ok = QTest::qWaitFor([&] { return !lookup->isBusy(); }, 30000) && ok;
        ok = save(&window, QDir(directory).filePath(u"device-lookup.png"_s)) && ok;
    }

    // The handover report: page 1 of the PDF as a PNG.
    const QString pdf = data.filePath(u"report.pdf"_s);
    QString error;
    if (!panel->exportPdf(pdf, &error)) {
        std::fprintf(stderr, "screenshots: %s\n", qPrintable(error));
        return 1;
    }
    QFile::copy(pdf, QDir(directory).filePath(u"report-example.pdf"_s));
    const QString prefix = data.filePath(u"page"_s);
    const int rc =
        QProcess::execute(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"80"_s, u"-f"_s, u"1"_s, u"-l"_s,
                                          u"1"_s, u"-singlefile"_s, pdf, prefix});
    const QString page = prefix + u".png"_s;
    const QString target = QDir(directory).filePath(u"report-page.png"_s);
    QFile::remove(target);
    if (rc != 0 || !QFile::copy(page, target)) {
        std::fprintf(stderr,
                     "screenshots: pdftoppm failed (exit %d): install poppler-utils "
                     "(scripts/packages.txt)\n",
                     rc);
        return 1;
    }
    std::printf("saved %s\n", qPrintable(target));
    sim.stop();
    return ok ? 0 : 1;
}

} // namespace fotadesk::bench
