// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

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

    /// Before sending, with the devices to add afterwards (one committed row: the whole
    /// intent); returns the row id (0 on a database error, logged).
    qint64 recordSent(qint64 auditId, const QString& profile, const QString& account,
                      const wire::CampaignRequest& request,
                      const std::optional<CreateFollowUp>& followUp = {});
    /// The answer was definite (created and nothing left to add, or refused): forget it.
    bool settle(qint64 id);
    /// The client reported OutcomeUnknown.
    bool markUnknown(qint64 id);
    /// Created as `campaignId`, its follow-up devices still to be added (by a journaled
    /// batch); settled once they are.
    bool markCreated(qint64 id, const QString& campaignId);
    /// The newest create this program recorded (what a one-shot program just sent).
    [[nodiscard]] std::optional<PendingCreate> newestOfThisProgram() const;

    /// Requests to reconcile for this profile and account: Unknown ones, and Sent or Created
    /// ones whose program is no longer running. Oldest first.
    [[nodiscard]] QList<PendingCreate> unresolved(const QString& profile,
                                                  const QString& account) const;
    [[nodiscard]] std::optional<PendingCreate> find(qint64 id) const;

    /// Why the last recordSent() failed, for people: a create whose record was not written is
    /// not sent (the record is what prevents a duplicate campaign).
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    Workspace& m_workspace;
    QString m_lastError;
};

} // namespace fotadesk
