// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workflow/CreateReconciler.h"

#include "api/FotaClient.h"
#include "api/ReconcileCreateJob.h"
#include "core/DisplayFormat.h"
#include "store/AuditLog.h"
#include "store/BatchJournal.h"
#include "store/PendingCreateStore.h"
#include "store/StoreLog.h"
#include "workflow/CreateFollowUps.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::CreateReconciler)
};

QString describe(const PendingCreate& p)
{
    const QString name =
        p.request.campaignName.isEmpty()
            ? Tr::tr("(no name) %1 → %2").arg(p.request.firmwareFrom, p.request.firmwareTo)
            : p.request.campaignName;
    return Tr::tr("The campaign “%1” (%2 to %3) sent on %4")
        .arg(name, DisplayFormat::date(p.request.startDate), DisplayFormat::date(p.request.endDate),
             DisplayFormat::withUtc(p.createdUtc, QTimeZone::utc()));
}

} // namespace

CreateReconciler::CreateReconciler(FotaClient* client, PendingCreateStore& pending, AuditLog* audit,
                                   BatchJournal* journal, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_pending(pending)
    , m_audit(audit)
    , m_journal(journal)
{}

void CreateReconciler::created(Result& r, const wire::Campaign& campaign)
{
    const PendingCreate& p = r.create;
    r.kind = Result::Kind::Created;
    r.matches = {campaign};
    const QString known =
        p.state == PendingCreate::State::Created
            ? describe(p) + Tr::tr(" was created: campaign %1.").arg(campaign.id)
            : describe(p) + Tr::tr(" was created: campaign %1 (%2). Nothing was sent again.")
                                .arg(campaign.id, campaign.status);
    if (!p.followUp || p.followUp->devices.isEmpty()) {
        m_pending.settle(p.id);
        r.message = known;
        return;
    }
    if (p.state != PendingCreate::State::Created)
        m_pending.markCreated(p.id, campaign.id);
    PendingCreate withId = p;
    withId.campaignId = campaign.id;
    if (!m_journal) {
        r.message = known;
        return;
    }
    CreateFollowUps followUps(*m_journal, m_pending);
    QString error;
    r.followUpJournal = followUps.ensureJournal(withId, campaign.id, &error);
    if (followUps.settleIfDone(withId)) {
        r.followUpJournal = 0;
        r.message = known + u' ' +
                    Tr::tr("All its %Ln device(s) are in it.", nullptr, int(p.allDevices().size()));
    } else if (r.followUpJournal == 0) {
        r.message = known + u' ' + error;
    } else {
        const auto entry = m_journal->load(r.followUpJournal);
        const qint64 left =
            entry ? entry->deviceCount - entry->devicesDone : p.followUp->devices.size();
        r.message = known + u' ' +
                    Tr::tr("%Ln of its devices are still to be added: batch %1 (FotaDesk offers "
                           "it at the start; 'fotactl campaign resume %1', or the same create "
                           "command again, completes it).",
                           nullptr, int(left))
                        .arg(r.followUpJournal);
    }
}

CreateReconciler::~CreateReconciler() = default;

void CreateReconciler::start()
{
    if (m_running)
        return;
    const Environment& env = m_client->environment();
    m_queue = m_pending.unresolved(Environment::profileName(env.profile), env.accountName);
    m_results.clear();
    m_running = true;
    if (!m_queue.isEmpty())
        qCInfo(lcStore) << m_queue.size() << "create request(s) with an unknown outcome";
    // Always asynchronous: the caller connects after start() too.
    QTimer::singleShot(0, this, &CreateReconciler::next);
}

void CreateReconciler::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const PendingCreate p = m_queue.takeFirst();
    if (p.state == PendingCreate::State::Created) {
        // Its answer was seen: only its follow-up devices may be missing. No look-up.
        Result r;
        r.create = p;
        wire::Campaign known;
        known.id = p.campaignId;
        created(r, known);
        qCInfo(lcStore).noquote() << "create completed:" << r.message;
        m_results.append(r);
        QTimer::singleShot(0, this, &CreateReconciler::next);
        return;
    }
    ReconcileCreateJob* job = m_client->reconcileCreate(p.request);
    connect(job, &ApiJob::finished, this, [this, job, p] {
        Result r;
        r.create = p;
        if (!job->succeeded()) {
            r.kind = Result::Kind::LookupFailed;
            r.error = job->error();
            r.message = describe(p) +
                        Tr::tr(" may or may not have been created: the campaign list could not be "
                               "read (%1). FotaDesk checks again at the next start; do not create "
                               "it again before that.")
                            .arg(job->error().message());
        } else if (job->matches().size() == 1) {
            const wire::Campaign& c = job->matches().first();
            if (m_audit)
                m_audit->amend(p.auditId, AuditEntry::Outcome::Success,
                               Tr::tr("Campaign %1 created (found by the check after an unknown "
                                      "outcome)")
                                   .arg(c.id));
            created(r, c);
        } else if (job->matches().isEmpty()) {
            r.kind = Result::Kind::NotCreated;
            r.message = describe(p) + Tr::tr(" was not created (it is not in the campaign list). "
                                             "Create it again if you still need it.");
            if (m_audit)
                m_audit->amend(p.auditId, AuditEntry::Outcome::Failed,
                               Tr::tr("Not created (checked against the campaign list after an "
                                      "unknown outcome)"));
            m_pending.settle(p.id);
        } else {
            r.kind = Result::Kind::Ambiguous;
            r.matches = job->matches();
            QStringList ids;
            for (const wire::Campaign& c : job->matches())
                ids << c.id;
            r.message = describe(p) +
                        Tr::tr(" may have been created: %1 campaigns look the same (%2). Check "
                               "which one is yours before creating it again.")
                            .arg(ids.size())
                            .arg(ids.join(u", "_s));
            if (m_audit)
                m_audit->amend(p.auditId, AuditEntry::Outcome::Unknown,
                               Tr::tr("Several look-alike campaigns: %1").arg(ids.join(u", "_s)));
            m_pending.settle(p.id);
        }
        qCInfo(lcStore).noquote() << "create reconciled:" << r.message;
        m_results.append(r);
        next();
    });
}

} // namespace fotadesk
