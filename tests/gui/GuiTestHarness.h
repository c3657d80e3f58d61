// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the GUI tests (header only): an in-process fotasim on 127.0.0.1
// (EmbeddedSimulator, demo data), a FotaClient signed in with the demo
// credentials, a ScriptedMessageSeam and an AppContext, plus small helpers to
// wait for jobs and to read the demo account's data through the client.

#include "api/Environment.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "api/LicensePager.h"
#include "api/RetryPolicy.h"
#include "api/wire/InventoryRecordMapping.h"
#include "core/Clock.h"
#include "core/DeviceInventoryCheck.h"
#include "core/Imei.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "sim/EmbeddedSimulator.h"
#include "store/AppSettings.h"
#include "support/HttpTestClient.h"

#include <QApplication>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <optional>

namespace fotadesk::test {

/// Types `text` into `field` the way a person does: its window active, the field focused,
/// one key at a time; true when every key landed and the field still has the focus after
/// (typing once moved the focus out of the create form; a test that only sets text or sends
/// keys to a widget directly does not notice).
[[nodiscard]] inline bool typeInto(QWidget* field, const QString& text)
{
    if (!field)
        return false;
    QWidget* window = field->window();
    if (!window->isVisible())
        window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return false;
    field->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != field)
        return false;
    for (const QChar c : text) {
        QTest::keyClicks(QApplication::focusWidget(), QString(c));
        if (QApplication::focusWidget() != field) {
            qWarning("typeInto: the focus left %s for %s", qPrintable(field->objectName()),
                     QApplication::focusWidget()
                         ? qPrintable(QApplication::focusWidget()->objectName())
                         : "nothing");
            return false;
        }
    }
    return true;
}

/// A client for the demo account on the fotasim at `baseUrl` (an EmbeddedSimulator, or a
/// FotaSimProcess when the test must stop the server) and an AppContext wired to it. Tests
/// that need more (retries off, a site time zone, a campaign model) set it up in a subclass.
struct ClientRig
{
    explicit ClientRig(const QString& baseUrl)
    {
        credentials.setCredentials({QStringLiteral("demo-client"), QStringLiteral("demo-secret"),
                                    QStringLiteral("demo"), QStringLiteral("demo")});
        const Environment env =
            Environment::demo(QUrl(baseUrl), QStringLiteral("0000123456-00001"));
        client = std::make_unique<FotaClient>(&network, env, &credentials, Clock::system());
        context.client = client.get();
        context.environment = env;
        context.clock = &Clock::system();
        context.messages = &messages;
        context.connection = &connection;
        context.settings = &settings;
    }

    QTemporaryDir settingsDir; ///< the settings of the test's own (the table's defaults)
    AppSettings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    QNetworkAccessManager network;
    InMemoryCredentialSource credentials;
    std::unique_ptr<FotaClient> client;
    ScriptedMessageSeam messages;
    ConnectionState connection;
    AppContext context;
};

class GuiTestHarness
{
public:
    explicit GuiTestHarness(sim::SimOptions options = {})
        : m_sim(std::make_unique<sim::EmbeddedSimulator>(std::move(options)))
    {
        QString error;
        m_started = m_sim->start(&error);
        m_error = error;
        if (m_started)
            connectTo(m_sim->baseUrl());
    }

    /// The same helpers for a fotasim that runs elsewhere (a FotaSimProcess): the real-window
    /// tests ask the server, not the app, what it holds.
    struct External
    {
        QString baseUrl;
    };
    explicit GuiTestHarness(const External& external)
        : m_started(true)
    {
        connectTo(external.baseUrl);
    }

    [[nodiscard]] bool isRunning() const { return m_started; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] FotaClient* client() const { return m_client.get(); }
    [[nodiscard]] QString baseUrl() const { return m_baseUrl; }

    /// Sets fotasim's fault injection (POST /admin/faults), e.g. "error503=0.4,seed=3".
    bool setFaults(const QString& spec)
    {
        HttpTestClient admin(m_baseUrl);
        const auto r = admin.adminPost(QStringLiteral("/admin/faults"),
                                       QJsonObject{{QStringLiteral("faults"), spec}});
        return r.status == 200;
    }

