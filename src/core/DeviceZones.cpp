// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/DeviceZones.h"

#include "core/ImeiImportResult.h"
#include "core/ImeiImporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::DeviceZones)
};

/// "Time zone", "time_zone", "TZ" -> "timezone", "tz": separators and case do not matter.
QString squeezed(const QString& header)
{
    QString out;
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace

int DeviceZones::zoneColumn(const QStringList& otherColumnNames, bool* bySite)
{
    int site = -1;
    for (int i = 0; i < otherColumnNames.size(); ++i) {
        const QString name = squeezed(otherColumnNames.at(i));
        if (name == u"timezone" || name == u"tz" || name == u"zone") {
            *bySite = false;
            return i;
        }
        if (site < 0 && (name == u"site" || name == u"sitename"))
            site = i;
    }
    *bySite = site >= 0;
    return site;
}

std::optional<QString> DeviceZones::normalise(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (t.compare(u"UTC"_s, Qt::CaseInsensitive) == 0 || t.compare(u"Z"_s) == 0 ||
        t.compare(u"GMT"_s, Qt::CaseInsensitive) == 0)
        return u"UTC"_s;
    // A fixed offset: +01:00, -0530, +1, UTC+01:00, GMT-5 (whole quarter hours, within ±14 h).
    static const QRegularExpression offset(
        uR"(^(?:(?:UTC|GMT)\s*)?([+\-\x{2212}])(\d{1,2})(?::?(\d{2}))?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = offset.match(t);
    if (m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
        if (hours > 14 || minutes % 15 != 0 || minutes > 45 || (hours == 14 && minutes > 0))
            return std::nullopt;
        const QString sign = m.captured(1) == u"+" ? u"+"_s : u"-"_s;
        if (hours == 0 && minutes == 0)
            return u"UTC"_s;
        return u"UTC%1%2:%3"_s.arg(sign)
            .arg(hours, 2, 10, QLatin1Char('0'))
            .arg(minutes, 2, 10, QLatin1Char('0'));
    }
    // An IANA id as the system's tzdata knows it (case as written there).
    if (!t.contains(u'/') && t != u"UTC")
        return std::nullopt;
    const QByteArray id = t.toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(id))
        return std::nullopt;
    return t;
}

QTimeZone DeviceZones::zoneFor(const QString& zoneId)
{
    if (zoneId == u"UTC")
        return QTimeZone::utc();
    if (zoneId.startsWith(u"UTC"_s) && zoneId.size() == 9) {
        const int sign = zoneId.at(3) == u'-' ? -1 : 1;
        const int seconds = zoneId.mid(4, 2).toInt() * 3600 + zoneId.mid(7, 2).toInt() * 60;
        return QTimeZone(sign * seconds);
    }
    return QTimeZone(zoneId.toUtf8());
}

DeviceZones DeviceZones::read(const ImeiImportResult& import, const QMap<QString, QString>& sites,
                              const QString& defaultZone, bool required, const QString& fileName)
{
    DeviceZones out;
    const int column = zoneColumn(import.otherColumnNames, &out.bySite);
    if (column >= 0)
        out.columnName = import.otherColumnNames.at(column);
    QHash<QString, QString> siteZones; // lower-cased site name -> zone id
    for (auto it = sites.begin(); it != sites.end(); ++it) {
        if (const auto z = normalise(it.value()))
            siteZones.insert(it.key().trimmed().toLower(), *z);
    }
    const std::optional<QString> fallback =
        defaultZone.isEmpty() ? std::nullopt : normalise(defaultZone);
    constexpr int MaxErrors = 20;
    int errorCount = 0;
    const auto error = [&](quint32 line, const QString& message) {
        if (++errorCount <= MaxErrors)
            out.errors << (line > 0 ? u"%1:%2: %3"_s.arg(fileName).arg(line).arg(message)
                                    : u"%1: %2"_s.arg(fileName, message));
    };
    for (qsizetype i = 0; i < import.imeis.size(); ++i) {
        const QString id = import.imeis.at(i).toString();
        const quint32 line = import.imeiLines.value(i, 0);
        const QString cell =
            column >= 0 ? import.imeiCells.value(i).value(column).trimmed() : QString();
        if (!cell.isEmpty()) {
            if (out.bySite) {
                const QString zone = siteZones.value(cell.toLower());
                if (!zone.isEmpty()) {
                    out.zoneOf.insert(id, zone);
                    continue;
                }
                error(line, Tr::tr("device %1: the site \"%2\" is not in the plan's \"sites\"; "
                                   "add \"%2\": \"Europe/Berlin\" (its time zone) to \"sites\".")
                                .arg(id, cell));
                continue;
            }
            if (const auto zone = normalise(cell)) {
                out.zoneOf.insert(id, *zone);
                continue;
            }
            error(line, Tr::tr("device %1: \"%2\" is not a time zone; write an IANA zone such as "
                               "Europe/Berlin or America/New_York, or an offset such as +01:00.")
                            .arg(id, cell));
            continue;
        }
        if (fallback) {
            out.zoneOf.insert(id, *fallback);
            continue;
        }
        if (!required)
            continue;
        if (column < 0) {
            error(0, Tr::tr("the plan asks for local windows but the device list has no time "
                            "zone column; add a column \"timezone\" (e.g. Europe/Berlin) or "
                            "\"site\" (with the plan's \"sites\"), or set the plan's "
                            "\"defaultZone\"."));
            return out;
        }
        error(line, Tr::tr("device %1 has no %2; fill in its %2, or set the plan's "
                           "\"defaultZone\" for devices without one.")
                        .arg(id, out.bySite ? Tr::tr("site") : Tr::tr("time zone")));
    }
    if (errorCount > MaxErrors)
        out.errors << Tr::tr("%1: … and %2 more lines like these.")
                          .arg(fileName)
                          .arg(errorCount - MaxErrors);
    return out;
}

} // namespace fotadesk

namespace fotadesk {

DeviceZones DeviceZones::readFile(const QString& path, const QMap<QString, QString>& sites,
                                  const QString& defaultZone, bool required)
{
    ImeiImportOptions options;
    options.keepSourceDetails = true;
    const ImeiImportResult import = ImeiImporter(options).importFile(path);
    if (!import.ok()) {
        DeviceZones out;
        out.errors << import.errorMessage;
        return out;
    }
    return read(import, sites, defaultZone, required, QFileInfo(path).fileName());
}

} // namespace fotadesk
