// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/RolloutPlan.h"

#include "core/DeviceZones.h"
#include "core/TimeWindowList.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::RolloutPlan)
};

/// Reads one JSON object strictly: every member is looked up through it, and whatever it was
/// not asked for is an unknown member (a misspelt "autoAdvnce" must not be ignored).
class Reader
{
public:
    Reader(const QJsonObject& object, QString path, QStringList* errors)
        : m_object(object)
        , m_path(std::move(path))
        , m_errors(errors)
    {}

    void error(const QString& key, const QString& message) const
    {
        m_errors->append(u"%1: %2"_s.arg(where(key), message));
    }
    [[nodiscard]] QString where(const QString& key) const
    {
        return m_path.isEmpty() ? key : m_path + u'.' + key;
    }
    bool has(const QString& key)
    {
        m_known << key;
        return m_object.contains(key);
    }
    QJsonValue value(const QString& key) { return has(key) ? m_object.value(key) : QJsonValue(); }

    QString text(const QString& key, bool required)
    {
        if (!has(key)) {
            if (required)
                error(key, Tr::tr("is missing; add \"%1\": \"…\".").arg(key));
            return {};
        }
        const QJsonValue v = m_object.value(key);
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            error(key, Tr::tr("must be a non-empty text in quotes."));
            return {};
        }
        return v.toString().trimmed();
    }
    std::optional<bool> flag(const QString& key)
    {
        if (!has(key))
            return std::nullopt;
        if (!m_object.value(key).isBool()) {
            error(key, Tr::tr("must be true or false (without quotes)."));
            return std::nullopt;
        }
        return m_object.value(key).toBool();
    }
    std::optional<double> number(const QString& key, double min, double max, bool whole = false)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !(d >= min && d <= max) || (whole && std::floor(d) != d)) {
            error(key, (whole ? Tr::tr("must be a whole number from %1 to %2.")
                              : Tr::tr("must be a number from %1 to %2."))
                           .arg(min)
                           .arg(max));
            return std::nullopt;
        }
        return d;
    }
    std::optional<QDate> date(const QString& key)
    {
        if (!has(key))
            return std::nullopt;
        const QDate d = QDate::fromString(m_object.value(key).toString(), Qt::ISODate);
        if (!m_object.value(key).isString() || !d.isValid()) {
            error(key, Tr::tr("must be a date written \"YYYY-MM-DD\"."));
            return std::nullopt;
        }
        return d;
    }
    QStringList texts(const QString& key)
    {
        if (!has(key))
            return {};
        const QJsonValue v = m_object.value(key);
        QStringList out;
        if (v.isArray()) {
            for (const QJsonValue& item : v.toArray()) {
                if (!item.isString() || item.toString().trimmed().isEmpty()) {
                    out.clear();
                    break;
                }
                out << item.toString().trimmed();
            }
            if (out.size() == v.toArray().size())
                return out;
        }
        error(key, Tr::tr("must be a list of texts, e.g. [\"device unreachable\"]."));
        return {};
    }
    std::optional<QJsonObject> object(const QString& key)
    {
        if (!has(key))
            return std::nullopt;
        if (!m_object.value(key).isObject()) {
            error(key, Tr::tr("must be an object { … }."));
            return std::nullopt;
        }
        return m_object.value(key).toObject();
    }
    /// Reports every member nobody asked for.
    void finish(const QStringList& extraHint = {}) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key()))
                error(it.key(), Tr::tr("is not a member of a rollout plan here; remove it or "
                                       "correct its spelling (known here: %1).")
                                    .arg((m_known + extraHint).join(u", "_s)));
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList* m_errors;
    QStringList m_known;
};

