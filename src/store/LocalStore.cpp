// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/LocalStore.h"

namespace fotadesk {

LocalStore::LocalStore(QString path, QString origin)
    : m_workspace(std::move(path))
    , m_audit(m_workspace, std::move(origin))
    , m_drafts(m_workspace)
    , m_journal(m_workspace)
    , m_snapshots(m_workspace)
    , m_pending(m_workspace)
{}

LocalStore::~LocalStore() = default;

Workspace::OpenResult LocalStore::open()
{
    const auto result = m_workspace.open();
    // A read-only workspace is read, never written (not even this bookkeeping).
    if (m_workspace.writable())
        m_audit.resolveInterrupted();
    return result;
}

} // namespace fotadesk
