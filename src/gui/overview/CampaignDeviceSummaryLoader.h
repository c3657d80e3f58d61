// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/CampaignModel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace fotadesk {

class DeviceStatusPager;
class FotaClient;

/// Fills the overview's Devices, Progress and Success columns: the campaign history the
/// OverviewLoader reads has no device figures, so each campaign's device report
/// (GET /reports/{acc}/campaigns/{id}/devices) is read and counted by status group
/// (CampaignModel::setDeviceSummary).
///
/// Bounded: at most maxCampaigns() reports are read at once, each with at most
/// requestsPerCampaign() requests in flight, and a report longer than maxPages() pages is not
/// counted (its device count, stated on the first page, is still shown; progress and success
/// stay "—"). Counts are set only from a complete read: a column never shows a figure of a
/// half-read report. A failed read keeps what was shown before.
///
/// update() reads the campaigns whose figures can still change: those not read yet, those not
/// terminal (devices still move), and those whose status changed since their last read. A
/// terminal campaign read once is not read again.
class CampaignDeviceSummaryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDeviceSummaryLoader)

public:
    CampaignDeviceSummaryLoader(FotaClient* client, CampaignModel* model,
                                QObject* parent = nullptr);
    ~CampaignDeviceSummaryLoader() override;

    void setMaxCampaigns(int campaigns) { m_maxCampaigns = std::max(1, campaigns); }
    [[nodiscard]] int maxCampaigns() const { return m_maxCampaigns; }
    void setRequestsPerCampaign(int requests) { m_requestsPerCampaign = std::max(1, requests); }
    [[nodiscard]] int requestsPerCampaign() const { return m_requestsPerCampaign; }
    /// Pages one report may take before it is left uncounted (default 50: 50,000 devices).
    void setMaxPages(int pages) { m_maxPages = std::max(1, pages); }
    [[nodiscard]] int maxPages() const { return m_maxPages; }

    /// Queues the campaigns of the model that need (re)reading (see above) and starts.
    void update();
    /// Stops every read; the figures shown stay.
    void cancel();

    [[nodiscard]] bool isBusy() const { return !m_queue.isEmpty() || !m_running.isEmpty(); }
    /// Reports being read now.
    [[nodiscard]] int runningCount() const { return int(m_running.size()); }
    /// The most reports read at once since construction (tests check the bound).
    [[nodiscard]] int peakRunning() const { return m_peakRunning; }

Q_SIGNALS:
    /// Every queued report has been read (or failed).
    void idle();

private:
    struct Count
    {
        CampaignModel::DeviceSummary summary;
        QString status; ///< the campaign's status when the read started
    };
    void startNext();
    void startRead(const QString& id);
    void readDone(const QString& id, DeviceStatusPager* pager);

    FotaClient* m_client;
    CampaignModel* m_model; ///< outlives the loader (AppContext::campaigns)
    QStringList m_queue;
    QHash<QString, QPointer<DeviceStatusPager>> m_running;
    QHash<QString, Count> m_counting; ///< of the running reads
    QHash<QString, QString> m_readAt; ///< campaign id -> its status at the last complete read
    int m_maxCampaigns = 3;
    int m_requestsPerCampaign = 2;
    int m_maxPages = 50;
    int m_peakRunning = 0;
};

} // namespace fotadesk
