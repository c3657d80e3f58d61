// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/RolloutGateCheck.h"
#include "store/Rollout.h"

#include <QCoreApplication>
#include <QString>

namespace fotadesk {

/// A rollout's state, a gate's figures and a step's name for people (translated).
class RolloutText final
{
    Q_DECLARE_TR_FUNCTIONS(RolloutText)

public:
    /// "running", "waiting for gate", "waiting for approval", "held: <why>", "paused", …
    static QString state(const RolloutRecord& r);
    /// The wave that runs or ran last (0: none yet).
    static int currentWave(const RolloutRecord& r);
    /// "pilot (wave 1)" / "wave 3, retry of wave 1".
    static QString waveTitle(const RolloutRecord& r, const RolloutWaveRecord& w);
    /// "Success rate 72.0 %: at least 90 % required".
    static QString figure(const RolloutGateCheck::Figure& f);
    /// The plan's four-eyes approval: "approved by … on …", "not approved (required)", "".
    static QString approval(const RolloutRecord& r);
    /// A step of the history in words ("wave-journaled" -> "Wave's create journaled"); an
    /// unknown step as it is recorded.
    static QString eventKind(const QString& kind);
};

} // namespace fotadesk
