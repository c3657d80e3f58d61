// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workflow/AuditHook.h"

#include "api/DeviceBatcher.h"
#include "api/FotaClient.h"
#include "api/HttpJob.h"
#include "api/RequestJob.h"
#include "store/AuditLog.h"
#include "store/PendingCreateStore.h"
#include "store/StoreLog.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::AuditHook)
};

QString deviceRange(const QStringList& ids)
{
    if (ids.isEmpty())
        return {};
    if (ids.size() == 1)
        return u" ("_s + ids.first() + u')';
    return u" ("_s + ids.first() + u" … "_s + ids.last() + u')';
}

QString windowsText(const QList<TimeWindow>& windows)
{
    if (windows.isEmpty())
        return Tr::tr("any hour");
    QStringList parts;
    for (const TimeWindow& w : windows)
        parts << w.toDisplayString();
    return parts.join(u", "_s);
}

QString safeUrl(const QString& url)
{
    QUrl u(url);
    if (!u.isValid())
        return Tr::tr("(an invalid URL)");
    return u.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

struct DeviceTally
{
    qint64 total = 0;
    qint64 succeeded = 0;
    QString firstFailure;
};

template <typename Item, typename Reason>
DeviceTally tally(const QList<Item>& items, Reason reasonOf, DeviceBatcher::Operation operation)
{
    DeviceTally t;
    for (const Item& d : items) {
        ++t.total;
        const QString reason = reasonOf(d);
        if (DeviceBatcher::isSuccessStatus(d.status, reason) ||
            DeviceBatcher::alreadyApplied(operation, reason)) {
            ++t.succeeded;
        } else if (t.firstFailure.isEmpty()) {
            t.firstFailure = d.deviceId + u": "_s + (reason.isEmpty() ? d.status : reason);
        }
    }
    return t;
}

} // namespace

AuditHook::AuditHook(AuditLog& log, FotaClient* client, PendingCreateStore* pending,
                     QObject* parent)
    : QObject(parent)
    , m_log(log)
    , m_client(client)
    , m_pending(pending)
{
    client->setMutationObserver(this);
}

AuditHook::~AuditHook()
{
    if (FotaClient* client = m_client.data(); client && client->mutationObserver() == this)
        client->setMutationObserver(nullptr);
}

QString AuditHook::operationName(MutationInfo::Operation operation)
{
    return AuditLog::operationNames().value(static_cast<int>(operation));
}

QString AuditHook::summarize(const MutationInfo& info)
{
    const auto n = info.deviceIds.size();
    switch (info.operation) {
    case MutationInfo::Operation::CreateCampaign: {
        if (!info.create)
            return Tr::tr("Create a campaign");
        const wire::CampaignRequest& r = *info.create;
        return Tr::tr("Create campaign “%1”: firmware %2 %3 → %4, %5, %6 to %7, windows %8, "
                      "%Ln device(s)%9, auto-assign licenses %10, auto-add devices %11",
                      nullptr, int(n))
            .arg(r.campaignName, r.firmwareName, r.firmwareFrom, r.firmwareTo, r.protocol,
                 r.startDate.toString(Qt::ISODate), r.endDate.toString(Qt::ISODate),
                 windowsText(r.timeWindows), deviceRange(r.deviceList))
            .arg(r.autoAssignLicenseFlag ? Tr::tr("on") : Tr::tr("off"),
                 r.autoAddDevicesFlag ? Tr::tr("on") : Tr::tr("off"));
    }
    case MutationInfo::Operation::AddDevices:
        return Tr::tr("Add %Ln device(s) to campaign %1%2", nullptr, int(n))
            .arg(info.campaignId, deviceRange(info.deviceIds));
    case MutationInfo::Operation::RemoveDevices:
        return Tr::tr("Remove %Ln device(s) from campaign %1%2", nullptr, int(n))
            .arg(info.campaignId, deviceRange(info.deviceIds));
    case MutationInfo::Operation::ChangeDates:
        if (!info.dates)
            return Tr::tr("Change the dates of campaign %1").arg(info.campaignId);
        return Tr::tr("Change the dates of campaign %1 to %2 – %3, windows %4")
            .arg(info.campaignId, info.dates->startDate.toString(Qt::ISODate),
                 info.dates->endDate.toString(Qt::ISODate), windowsText(info.dates->timeWindows));
    case MutationInfo::Operation::CancelCampaign:
        return Tr::tr("Cancel campaign %1").arg(info.campaignId);
    case MutationInfo::Operation::AssignLicenses:
        return Tr::tr("Assign FOTA licenses to %Ln device(s)%1", nullptr, int(n))
            .arg(deviceRange(info.deviceIds));
    case MutationInfo::Operation::RemoveLicenses:
        return Tr::tr("Remove FOTA licenses from %Ln device(s)%1", nullptr, int(n))
            .arg(deviceRange(info.deviceIds));
    case MutationInfo::Operation::SetCallback:
        return Tr::tr("Register the callback URL %1").arg(safeUrl(info.callbackUrl));
    case MutationInfo::Operation::DeleteCallback:
        return Tr::tr("Delete the callback URL");
    }
    return {};
}