    /// Waits for a job to finish (the event loop runs meanwhile).
    template <typename Job> static bool wait(Job* job, int timeoutMs = 60000)
    {
        bool done = false;
        QObject::connect(job, &ApiJob::finished, [&done] { done = true; });
        return QTest::qWaitFor([&] { return done; }, timeoutMs);
    }

    /// The demo account's licensed IMEIs (reads the whole licenses report).
    QList<Imei> licensedImeis(int max = 1000)
    {
        LicensePager pager(m_client.get());
        pager.setCollect(true);
        pager.setAutoDelete(false);
        bool done = false;
        QObject::connect(&pager, &ApiJob::finished, [&done] { done = true; });
        pager.start();
        if (!QTest::qWaitFor([&] { return done; }, 60000) || !pager.succeeded())
            return {};
        QList<Imei> out;
        for (const auto& d : pager.devices()) {
            if (auto imei = Imei::fromString(d.deviceId))
                out.append(*imei);
            if (out.size() >= max)
                break;
        }
        return out;
    }

    /// Valid IMEIs that have no license on the demo account.
    QList<Imei> unlicensedImeis(const QList<Imei>& licensed, int count)
    {
        QList<Imei> out;
        for (std::uint64_t body = 35000000000001ULL; out.size() < count; ++body) {
            const Imei imei = Imei::completeFrom14(body);
            if (!licensed.contains(imei))
                out.append(imei);
        }
        return out;
    }

    /// The demo firmware packages of a listing protocol.
    QList<wire::FirmwarePackage> firmware(const QString& protocol = QStringLiteral("LWM2M"))
    {
        auto* job = m_client->firmwareList(protocol);
        job->setAutoDelete(false);
        std::unique_ptr<ApiJob> owner(job);
        if (!wait(job) || !job->succeeded())
            return {};
        return job->result();
    }

    /// A firmware package and licensed devices that run its "from" version (so they can join).
    struct Fleet
    {
        wire::FirmwarePackage package;
        QList<Imei> devices;
    };
    /// The LWM2M package with the most licensed devices on its "from" version (reads the
    /// firmware versions of the first `sample` licensed devices).
    Fleet fleet(int sample = 800)
    {
        const QList<Imei> licensed = licensedImeis(sample);
        QHash<QString, QList<Imei>> byVersion;
        for (qsizetype i = 0; i < licensed.size(); i += 100) {
            QStringList ids;
            for (qsizetype j = i; j < std::min(i + 100, licensed.size()); ++j)
                ids << licensed[j].toString();
            auto* job = m_client->synchronizeFirmware(ids);
            job->setAutoDelete(false);
            std::unique_ptr<ApiJob> owner(job);
            if (!wait(job) || !job->succeeded())
                return {};
            for (const auto& d : job->result().deviceFirmwareVersionList) {
                if (auto imei = Imei::fromString(d.deviceId))
                    byVersion[d.firmwareVersion].append(*imei);
            }
        }
        Fleet best;
        for (const auto& p : firmware()) {
            const auto& devices = byVersion.value(p.firmwareFrom);
            if (devices.size() > best.devices.size())
                best = {p, devices};
        }
        // Only devices a campaign of the package accepts (the demo fleet also has devices that
        // are not FOTA-eligible or speak another protocol): the pre-flight check decides.
        QList<Imei> accepted;
        const PackageFacts facts = wire::toPackageFacts(best.package);
        for (qsizetype i = 0; i < best.devices.size(); i += 1000) {
            QStringList ids;
            for (qsizetype j = i; j < std::min(i + 1000, best.devices.size()); ++j)
                ids << best.devices[j].toString();
            auto* job = m_client->lookupDevices(ids);
            job->setAutoDelete(false);
            std::unique_ptr<ApiJob> owner(job);
            if (!wait(job) || !job->succeeded())
                return {};
            for (const auto& d : job->result().deviceList) {
                const InventoryRecord record = wire::toInventoryRecord(d);
                if (DeviceInventoryCheck::classify(facts, &record, QDateTime::currentDateTimeUtc())
                        .accepted())
                    accepted.append(*Imei::fromString(d.deviceId));
            }
        }
        std::sort(accepted.begin(), accepted.end());
        best.devices = accepted;
        return best;
    }

