// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/Pager.h"
#include "api/wire/WireTypes.h"

#include <QSet>
#include <QStringList>

namespace fotadesk {

class FotaClient;

/// Reads the campaign history (GET /reports/{acc}/firmware/campaigns) for one
/// status, several, or all known statuses — then one chain per status, read
/// concurrently, merged: a campaign that changes status between two chains is
/// delivered once. Pages are emitted as they arrive.
///
/// The API only lists campaigns by status, so "all" means the union of the
/// known statuses (knownStatuses()); a campaign in a status nobody has named
/// yet cannot be listed — add the status to the list when it appears.
class CampaignHistoryPager final : public Pager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignHistoryPager)

public:
    /// `statuses` empty: all knownStatuses().
    CampaignHistoryPager(FotaClient* client, const QStringList& statuses,
                         QObject* parent = nullptr);

    /// The campaign statuses the vendor names (also CampaignPreScheduled, seen in examples).
    static QStringList knownStatuses();

    /// Keep every delivered campaign in campaigns() (default on).
    void setCollect(bool collect) { m_collect = collect; }
    [[nodiscard]] const QList<wire::Campaign>& campaigns() const { return m_campaigns; }

Q_SIGNALS:
    /// New campaigns of one page of `status` (already seen ids are left out).
    void pageArrived(const QList<fotadesk::wire::Campaign>& campaigns, const QString& status);

protected:
    HttpJob* fetchPage(const Chain& chain, const QString& cursor) override;
    std::variant<Step, ApiError> consumePage(const Chain& chain, HttpJob* job) override;

private:
    FotaClient* m_client;
    QSet<QString> m_seenIds;
    QList<wire::Campaign> m_campaigns;
    bool m_collect = true;
};

} // namespace fotadesk