void AuditHook::mutationStarting(HttpJob* job, const MutationInfo& info)
{
    FotaClient* client = m_client.data();
    if (!client)
        return;
    const Environment& env = client->environment();
    AuditEntry entry;
    entry.profile = Environment::profileName(env.profile);
    entry.account = env.accountName;
    entry.operation = operationName(info.operation);
    entry.campaignId = info.campaignId;
    entry.deviceCount = info.deviceIds.size();
    entry.summary = summarize(info);
    const qint64 auditId = m_log.begin(entry);
    // The one rule: a change is sent only once its record is written (the audit entry; for a
    // create also the pending record that prevents a duplicate after a crash).
    if (auditId <= 0) {
        refuse(job, m_log.lastError());
        return;
    }
    qint64 pendingId = 0;
    if (m_pending && info.operation == MutationInfo::Operation::CreateCampaign && info.create) {
        pendingId = m_pending->recordSent(auditId, entry.profile, entry.account, *info.create,
                                          info.followUp);
        if (pendingId <= 0) {
            const ApiError error = refuse(job, m_pending->lastError());
            m_log.finishError(auditId, error, false);
            Q_EMIT entryChanged(auditId);
            return;
        }
    }
    Q_EMIT entryChanged(auditId);
    // Connected before the caller's own slot: the entry is complete when the caller looks.
    connect(job, &ApiJob::finished, this,
            [this, job, info, auditId, pendingId] { onFinished(job, info, auditId, pendingId); });
}

ApiError AuditHook::refuse(HttpJob* job, const QString& why)
{
    const ApiError error = ApiError::notJournaled(
        Tr::tr("This change was not sent: it could not be recorded in the workspace first (%1). "
               "Nothing is sent that the workspace cannot record. Free space on the disk or make "
               "the workspace writable, then try again.")
            .arg(why),
        job->request().operation());
    qCWarning(lcStore).noquote() << error.message();
    job->refuse(error);
    return error;
}

