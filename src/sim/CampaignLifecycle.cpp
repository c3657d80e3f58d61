// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/CampaignLifecycle.h"

#include <QDateTime>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 24 * HourMs;

quint64 mix(quint64 x)
{
    // splitmix64 finaliser
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 hashOf(const SimCampaign& c, const CampaignDevice& d, quint64 salt)
{
    return mix(c.seed ^ mix(d.imei.value() ^ mix(salt)));
}

double unit(quint64 h)
{
    return static_cast<double>(h >> 11) * (1.0 / 9007199254740992.0);
}

qint64 dayStartMs(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 floorDay(qint64 ms)
{
    return ms - (((ms % DayMs) + DayMs) % DayMs);
}

struct Occurrence
{
    qint64 begin = 0;
    qint64 end = 0;
};

/// The first window occurrence that ends after t (begin clipped to t).
Occurrence nextWindow(qint64 t, const QList<TimeWindow>& windows)
{
    static const QList<TimeWindow> wholeDay{TimeWindow{0, 24}};
    const QList<TimeWindow>& list = windows.isEmpty() ? wholeDay : windows;
    const qint64 day0 = floorDay(t);
    for (int d = 0; d < 3; ++d) {
        Occurrence best{-1, -1};
        for (const TimeWindow& w : list) {
            const qint64 begin = day0 + d * DayMs + w.startTime * HourMs;
            const qint64 end = day0 + d * DayMs + w.endTime * HourMs;
            if (end <= t)
                continue;
            if (best.begin < 0 || begin < best.begin)
                best = {std::max(begin, t), end};
        }
        if (best.begin >= 0)
            return best;
    }
    return {t, t + HourMs}; // unreachable with valid windows
}

struct Timeline
{
    std::array<qint64, CampaignLifecycle::MaxAttempts> at{};
    std::array<qint64, CampaignLifecycle::MaxAttempts> duration{};
    int successAttempt = -1; ///< -1: every attempt fails
    QString finalReason;
};

const std::array<QString, 4>& failureReasons()
{
    static const std::array<QString, 4> reasons{
        u"Download failed: device unreachable"_s,
        u"Install failed: battery too low"_s,
        u"Firmware package verification failed"_s,
        u"Device rejected the firmware package"_s,
    };
    return reasons;
}

Timeline timeline(const SimCampaign& c, const CampaignDevice& d)
{
    Timeline t;
    qint64 base = std::max(CampaignLifecycle::startInstantMs(c), d.addedAtMs);
    for (int k = 0; k < CampaignLifecycle::MaxAttempts; ++k) {
        const Occurrence w = nextWindow(base, c.timeWindows);
        const quint64 h = hashOf(c, d, 100 + static_cast<quint64>(k));
        const qint64 span = std::max<qint64>(60'000, w.end - w.begin);
        t.at[static_cast<size_t>(k)] =
            w.begin + static_cast<qint64>(h % static_cast<quint64>(span));
        t.duration[static_cast<size_t>(k)] = (5 + static_cast<qint64>((h >> 32) % 26)) * 60'000;
        base = floorDay(t.at[static_cast<size_t>(k)]) + DayMs;
    }
    const bool fails = unit(hashOf(c, d, 1)) < c.failureRate;
    if (!fails) {
        const quint64 r = hashOf(c, d, 2) % 20;
        t.successAttempt = r < 16 ? 0 : (r < 19 ? 1 : 2);
    }
    t.finalReason = failureReasons()[hashOf(c, d, 3) % failureReasons().size()];
    return t;
}

} // namespace

qint64 CampaignLifecycle::startInstantMs(const SimCampaign& c)
{
    return std::max(dayStartMs(c.startDate), c.createdAtMs + MinQueueMs);
}

qint64 CampaignLifecycle::endInstantMs(const SimCampaign& c)
{
    return dayStartMs(c.endDate.addDays(1));
}

bool CampaignLifecycle::hasStarted(const SimCampaign& c, qint64 nowMs)
{
    return nowMs >= startInstantMs(c);
}

QString CampaignLifecycle::status(const SimCampaign& c, qint64 nowMs)
{
    if (!c.fixedStatus.isEmpty())
        return c.fixedStatus;
    if (c.cancelledAtMs != 0)
        return c.cancelStatus;
    if (nowMs < c.createdAtMs + PendingMs && c.datesChangedAtMs == 0)
        return status::Pending;
    if (nowMs < startInstantMs(c))
        return status::Queued;
    if (nowMs < endInstantMs(c))
        return status::Scheduled;
    return status::Ended;
}

bool CampaignLifecycle::isTerminal(const QString& s)
{
    return s == status::Ended || s == status::Cancelled || s == status::Aborted ||
           s == status::Failed || s == status::RequestFailed;
}

QString CampaignLifecycle::joinReason(JoinResult join)
{
    switch (join) {
    case JoinResult::Ok:
        return {};
    case JoinResult::DeviceNotFound:
        return u"Device does not exist."_s;
    case JoinResult::NoLicense:
        return u"No license attached to device"_s;
    case JoinResult::ModelMismatch:
        return u"Device make/model does not match the firmware package"_s;
    case JoinResult::FirmwareMismatch:
        return u"Device firmware does not match firmwareFrom"_s;
    case JoinResult::NotEligible:
        return u"Device is not eligible for FOTA"_s;
    case JoinResult::ProtocolMismatch:
        return u"Device protocol does not match the firmware package"_s;
    }
    return {};
}

namespace {

/// "YYYY-MM-DD?hh:mm:ss.zzz" for a UTC instant, without QDateTime formatting
/// (this runs three times per device row of a 100,000-device report).
QString formatUtc(qint64 ms, char16_t separator)
{
    qint64 days = ms / DayMs;
    qint64 rest = ms % DayMs;
    if (rest < 0) {
        rest += DayMs;
        --days;
    }
    // H. Hinnant's civil_from_days.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = static_cast<qint64>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
    const auto hh = static_cast<int>(rest / HourMs);
    const auto mm = static_cast<int>(rest / 60'000 % 60);
    const auto ss = static_cast<int>(rest / 1000 % 60);
    const auto zzz = static_cast<int>(rest % 1000);
    QString out(23, Qt::Uninitialized);
    char16_t* p = reinterpret_cast<char16_t*>(out.data());
    const auto put = [&p](qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            p[i] = static_cast<char16_t>(u'0' + value % 10);
            value /= 10;
        }
        p += digits;
    };
    put(y, 4);
    *p++ = u'-';
    put(m, 2);
    *p++ = u'-';
    put(d, 2);
    *p++ = separator;
    put(hh, 2);
    *p++ = u':';
    put(mm, 2);
    *p++ = u':';
    put(ss, 2);
    *p++ = u'.';
    put(zzz, 3);
    return out;
}

} // namespace

Timestamp CampaignLifecycle::isoTimestamp(qint64 ms)
{
    Timestamp t;
    t.utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    t.raw = formatUtc(ms, u'T') + u'Z';
    return t;
}

Timestamp CampaignLifecycle::goTimestamp(qint64 ms)
{
    Timestamp t;
    t.utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    t.raw = formatUtc(ms, u' ') + u" +0000 UTC"_s;
    return t;
}

bool CampaignLifecycle::upgraded(const SimCampaign& c, const CampaignDevice& d, qint64 nowMs)
{
    if (d.join != JoinResult::Ok || !c.fixedStatus.isEmpty())
        return false;
    const Timeline t = timeline(c, d);
    if (t.successAttempt < 0)
        return false;
    const auto k = static_cast<size_t>(t.successAttempt);
    qint64 stop = endInstantMs(c);
    if (c.cancelledAtMs != 0)
        stop = std::min(stop, c.cancelledAtMs);
    return t.at[k] < stop && nowMs >= t.at[k] + t.duration[k];
}

wire::DeviceStatus CampaignLifecycle::deviceStatus(const SimCampaign& c, const CampaignDevice& d,
                                                   qint64 nowMs)
{
    wire::DeviceStatus s;
    s.deviceId = d.imei.toString();
    if (d.join != JoinResult::Ok) {
        s.status = status::UpgradeFailed;
        s.resultReason = joinReason(d.join);
        s.updatedTime = isoTimestamp(d.addedAtMs);
        return s;
    }
    qint64 stop = endInstantMs(c);
    QString stopStatus = status::UpgradeFailed;
    QString stopReason = u"Campaign ended before the device was upgraded"_s;
    if (!c.fixedStatus.isEmpty() && c.fixedStatus != status::RequestFailed &&
        c.fixedStatus != status::Failed) {
        // Held in Pending/PreScheduled: nothing happens to the devices yet.
        s.status = status::UpgradePending;
        s.updatedTime = isoTimestamp(d.addedAtMs);
        return s;
    }
    if (!c.fixedStatus.isEmpty()) {
        stop = c.createdAtMs;
        stopReason = c.fixedStatus == status::RequestFailed ? u"Campaign request failed"_s
                                                            : u"Campaign failed"_s;
    } else if (c.cancelledAtMs != 0 && c.cancelledAtMs < stop) {
        stop = c.cancelledAtMs;
        stopStatus = status::UpgradeCancelled;
        stopReason =
            c.cancelStatus == status::Aborted ? u"Campaign aborted"_s : u"Campaign cancelled"_s;
    }

    const Timeline t = timeline(c, d);
    qint64 updated = d.addedAtMs;
    qint64 recent = 0;
    QString reason;
    for (int k = 0; k < MaxAttempts; ++k) {
        const auto i = static_cast<size_t>(k);
        const qint64 at = t.at[i];
        if (at >= stop) {
            if (nowMs >= stop) {
                s.status = stopStatus;
                s.resultReason = stopReason;
                s.updatedTime = isoTimestamp(stop);
            } else {
                s.status = status::UpgradePending;
                s.resultReason = reason;
                s.updatedTime = isoTimestamp(updated);
            }
            if (recent != 0)
                s.recentAttemptTime = goTimestamp(recent);
            return s;
        }
        if (nowMs < at) {
            s.status = status::UpgradePending;
            s.resultReason = reason;
            s.updatedTime = isoTimestamp(updated);
            if (recent != 0)
                s.recentAttemptTime = goTimestamp(recent);
            s.nextAttemptTime = goTimestamp(at);
            return s;
        }
        const qint64 done = at + t.duration[i];
        if (nowMs < done) {
            s.status = nowMs < at + t.duration[i] / 2 ? status::DownloadInProgress
                                                      : status::InstallInProgress;
            s.resultReason = reason;
            s.updatedTime = isoTimestamp(at);
            s.recentAttemptTime = goTimestamp(at);
            return s;
        }
        recent = at;
        updated = done;
        if (k == t.successAttempt) {
            s.status = status::UpgradeSuccess;
            s.resultReason = u"DownloadInstallSucceeded"_s;
            s.updatedTime = isoTimestamp(done);
            s.recentAttemptTime = goTimestamp(at);
            return s;
        }
        if (k == MaxAttempts - 1) {
            s.status = status::UpgradeFailed;
            s.resultReason = t.finalReason;
            s.updatedTime = isoTimestamp(done);
            s.recentAttemptTime = goTimestamp(at);
            return s;
        }
        reason = u"Attempt %1 failed: device unreachable; retrying in the next window"_s.arg(k + 1);
    }
    return s;
}

} // namespace fotadesk::sim
