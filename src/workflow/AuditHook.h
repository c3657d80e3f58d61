// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/FotaClient.h"
#include "api/MutationObserver.h"

#include <QObject>
#include <QPointer>

namespace fotadesk {

class AuditLog;
class PendingCreateStore;

/// Puts every mutating call of one FotaClient into the audit log — the one
/// path GUI, fotactl and batches share: it installs itself as the client's
/// MutationObserver, writes the entry before the request leaves and
/// completes it from the job's answer (per-device results counted for device
/// lists and licenses). Create-campaign requests are also kept in
/// PendingCreateStore until their answer is definite, so that an unknown
/// outcome is reconciled on the next start.
///
/// Lives as long as the client uses it (destroying it detaches it).
class AuditHook final : public QObject, public MutationObserver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditHook)

public:
    /// `pending` may be null (no create reconciliation).
    AuditHook(AuditLog& log, FotaClient* client, PendingCreateStore* pending = nullptr,
              QObject* parent = nullptr);
    ~AuditHook() override;

    void mutationStarting(HttpJob* job, const MutationInfo& info) override;

    /// The one-line request summary the log shows (no secrets; callback URLs without user
    /// info and query).
    static QString summarize(const MutationInfo& info);
    static QString operationName(MutationInfo::Operation operation);

Q_SIGNALS:
    /// An entry was written or completed (the activity page refreshes).
    void entryChanged(qint64 auditId);

private:
    /// Stops `job` before it is sent (its record could not be written) with the sentence.
    ApiError refuse(HttpJob* job, const QString& why);
    void onFinished(HttpJob* job, const MutationInfo& info, qint64 auditId, qint64 pendingId);

    AuditLog& m_log;
    QPointer<FotaClient> m_client; ///< may go first
    PendingCreateStore* m_pending;
};

} // namespace fotadesk
