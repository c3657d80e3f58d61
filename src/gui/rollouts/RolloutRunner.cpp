// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/rollouts/RolloutRunner.h"

#include "api/Authenticator.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"
#include "store/LocalStore.h"
#include "store/RolloutStore.h"
#include "workflow/AuditHook.h"
#include "workflow/RolloutClientService.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

using Outcome = RolloutAdvance::Outcome;

Outcome failed(const QString& reason)
{
    Outcome out;
    out.kind = Outcome::Kind::Error;
    out.reason = reason;
    return out;
}

/// The four-eyes approval of the plan of hash `hash`, as 'fotactl rollout approve' records it.
Outcome approvePlan(RolloutStore& rollouts, RolloutAdvance& steps, const RolloutRecord& r,
                    const QString& hash, const QString& user)
{
    if (hash.isEmpty() || hash != r.planHash || RolloutAdvance::planHashOf(r) != hash)
        return failed(QCoreApplication::translate(
            "fotadesk::RolloutRunner",
            "The plan changed since it was shown: review it again before approving it."));
    for (const RolloutEvent& e : rollouts.events(r.id)) {
        if (e.kind == u"created" && e.user == user)
            return failed(
                QCoreApplication::translate("fotadesk::RolloutRunner",
                                            "%1 created this rollout and cannot approve its plan "
                                            "too: a second engineer approves it (four eyes).")
                    .arg(user));
    }
    if (!rollouts.setApproval(r.id, user, hash))
        return failed(rollouts.lastError());
    steps.recordStep(r, u"plan-approved"_s, 0, hash, true);
    Outcome out;
    out.kind = Outcome::Kind::Waiting;
    out.reason =
        QCoreApplication::translate("fotadesk::RolloutRunner", "Plan approved by %1.").arg(user);
    return out;
}

/// Each wave's campaign status and report counts (a wave whose report cannot be read is left
/// out: the page shows what the workspace knows).
QHash<int, WaveProgress> progressOf(const RolloutRecord& r, RolloutService& service)
{
    QHash<int, WaveProgress> progress;
    for (const RolloutWaveRecord& w : r.waves) {
        // A wave of several time-zone bands counts all its campaigns together.
        const QStringList ids = r.campaignIdsOf(w.number);
        if (ids.isEmpty())
            continue;
        ApiError error;
        WaveProgress p;
        if (const auto campaign = service.campaign(ids.first(), &error))
            p.campaignStatus = campaign->status;
        bool read = true;
        for (const QString& id : ids) {
            const auto devices = service.report(id, &error);
            if (!devices) {
                read = false;
                break;
            }
            p.total += devices->size();
            for (const WaveDevice& d : *devices) {
                if (RolloutGateCheck::isSucceeded(d))
                    ++p.succeeded;
                else if (RolloutGateCheck::isFailed(d))
                    ++p.failed;
            }
        }
        if (!read)
            continue;
        p.finalCount = p.succeeded + p.failed;
        progress.insert(w.number, p);
    }
    return progress;
}

/// One request from start to end, on the worker thread: everything it uses is made here.
RolloutResult perform(const RolloutRequest& request, const Environment& environment,
                      const std::optional<Credentials>& credentials, const QString& workspacePath,
                      const QString& user)
{
    RolloutResult result;
    result.request = request;
    QNetworkAccessManager network;
    InMemoryCredentialSource source;
    if (credentials)
        source.setCredentials(*credentials);
    FotaClient client(&network, environment, &source, Clock::system());
    LocalStore store(workspacePath);
    const Workspace::OpenResult opened = store.open();
    if (!opened.persistent()) {
        result.outcome = failed(
            opened.message.isEmpty()
                ? QCoreApplication::translate("fotadesk::RolloutRunner",
                                              "The workspace cannot keep a rollout's steps now.")
                : opened.message);
        return result;
    }
    AuditHook hook(store.audit(), &client, &store.pendingCreates());
    RolloutStore rollouts(store.workspace());
    auto r = rollouts.find(request.id);
    if (!r) {
        result.outcome =
            failed(QCoreApplication::translate("fotadesk::RolloutRunner", "No rollout %1.")
                       .arg(request.id));
        result.outcome.notFound = true;
        return result;
    }
    RolloutClientService service(client, store, {}, r->firmware);
    QStringList warnings;
    service.setWarningSink([&warnings](const QString& message) { warnings << message; });
    RolloutAdvance steps(rollouts, &store.audit(), service, Clock::system(), user);
    using Action = RolloutRequest::Action;
    switch (request.action) {
    case Action::Advance:
        result.outcome = steps.advance(r->id);
        break;
    case Action::Pause:
        result.outcome = steps.pause(r->id);
        break;
    case Action::Resume:
        result.outcome = steps.resume(r->id);
        break;
    case Action::Abort:
        result.outcome = steps.abort(r->id);
        break;
    case Action::ApproveGate:
        result.outcome = steps.approveGate(r->id, request.override);
        break;
    case Action::RetryFailed:
        result.outcome = steps.retryFailed(r->id, request.wave);
        break;
    case Action::ApprovePlan:
        result.outcome = approvePlan(rollouts, steps, *r, request.planHash, user);
        break;
    case Action::Progress:
        result.outcome.kind = Outcome::Kind::Running;
        break;
    }
    result.outcome.steps << warnings;
    if (const auto now = rollouts.find(r->id))
        result.progress = progressOf(*now, service);
    return result;
}

