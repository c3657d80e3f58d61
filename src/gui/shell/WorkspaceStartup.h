// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/create/CreateFormAutosave.h"
#include "store/Draft.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QWidget;

namespace fotadesk {

class AppSettings;
class AuditHook;
class BatchRunner;
class CreateFormAutosave;
class FotaClient;
class LocalStore;
class MessageSeam;

/// What the app does with its workspace when it starts, in one place:
/// opens it (and says so when a damaged file was moved aside or it runs in
/// memory), audits every mutating call of the client, looks up create requests
/// whose outcome was never seen (and tells the user what happened), offers each
/// interrupted device batch for completion (only its remaining chunks are
/// sent), and reports the drafts that can be restored.
class WorkspaceStartup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceStartup)

public:
    WorkspaceStartup(LocalStore& store, FotaClient* client, MessageSeam* messages, QWidget* window,
                     QObject* parent = nullptr);
    ~WorkspaceStartup() override;

    /// Opens the workspace and attaches the audit hook (synchronous; returns it, e.g. to
    /// refresh the activity log on AuditHook::entryChanged); then run() does the rest.
    AuditHook* open();
    /// The hook open() attached (null before).
    [[nodiscard]] AuditHook* auditHook() const { return m_auditHook.get(); }
    /// Reconciliation, resume offers, drafts (asynchronous; finished() at the end).
    void run();
    /// The create-campaign form's autosave, asked for when the user accepts the offer: at the
    /// end of run(), the newest unfinished form is offered for restore into it (the form may
    /// be built only then).
    void setCreateForm(std::function<CreateFormAutosave*()> autosave)
    {
        m_createForm = std::move(autosave);
    }
    /// Resumed batches send as many requests at once as Settings ▸ Requests in parallel says
    /// (null: the default); `settings` outlives it.
    void setSettings(const AppSettings* settings) { m_settings = settings; }

Q_SIGNALS:
    /// Drafts kept from earlier runs (newest first), for a "restore draft" offer.
    void draftsAvailable(const QList<fotadesk::DraftInfo>& drafts);
    /// The user chose to restore the unfinished campaign form offered at the start: it is in
    /// the form now (the window shows it).
    void createFormRestored(qint64 draftId);
    /// A resumed batch ended (journal id, complete).
    void batchResumed(qint64 journalId, bool complete);
    void finished();

private:
    void offerBatches();
    void resumeNext();

    LocalStore& m_store;
    FotaClient* m_client;
    MessageSeam* m_messages;
    QPointer<QWidget> m_window;
    std::unique_ptr<AuditHook> m_auditHook;
    QList<qint64> m_toResume;
    BatchRunner* m_runner = nullptr;
    std::function<CreateFormAutosave*()> m_createForm;
    const AppSettings* m_settings = nullptr;
};

} // namespace fotadesk
