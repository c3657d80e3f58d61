// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/rollouts/RolloutText.h"

#include "core/DisplayFormat.h"
#include "workflow/RolloutAdvance.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fotadesk {

QString RolloutText::state(const RolloutRecord& r)
{
    using S = RolloutRecord::State;
    if (r.paused && r.state != S::Done && r.state != S::Aborted)
        return tr("paused");
    switch (r.state) {
    case S::Ready:
        if (r.plan.requireApproval && r.approvedHash != r.planHash)
            return tr("waiting for the plan's approval");
        return tr("ready");
    case S::Running:
        return tr("running");
    case S::WaitingSoak:
        return tr("waiting for gate");
    case S::WaitingApproval:
        return tr("waiting for approval");
    case S::Held: {
        // The failing figure, short (the engine's reason lists every device behind it).
        for (const RolloutWaveRecord& w : r.waves) {
            if (w.state == RolloutWaveRecord::State::Failed && w.gate && w.gate->firstFailed())
                return tr("held: %1").arg(figure(*w.gate->firstFailed()));
        }
        return r.stateReason.isEmpty() ? tr("held") : tr("held: %1").arg(r.stateReason.left(120));
    }
    case S::Done:
        return tr("done");
    case S::Aborted:
        return tr("aborted");
    }
    return {};
}

int RolloutText::currentWave(const RolloutRecord& r)
{
    int current = 0;
    for (int number : RolloutAdvance::runOrder(r)) {
        const RolloutWaveRecord* w = r.wave(number);
        if (w && w->state != RolloutWaveRecord::State::Planned)
            current = number;
    }
    return current;
}

QString RolloutText::waveTitle(const RolloutRecord& r, const RolloutWaveRecord& w)
{
    if (w.retryOf != 0)
        return tr("Wave %1: retry of wave %2").arg(w.number).arg(w.retryOf);
    const RolloutWave* planned =
        w.number - 1 < r.plan.waves.size() ? &r.plan.waves.at(w.number - 1) : nullptr;
    if (planned && !planned->name.isEmpty())
        return tr("Wave %1: %2").arg(w.number).arg(planned->name);
    return tr("Wave %1").arg(w.number);
}

QString RolloutText::figure(const RolloutGateCheck::Figure& f)
{
    const QLocale locale;
    const QString actual =
        f.actual ? locale.toString(*f.actual, 'f', f.code == u"minFinalDevices" ? 0 : 1)
                 : tr("no device counted");
    if (f.code == u"minFinalDevices")
        return tr("Devices in a final state: %1 (at least %2 required)")
            .arg(actual, locale.toString(f.required, 'f', 0));
    if (f.code == u"minSuccessPercent")
        return tr("Success rate: %1 % (at least %2 % required)")
            .arg(actual, locale.toString(f.required));
    return tr("Failure rate: %1 % (at most %2 % allowed)").arg(actual, locale.toString(f.required));
}

QString RolloutText::approval(const RolloutRecord& r)
{
    if (!r.approvedBy.isEmpty() && r.approvedHash == r.planHash)
        return tr("Plan approved by %1 on %2")
            .arg(r.approvedBy, DisplayFormat::dateTime(r.approvedUtc.toLocalTime()));
    if (r.plan.requireApproval)
        return tr("Plan not approved yet (a second engineer must approve it)");
    return {};
}

QString RolloutText::eventKind(const QString& kind)
{
    static const QHash<QString, const char*> words{
        {u"created"_s, QT_TR_NOOP("Created")},
        {u"plan-approved"_s, QT_TR_NOOP("Plan approved")},
        {u"wave-journaled"_s, QT_TR_NOOP("Wave's create written down")},
        {u"wave-started"_s, QT_TR_NOOP("Wave started")},
        {u"wave-found"_s, QT_TR_NOOP("Wave's campaign found")},
        {u"wave-not-created"_s, QT_TR_NOOP("Wave's campaign not created")},
        {u"wave-refused"_s, QT_TR_NOOP("Wave refused")},
        {u"wave-ended"_s, QT_TR_NOOP("Wave ended")},
        {u"wave-cancelled"_s, QT_TR_NOOP("Wave cancelled")},
        {u"running"_s, QT_TR_NOOP("Running")},
        {u"waiting"_s, QT_TR_NOOP("Waiting")},
        {u"gate-passed"_s, QT_TR_NOOP("Gate passed")},
        {u"gate-failed"_s, QT_TR_NOOP("Gate failed")},
        {u"gate-approved"_s, QT_TR_NOOP("Next wave approved")},
        {u"gate-overridden"_s, QT_TR_NOOP("Failed gate overridden")},
        {u"held"_s, QT_TR_NOOP("Held")},
        {u"paused"_s, QT_TR_NOOP("Paused")},
        {u"resumed"_s, QT_TR_NOOP("Resumed")},
        {u"aborted"_s, QT_TR_NOOP("Aborted")},
        {u"retry-checked"_s, QT_TR_NOOP("Retry checked")},
        {u"retry-failed"_s, QT_TR_NOOP("Retry of failed devices")},
        {u"retry-wave-added"_s, QT_TR_NOOP("Retry wave added")},
        {u"done"_s, QT_TR_NOOP("Done")},
    };
    const auto it = words.constFind(kind);
    return it == words.constEnd() ? kind : tr(*it);
}

} // namespace fotadesk