RolloutSchedule readSchedule(Reader& r)
{
    RolloutSchedule s;
    s.startDate = r.date(u"startDate"_s);
    s.endDate = r.date(u"endDate"_s);
    if (const auto d = r.number(u"durationDays"_s, 1, 365, true))
        s.durationDays = int(*d);
    if (r.has(u"windows"_s)) {
        QList<TimeWindow> windows;
        bool ok = r.value(u"windows"_s).isArray();
        for (const QJsonValue& v : r.value(u"windows"_s).toArray()) {
            const QStringList hours = v.toString().split(u'-');
            bool a = false;
            bool b = false;
            const TimeWindow w{hours.value(0).toInt(&a), hours.value(1).toInt(&b)};
            if (!v.isString() || hours.size() != 2 || !a || !b || !w.isValid()) {
                ok = false;
                break;
            }
            windows << w;
        }
        if (ok)
            s.windows = windows;
        else
            r.error(u"windows"_s, Tr::tr("must be a list of UTC hour ranges such as [\"1-5\", "
                                         "\"22-24\"] (start before end, 0 to 24)."));
    }
    if (r.has(u"localWindows"_s)) {
        QList<TimeWindow> windows;
        bool ok =
            r.value(u"localWindows"_s).isArray() && !r.value(u"localWindows"_s).toArray().isEmpty();
        for (const QJsonValue& v : r.value(u"localWindows"_s).toArray()) {
            const QStringList hours = v.toString().split(u'-');
            bool a = false;
            bool b = false;
            // "22-2" crosses midnight: 22-24 and 0-2, as the create form splits it.
            const QList<TimeWindow> split = TimeWindowList::splitAcrossMidnight(
                hours.value(0).toInt(&a), hours.value(1).toInt(&b));
            if (!v.isString() || hours.size() != 2 || !a || !b || split.isEmpty()) {
                ok = false;
                break;
            }
            windows << split;
        }
        if (ok && hasErrors(TimeWindowList::validate(windows))) {
            r.error(u"localWindows"_s,
                    Tr::tr("has windows that overlap; merge them into one range."));
        } else if (ok) {
            s.localWindows = TimeWindowList::normalised(windows);
        } else {
            r.error(u"localWindows"_s,
                    Tr::tr("must be a list of local hour ranges such as [\"1-5\"] or "
                           "[\"22-2\"] (0 to 24; a range across midnight is allowed)."));
        }
        if (s.localWindows && r.has(u"windows"_s))
            r.error(u"localWindows"_s, Tr::tr("cannot be given together with \"windows\" (UTC "
                                              "hours): keep one of them."));
    }
    if (s.startDate && s.endDate && *s.endDate < *s.startDate)
        r.error(u"endDate"_s, Tr::tr("is before startDate; swap them or correct one."));
    return s;
}

RolloutGate readGate(Reader& r)
{
    RolloutGate g;
    if (const auto n = r.number(u"minFinalDevices"_s, 0, 1e9, true))
        g.minFinalDevices = qint64(*n);
    g.minSuccessPercent = r.number(u"minSuccessPercent"_s, 0, 100);
    g.maxFailurePercent = r.number(u"maxFailurePercent"_s, 0, 100);
    g.excludedReasons = r.texts(u"excludedReasons"_s);
    if (const auto h = r.number(u"soakHours"_s, 0, 24 * 365))
        g.soakSeconds = qint64(std::llround(*h * 3600));
    r.finish();
    return g;
}

QJsonObject scheduleJson(const RolloutSchedule& s)
{
    QJsonObject o;
    if (s.startDate)
        o.insert(u"startDate"_s, s.startDate->toString(Qt::ISODate));
    if (s.endDate)
        o.insert(u"endDate"_s, s.endDate->toString(Qt::ISODate));
    if (s.durationDays)
        o.insert(u"durationDays"_s, *s.durationDays);
    if (s.windows) {
        QJsonArray a;
        for (const TimeWindow& w : *s.windows)
            a.append(u"%1-%2"_s.arg(w.startTime).arg(w.endTime));
        o.insert(u"windows"_s, a);
    }
    if (s.localWindows) {
        QJsonArray a;
        for (const TimeWindow& w : *s.localWindows)
            a.append(u"%1-%2"_s.arg(w.startTime).arg(w.endTime));
        o.insert(u"localWindows"_s, a);
    }
    return o;
}

QJsonObject gateJson(const RolloutGate& g)
{
    QJsonObject o{{u"minFinalDevices"_s, g.minFinalDevices},
                  {u"excludedReasons"_s, QJsonArray::fromStringList(g.excludedReasons)},
                  {u"soakHours"_s, double(g.soakSeconds) / 3600.0}};
    if (g.minSuccessPercent)
        o.insert(u"minSuccessPercent"_s, *g.minSuccessPercent);
    if (g.maxFailurePercent)
        o.insert(u"maxFailurePercent"_s, *g.maxFailurePercent);
    return o;
}

} // namespace

RolloutSchedule RolloutSchedule::over(const RolloutSchedule& fallback) const
{
    RolloutSchedule s = *this;
    if (!s.startDate)
        s.startDate = fallback.startDate;
    if (!s.endDate && !s.durationDays) {
        s.endDate = fallback.endDate;
        s.durationDays = fallback.durationDays;
    }
    // A wave's own windows, UTC or local, replace the rollout's of either kind.
    if (!s.windows && !s.localWindows) {
        s.windows = fallback.windows;
        s.localWindows = fallback.localWindows;
    }
    return s;
}

