// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/DeviceStatusMap.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

constexpr quint32 kMagic = 0x46445331; // "FDS1"

std::optional<std::uint64_t> imeiValue(const QString& id)
{
    if (id.size() != 15)
        return std::nullopt;
    std::uint64_t value = 0;
    for (const QChar c : id) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + static_cast<std::uint64_t>(c.unicode() - u'0');
    }
    if (id.front() == u'0')
        return std::nullopt; // keep the leading zero: store as text
    return value;
}

} // namespace

QString DeviceStatusMap::imeiText(std::uint64_t value)
{
    return QString::number(value);
}

quint16 DeviceStatusMap::codeOf(const QString& status, const QString& reason)
{
    const QString key = status + QChar(0x1f) + reason;
    const auto it = m_entryIndex.constFind(key);
    if (it != m_entryIndex.cend())
        return *it;
    // 65,535 distinct (status, reason) pairs: beyond that, the reason is dropped.
    if (m_entries.size() >= 0xffff)
        return codeOf(status, {});
    const auto code = static_cast<quint16>(m_entries.size());
    m_entries.append({status, reason});
    m_entryIndex.insert(key, code);
    return code;
}

void DeviceStatusMap::reserve(qsizetype devices)
{
    m_imeis.reserve(static_cast<size_t>(devices));
    m_codes.reserve(static_cast<size_t>(devices));
}

void DeviceStatusMap::add(const QString& deviceId, const QString& status, const QString& reason)
{
    const quint16 code = codeOf(status, reason);
    if (const auto value = imeiValue(deviceId)) {
        if (!m_imeis.empty() && *value <= m_imeis.back())
            m_sorted = false;
        m_imeis.push_back(*value);
        m_codes.push_back(code);
        return;
    }
    m_others.insert(deviceId, code);
    m_othersSorted = false;
}

void DeviceStatusMap::ensureSorted() const
{
    if (!m_sorted) {
        // Stable by position so that the last add() of a device wins.
        std::vector<size_t> order(m_imeis.size());
        std::iota(order.begin(), order.end(), size_t{0});
        std::stable_sort(order.begin(), order.end(),
                         [this](size_t a, size_t b) { return m_imeis[a] < m_imeis[b]; });
        std::vector<std::uint64_t> imeis;
        std::vector<quint16> codes;
        imeis.reserve(order.size());
        codes.reserve(order.size());
        for (size_t i : order) {
            if (!imeis.empty() && imeis.back() == m_imeis[i]) {
                codes.back() = m_codes[i];
                continue;
            }
            imeis.push_back(m_imeis[i]);
            codes.push_back(m_codes[i]);
        }
        m_imeis = std::move(imeis);
        m_codes = std::move(codes);
        m_sorted = true;
    }
    if (!m_othersSorted) {
        m_sortedOthers.clear();
        m_sortedOthers.reserve(static_cast<size_t>(m_others.size()));
        for (auto it = m_others.cbegin(); it != m_others.cend(); ++it)
            m_sortedOthers.emplace_back(it.key(), it.value());
        std::sort(m_sortedOthers.begin(), m_sortedOthers.end());
        m_othersSorted = true;
    }
}

qsizetype DeviceStatusMap::size() const
{
    ensureSorted();
    return static_cast<qsizetype>(m_imeis.size()) + m_others.size();
}

const DeviceStatusMap::Entry* DeviceStatusMap::findEntry(const QString& deviceId) const
{
    ensureSorted();
    if (const auto value = imeiValue(deviceId)) {
        const auto it = std::lower_bound(m_imeis.cbegin(), m_imeis.cend(), *value);
        if (it == m_imeis.cend() || *it != *value)
            return nullptr;
        return &m_entries.at(m_codes[static_cast<size_t>(it - m_imeis.cbegin())]);
    }
    const auto it = m_others.constFind(deviceId);
    return it == m_others.cend() ? nullptr : &m_entries.at(*it);
}

std::optional<DeviceStatusMap::Entry> DeviceStatusMap::find(const QString& deviceId) const
{
    if (const Entry* entry = findEntry(deviceId))
        return *entry;
    return std::nullopt;
}

QStringList DeviceStatusMap::deviceIds() const
{
    QStringList ids;
    ids.reserve(size());
    forEach([&ids](const QString& id, const Entry&) { ids.append(id); });
    return ids;
}

