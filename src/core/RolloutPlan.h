// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/TimeWindow.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace fotadesk {

/// When a wave's campaign runs. Every member is optional: a wave's own schedule falls back to
/// the rollout's, that one to "from the day the wave starts, for one day, any hour".
struct RolloutSchedule
{
    std::optional<QDate> startDate;           ///< the earliest start (never before the wave is due)
    std::optional<QDate> endDate;             ///< a fixed last day (wins over durationDays)
    std::optional<int> durationDays;          ///< days the campaign runs, counted from its start
    std::optional<QList<TimeWindow>> windows; ///< daily UTC hours; empty: any hour
    /// Daily hours in each device's LOCAL time (a window across midnight is split as
    /// TimeWindowList::splitAcrossMidnight() does): the wave becomes one campaign per time-zone
    /// band (RolloutBands). Never set together with `windows` in one schedule.
    std::optional<QList<TimeWindow>> localWindows;

    /// This schedule with the members it lacks taken from `fallback`.
    [[nodiscard]] RolloutSchedule over(const RolloutSchedule& fallback) const;
};

/// The figures a gate requires of the wave before it (docs/rollouts.md). A figure not set is
/// not checked.
struct RolloutGate
{
    /// Devices in a final state (succeeded or failed); a smaller wave needs all of its devices.
    qint64 minFinalDevices = 0;
    std::optional<double> minSuccessPercent; ///< of the final devices
    std::optional<double> maxFailurePercent; ///< of the final devices, excluded reasons left out
    /// Failure reasons that are not the firmware's fault (matched case-insensitively as part of
    /// the device's status or reason): they count neither as success nor as failure.
    QStringList excludedReasons;
    qint64 soakSeconds = 0; ///< wait after the wave's campaign ended
    friend bool operator==(const RolloutGate&, const RolloutGate&) = default;
};

/// One wave: a number of devices or a percentage of the devices that remain after the waves
/// before it (`rest`: all of them).
struct RolloutWave
{
    QString name; ///< optional label ("pilot")
    std::optional<qint64> count;
    std::optional<double> percent;
    bool rest = false;
    RolloutSchedule schedule;        ///< its own dates and windows (over the rollout's)
    std::optional<RolloutGate> gate; ///< the gate after this wave (else the rollout's)
};

struct RolloutPlanParsed;

/// A rollout plan file (docs/rollouts.md): the firmware as `fotactl campaign create` takes it,
/// a device list file, the default schedule, ordered waves, the gates between them, and whether
/// a gate that passes starts the next wave by itself. Parsed strictly: an unknown member, a
/// wrong type or a value out of range is an error naming where it is and how to fix it.
struct RolloutPlan
{
    QString name;
    QString firmwareName;
    QString firmwareFrom; ///< empty: the package's
    QString firmwareTo;   ///< empty: the package's
    QString protocol;     ///< empty: the package's
    QString devicesFile;  ///< as written in the plan (relative to the plan file)
    bool autoAssignLicense = false;
    RolloutSchedule schedule;
    QList<RolloutWave> waves;
    RolloutGate gate;             ///< between every two waves unless a wave sets its own
    QStringList retryableReasons; ///< what retry-failed takes again (empty: every failure)
    bool autoAdvance = true;      ///< false: every passed gate waits for `rollout approve-gate`
    bool requireApproval = false; ///< the plan must be approved (four eyes) before it starts
    /// Site name -> time zone (IANA or offset), for a device list with a "site" column.
    QMap<QString, QString> sites;
    QString defaultZone; ///< the zone of a device without one (empty: such a device is an error)

    /// Parses a plan file's bytes; `fileName` only names it in errors.
    static RolloutPlanParsed parse(const QByteArray& json, const QString& fileName);

    /// The gate after wave `index` (0-based).
    [[nodiscard]] RolloutGate gateAfter(qsizetype index) const;
    /// Wave `index`'s schedule over the rollout's.
    [[nodiscard]] RolloutSchedule scheduleOf(qsizetype index) const;
    /// "pilot" or "wave 2" (1-based), for people.
    [[nodiscard]] QString waveLabel(qsizetype index) const;
    /// The campaign name of wave `number` (1-based): "<rollout> — wave N"; with a time-zone
    /// band: "<rollout> — wave N (UTC+01:00)".
    [[nodiscard]] QString campaignName(int number, const QString& band = {}) const;
    /// Some wave's schedule asks for local windows: the device list must give time zones.
    [[nodiscard]] bool usesLocalWindows() const;

    /// Canonical JSON (every member, fixed order of keys by QJsonDocument's sorting): what is
    /// stored and hashed. parse(toJson()) gives the same plan.
    [[nodiscard]] QJsonObject toJson() const;
    /// SHA-256 (hex) of the canonical JSON and the checked device list (and, for a plan with
    /// local windows, each device's zone): any change of either changes it (an approval is for
    /// exactly this hash). Without zones the hash is what it was before zones existed.
    [[nodiscard]] QString hash(const QStringList& devices,
                               const QHash<QString, QString>& zones = {}) const;
};

/// What RolloutPlan::parse() made of a file: the plan, or every error in it.
struct RolloutPlanParsed
{
    std::optional<RolloutPlan> plan;
    QStringList errors; ///< "file:line:column: what" / "file: waves[2].percent: what, how to fix"
};

} // namespace fotadesk
