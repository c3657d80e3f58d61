// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/PendingCreate.h"

#include <QString>

namespace fotadesk {

class BatchJournal;
class PendingCreateStore;

/// The follow-up devices of a create (PendingCreate::followUp: the devices beyond the create's
/// body) as a journaled batch of adds, once the campaign exists. The create stays journaled
/// (PendingCreate::State::Created) until that batch has added them all, so that a run killed
/// at any point is completed, never repeated, by a resume or by rerunning the same command.
///
/// Used by fotactl's create, by CreateReconciler (creates found after a crash) and by the
/// resume paths of fotactl and FotaDesk (settle the creates whose devices are all added).
class CreateFollowUps final
{
public:
    CreateFollowUps(BatchJournal& journal, PendingCreateStore& pending);

    /// The journal that adds `create`'s follow-up devices to `campaignId`: an existing one for
    /// the same campaign and devices (whatever its state), else a new one (owned by this
    /// program, not started). 0 when the create has no follow-up, or with *error when the
    /// journal cannot be written.
    qint64 ensureJournal(const PendingCreate& create, const QString& campaignId,
                         QString* error = nullptr);

    /// Settles `create` when it has no follow-up devices or its follow-up journal is complete;
    /// true when it did.
    bool settleIfDone(const PendingCreate& create);

    /// settleIfDone() for every Created create of this profile and account (after a resume).
    int settleDone(const QString& profile, const QString& account);

private:
    [[nodiscard]] qint64 findJournal(const PendingCreate& create, const QString& campaignId) const;

    BatchJournal& m_journal;
    PendingCreateStore& m_pending;
};

} // namespace fotadesk
