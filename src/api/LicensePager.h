#pragma once

#include "api/Pager.h"
#include "api/wire/WireTypes.h"

namespace fotadesk {

class FotaClient;

/// Reads the license list (GET /licenses/{acc}), page after page, emitting
/// each page as it arrives; progress against assignedLicenses. The summary
/// fields of the first page (totalLicenses, assignedLicenses) are in summary().
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

private:
    FotaClient* m_client;
    wire::LicenseSummary m_summary;
    QList<wire::LicensedDevice> m_devices;
    bool m_collect = false;
};

} // namespace fotadesk
