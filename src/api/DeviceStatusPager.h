#pragma once

#include "api/Pager.h"
#include "api/wire/WireTypes.h"

namespace fotadesk {

class FotaClient;

/// Reads the per-device status report of one campaign
/// (GET /reports/{acc}/campaigns/{id}/devices), page after page, emitting each
/// page as it arrives, with progress against `totalDevice`.
///
/// Today one chain from the start (sequential paging). The report is ordered
/// by IMEI and a page holds only IMEIs greater than the cursor, so a
/// range-parallel strategy (issue 10) adds chains that start at a range's lower
/// bound and stop past its upper bound (Chain::lastKey); consumePage() already
/// trims a page at its chain's upper bound.
class DeviceStatusPager final : public Pager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceStatusPager)

public:
    DeviceStatusPager(FotaClient* client, const QString& campaignId, QObject* parent = nullptr);

    [[nodiscard]] const QString& campaignId() const { return m_campaignId; }
    /// Keep every delivered device status in devices() (default off: models take the signal).
    void setCollect(bool collect) { m_collect = collect; }
    [[nodiscard]] const QList<wire::DeviceStatus>& devices() const { return m_devices; }

    /// Orders IMEI-like keys numerically (shorter digit strings first).
    static bool keyLess(const QString& a, const QString& b);

Q_SIGNALS:
    void pageArrived(const QList<fotadesk::wire::DeviceStatus>& devices);

protected:
    HttpJob* fetchPage(const Chain& chain, const QString& cursor) override;
    std::variant<Step, ApiError> consumePage(const Chain& chain, HttpJob* job) override;

private:
    FotaClient* m_client;
    QString m_campaignId;
    QList<wire::DeviceStatus> m_devices;
    bool m_collect = false;
};

} // namespace fotadesk
