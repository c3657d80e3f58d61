// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fotadesk {

class AuditLog;
class BatchRunner;

/// Ties what became of a create's devices to the create's own audit row, so that the activity
/// log does not call a create "Success" whose devices partly failed.
///
/// The decision: the create row itself carries it (not a linked entry). A create is one thing
/// the user did; its row is what they look at. The row's outcome becomes Partial ("Partly
/// done") while any device was refused or got no answer — devices the create's answer left
/// failed in the campaign's device report (GUI: CreateResultPage), or the follow-up adds of a
/// create larger than one request (fotactl: CreateFollowUps' batch) — and its result text gets
/// one suffix naming the counts. A later note replaces the suffix (a resume that adds the rest
/// turns the row back into Success). Only a Success or Partial row is touched: a create that
/// failed or whose outcome is unknown says so already. The follow-up adds keep their own
/// add-devices rows too.
class CreateDeviceAudit final
{
public:
    struct Counts
    {
        qint64 devices = 0;  ///< the create's devices
        qint64 refused = 0;  ///< refused by the server (or not in the campaign after it)
        qint64 noAnswer = 0; ///< sent without an answer (worth sending again)
        [[nodiscard]] qint64 notDone() const { return refused + noAnswer; }
    };

    /// Notes `counts` on the create row `createAuditId` (see the class comment); false when
    /// there is no such Success/Partial create row or it cannot be written.
    static bool note(AuditLog& log, qint64 createAuditId, const Counts& counts);
    /// The newest create-campaign row of `campaignId` (AuditHook sets it from the answer), 0
    /// when there is none.
    static qint64 createEntryOf(const AuditLog& log, const QString& campaignId);
    /// The counts of a follow-up batch that has finished, over every run of it (its journal)
    /// plus `createdDevices` devices the create itself carried (counted as added).
    static Counts followUpCounts(const BatchRunner& runner, qint64 createdDevices);
};

} // namespace fotadesk