RolloutPlanParsed RolloutPlan::parse(const QByteArray& json, const QString& fileName)
{
    RolloutPlanParsed result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError gives an offset: turn it into line:column for an editor.
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        result.errors << Tr::tr("%1:%2:%3: not valid JSON: %4. Check the quotes, commas and "
                                "brackets around this place.")
                             .arg(fileName)
                             .arg(line)
                             .arg(column)
                             .arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.errors << Tr::tr("%1: a rollout plan is one JSON object { … }.").arg(fileName);
        return result;
    }
    QStringList errors;
    Reader r(doc.object(), {}, &errors);
    RolloutPlan plan;
    plan.name = r.text(u"name"_s, true);
    if (plan.name.size() > 100)
        r.error(u"name"_s, Tr::tr("is longer than 100 characters; shorten it."));
    if (const auto fw = r.object(u"firmware"_s)) {
        Reader f(*fw, u"firmware"_s, &errors);
        plan.firmwareName = f.text(u"name"_s, true);
        plan.firmwareFrom = f.text(u"from"_s, false);
        plan.firmwareTo = f.text(u"to"_s, false);
        plan.protocol = f.text(u"protocol"_s, false).toUpper();
        if (!plan.protocol.isEmpty() && plan.protocol != u"LWM2M" && plan.protocol != u"OMA" &&
            plan.protocol != u"HTTP")
            f.error(u"protocol"_s, Tr::tr("must be LWM2M, OMA or HTTP (or left out: the "
                                          "package's)."));
        if (const auto a = f.flag(u"autoAssignLicense"_s))
            plan.autoAssignLicense = *a;
        f.finish();
    } else if (!r.has(u"firmware"_s)) {
        r.error(u"firmware"_s, Tr::tr("is missing; add \"firmware\": {\"name\": \"PACKAGE\"}."));
    }
    plan.devicesFile = r.text(u"devices"_s, true);
    if (const auto s = r.object(u"schedule"_s)) {
        Reader sr(*s, u"schedule"_s, &errors);
        plan.schedule = readSchedule(sr);
        sr.finish();
    }
    if (const auto g = r.object(u"gate"_s)) {
        Reader gr(*g, u"gate"_s, &errors);
        plan.gate = readGate(gr);
    }
    plan.retryableReasons = r.texts(u"retryableReasons"_s);
    if (const auto a = r.flag(u"autoAdvance"_s))
        plan.autoAdvance = *a;
    if (const auto a = r.flag(u"requireApproval"_s))
        plan.requireApproval = *a;
    if (const auto sites = r.object(u"sites"_s)) {
        for (auto it = sites->begin(); it != sites->end(); ++it) {
            const QString where = u"sites.\"%1\""_s.arg(it.key());
            if (!it.value().isString() || !DeviceZones::normalise(it.value().toString()))
                errors << Tr::tr("%1: must be a time zone such as \"Europe/Berlin\" or "
                                 "\"+01:00\".")
                              .arg(where);
            else
                plan.sites.insert(it.key().trimmed(), it.value().toString().trimmed());
        }
    }
    plan.defaultZone = r.text(u"defaultZone"_s, false);
    if (!plan.defaultZone.isEmpty() && !DeviceZones::normalise(plan.defaultZone))
        r.error(u"defaultZone"_s, Tr::tr("must be a time zone such as \"Europe/Berlin\" or "
                                         "\"+01:00\"."));

    const QJsonValue waves = r.value(u"waves"_s);
    if (!waves.isArray() || waves.toArray().isEmpty()) {
        r.error(u"waves"_s, Tr::tr("must be a list of at least one wave, e.g. [{\"count\": 20}, "
                                   "{\"percent\": 25}, {\"rest\": true}]."));
    } else {
        const QJsonArray list = waves.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = u"waves[%1]"_s.arg(i);
            if (!list.at(i).isObject()) {
                errors << Tr::tr("%1: must be an object such as {\"count\": 20}.").arg(path);
                continue;
            }
            Reader w(list.at(i).toObject(), path, &errors);
            RolloutWave wave;
            wave.name = w.text(u"name"_s, false);
            if (const auto c = w.number(u"count"_s, 1, 1e9, true))
                wave.count = qint64(*c);
            wave.percent = w.number(u"percent"_s, 0.001, 100);
            if (const auto rest = w.flag(u"rest"_s))
                wave.rest = *rest;
            const int sizes = int(w.has(u"count"_s)) + int(w.has(u"percent"_s)) + int(wave.rest);
            if (sizes != 1)
                errors << Tr::tr("%1: give exactly one of \"count\" (devices), \"percent\" (of "
                                 "the devices that remain) or \"rest\": true.")
                              .arg(path);
            if (wave.rest && i != list.size() - 1)
                w.error(u"rest"_s, Tr::tr("only the last wave can take the rest."));
            wave.schedule = readSchedule(w);
            if (const auto g = w.object(u"gate"_s)) {
                Reader gr(*g, path + u".gate"_s, &errors);
                wave.gate = readGate(gr);
            }
            w.finish();
            plan.waves << wave;
        }
    }
    r.finish();
    if (!plan.usesLocalWindows() && (!plan.sites.isEmpty() || !plan.defaultZone.isEmpty()))
        errors << Tr::tr("sites/defaultZone: only a plan with \"localWindows\" uses time "
                         "zones; add \"localWindows\" to the schedule or remove them.");
    if (!errors.isEmpty()) {
        for (const QString& e : std::as_const(errors))
            result.errors << fileName + u": "_s + e;
        return result;
    }
    result.plan = plan;
    return result;
}

