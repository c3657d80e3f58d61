// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/StatusGroup.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace fotadesk {

/// The status of every device of a campaign at one moment, compact: a sorted
/// array of 64-bit IMEIs with a 16-bit index into a small table of distinct
/// (status, reason) pairs — 10 bytes a device (100,000 devices: about 1 MB,
/// compressed much less). Device ids that are not 15-digit numbers are kept in
/// a side table. Statuses are kept verbatim (an open set).
///
/// Fill it with add() in any order (the report's IMEI order is the fast path);
/// a device added twice keeps its last status.
class DeviceStatusMap
{
public:
    struct Entry
    {
        QString status;
        QString reason;
        friend bool operator==(const Entry&, const Entry&) = default;
    };

    DeviceStatusMap() = default;

    void add(const QString& deviceId, const QString& status, const QString& reason = {});
    void reserve(qsizetype devices);

    [[nodiscard]] qsizetype size() const;
    [[nodiscard]] bool isEmpty() const { return size() == 0; }
    [[nodiscard]] std::optional<Entry> find(const QString& deviceId) const;
    /// Every device id, in order (IMEIs numerically, then the other ids sorted).
    [[nodiscard]] QStringList deviceIds() const;
    /// Calls f(deviceId, entry) for every device, in deviceIds() order.
    template <typename F> void forEach(F&& f) const
    {
        ensureSorted();
        for (size_t i = 0; i < m_imeis.size(); ++i)
            f(imeiText(m_imeis[i]), m_entries.at(m_codes[i]));
        for (const auto& [id, code] : m_sortedOthers)
            f(id, m_entries.at(code));
    }

    /// Devices per status group (device report reading: AddDeviceSucceed is Pending).
    [[nodiscard]] std::array<qint64, 7> groupCounts() const;
    /// Devices per verbatim status text.
    [[nodiscard]] QHash<QString, qint64> statusCounts() const;

    /// Compact bytes (qCompress'ed) and back; fromBytes() of damaged bytes gives nullopt.
    [[nodiscard]] QByteArray toBytes() const;
    static std::optional<DeviceStatusMap> fromBytes(const QByteArray& bytes);

    friend bool operator==(const DeviceStatusMap& a, const DeviceStatusMap& b);

private:
    static QString imeiText(std::uint64_t value);
    quint16 codeOf(const QString& status, const QString& reason);
    void ensureSorted() const;
    [[nodiscard]] const Entry* findEntry(const QString& deviceId) const;

    QList<Entry> m_entries;               ///< distinct (status, reason) pairs
    QHash<QString, quint16> m_entryIndex; ///< status + '\x1f' + reason -> index
    mutable std::vector<std::uint64_t> m_imeis;
    mutable std::vector<quint16> m_codes;
    mutable bool m_sorted = true;
    QHash<QString, quint16> m_others; ///< device ids that are not 15-digit numbers
    mutable std::vector<std::pair<QString, quint16>> m_sortedOthers;
    mutable bool m_othersSorted = true;
};

} // namespace fotadesk