/// A rollout's creation from start to end, on the worker thread (as perform()).
RolloutCreate::Result performCreate(const RolloutPlan& plan, const QStringList& devices,
                                    const Environment& environment,
                                    const std::optional<Credentials>& credentials,
                                    const QString& workspacePath, const QString& user)
{
    QNetworkAccessManager network;
    InMemoryCredentialSource source;
    if (credentials)
        source.setCredentials(*credentials);
    FotaClient client(&network, environment, &source, Clock::system());
    LocalStore store(workspacePath);
    const Workspace::OpenResult opened = store.open();
    if (!opened.persistent()) {
        RolloutCreate::Result result;
        RolloutCreate::Error error;
        error.kind = RolloutCreate::Error::Kind::Store;
        error.message =
            opened.message.isEmpty()
                ? QCoreApplication::translate("fotadesk::RolloutRunner",
                                              "The workspace cannot keep a rollout's steps now.")
                : opened.message;
        result.error = error;
        return result;
    }
    AuditHook hook(store.audit(), &client, &store.pendingCreates());
    RolloutCreate create(client, store, user);
    return create.create(plan, devices);
}

} // namespace

RolloutRunner::RolloutRunner(const FotaClient& client, QString workspacePath, QObject* parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
    , m_worker(new QObject)
    , m_user(user())
{
    m_thread->setObjectName(u"rollout-worker"_s);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    m_environment = client.environment();
    m_credentials = client.authenticator()->credentialSource();
    m_workspacePath = std::move(workspacePath);
}

RolloutRunner::~RolloutRunner()
{
    // A pass under way ends on its own (its requests have deadlines); it is waited for, so
    // that nothing it journals is cut off.
    m_thread->quit();
    m_thread->wait();
}

QString RolloutRunner::user()
{
    for (const char* name : {"FOTADESK_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return u"unknown"_s;
}

bool RolloutRunner::run(const RolloutRequest& request)
{
    if (m_busy)
        return false;
    m_busy = true;
    Q_EMIT started(request);
    QPointer<RolloutRunner> self(this);
    auto job = [self, request, credentials = credentials(), environment = m_environment,
                path = m_workspacePath, name = m_user] {
        const RolloutResult result = perform(request, environment, credentials, path, name);
        QMetaObject::invokeMethod(
            qApp,
            [self, result] {
                if (self)
                    self->deliver(result);
            },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(m_worker, job, Qt::QueuedConnection);
    return true;
}

std::optional<Credentials> RolloutRunner::credentials() const
{
    // Read here, on the GUI thread (a keychain source is not meant for another thread); the
    // job runs on the worker with a copy.
    QString whyNot;
    return m_credentials ? m_credentials->credentials(&whyNot) : std::nullopt;
}

bool RolloutRunner::create(const RolloutPlan& plan, const QStringList& devices)
{
    if (m_creating)
        return false;
    m_creating = true;
    QPointer<RolloutRunner> self(this);
    auto job = [self, plan, devices, credentials = credentials(), environment = m_environment,
                path = m_workspacePath, name = m_user] {
        const RolloutCreate::Result result =
            performCreate(plan, devices, environment, credentials, path, name);
        QMetaObject::invokeMethod(
            qApp,
            [self, result] {
                if (self)
                    self->deliverCreate(result);
            },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(m_worker, job, Qt::QueuedConnection);
    return true;
}

void RolloutRunner::deliverCreate(const RolloutCreate::Result& result)
{
    m_creating = false;
    Q_EMIT createFinished(result);
}

void RolloutRunner::deliver(const RolloutResult& result)
{
    m_busy = false;
    Q_EMIT finished(result);
}

} // namespace fotadesk
