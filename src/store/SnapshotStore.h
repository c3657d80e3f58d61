// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/StatusChanges.h"
#include "store/StatusSnapshot.h"

#include <QList>
#include <QString>

#include <optional>

namespace fotadesk {

class Workspace;

/// Per-campaign device-status snapshots over time, in the workspace (table
/// status_snapshots); they survive restarts. For the campaign detail page:
/// the counts of every refresh (a progress-over-time chart) and "what changed
/// since the last look".
///
/// Counts are kept for every snapshot; the per-device map only for the
/// newest keepDeviceMaps() snapshots of a campaign plus the newest one the
/// user has seen (older maps are dropped on save: ~1 MB raw per 100,000
/// devices, compressed well below that).
///
/// A campaign is identified by (account, campaign id); the profile is stored
/// for display and filtering only. All calls are synchronous and cheap
/// enough for the GUI thread except save() of a very large map (call it from
/// a worker: Workspace gives every thread its own connection).
class SnapshotStore final
{
public:
    explicit SnapshotStore(Workspace& workspace);

    void setKeepDeviceMaps(int count) { m_keepMaps = count < 1 ? 1 : count; }
    [[nodiscard]] int keepDeviceMaps() const { return m_keepMaps; }

    /// Stores a snapshot and returns its id (0 on a database error, which is logged).
    qint64 save(const StatusSnapshot& snapshot);

    /// Every snapshot of a campaign, oldest first, counts only (no device maps); `sinceUtc`
    /// invalid: all.
    [[nodiscard]] QList<StatusSnapshot> history(const QString& account, const QString& campaignId,
                                                const QDateTime& sinceUtc = {}) const;
    /// The newest snapshot, with its device map.
    [[nodiscard]] std::optional<StatusSnapshot> latest(const QString& account,
                                                       const QString& campaignId) const;
    /// A snapshot by id, with its device map when one is kept.
    [[nodiscard]] std::optional<StatusSnapshot> snapshot(qint64 id) const;
    /// The newest snapshot the user has seen (markSeen), with its device map.
    [[nodiscard]] std::optional<StatusSnapshot> lastSeen(const QString& account,
                                                         const QString& campaignId) const;

    /// The user has looked at this snapshot (the page was shown with it).
    bool markSeen(qint64 snapshotId);

    /// What changed from the last seen snapshot (or, when none was seen, the one before the
    /// newest) to the newest. Empty when there are fewer than two snapshots with maps.
    [[nodiscard]] StatusChanges changesSinceLastLook(const QString& account,
                                                     const QString& campaignId) const;

    /// The campaigns that have snapshots: (account, campaign id) pairs.
    [[nodiscard]] QList<QPair<QString, QString>> campaigns() const;
    /// Forgets a campaign's snapshots; returns how many were removed.
    int removeCampaign(const QString& account, const QString& campaignId);

private:
    void pruneMaps(const QString& account, const QString& campaignId);

    Workspace& m_workspace;
    int m_keepMaps = 3;
};

} // namespace fotadesk
