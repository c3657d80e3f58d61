#pragma once

#include "store/PendingCreate.h"

#include <QList>

#include <optional>

namespace fotadesk {

class Workspace;

/// The create-campaign requests whose outcome is not known yet (table pending_creates).
/// AuditHook records each create before it is sent and settles it when the answer comes;
/// what is left is reconciled on the next start.
class PendingCreateStore final
{
public:
    explicit PendingCreateStore(Workspace& workspace);

    /// Before sending; returns the row id (0 on a database error, logged).
    qint64 recordSent(qint64 auditId, const QString& profile, const QString& account,
                      const wire::CampaignRequest& request);
    /// The answer was definite (created, or refused): forget it.
    bool settle(qint64 id);
    /// The client reported OutcomeUnknown.
    bool markUnknown(qint64 id);

    /// Requests to reconcile for this profile and account: Unknown ones, and Sent ones whose
    /// program is no longer running. Oldest first.
    [[nodiscard]] QList<PendingCreate> unresolved(const QString& profile,
                                                  const QString& account) const;
    [[nodiscard]] std::optional<PendingCreate> find(qint64 id) const;

private:
    Workspace& m_workspace;
};

} // namespace fotadesk
