// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/CredentialSource.h"
#include "api/Environment.h"
#include "workflow/RolloutAdvance.h"
#include "workflow/RolloutCreate.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QThread;

namespace fotadesk {

class CredentialSource;
class FotaClient;

/// A person's request to a rollout, run as one pass of RolloutAdvance.
struct RolloutRequest
{
    enum class Action
    {
        Advance,
        Pause,
        Resume,
        Abort,
        ApproveGate, ///< `override`: past a failed gate
        RetryFailed, ///< of wave `wave`
        ApprovePlan, ///< four eyes: the plan of hash `planHash`
        Progress,    ///< only reads each wave's campaign report
    };
    Action action = Action::Progress;
    qint64 id = 0;
    int wave = 0;
    bool override = false;
    QString planHash;

    static RolloutRequest of(Action action, qint64 id = 0, int wave = 0, bool override = false,
                             QString planHash = {})
    {
        RolloutRequest r;
        r.action = action;
        r.id = id;
        r.wave = wave;
        r.override = override;
        r.planHash = std::move(planHash);
        return r;
    }
};

/// How far a wave's campaign got, read from its report.
struct WaveProgress
{
    qint64 total = 0;
    qint64 finalCount = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    QString campaignStatus;
};

/// What a request did: the pass's outcome (kind Error with a reason when it could not run) and
/// the progress of every wave that has a campaign.
struct RolloutResult
{
    RolloutRequest request;
    RolloutAdvance::Outcome outcome;
    QHash<int, WaveProgress> progress;
};

/// Runs rollout passes on a worker thread so that the GUI thread never blocks: RolloutAdvance
/// and RolloutClientService run requests to their end with local event loops (as fotactl
/// does), which is right on a thread of their own and wrong on the GUI's. The worker has its
/// own FotaClient for the same environment and credentials as the app's, its own connection
/// to the same workspace file (SQLite in WAL mode) and its own AuditHook, so every request is
/// journaled and audited exactly as fotactl's are. One request at a time; `finished` is
/// emitted on the GUI thread.
class RolloutRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutRunner)

public:
    /// `client`: the app's (its environment and credential source are used, not the client);
    /// `workspacePath`: the app's workspace file.
    RolloutRunner(const FotaClient& client, QString workspacePath, QObject* parent = nullptr);
    ~RolloutRunner() override;

    /// Starts `request` on the worker; false while another one runs.
    bool run(const RolloutRequest& request);
    [[nodiscard]] bool isBusy() const { return m_busy; }

    /// Creates a rollout of `plan` for `devices` on the worker (RolloutCreate: the pre-flight
    /// check, the waves, the workspace), after any pass queued before it; false while another
    /// create runs. createFinished() tells how it went.
    bool create(const RolloutPlan& plan, const QStringList& devices);
    [[nodiscard]] bool isCreating() const { return m_creating; }

    /// Who the decisions are recorded for: $FOTADESK_USER, else the login name (as fotactl).
    static QString user();

Q_SIGNALS:
    void started(const fotadesk::RolloutRequest& request);
    void finished(const fotadesk::RolloutResult& result);
    void createFinished(const fotadesk::RolloutCreate::Result& result);

private:
    void deliver(const RolloutResult& result);
    void deliverCreate(const RolloutCreate::Result& result);
    /// The credentials for a job on the worker, read here on the GUI thread.
    [[nodiscard]] std::optional<Credentials> credentials() const;

    std::unique_ptr<QThread> m_thread;
    QObject* m_worker = nullptr; ///< lives in m_thread
    Environment m_environment;
    const CredentialSource* m_credentials = nullptr; ///< the app's (read on the GUI thread)
    QString m_workspacePath;
    QString m_user;
    bool m_busy = false;
    bool m_creating = false;
};

} // namespace fotadesk