std::array<qint64, 7> DeviceStatusMap::groupCounts() const
{
    ensureSorted();
    std::vector<qint64> perCode(static_cast<size_t>(m_entries.size()), 0);
    for (quint16 code : m_codes)
        ++perCode[code];
    for (const auto& [id, code] : m_sortedOthers)
        ++perCode[code];
    std::array<qint64, 7> counts{};
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const StatusGroup group = StatusClassifier::deviceStatusGroup(
            m_entries.at(i).status, m_entries.at(i).reason, DeviceStatusContext::CampaignReport);
        counts[static_cast<size_t>(group)] += perCode[static_cast<size_t>(i)];
    }
    return counts;
}

QHash<QString, qint64> DeviceStatusMap::statusCounts() const
{
    ensureSorted();
    QHash<QString, qint64> counts;
    std::vector<qint64> perCode(static_cast<size_t>(m_entries.size()), 0);
    for (quint16 code : m_codes)
        ++perCode[code];
    for (const auto& [id, code] : m_sortedOthers)
        ++perCode[code];
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (perCode[static_cast<size_t>(i)] > 0)
            counts[m_entries.at(i).status] += perCode[static_cast<size_t>(i)];
    }
    return counts;
}

QByteArray DeviceStatusMap::toBytes() const
{
    ensureSorted();
    QByteArray raw;
    {
        QDataStream out(&raw, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << kMagic << quint32(m_entries.size());
        for (const Entry& e : m_entries)
            out << e.status << e.reason;
        out << quint64(m_imeis.size());
        // Sorted IMEIs as deltas: small numbers that compress well.
        std::uint64_t previous = 0;
        for (std::uint64_t v : m_imeis) {
            out << quint64(v - previous);
            previous = v;
        }
        for (quint16 c : m_codes)
            out << c;
        out << quint32(m_sortedOthers.size());
        for (const auto& [id, code] : m_sortedOthers)
            out << id << code;
    }
    return qCompress(raw, 6);
}

std::optional<DeviceStatusMap> DeviceStatusMap::fromBytes(const QByteArray& bytes)
{
    const QByteArray raw = qUncompress(bytes);
    if (raw.isEmpty())
        return std::nullopt;
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 entries = 0;
    in >> magic >> entries;
    if (magic != kMagic || entries > 0xffff)
        return std::nullopt;
    DeviceStatusMap map;
    for (quint32 i = 0; i < entries; ++i) {
        Entry e;
        in >> e.status >> e.reason;
        map.m_entryIndex.insert(e.status + QChar(0x1f) + e.reason, static_cast<quint16>(i));
        map.m_entries.append(e);
    }
    quint64 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > quint64(raw.size()) / 8)
        return std::nullopt;
    map.m_imeis.resize(count);
    map.m_codes.resize(count);
    std::uint64_t previous = 0;
    for (quint64 i = 0; i < count; ++i) {
        quint64 delta = 0;
        in >> delta;
        previous += delta;
        map.m_imeis[i] = previous;
    }
    for (quint64 i = 0; i < count; ++i) {
        quint16 code = 0;
        in >> code;
        if (code >= entries)
            return std::nullopt;
        map.m_codes[i] = code;
    }
    quint32 others = 0;
    in >> others;
    if (in.status() != QDataStream::Ok || others > quint32(raw.size()))
        return std::nullopt;
    for (quint32 i = 0; i < others; ++i) {
        QString id;
        quint16 code = 0;
        in >> id >> code;
        if (code >= entries)
            return std::nullopt;
        map.m_others.insert(id, code);
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    map.m_othersSorted = false;
    map.m_sorted = std::is_sorted(map.m_imeis.cbegin(), map.m_imeis.cend());
    return map;
}

bool operator==(const DeviceStatusMap& a, const DeviceStatusMap& b)
{
    if (a.size() != b.size())
        return false;
    bool same = true;
    a.forEach([&](const QString& id, const DeviceStatusMap::Entry& entry) {
        if (!same)
            return;
        const DeviceStatusMap::Entry* other = b.findEntry(id);
        same = other && *other == entry;
    });
    return same;
}

} // namespace fotadesk
