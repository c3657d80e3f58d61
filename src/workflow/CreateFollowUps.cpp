// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workflow/CreateFollowUps.h"

#include "api/DeviceBatcher.h"
#include "store/BatchJournal.h"
#include "store/PendingCreateStore.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::CreateFollowUps)
};

bool sameDevices(const QStringList& a, const QStringList& b)
{
    return a.size() == b.size() &&
           QSet<QString>(a.cbegin(), a.cend()) == QSet<QString>(b.cbegin(), b.cend());
}

} // namespace

CreateFollowUps::CreateFollowUps(BatchJournal& journal, PendingCreateStore& pending)
    : m_journal(journal)
    , m_pending(pending)
{}

qint64 CreateFollowUps::findJournal(const PendingCreate& create, const QString& campaignId) const
{
    for (const BatchJournal::Entry& e : m_journal.list()) {
        if (e.operation != DeviceBatcher::Operation::AddToCampaign || e.campaignId != campaignId ||
            e.profile != create.profile || e.account != create.account ||
            e.deviceCount != create.followUp->devices.size() ||
            e.state == BatchJournal::State::Abandoned ||
            e.createdUtc < create.createdUtc) // older: another create's
            continue;
        const auto full = m_journal.load(e.id);
        if (full && sameDevices(full->deviceIds, create.followUp->devices))
            return e.id;
    }
    return 0;
}

qint64 CreateFollowUps::ensureJournal(const PendingCreate& create, const QString& campaignId,
                                      QString* error)
{
    if (!create.followUp || create.followUp->devices.isEmpty() || campaignId.isEmpty())
        return 0;
    if (const qint64 existing = findJournal(create, campaignId))
        return existing;
    DeviceBatcher plan(nullptr, DeviceBatcher::Operation::AddToCampaign, create.followUp->devices,
                       campaignId, create.followUp->chunkSize);
    plan.setDevicePath(create.followUp->devicePath == u"plain"_s
                           ? FotaClient::DevicePath::Plain
                           : FotaClient::DevicePath::Firmware);
    const qint64 id = m_journal.create(create.profile, create.account, plan);
    if (id == 0 && error)
        *error = Tr::tr("the local workspace could not journal the %Ln device(s) to add to "
                        "campaign %1",
                        nullptr, int(create.followUp->devices.size()))
                     .arg(campaignId);
    return id;
}

bool CreateFollowUps::settleIfDone(const PendingCreate& create)
{
    if (create.followUp && !create.followUp->devices.isEmpty()) {
        const qint64 id = findJournal(create, create.campaignId);
        const auto entry = id ? m_journal.load(id) : std::nullopt;
        if (!entry || entry->state != BatchJournal::State::Completed)
            return false;
    }
    return m_pending.settle(create.id);
}

int CreateFollowUps::settleDone(const QString& profile, const QString& account)
{
    int settled = 0;
    for (const PendingCreate& p : m_pending.unresolved(profile, account)) {
        if (p.state == PendingCreate::State::Created && settleIfDone(p))
            ++settled;
    }
    return settled;
}

} // namespace fotadesk
