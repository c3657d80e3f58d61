// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/RolloutSplit.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::RolloutPlan)
};

} // namespace

qint64 RolloutSplit::sizeOf(const RolloutWave& wave, qint64 remaining)
{
    if (remaining <= 0)
        return 0;
    if (wave.rest)
        return remaining;
    if (wave.count)
        return std::min(*wave.count, remaining);
    if (wave.percent) {
        // Rounded up (and a small tolerance for 33.333 % of 3): a wave of a few devices is
        // never zero.
        const double exact = double(remaining) * *wave.percent / 100.0;
        const auto size = qint64(std::ceil(exact - 1e-9));
        return std::clamp<qint64>(size, 1, remaining);
    }
    return 0;
}

RolloutSplit RolloutSplit::split(const RolloutPlan& plan, const QStringList& checked,
                                 const QSet<QString>& refused)
{
    RolloutSplit result;
    QStringList accepted;
    QSet<QString> seen;
    for (const QString& id : checked) {
        if (refused.contains(id) || seen.contains(id))
            continue;
        seen.insert(id);
        accepted << id;
    }
    if (accepted.isEmpty()) {
        result.errors << Tr::tr("No device passed the pre-flight check: there is nothing to roll "
                                "out.");
        return result;
    }
    qsizetype next = 0;
    for (qsizetype i = 0; i < plan.waves.size(); ++i) {
        const qint64 size = sizeOf(plan.waves.at(i), accepted.size() - next);
        if (size == 0) {
            result.errors << Tr::tr("%1 would be empty: the waves before it take every device. "
                                    "Remove it or make the waves before it smaller.")
                                 .arg(plan.waveLabel(i));
            continue;
        }
        result.waves << accepted.mid(next, size);
        next += size;
    }
    if (next < accepted.size())
        result.errors << Tr::tr("%1 devices would be in no wave; make the last wave "
                                "{\"rest\": true} or add a wave.")
                             .arg(accepted.size() - next);
    if (!result.errors.isEmpty())
        result.waves.clear();
    return result;
}

} // namespace fotadesk
