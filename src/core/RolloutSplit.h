// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/RolloutPlan.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fotadesk {

/// Which device goes in which wave. Deterministic: the checked list in its own order, cut in
/// the plan's order, each wave's size taken from the devices that remain after the waves
/// before it (a percentage rounded up, at least one device). Refused devices of the pre-flight
/// check never enter a wave; no device is in two; the union is exactly the accepted list.
struct RolloutSplit
{
    QList<QStringList> waves;
    QStringList errors; ///< e.g. "wave 3 would be empty" (then waves is empty)

    /// `checked` is the device list in file order; `refused` the devices the pre-flight check
    /// refused (left out). Duplicates of `checked` count once (their first place).
    static RolloutSplit split(const RolloutPlan& plan, const QStringList& checked,
                              const QSet<QString>& refused = {});
    /// The size of one wave out of `remaining` devices.
    static qint64 sizeOf(const RolloutWave& wave, qint64 remaining);
};

} // namespace fotadesk
