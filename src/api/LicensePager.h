// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/Pager.h"
#include "api/wire/WireTypes.h"

namespace fotadesk {

class FotaClient;

/// Reads the license list (GET /licenses/{acc}), emitting each page as it
/// arrives; progress against assignedLicenses. The summary fields
/// (totalLicenses, assignedLicenses) are in summary().
///
/// The list is ordered by IMEI with a "greater than the cursor" cursor, so like
/// DeviceStatusPager it is read range-parallel by default, with the same checks
/// and the same fallback (Pager::restarted() when delivered pages must be
/// dropped); devices() is in IMEI order once the pager succeeded.
class LicensePager final : public Pager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicensePager)

public:
    explicit LicensePager(FotaClient* client, QObject* parent = nullptr);

    void setCollect(bool collect) { m_collect = collect; }
    [[nodiscard]] const QList<wire::LicensedDevice>& devices() const { return m_devices; }
    /// The last page's summary fields (deviceList left empty).
    [[nodiscard]] const wire::LicenseSummary& summary() const { return m_summary; }

Q_SIGNALS:
    void pageArrived(const QList<fotadesk::wire::LicensedDevice>& devices);

protected:
    HttpJob* fetchPage(const Chain& chain, const QString& cursor) override;
    std::variant<Step, ApiError> consumePage(const Chain& chain, HttpJob* job) override;
    void allChainsDone() override;
    void discardDelivered() override { m_devices.clear(); }

private:
    FotaClient* m_client;
    wire::LicenseSummary m_summary;
    QList<wire::LicensedDevice> m_devices;
    bool m_collect = false;
};

} // namespace fotadesk
