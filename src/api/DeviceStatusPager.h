// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/Pager.h"
#include "api/wire/WireTypes.h"

namespace fotadesk {

class FotaClient;

/// Reads the per-device status report of one campaign
/// (GET /reports/{acc}/campaigns/{id}/devices), emitting each page as it
/// arrives, with progress against `totalDevice`.
///
/// The report is ordered by IMEI and a page holds only IMEIs greater than the
/// cursor, so by default it is read range-parallel (Pager::Strategy): the first
/// page, then the rest of the IMEI space in concurrent ranges (see Pager and
/// ImeiRangePlanner). Pages then arrive out of IMEI order; devices() is sorted
/// by IMEI at the end, as sequential paging returns it. If the server does not
/// keep to the ordered-cursor contract, the pager falls back to sequential
/// paging: when pages were delivered already it emits Pager::restarted() first —
/// a receiver of pageArrived() must then drop what it received.
/// setStrategy(Pager::Strategy::Sequential) reads page after page.
class DeviceStatusPager final : public Pager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceStatusPager)

public:
    DeviceStatusPager(FotaClient* client, const QString& campaignId, QObject* parent = nullptr);

    [[nodiscard]] const QString& campaignId() const { return m_campaignId; }
    /// Keep every delivered device status in devices() (default off: models take the signal).
    void setCollect(bool collect) { m_collect = collect; }
    /// The collected devices; complete and in IMEI order once the pager succeeded.
    [[nodiscard]] const QList<wire::DeviceStatus>& devices() const { return m_devices; }

Q_SIGNALS:
    void pageArrived(const QList<fotadesk::wire::DeviceStatus>& devices);

protected:
    HttpJob* fetchPage(const Chain& chain, const QString& cursor) override;
    std::variant<Step, ApiError> consumePage(const Chain& chain, HttpJob* job) override;
    void allChainsDone() override;
    void discardDelivered() override { m_devices.clear(); }

private:
    FotaClient* m_client;
    QString m_campaignId;
    QList<wire::DeviceStatus> m_devices;
    bool m_collect = false;
};

} // namespace fotadesk
