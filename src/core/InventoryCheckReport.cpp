// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/InventoryCheckReport.h"

#include "core/CsvWriter.h"

namespace fotadesk {

void InventoryCheckReport::add(const QString& deviceId, const DeviceCheck& check,
                               const std::optional<DeviceCheck>& ifLicensed)
{
    Entry entry;
    entry.device = CheckedDevice{deviceId, check};
    if (check.verdict == DeviceVerdict::NoLicense && ifLicensed && ifLicensed->accepted()) {
        entry.onlyLacksLicense = true;
        entry.ifLicensed = *ifLicensed;
    }
    m_entries.append(std::move(entry));
}

void InventoryCheckReport::finish(bool autoAssign, std::optional<qint64> licensesLeft)
{
    qint64 pool = autoAssign ? licensesLeft.value_or(0) : 0;
    m_total = m_entries.size();
    m_counts = {};
    m_fromPool = 0;
    m_accepted.clear();
    m_refused.clear();
    m_stale.clear();
    m_licensable.clear();
    m_accepted.reserve(m_entries.size());
    for (Entry& entry : m_entries) {
        CheckedDevice& device = entry.device;
        if (entry.onlyLacksLicense && pool > 0) {
            --pool;
            ++m_fromPool;
            device.check = entry.ifLicensed;
            device.check.licenseFromPool = true;
        }
        ++m_counts[static_cast<size_t>(device.check.verdict)];
        if (device.check.accepted()) {
            m_accepted.append(device.deviceId);
            if (device.check.notConnectedLong)
                m_stale.append(device);
        } else {
            if (entry.onlyLacksLicense)
                m_licensable.append(device.deviceId);
            m_refused.append(std::move(device));
        }
    }
    m_entries.clear();
    m_entries.squeeze();
}

QList<CheckedDevice> InventoryCheckReport::devicesWith(DeviceVerdict verdict) const
{
    QList<CheckedDevice> out;
    for (const CheckedDevice& d : m_refused) {
        if (d.check.verdict == verdict)
            out.append(d);
    }
    return out;
}

QByteArray InventoryCheckReport::refusedCsv(const PackageFacts& package) const
{
    CsvWriter csv;
    csv.row({u"deviceId", u"reason", u"detail"});
    for (const CheckedDevice& d : m_refused) {
        csv.cell(d.deviceId)
            .cell(DeviceInventoryCheck::code(d.check.verdict))
            .cell(DeviceInventoryCheck::explain(d.check, package))
            .endRow();
    }
    return csv.take();
}

} // namespace fotadesk
