// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/WorkspaceStartup.h"

#include "api/FotaClient.h"
#include "core/DisplayFormat.h"
#include "gui/common/MessageSeam.h"
#include "store/AppSettings.h"
#include "store/LocalStore.h"
#include "workflow/AuditHook.h"
#include "workflow/BatchRunner.h"
#include "workflow/CreateFollowUps.h"
#include "workflow/CreateReconciler.h"

namespace fotadesk {

WorkspaceStartup::WorkspaceStartup(LocalStore& store, FotaClient* client, MessageSeam* messages,
                                   QWidget* window, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_messages(messages)
    , m_window(window)
{}

WorkspaceStartup::~WorkspaceStartup() = default;

AuditHook* WorkspaceStartup::open()
{
    const auto opened = m_store.open();
    if (!opened.message.isEmpty() && m_messages)
        m_messages->message(m_window, MessageSeam::Severity::Warning, tr("Local workspace"),
                            opened.message);
    m_auditHook = std::make_unique<AuditHook>(m_store.audit(), m_client, &m_store.pendingCreates());
    return m_auditHook.get();
}

void WorkspaceStartup::run()
{
    auto* reconciler = new CreateReconciler(m_client, m_store.pendingCreates(), &m_store.audit(),
                                            &m_store.journal(), this);
    connect(reconciler, &CreateReconciler::finished, this, [this, reconciler] {
        for (const auto& r : reconciler->results()) {
            if (!m_messages)
                continue;
            const bool fine = r.kind == CreateReconciler::Result::Kind::Created ||
                              r.kind == CreateReconciler::Result::Kind::NotCreated;
            m_messages->message(m_window,
                                fine ? MessageSeam::Severity::Information
                                     : MessageSeam::Severity::Warning,
                                tr("A campaign create with an unknown outcome"), r.message);
        }
        reconciler->deleteLater();
        offerBatches();
    });
    reconciler->start();
}

void WorkspaceStartup::offerBatches()
{
    const Environment& env = m_client->environment();
    // A read-only workspace cannot journal a resumed batch: nothing to offer until it can (the
    // start message said why).
    const QList<BatchJournal::Entry> resumable =
        m_store.workspace().writable()
            ? m_store.journal().resumable(Environment::profileName(env.profile), env.accountName)
            : QList<BatchJournal::Entry>();
    for (const auto& e : resumable) {
        const QString what =
            tr("%1 %Ln device(s)%2", nullptr, int(e.deviceCount))
                .arg(BatchJournal::operationName(e.operation))
                .arg(e.campaignId.isEmpty() ? QString() : tr(" — campaign %1").arg(e.campaignId));
        const bool go =
            m_messages &&
            m_messages->confirm(m_window, tr("Interrupted device batch"),
                                tr("The batch “%1” was interrupted on %2 with %3 of %4 chunks "
                                   "done. Complete it now? Only the remaining chunks are sent; "
                                   "devices already handled count as done.")
                                    .arg(what, DisplayFormat::dateTime(e.updatedUtc.toLocalTime()))
                                    .arg(e.chunksSucceeded)
                                    .arg(e.chunksTotal),
                                tr("Complete it"));
        if (go)
            m_toResume.append(e.id);
    }
    resumeNext();
}

void WorkspaceStartup::resumeNext()
{
    if (m_toResume.isEmpty()) {
        const QList<DraftInfo> drafts = m_store.drafts().list();
        if (!drafts.isEmpty())
            Q_EMIT draftsAvailable(drafts);
        for (const DraftInfo& d : drafts) {
            if (d.kind != Draft::Kind::CreateCampaign || !m_createForm || !m_messages)
                continue;
            // The newest unfinished campaign form (a crash or a closed window left it).
            if (m_messages->confirm(
                    m_window, tr("Unfinished campaign"),
                    tr("The campaign form “%1” (%Ln device(s)) was saved on %2 "
                       "but not submitted. Restore it?",
                       nullptr, int(d.deviceCount))
                        .arg(d.title, DisplayFormat::dateTime(d.updatedUtc.toLocalTime())),
                    tr("Restore"))) {
                CreateFormAutosave* form = m_createForm();
                if (form && form->restore(d.id))
                    Q_EMIT createFormRestored(d.id);
            }
            break;
        }
        Q_EMIT finished();
        return;
    }
    const qint64 id = m_toResume.takeFirst();
    m_runner = new BatchRunner(m_client, m_store.journal(), this);
    QString error;
    if (!m_runner->resume(id, &error)) {
        if (m_messages)
            m_messages->message(m_window, MessageSeam::Severity::Warning,
                                tr("Interrupted device batch"), error);
        m_runner->deleteLater();
        m_runner = nullptr;
        resumeNext();
        return;
    }
    if (m_settings)
        m_runner->batcher()->setMaxConcurrent(m_settings->batchConcurrency());
    connect(m_runner, &BatchRunner::finished, this, [this, id] {
        const bool complete = m_runner->batcher()->allSucceeded();
        if (complete) {
            // A create whose follow-up devices this batch added is complete now.
            const Environment& env = m_client->environment();
            CreateFollowUps(m_store.journal(), m_store.pendingCreates())
                .settleDone(Environment::profileName(env.profile), env.accountName);
        }
        if (m_messages)
            m_messages->message(m_window,
                                complete ? MessageSeam::Severity::Information
                                         : MessageSeam::Severity::Warning,
                                tr("Interrupted device batch"),
                                complete ? tr("Batch %1 is complete.").arg(id)
                                : !m_runner->journalError().isEmpty()
                                    ? m_runner->journalError()
                                    : tr("Batch %1 is still incomplete; it is offered "
                                         "again at the next start (or run 'fotactl "
                                         "campaign resume %1').")
                                          .arg(id));
        Q_EMIT batchResumed(id, complete);
        m_runner->deleteLater();
        m_runner = nullptr;
        resumeNext();
    });
    m_runner->start();
}

} // namespace fotadesk
