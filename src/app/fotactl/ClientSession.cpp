// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ClientSession.h"

#include "ResumeCommands.h"
#include "api/ApiJob.h"
#include "api/DeviceBatcher.h"
#include "api/FotaClient.h"
#include "core/Clock.h"
#include "sim/EmbeddedSimulator.h"
#include "store/LocalStore.h"
#include "workflow/AuditHook.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace fotadesk::ctl {

ClientSession::ClientSession(ClientOptions options)
    : m_options(std::move(options))
{}

ClientSession::~ClientSession()
{
    m_store.reset();
    m_client.reset();
    m_credentials.clear();
}

bool ClientSession::start(QString* error, bool* inputError)
{
    *inputError = false;
    Environment environment = m_options.environment;
    Credentials credentials = m_options.credentials;
    if (m_options.demo) {
        sim::SimOptions simOptions;
        simOptions.admin = false;
        m_simulator = std::make_unique<sim::EmbeddedSimulator>(simOptions);
        QString why;
        if (!m_simulator->start(&why)) {
            *error = QCoreApplication::translate("fotactl", "The demo simulator did not start: %1")
                         .arg(why);
            return false;
        }
        environment.baseUrl = QUrl(m_simulator->baseUrl());
        const sim::SimCredentials& demo = m_simulator->options().credentials;
        credentials = {demo.clientId, demo.clientSecret, demo.username, demo.password};
    }
    m_credentials.setCredentials(credentials);
    m_client =
        std::make_unique<FotaClient>(&m_network, environment, &m_credentials, Clock::system());
    m_client->setRequestTimeoutMs(m_options.timeoutMs);
    m_client->setRequestDeadlineMs(m_options.deadlineMs);
    if (const auto& setup = m_client->setupError()) {
        *error = setup->message();
        *inputError = true;
        return false;
    }
    // Every mutating call is audited in the workspace shared with FotaDesk.
    m_store = openWorkspace(*m_client, m_auditHook, &m_reconciled);
    return true;
}

void ClientSession::wait(ApiJob* job)
{
    job->setAutoDelete(false);
    if (job->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void ClientSession::run(DeviceBatcher& batcher)
{
    QEventLoop loop;
    QObject::connect(&batcher, &DeviceBatcher::finished, &loop, &QEventLoop::quit);
    batcher.start();
    if (batcher.isRunning())
        loop.exec();
}

} // namespace fotadesk::ctl
