// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/SimContext.h"
#include "sim/SimRouter.h"

#include <QByteArray>
#include <QHash>

namespace fotadesk::sim {

/// Software Management Reports V3: campaign history by status (paged by
/// lastSeenCampaignId), campaign device status (paged by lastSeenDeviceId,
/// ordered by IMEI, first cursor 0), one device's upgrade history.
class ReportEndpoints final
{
public:
    explicit ReportEndpoints(SimContext& context)
        : m_ctx(context)
    {}
    void install(SimRouter& router);

    SimResponse campaignHistory(const SimRequest& request);
    SimResponse campaignDevices(const SimRequest& request);
    SimResponse deviceHistory(const SimRequest& request);

    /// The campaign statuses a history request may ask for.
    static const QStringList& knownCampaignStatuses();

private:
    /// An encoded device page, valid while the state is unchanged and the
    /// simulated clock is within a second of when it was made.
    struct CachedPage
    {
        quint64 revision = 0;
        qint64 nowMs = 0;
        bool brokenOrder = false;
        quint64 lastUse = 0;
        QByteArray body;
    };
    static constexpr int MaxCachedPages = 256;

    SimContext& m_ctx;
    QHash<QString, CachedPage> m_pages;
    quint64 m_uses = 0;
};

} // namespace fotadesk::sim
