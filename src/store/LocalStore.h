// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/AuditLog.h"
#include "store/BatchJournal.h"
#include "store/DraftStore.h"
#include "store/PendingCreateStore.h"
#include "store/SnapshotStore.h"
#include "store/Workspace.h"

#include <QString>

#include <memory>

namespace fotadesk {

/// What a program (fotadesk, fotactl) opens once: the workspace and its stores.
///
///     LocalStore store;                       // Workspace::defaultPath()
///     const auto opened = store.open();       // opened.message: tell the user when set
///     AuditHook hook(store.audit(), &client, &store.pendingCreates()); // workflow/: every
///                                             // mutating call of the client is audited
///     store.audit().resolveInterrupted();     // done by open()
class LocalStore final
{
public:
    /// `origin` names the program in audit entries (default: the application name).
    explicit LocalStore(QString path = Workspace::defaultPath(), QString origin = {});
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    /// Opens the workspace (see Workspace::open) and marks audit entries of ended programs
    /// as unknown.
    Workspace::OpenResult open();

    Workspace& workspace() { return m_workspace; }
    AuditLog& audit() { return m_audit; }
    DraftStore& drafts() { return m_drafts; }
    BatchJournal& journal() { return m_journal; }
    SnapshotStore& snapshots() { return m_snapshots; }
    PendingCreateStore& pendingCreates() { return m_pending; }

private:
    Workspace m_workspace;
    AuditLog m_audit;
    DraftStore m_drafts;
    BatchJournal m_journal;
    SnapshotStore m_snapshots;
    PendingCreateStore m_pending;
};

} // namespace fotadesk