void AuditHook::onFinished(HttpJob* job, const MutationInfo& info, qint64 auditId, qint64 pendingId)
{
    if (!job->succeeded()) {
        const ApiError& error = job->error();
        const bool wasSent = job->attempts() > 0;
        m_log.finishError(auditId, error, wasSent);
        if (pendingId > 0) {
            const bool unknown = error.kind() == ApiError::Kind::OutcomeUnknown ||
                                 (error.kind() == ApiError::Kind::Cancelled && wasSent);
            if (unknown)
                m_pending->markUnknown(pendingId);
            else
                m_pending->settle(pendingId);
        }
        Q_EMIT entryChanged(auditId);
        return;
    }

    AuditEntry::Outcome outcome = AuditEntry::Outcome::Success;
    QString result;
    const auto deviceResult = [&](const DeviceTally& t, const QString& verb) {
        result = Tr::tr("%1 of %2 devices %3").arg(t.succeeded).arg(t.total).arg(verb);
        if (t.succeeded < t.total || t.total < info.deviceIds.size()) {
            outcome = AuditEntry::Outcome::Partial;
            result +=
                Tr::tr("; %1 not: first %2")
                    .arg(info.deviceIds.size() - t.succeeded)
                    .arg(t.firstFailure.isEmpty() ? Tr::tr("(not in the answer)") : t.firstFailure);
        }
    };
    switch (info.operation) {
    case MutationInfo::Operation::CreateCampaign: {
        const auto& c = static_cast<RequestJob<wire::Campaign>*>(job)->result();
        result = Tr::tr("Campaign %1 created (%2)").arg(c.id, c.status);
        // The activity log's create row names the campaign it made (opens it, filters by it).
        m_log.setCampaignId(auditId, c.id);
        break;
    }
    case MutationInfo::Operation::AddDevices:
    case MutationInfo::Operation::RemoveDevices: {
        const bool add = info.operation == MutationInfo::Operation::AddDevices;
        const auto& r = static_cast<RequestJob<wire::DeviceListChangeResult>*>(job)->result();
        deviceResult(tally(
                         r.deviceList, [](const wire::DeviceListItem& d) { return d.reason; },
                         add ? DeviceBatcher::Operation::AddToCampaign
                             : DeviceBatcher::Operation::RemoveFromCampaign),
                     add ? Tr::tr("added") : Tr::tr("removed"));
        break;
    }
    case MutationInfo::Operation::AssignLicenses:
    case MutationInfo::Operation::RemoveLicenses: {
        const bool assign = info.operation == MutationInfo::Operation::AssignLicenses;
        const auto& r = static_cast<RequestJob<wire::LicenseChangeResult>*>(job)->result();
        deviceResult(tally(
                         r.deviceList, [](const auto& d) { return d.resultReason; },
                         assign ? DeviceBatcher::Operation::AssignLicenses
                                : DeviceBatcher::Operation::RemoveLicenses),
                     assign ? Tr::tr("licensed") : Tr::tr("unlicensed"));
        break;
    }
    case MutationInfo::Operation::ChangeDates: {
        const auto& c = static_cast<RequestJob<wire::Campaign>*>(job)->result();
        result =
            Tr::tr("Dates now %1 – %2 (%3)")
                .arg(c.startDate.toString(Qt::ISODate), c.endDate.toString(Qt::ISODate), c.status);
        break;
    }
    case MutationInfo::Operation::CancelCampaign: {
        const bool ok = static_cast<RequestJob<wire::SuccessResult>*>(job)->result().success;
        outcome = ok ? AuditEntry::Outcome::Success : AuditEntry::Outcome::Failed;
        result = ok ? Tr::tr("Cancelled") : Tr::tr("The service answered success = false");
        break;
    }
    case MutationInfo::Operation::SetCallback:
        result = Tr::tr("Callback registered");
        break;
    case MutationInfo::Operation::DeleteCallback:
        result = Tr::tr("Callback deleted");
        break;
    }
    m_log.finish(auditId, outcome, result);
    if (pendingId > 0) {
        // Created with devices still to add: the create stays journaled until they are added
        // (CreateFollowUps), so that neither a rerun nor a resume loses or repeats anything.
        if (info.followUp && !info.followUp->devices.isEmpty())
            m_pending->markCreated(pendingId,
                                   static_cast<RequestJob<wire::Campaign>*>(job)->result().id);
        else
            m_pending->settle(pendingId);
    }
    Q_EMIT entryChanged(auditId);
}

} // namespace fotadesk
