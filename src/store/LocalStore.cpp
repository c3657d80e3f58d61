#include "store/LocalStore.h"

#include "store/AuditHook.h"

namespace fotadesk {

LocalStore::LocalStore(QString path, QString origin)
    : m_workspace(std::move(path))
    , m_audit(m_workspace, std::move(origin))
    , m_drafts(m_workspace)
    , m_journal(m_workspace)
    , m_snapshots(m_workspace)
    , m_pending(m_workspace)
{}

LocalStore::~LocalStore()
{
    m_hooks.clear();
}

Workspace::OpenResult LocalStore::open()
{
    const auto result = m_workspace.open();
    m_audit.resolveInterrupted();
    return result;
}

AuditHook* LocalStore::attach(FotaClient* client)
{
    m_hooks.push_back(std::make_unique<AuditHook>(m_audit, client, &m_pending));
    return m_hooks.back().get();
}

} // namespace fotadesk
