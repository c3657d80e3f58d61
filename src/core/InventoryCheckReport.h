// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/DeviceInventoryCheck.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace fotadesk {

/// One device of a checked list with its verdict.
struct CheckedDevice
{
    QString deviceId;
    DeviceCheck check;
};

/// The result of a pre-flight check of a whole device list against the account's inventory:
/// how many devices got each verdict, which devices will be accepted (in list order), and
/// every other device with its reason. Built by add() one device at a time in list order,
/// then finish(), which decides which unlicensed devices the campaign's auto-assign will
/// cover; the figures are read after finish(). Pure: no network, no clock.
class InventoryCheckReport final
{
public:
    /// Room for `devices` add() calls: a long list then never moves its entries while it
    /// grows (100,000 entries moved at once held the event loop for tens of milliseconds).
    void reserve(qsizetype devices) { m_entries.reserve(devices); }
    /// Adds a device's verdict. `ifLicensed` is the verdict the same device would get with a
    /// licence (only read for NoLicense: it says whether a licence is all it lacks).
    void add(const QString& deviceId, const DeviceCheck& check,
             const std::optional<DeviceCheck>& ifLicensed = std::nullopt);

    /// Ends the list. With `autoAssign` (the campaign's autoAssignLicenseFlag) the service
    /// gives unlicensed devices a licence from the account's pool, `licensesLeft` of them
    /// being free: the first that many devices that lack nothing but a licence, in list order
    /// (the order the service takes them), count as accepted with
    /// DeviceCheck::licenseFromPool; the rest stay refused. `licensesLeft` unknown
    /// (nullopt): none are counted as covered.
    void finish(bool autoAssign, std::optional<qint64> licensesLeft);

    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] qint64 count(DeviceVerdict verdict) const
    {
        return m_counts[static_cast<size_t>(verdict)];
    }
    [[nodiscard]] qint64 acceptedCount() const { return m_accepted.size(); }
    [[nodiscard]] qint64 refusedCount() const { return m_refused.size(); }
    [[nodiscard]] bool allAccepted() const { return m_refused.isEmpty(); }
    /// Accepted devices that have not connected for longer than the check's limit.
    [[nodiscard]] const QList<CheckedDevice>& staleDevices() const { return m_stale; }
    /// Accepted devices that will take a licence from the pool.
    [[nodiscard]] qint64 licensesFromPool() const { return m_fromPool; }
    /// Refused devices that lack nothing but a licence (what "assign licences" would fix).
    [[nodiscard]] const QStringList& licensableDevices() const { return m_licensable; }

    [[nodiscard]] const QStringList& acceptedDevices() const { return m_accepted; }
    /// Every refused device with its reason, in list order.
    [[nodiscard]] const QList<CheckedDevice>& refusedDevices() const { return m_refused; }
    /// The refused devices of one verdict, in list order.
    [[nodiscard]] QList<CheckedDevice> devicesWith(DeviceVerdict verdict) const;

    /// The refused devices as CSV (CsvWriter: BOM, CRLF): `deviceId,reason,detail`, reason
    /// the verdict's code, detail its sentence. Imports back as a device list.
    [[nodiscard]] QByteArray refusedCsv(const PackageFacts& package) const;

private:
    struct Entry
    {
        CheckedDevice device;
        bool onlyLacksLicense = false; ///< NoLicense, and accepted with a licence
        DeviceCheck ifLicensed;        ///< the verdict with a licence (onlyLacksLicense)
    };

    QList<Entry> m_entries; ///< add()'s devices until finish()
    qint64 m_total = 0;
    qint64 m_fromPool = 0;
    std::array<qint64, DeviceInventoryCheck::VerdictCount> m_counts{};
    QStringList m_accepted;
    QList<CheckedDevice> m_refused;
    QList<CheckedDevice> m_stale;
    QStringList m_licensable;
};

} // namespace fotadesk
