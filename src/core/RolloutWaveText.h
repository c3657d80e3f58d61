// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/RolloutPlan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fotadesk {

/// A rollout's waves typed on one line, as the app's New rollout form takes them:
/// "pilot 20, 10 %, 25 %, rest". Waves are separated by commas, semicolons or line breaks;
/// each has exactly one size (a number of devices, a percentage of the devices that remain,
/// or "rest" for the last one), an optional name (the other words) and optional own dates
/// ("from 2026-12-10", "3 days"). The keywords are English or the program's language.
struct RolloutWaveText
{
    QList<RolloutWave> waves;
    QStringList errors; ///< one sentence each, naming the wave and how to fix it

    static RolloutWaveText parse(const QString& text);
    /// The text parse() reads back as `waves` (names, sizes and own dates).
    static QString format(const QList<RolloutWave>& waves);
};

} // namespace fotadesk
