// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ClientOptions.h"
#include "api/InMemoryCredentialSource.h"
#include "workflow/CreateReconciler.h"

#include <QNetworkAccessManager>

#include <memory>

namespace fotadesk {
class ApiJob;
class AuditHook;
class DeviceBatcher;
class FotaClient;
class LocalStore;
namespace sim {
class EmbeddedSimulator;
}
} // namespace fotadesk

namespace fotadesk::ctl {

/// The objects one fotactl command run needs, wired together: the network
/// access manager, the credentials (in memory), an embedded fotasim for
/// --demo, and the FotaClient. Commands run jobs to completion with a local
/// QEventLoop (fotactl is a command-line tool; the GUI never does this).
class ClientSession final
{
public:
    explicit ClientSession(ClientOptions options);
    ~ClientSession();
    ClientSession(const ClientSession&) = delete;
    ClientSession& operator=(const ClientSession&) = delete;

    /// Starts the demo simulator when asked and builds the client. False with *error;
    /// *inputError tells an unusable input (the CA file) from a failure to start.
    bool start(QString* error, bool* inputError);
    [[nodiscard]] FotaClient& client() { return *m_client; }
    /// The shared workspace (audit log, batch journals), open after start().
    [[nodiscard]] LocalStore* store() { return m_store.get(); }
    /// The creates of earlier runs whose outcome this run looked up when it opened the
    /// workspace (CreateReconciler).
    [[nodiscard]] const QList<CreateReconciler::Result>& reconciledCreates() const
    {
        return m_reconciled;
    }
    [[nodiscard]] const ClientOptions& options() const { return m_options; }

    /// Runs the job until it finished (it stays alive: the caller deletes it).
    static void wait(ApiJob* job);
    /// Starts the batch and runs until it finished.
    static void run(DeviceBatcher& batcher);

private:
    ClientOptions m_options;
    QNetworkAccessManager m_network;
    InMemoryCredentialSource m_credentials;
    std::unique_ptr<sim::EmbeddedSimulator> m_simulator;
    std::unique_ptr<FotaClient> m_client;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AuditHook> m_auditHook; // after m_store: goes first
    QList<CreateReconciler::Result> m_reconciled;
};

} // namespace fotadesk::ctl
