// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/wire/DevicePageDecoder.h"

#include "api/wire/JsonCodec.h"

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace fotadesk::wire {

namespace {

// Where the time goes in a 1,000-device page (callgrind, bench_decode): building the
// QJsonDocument tree and looking members up in QJsonObjects was most of it; what is left
// here is one allocation per device id and per distinct timestamp text, and the timestamp
// parse. Statuses, reasons and timestamps repeat from device to device, so equal texts
// share one QString (implicit sharing: the same value as separate copies).

/// Up to a few distinct texts of one member ("status": a handful per page), shared.
class TextCache
{
public:
    QString get(const char* text, qsizetype size)
    {
        for (qsizetype i = 0; i < m_used; ++i) {
            Entry& e = m_entries[std::size_t(i)];
            if (e.size == size && std::memcmp(e.text, text, std::size_t(size)) == 0)
                return e.value;
        }
        QString value = QString::fromLatin1(text, size);
        if (m_used < qsizetype(m_entries.size()))
            m_entries[std::size_t(m_used++)] = Entry{text, size, value};
        return value;
    }

private:
    struct Entry
    {
        const char* text = nullptr;
        qsizetype size = 0;
        QString value;
    };
    std::array<Entry, 8> m_entries;
    qsizetype m_used = 0;
};

/// The last timestamp text of one member: neighbouring devices often carry the same one.
class TimestampCache
{
public:
    Timestamp get(const char* text, qsizetype size)
    {
        if (m_text && m_size == size && std::memcmp(m_text, text, std::size_t(size)) == 0)
            return m_last;
        m_last.raw = QString::fromLatin1(text, size);
        m_last.utc = Timestamp::parseUtc(m_last.raw);
        m_text = text;
        m_size = size;
        return m_last;
    }

private:
    const char* m_text = nullptr;
    qsizetype m_size = 0;
    Timestamp m_last;
};

/// Bytes that stand for themselves inside a string of the direct path: printable ASCII
/// except the quote and the backslash.
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> table{};
    for (int c = 0x20; c < 0x80; ++c)
        table[std::size_t(c)] = c != '"' && c != '\\';
    return table;
}();

/// A reader of the subset of JSON the direct path accepts. Every method returns false for
/// anything outside it; the caller then gives the whole body to parseJson + the codec.
class Scanner
{
public:
    Scanner(const char* begin, const char* end)
        : m_p(begin)
        , m_end(end)
    {}

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool eat(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    [[nodiscard]] bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    [[nodiscard]] bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    /// A string of printable ASCII without escapes: its text in [text, text + size).
    bool string(const char*& text, qsizetype& size)
    {
        if (!eat('"'))
            return false;
        const char* start = m_p;
        // Most of a page is string content: one table look-up per byte (callgrind: the
        // byte-by-byte comparisons were two thirds of the reader's instructions).
        while (m_p < m_end && kPlain[static_cast<unsigned char>(*m_p)])
            ++m_p;
        if (m_p == m_end || *m_p != '"')
            return false; // an escape, a control character, non-ASCII text, or the end
        text = start;
        size = m_p - start;
        ++m_p;
        return true;
    }
    bool word(const char* w, qsizetype size)
    {
        skipSpace();
        if (m_end - m_p < size || std::memcmp(m_p, w, std::size_t(size)) != 0)
            return false;
        m_p += size;
        return true;
    }
    bool null() { return word("null", 4); }
    bool boolean(bool& value)
    {
        if (word("true", 4)) {
            value = true;
            return true;
        }
        if (word("false", 5)) {
            value = false;
            return true;
        }
        return false;
    }
    /// A non-negative integer of at most 15 digits (below 2^53), no leading zero.
    bool integer(qint64& value)
    {
        skipSpace();
        const char* start = m_p;
        value = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            if (m_p - start < 15) // more digits fail below; no overflow (found by fuzz_json)
                value = value * 10 + (*m_p - '0');
            ++m_p;
        }
        const qsizetype digits = m_p - start;
        if (digits == 0 || digits > 15 || (digits > 1 && *start == '0'))
            return false;
        return true; // a fraction or exponent that follows fails the caller's next eat()
    }
    /// A member name and its colon.
    bool key(const char*& text, qsizetype& size) { return string(text, size) && eat(':'); }

private:
    const char* m_p;
    const char* m_end;
};

bool keyIs(const char* text, qsizetype size, QLatin1StringView name)
{
    return size == name.size() && std::memcmp(text, name.data(), std::size_t(size)) == 0;
}

// Bits of the members seen in one device object.
constexpr unsigned DeviceId = 1U << 0;
constexpr unsigned Status = 1U << 1;
constexpr unsigned ResultReason = 1U << 2;
constexpr unsigned UpdatedTime = 1U << 3;
constexpr unsigned RecentAttemptTime = 1U << 4;
constexpr unsigned NextAttemptTime = 1U << 5;

unsigned deviceMember(const char* text, qsizetype size)
{
    switch (size) {
    case 6:
        return keyIs(text, size, "status"_L1) ? Status : 0U;
    case 8:
        return keyIs(text, size, "deviceId"_L1) ? DeviceId : 0U;
    case 11:
        return keyIs(text, size, "updatedTime"_L1) ? UpdatedTime : 0;
    case 12:
        return keyIs(text, size, "resultReason"_L1) ? ResultReason : 0;
    case 15:
        return keyIs(text, size, "nextAttemptTime"_L1) ? NextAttemptTime : 0;
    case 17:
        return keyIs(text, size, "recentAttemptTime"_L1) ? RecentAttemptTime : 0;
    default:
        return 0;
    }
}

struct Caches
{
    TextCache status;
    TextCache reason;
    std::array<TimestampCache, 3> times;
};

bool readDevice(Scanner& in, Caches& caches, DeviceStatus& out)
{
    if (!in.eat('{'))
        return false;
    unsigned seen = 0;
    do {
        const char* key = nullptr;
        qsizetype keySize = 0;
        if (!in.key(key, keySize))
            return false;
        const unsigned member = deviceMember(key, keySize);
        if (member == 0 || (seen & member))
            return false; // unknown (kept in extra) or repeated: the two steps decide
        seen |= member;
        const char* text = nullptr;
        qsizetype size = 0;
        if (member != DeviceId && member != Status && in.null())
            continue; // an optional member that is null reads as absent
        if (!in.string(text, size))
            return false;
        switch (member) {
        case DeviceId:
            out.deviceId = QString::fromLatin1(text, size);
            break;
        case Status:
            out.status = caches.status.get(text, size);
            break;
        case ResultReason:
            out.resultReason = caches.reason.get(text, size);
            break;
        case UpdatedTime:
            out.updatedTime = caches.times[0].get(text, size);
            break;
        case RecentAttemptTime:
            out.recentAttemptTime = caches.times[1].get(text, size);
            break;
        default:
            out.nextAttemptTime = caches.times[2].get(text, size);
            break;
        }
    } while (in.eat(','));
    return in.eat('}') && (seen & (DeviceId | Status)) == (DeviceId | Status);
}

bool readDeviceList(Scanner& in, qsizetype bodySize, QList<DeviceStatus>& out)
{
    if (!in.eat('['))
        return false;
    // About 235 bytes a device as fotasim writes them: room for most pages at once.
    out.reserve(std::min<qsizetype>(bodySize / 200 + 1, 100'000));
    if (in.eat(']'))
        return true;
    Caches caches;
    do {
        out.emplace_back();
        if (!readDevice(in, caches, out.back()))
            return false;
    } while (in.eat(','));
    return in.eat(']');
}

// Bits of the members seen in the page object.
constexpr unsigned TotalDevice = 1U << 0;
constexpr unsigned HasMoreData = 1U << 1;
constexpr unsigned LastSeenDeviceId = 1U << 2;
constexpr unsigned MaxPageSize = 1U << 3;
constexpr unsigned DeviceList = 1U << 4;

unsigned pageMember(const char* text, qsizetype size)
{
    if (keyIs(text, size, "deviceList"_L1))
        return DeviceList;
    if (keyIs(text, size, "hasMoreData"_L1))
        return HasMoreData;
    if (keyIs(text, size, "maxPageSize"_L1))
        return MaxPageSize;
    if (keyIs(text, size, "totalDevice"_L1))
        return TotalDevice;
    if (keyIs(text, size, "lastSeenDeviceId"_L1))
        return LastSeenDeviceId;
    return 0;
}

} // namespace

std::optional<CampaignDevicePage> readCampaignDevicePageDirect(const QByteArray& body)
{
    Scanner in(body.constData(), body.constData() + body.size());
    CampaignDevicePage page;
    if (!in.eat('{'))
        return std::nullopt;
    unsigned seen = 0;
    if (!in.peek('}')) {
        do {
            const char* key = nullptr;
            qsizetype keySize = 0;
            if (!in.key(key, keySize))
                return std::nullopt;
            const unsigned member = pageMember(key, keySize);
            if (member == 0 || (seen & member))
                return std::nullopt;
            seen |= member;
            bool ok = false;
            switch (member) {
            case TotalDevice: {
                qint64 n = 0;
                ok = in.null() || (in.integer(n) && (page.totalDevice = n, true));
                break;
            }
            case HasMoreData:
                ok = in.boolean(page.hasMoreData);
                break;
            case LastSeenDeviceId: {
                const char* text = nullptr;
                qsizetype size = 0;
                ok = in.null() || (in.string(text, size) &&
                                   (page.lastSeenDeviceId = QString::fromLatin1(text, size), true));
                break;
            }
            case MaxPageSize:
                ok = in.integer(page.maxPageSize);
                break;
            default:
                ok = readDeviceList(in, body.size(), page.deviceList);
                break;
            }
            if (!ok)
                return std::nullopt;
        } while (in.eat(','));
    }
    if (!in.eat('}') || !in.atEnd())
        return std::nullopt;
    if ((seen & (HasMoreData | MaxPageSize | DeviceList)) !=
        (HasMoreData | MaxPageSize | DeviceList))
        return std::nullopt; // a required member is missing: the codec names it
    return page;
}

Decoded<CampaignDevicePage> decodeCampaignDevicePageBody(const QByteArray& body)
{
    if (std::optional<CampaignDevicePage> page = readCampaignDevicePageDirect(body))
        return std::move(*page);
    const Decoded<QJsonValue> json = parseJson(body);
    if (!json.ok())
        return json.error();
    return decodeCampaignDevicePage(json.value(), u"$"_s);
}

} // namespace fotadesk::wire
