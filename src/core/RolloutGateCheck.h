// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/RolloutPlan.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fotadesk {

/// One device of a wave as its campaign's report says it (status, resultReason).
struct WaveDevice
{
    QString deviceId;
    QString status;
    QString reason;
};

/// A gate evaluated on a wave's per-device statuses: the figures it read, whether each passed,
/// and the devices behind a failed one. Pure: the same statuses always give the same result.
struct RolloutGateCheck
{
    struct Figure
    {
        QString code; ///< "minFinalDevices", "minSuccessPercent", "maxFailurePercent"
        double required = 0;
        std::optional<double> actual; ///< nullopt: no device could be counted for it
        bool passed = true;
        QStringList devices; ///< behind a failed figure: the failed or not-final devices
    };

    qint64 total = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;   ///< failed for a reason that counts (the firmware's fault, maybe)
    qint64 excluded = 0; ///< failed for a reason marked "not the firmware's fault"
    qint64 notFinal = 0; ///< pending or in progress
    QList<Figure> figures;
    bool passed = true;

    static RolloutGateCheck evaluate(const RolloutGate& gate, const QList<WaveDevice>& devices);

    /// The first figure that failed (nullptr when the gate passed).
    [[nodiscard]] const Figure* firstFailed() const;
    /// "success 72.0 % < required 90 %" for people (English: fotactl output and the audit log).
    [[nodiscard]] static QString describe(const Figure& figure);
    /// Everything above, for the workspace and --json.
    [[nodiscard]] QJsonObject toJson() const;
    static RolloutGateCheck fromJson(const QJsonObject& json);

    /// A device counts as failed (not succeeded, final)? Cancelled devices count as failed.
    static bool isFailed(const WaveDevice& device);
    static bool isSucceeded(const WaveDevice& device);
    /// `device` failed with a reason among `reasons` (case-insensitive, part of its status or
    /// reason).
    static bool matches(const WaveDevice& device, const QStringList& reasons);
};

} // namespace fotadesk
