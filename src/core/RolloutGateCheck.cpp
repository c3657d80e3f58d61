// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/RolloutGateCheck.h"

#include "core/StatusGroup.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

bool RolloutGateCheck::isSucceeded(const WaveDevice& device)
{
    return StatusClassifier::deviceStatusGroup(device.status, device.reason) ==
           StatusGroup::Succeeded;
}

bool RolloutGateCheck::isFailed(const WaveDevice& device)
{
    const StatusGroup g = StatusClassifier::deviceStatusGroup(device.status, device.reason);
    return g == StatusGroup::Failed || g == StatusGroup::Cancelled || g == StatusGroup::Ended;
}

bool RolloutGateCheck::matches(const WaveDevice& device, const QStringList& reasons)
{
    for (const QString& r : reasons) {
        if (device.reason.contains(r, Qt::CaseInsensitive) ||
            device.status.contains(r, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

RolloutGateCheck RolloutGateCheck::evaluate(const RolloutGate& gate,
                                            const QList<WaveDevice>& devices)
{
    RolloutGateCheck c;
    c.total = devices.size();
    QStringList failedIds;
    QStringList openIds;
    for (const WaveDevice& d : devices) {
        if (isSucceeded(d)) {
            ++c.succeeded;
        } else if (isFailed(d)) {
            if (matches(d, gate.excludedReasons)) {
                ++c.excluded;
            } else {
                ++c.failed;
                failedIds << d.deviceId;
            }
        } else {
            ++c.notFinal;
            openIds << d.deviceId;
        }
    }
    const qint64 final = c.succeeded + c.failed + c.excluded;
    const qint64 counted = c.succeeded + c.failed; // excluded reasons are neither
    const auto percent = [counted](qint64 n) -> std::optional<double> {
        if (counted == 0)
            return std::nullopt;
        return 100.0 * double(n) / double(counted);
    };
    if (gate.minFinalDevices > 0) {
        // A wave smaller than the figure (a retry wave of a few devices) needs all of them.
        const qint64 required = std::min(gate.minFinalDevices, c.total);
        Figure f{u"minFinalDevices"_s, double(required), double(final), true, {}};
        f.passed = final >= required;
        if (!f.passed)
            f.devices = openIds;
        c.figures << f;
    }
    if (gate.minSuccessPercent) {
        Figure f{u"minSuccessPercent"_s, *gate.minSuccessPercent, percent(c.succeeded), true, {}};
        f.passed = f.actual && *f.actual + 1e-9 >= *gate.minSuccessPercent;
        if (!f.passed)
            f.devices = failedIds;
        c.figures << f;
    }
    if (gate.maxFailurePercent) {
        Figure f{u"maxFailurePercent"_s, *gate.maxFailurePercent, percent(c.failed), true, {}};
        f.passed = f.actual && *f.actual <= *gate.maxFailurePercent + 1e-9;
        if (!f.passed)
            f.devices = failedIds;
        c.figures << f;
    }
    for (const Figure& f : std::as_const(c.figures))
        c.passed = c.passed && f.passed;
    return c;
}

const RolloutGateCheck::Figure* RolloutGateCheck::firstFailed() const
{
    for (const Figure& f : figures) {
        if (!f.passed)
            return &f;
    }
    return nullptr;
}

QString RolloutGateCheck::describe(const Figure& f)
{
    const QString actual =
        f.actual ? QString::number(*f.actual, 'f', f.code == u"minFinalDevices" ? 0 : 1)
                 : u"n/a (no device counted)"_s;
    const QString mark = f.passed ? u"ok"_s : u"FAILED"_s;
    if (f.code == u"minFinalDevices")
        return u"devices in a final state: %1, required at least %2 (%3)"_s.arg(actual)
            .arg(f.required, 0, 'f', 0)
            .arg(mark);
    if (f.code == u"minSuccessPercent")
        return u"success rate: %1 %, required at least %2 % (%3)"_s.arg(actual)
            .arg(f.required)
            .arg(mark);
    return u"failure rate: %1 %, allowed at most %2 % (%3)"_s.arg(actual).arg(f.required).arg(mark);
}

QJsonObject RolloutGateCheck::toJson() const
{
    QJsonArray list;
    for (const Figure& f : figures) {
        QJsonObject o{{u"code"_s, f.code},
                      {u"required"_s, f.required},
                      {u"passed"_s, f.passed},
                      {u"devices"_s, QJsonArray::fromStringList(f.devices)}};
        o.insert(u"actual"_s, f.actual ? QJsonValue(*f.actual) : QJsonValue());
        list.append(o);
    }
    return {{u"total"_s, total},       {u"succeeded"_s, succeeded}, {u"failed"_s, failed},
            {u"excluded"_s, excluded}, {u"notFinal"_s, notFinal},   {u"figures"_s, list},
            {u"passed"_s, passed}};
}

RolloutGateCheck RolloutGateCheck::fromJson(const QJsonObject& json)
{
    RolloutGateCheck c;
    c.total = json.value(u"total"_s).toInteger();
    c.succeeded = json.value(u"succeeded"_s).toInteger();
    c.failed = json.value(u"failed"_s).toInteger();
    c.excluded = json.value(u"excluded"_s).toInteger();
    c.notFinal = json.value(u"notFinal"_s).toInteger();
    c.passed = json.value(u"passed"_s).toBool();
    for (const QJsonValue& v : json.value(u"figures"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Figure f;
        f.code = o.value(u"code"_s).toString();
        f.required = o.value(u"required"_s).toDouble();
        if (o.value(u"actual"_s).isDouble())
            f.actual = o.value(u"actual"_s).toDouble();
        f.passed = o.value(u"passed"_s).toBool();
        for (const QJsonValue& d : o.value(u"devices"_s).toArray())
            f.devices << d.toString();
        c.figures << f;
    }
    return c;
}

} // namespace fotadesk