    /// Creates a campaign through the client (not the GUI) for tests of existing campaigns.
    std::optional<wire::Campaign> createCampaign(const QString& name,
                                                 const wire::FirmwarePackage& package,
                                                 const QList<Imei>& devices, QDate start, QDate end)
    {
        wire::CampaignRequest r;
        r.campaignName = name;
        r.firmwareName = package.firmwareName;
        r.firmwareFrom = package.firmwareFrom;
        r.firmwareTo = package.firmwareTo;
        r.protocol = QStringLiteral("LWM2M");
        r.startDate = start;
        r.endDate = end;
        r.timeWindows = {TimeWindow{1, 5}};
        for (const Imei& i : devices)
            r.deviceList << i.toString();
        auto* job = m_client->createCampaign(r);
        job->setAutoDelete(false);
        std::unique_ptr<ApiJob> owner(job);
        if (!wait(job) || !job->succeeded())
            return std::nullopt;
        return job->result();
    }

    /// A campaign of `devices` licensed devices that can upgrade, starting in two days
    /// (Request pending), created through the client.
    std::optional<wire::Campaign> pendingCampaign(const QString& name, int devices)
    {
        const Fleet f = fleet(300);
        if (f.devices.size() < devices)
            return std::nullopt;
        const QDate today = Clock::system().nowUtc().date();
        return createCampaign(name, f.package, f.devices.mid(0, devices), today.addDays(2),
                              today.addDays(3));
    }

    /// GET /campaigns/{acc}/{id} through the client.
    std::optional<wire::Campaign> campaign(const QString& id)
    {
        auto* job = m_client->campaign(id);
        job->setAutoDelete(false);
        std::unique_ptr<ApiJob> owner(job);
        if (!wait(job) || !job->succeeded())
            return std::nullopt;
        return job->result();
    }

    /// The device ids in a campaign's device report (first page is enough for tests).
    QStringList campaignDevices(const QString& id)
    {
        QStringList out;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            auto* job = m_client->campaignDevicePage(id, cursor);
            job->setAutoDelete(false);
            std::unique_ptr<ApiJob> owner(job);
            if (!wait(job) || !job->succeeded())
                return out;
            for (const auto& d : job->result().deviceList)
                out << d.deviceId;
            if (!job->result().hasMoreData)
                break;
            cursor = job->result().lastSeenDeviceId;
        }
        return out;
    }

    QTemporaryDir settingsDir; ///< the settings of the test's own (the table's defaults)
    AppSettings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    ScriptedMessageSeam messages;
    ConnectionState connection;
    AppContext context;

private:
    void connectTo(const QString& baseUrl)
    {
        m_baseUrl = baseUrl;
        m_credentials.setCredentials({QStringLiteral("demo-client"), QStringLiteral("demo-secret"),
                                      QStringLiteral("demo"), QStringLiteral("demo")});
        const Environment env =
            Environment::demo(QUrl(baseUrl), QStringLiteral("0000123456-00001"));
        m_client = std::make_unique<FotaClient>(&m_network, env, &m_credentials, Clock::system());
        context.client = m_client.get();
        context.environment = env;
        context.clock = &Clock::system();
        context.messages = &messages;
        context.connection = &connection;
        context.settings = &settings;
        context.siteZone = QTimeZone("Europe/Berlin");
    }

    std::unique_ptr<sim::EmbeddedSimulator> m_sim;
    QString m_baseUrl;
    QNetworkAccessManager m_network;
    InMemoryCredentialSource m_credentials;
    std::unique_ptr<FotaClient> m_client;
    bool m_started = false;
    QString m_error;
};

} // namespace fotadesk::test
