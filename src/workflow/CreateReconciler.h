// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/wire/WireTypes.h"
#include "store/PendingCreate.h"

#include <QList>
#include <QObject>

namespace fotadesk {

class AuditLog;
class BatchJournal;
class FotaClient;
class PendingCreateStore;

/// On start: looks up every create-campaign request whose outcome was never
/// seen (PendingCreateStore::unresolved for the client's profile and account)
/// in the campaign history (FotaClient::reconcileCreate), records what it
/// found in the audit log and says it in a sentence for the user. Never sends
/// a create again. A create found (or known) to exist whose follow-up devices are not all
/// added gets the journaled batch that adds them (CreateFollowUps; `journal` given): resume
/// sends it, and rerunning the same create completes it instead of creating a second one.
///
///     CreateReconciler r(&client, pending, &audit);
///     connect(&r, &CreateReconciler::finished, ... r.results() ...);
///     r.start();   // finished() at once when nothing is pending
class CreateReconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateReconciler)

public:
    struct Result
    {
        enum class Kind
        {
            Created,     ///< exactly one campaign matches: it was created
            NotCreated,  ///< none matches: it was not created (send it again if still wanted)
            Ambiguous,   ///< several match: the user decides
            LookupFailed ///< the history could not be read: tried again next start
        };
        PendingCreate create;
        Kind kind = Kind::LookupFailed;
        QList<wire::Campaign> matches;
        ApiError error;  ///< LookupFailed
        QString message; ///< for the user: what happened and what to do
        /// Created with follow-up devices: the journal that adds them (0: none or all added).
        qint64 followUpJournal = 0;
    };

    /// `audit` and `journal` may be null (without a journal, follow-up devices are only
    /// reported).
    CreateReconciler(FotaClient* client, PendingCreateStore& pending, AuditLog* audit,
                     BatchJournal* journal = nullptr, QObject* parent = nullptr);
    ~CreateReconciler() override;

    /// Starts the look-ups (one at a time). Emits finished() once, also when nothing is pending.
    void start();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const QList<Result>& results() const { return m_results; }

Q_SIGNALS:
    void finished();

private:
    void next();
    /// A create that exists as `campaign`: journals its follow-up devices, settles it when
    /// nothing is left to add, and says so.
    void created(Result& r, const wire::Campaign& campaign);

    FotaClient* m_client;
    PendingCreateStore& m_pending;
    AuditLog* m_audit;
    BatchJournal* m_journal;
    QList<PendingCreate> m_queue;
    QList<Result> m_results;
    bool m_running = false;
};

} // namespace fotadesk