RolloutGate RolloutPlan::gateAfter(qsizetype index) const
{
    const auto& g = waves.value(index).gate;
    return g ? *g : gate;
}

RolloutSchedule RolloutPlan::scheduleOf(qsizetype index) const
{
    return waves.value(index).schedule.over(schedule);
}

QString RolloutPlan::waveLabel(qsizetype index) const
{
    const QString own = waves.value(index).name;
    return own.isEmpty() ? u"wave %1"_s.arg(index + 1) : own;
}

QString RolloutPlan::campaignName(int number, const QString& band) const
{
    // The campaign's name is how a create lost in a crash is found again (CreateReconciler):
    // one rollout, one name per wave (and per time-zone band of a wave).
    const QString base = u"%1 \u2014 wave %2"_s.arg(name).arg(number);
    return band.isEmpty() ? base : u"%1 (%2)"_s.arg(base, band);
}

bool RolloutPlan::usesLocalWindows() const
{
    for (qsizetype i = 0; i < waves.size(); ++i) {
        if (scheduleOf(i).localWindows)
            return true;
    }
    return schedule.localWindows.has_value();
}

QJsonObject RolloutPlan::toJson() const
{
    QJsonObject firmware{{u"name"_s, firmwareName}};
    if (!firmwareFrom.isEmpty())
        firmware.insert(u"from"_s, firmwareFrom);
    if (!firmwareTo.isEmpty())
        firmware.insert(u"to"_s, firmwareTo);
    if (!protocol.isEmpty())
        firmware.insert(u"protocol"_s, protocol);
    firmware.insert(u"autoAssignLicense"_s, autoAssignLicense);
    QJsonArray waveList;
    for (const RolloutWave& w : waves) {
        QJsonObject o = scheduleJson(w.schedule);
        if (!w.name.isEmpty())
            o.insert(u"name"_s, w.name);
        if (w.count)
            o.insert(u"count"_s, *w.count);
        if (w.percent)
            o.insert(u"percent"_s, *w.percent);
        if (w.rest)
            o.insert(u"rest"_s, true);
        if (w.gate)
            o.insert(u"gate"_s, gateJson(*w.gate));
        waveList.append(o);
    }
    QJsonObject out{{u"name"_s, name},
                    {u"firmware"_s, firmware},
                    {u"devices"_s, devicesFile},
                    {u"schedule"_s, scheduleJson(schedule)},
                    {u"waves"_s, waveList},
                    {u"gate"_s, gateJson(gate)},
                    {u"retryableReasons"_s, QJsonArray::fromStringList(retryableReasons)},
                    {u"autoAdvance"_s, autoAdvance},
                    {u"requireApproval"_s, requireApproval}};
    // Only when set: a plan without zones keeps the canonical JSON (and hash) it had.
    if (!sites.isEmpty()) {
        QJsonObject o;
        for (auto it = sites.begin(); it != sites.end(); ++it)
            o.insert(it.key(), it.value());
        out.insert(u"sites"_s, o);
    }
    if (!defaultZone.isEmpty())
        out.insert(u"defaultZone"_s, defaultZone);
    return out;
}

QString RolloutPlan::hash(const QStringList& devices, const QHash<QString, QString>& zones) const
{
    // The device file's name is not what is approved; its contents (the checked list) are.
    QJsonObject canonical = toJson();
    canonical.remove(u"devices"_s);
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
    h.addData("\n");
    h.addData(devices.join(u'\n').toUtf8());
    if (!zones.isEmpty()) {
        // What is sent depends on each device's zone: a changed zone is a changed plan.
        QStringList lines;
        for (const QString& d : devices)
            lines << d + u'=' + zones.value(d);
        h.addData("\nzones\n");
        h.addData(lines.join(u'\n').toUtf8());
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace fotadesk
