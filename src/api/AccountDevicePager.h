// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/Pager.h"
#include "api/wire/WireTypes.h"

namespace fotadesk {

class FotaClient;

/// Reads the account's inventory (GET /devices/{acc}) for one protocol filter, emitting each
/// page as it arrives. The listing states no total, so it is read sequentially (one chain):
/// progress counts the devices so far. devices() collects them when setCollect(true).
class AccountDevicePager final : public Pager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDevicePager)

public:
    /// `protocol`: the ?protocol= filter (LWM2M, OMD-DM, OMDADM, HTTP); empty: the server's
    /// default (LWM2M).
    explicit AccountDevicePager(FotaClient* client, const QString& protocol = {},
                                QObject* parent = nullptr);

    void setCollect(bool collect) { m_collect = collect; }
    [[nodiscard]] const QList<wire::AccountDevice>& devices() const { return m_devices; }
    [[nodiscard]] const QString& protocol() const { return m_protocol; }

Q_SIGNALS:
    void pageArrived(const QList<fotadesk::wire::AccountDevice>& devices);

protected:
    HttpJob* fetchPage(const Chain& chain, const QString& cursor) override;
    std::variant<Step, ApiError> consumePage(const Chain& chain, HttpJob* job) override;
    void discardDelivered() override { m_devices.clear(); }

private:
    FotaClient* m_client;
    QString m_protocol;
    QList<wire::AccountDevice> m_devices;
    bool m_collect = false;
};

} // namespace fotadesk
