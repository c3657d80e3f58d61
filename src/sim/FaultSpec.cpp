// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/FaultSpec.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::FaultSpec", text);
}

bool parseProbability(const QString& value, double* out)
{
    bool ok = false;
    const double p = value.toDouble(&ok);
    if (!ok || p < 0.0 || p > 1.0)
        return false;
    *out = p;
    return true;
}

bool parseFlag(const QString& value, bool* out)
{
    if (value.isEmpty() || value == u"1"_s || value == u"true"_s || value == u"on"_s) {
        *out = true;
        return true;
    }
    if (value == u"0"_s || value == u"false"_s || value == u"off"_s) {
        *out = false;
        return true;
    }
    return false;
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

std::optional<FaultSpec> FaultSpec::parse(const QString& text, QString* error)
{
    FaultSpec spec;
    QString compact = text;
    compact.remove(u' ');
    if (compact.isEmpty() || compact == u"none"_s)
        return spec;
    const QStringList items = compact.split(u',', Qt::SkipEmptyParts);
    for (const QString& item : items) {
        const qsizetype eq = item.indexOf(u'=');
        const QString key = eq < 0 ? item : item.left(eq);
        const QString value = eq < 0 ? QString() : item.mid(eq + 1);
        bool ok = true;
        if (key == u"latency"_s) {
            const QStringList range = value.split(u'-');
            bool ok1 = false;
            bool ok2 = true;
            const int lo = range.value(0).toInt(&ok1);
            const int hi = range.size() == 2 ? range.value(1).toInt(&ok2) : lo;
            ok = ok1 && ok2 && range.size() <= 2 && lo >= 0 && hi >= lo && hi <= 600000;
            spec.latencyMinMs = lo;
            spec.latencyMaxMs = hi;
        } else if (key == u"error500"_s) {
            ok = parseProbability(value, &spec.error500);
        } else if (key == u"error502"_s) {
            ok = parseProbability(value, &spec.error502);
        } else if (key == u"error503"_s) {
            ok = parseProbability(value, &spec.error503);
        } else if (key == u"429"_s || key == u"error429"_s) {
            ok = parseProbability(value, &spec.tooMany);
        } else if (key == u"retryAfter"_s) {
            spec.retryAfterSeconds = value.toInt(&ok);
            ok = ok && spec.retryAfterSeconds >= 0 && spec.retryAfterSeconds <= 3600;
        } else if (key == u"drop"_s) {
            ok = parseProbability(value, &spec.drop);
        } else if (key == u"tokenExpiry"_s) {
            ok = parseProbability(value, &spec.tokenExpiry);
        } else if (key == u"brokenOrder"_s) {
            ok = parseFlag(value, &spec.brokenOrder);
        } else if (key == u"unknownCursor"_s) {
            ok = value == u"restart"_s || value == u"reject"_s || value == u"accept"_s;
            spec.unknownCursor = value == u"restart"_s  ? UnknownCursor::Restart
                                 : value == u"reject"_s ? UnknownCursor::Reject
                                                        : UnknownCursor::Accept;
        } else if (key == u"scope"_s) {
            ok = value == u"fota"_s || value == u"all"_s;
            spec.includeAuth = value == u"all"_s;
        } else if (key == u"seed"_s) {
            const quint64 seed = value.toULongLong(&ok);
            if (ok)
                spec.seed = seed;
        } else {
            if (error)
                *error =
                    tr("unknown fault '%1' (known: latency, error500, error502, error503, 429, "
                       "retryAfter, drop, tokenExpiry, brokenOrder, unknownCursor, scope, "
                       "seed)")
                        .arg(key);
            return std::nullopt;
        }
        if (!ok) {
            if (error)
                *error = tr("bad value in fault item '%1' (latency=MS or MIN-MAX; probabilities "
                            "0..1; retryAfter=seconds; brokenOrder=1|0; "
                            "unknownCursor=restart|reject|accept; "
                            "scope=fota|all)")
                             .arg(item);
            return std::nullopt;
        }
    }
    const double sum =
        spec.error500 + spec.error502 + spec.error503 + spec.tooMany + spec.drop + spec.tokenExpiry;
    if (sum > 1.0 + 1e-9) {
        if (error)
            *error = tr("the fault probabilities add up to %1, more than 1").arg(number(sum));
        return std::nullopt;
    }
    return spec;
}

bool FaultSpec::isNone() const
{
    return latencyMaxMs == 0 && error500 == 0 && error502 == 0 && error503 == 0 && tooMany == 0 &&
           drop == 0 && tokenExpiry == 0 && !brokenOrder && unknownCursor == UnknownCursor::Accept;
}

QString FaultSpec::toString() const
{
    QStringList items;
    if (latencyMaxMs > 0) {
        items << (latencyMinMs == latencyMaxMs
                      ? u"latency=%1"_s.arg(latencyMinMs)
                      : u"latency=%1-%2"_s.arg(latencyMinMs).arg(latencyMaxMs));
    }
    if (error500 > 0)
        items << u"error500="_s + number(error500);
    if (error502 > 0)
        items << u"error502="_s + number(error502);
    if (error503 > 0)
        items << u"error503="_s + number(error503);
    if (tooMany > 0)
        items << u"429="_s + number(tooMany) << u"retryAfter=%1"_s.arg(retryAfterSeconds);
    if (drop > 0)
        items << u"drop="_s + number(drop);
    if (tokenExpiry > 0)
        items << u"tokenExpiry="_s + number(tokenExpiry);
    if (brokenOrder)
        items << u"brokenOrder=1"_s;
    if (unknownCursor == UnknownCursor::Restart)
        items << u"unknownCursor=restart"_s;
    else if (unknownCursor == UnknownCursor::Reject)
        items << u"unknownCursor=reject"_s;
    if (includeAuth)
        items << u"scope=all"_s;
    if (seed)
        items << u"seed=%1"_s.arg(*seed);
    return items.isEmpty() ? u"none"_s : items.join(u',');
}

QString FaultSpec::syntaxHelp()
{
    return tr("Faults (--faults, comma-separated key=value; 'none' for none):\n"
              "  latency=MS|MIN-MAX  delay every /api answer (timers, never blocking)\n"
              "  error500=P error502=P error503=P  answer that status with probability P\n"
              "  429=P retryAfter=S  answer 429 Too Many Requests with Retry-After: S\n"
              "  drop=P              send half of the answer, then drop the connection\n"
              "  tokenExpiry=P       a valid bearer token expires early (401 TokenExpired)\n"
              "  brokenOrder=1       device/licence report pages are not in IMEI order\n"
              "                      (the cursor becomes a position; range reads break)\n"
              "  unknownCursor=restart|reject  the device report takes only cursors that are\n"
              "                      IMEIs of the campaign: another one starts from the top\n"
              "                      (restart) or answers 400 InvalidCursor (reject)\n"
              "  scope=fota|all      error/drop/expiry faults hit only /api/fota (default) or\n"
              "                      also token and session calls\n"
              "  seed=N              seed of the fault decisions (default: --seed)\n"
              "  Example: --faults latency=50-150,error503=0.1,429=0.05,retryAfter=2,drop=0.02\n");
}

} // namespace fotadesk::sim
