// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace fotadesk {

struct ImeiImportResult;

/// The time zone of each device of a device list, read from the list's own columns: a column
/// named "timezone" / "time zone" / "tz" (an IANA zone such as Europe/Berlin, or a fixed offset
/// such as +01:00), or a "site" column whose names a plan's `sites` map turns into zones. Zones
/// are kept as text: an IANA id, or "UTC+01:00" for a fixed offset (zoneFor() makes the
/// QTimeZone), so they can be stored and hashed as they are.
struct DeviceZones
{
    QHash<QString, QString> zoneOf; ///< device id -> zone id (devices without one: absent)
    QString columnName;             ///< the header of the column read (empty: none found)
    bool bySite = false;            ///< the column is a site column (zones via `sites`)
    QStringList errors; ///< "devices.csv:4: …: how to fix it" (then zoneOf may be incomplete)

    /// Which of the file's other columns holds zones (0-based among `otherColumnNames`, -1:
    /// none) and whether it is a site column; a zone column wins over a site column.
    static int zoneColumn(const QStringList& otherColumnNames, bool* bySite);
    /// "Europe/Berlin" -> itself; "+01:00", "-0530", "UTC+1", "GMT-05:00" -> "UTC+01:00",
    /// "UTC-05:30"; "UTC"/"Z" -> "UTC". nullopt: not a zone this machine knows.
    static std::optional<QString> normalise(const QString& text);
    /// The QTimeZone of a normalised zone id (invalid for anything else).
    static QTimeZone zoneFor(const QString& zoneId);

    /// Reads the zones of an import made with ImeiImportOptions::keepSourceDetails. `sites`
    /// maps site names (compared case-insensitively, trimmed) to zone texts; `defaultZone`
    /// (may be empty) is taken by a device without a zone of its own. `required`: a device
    /// left without a zone is an error naming its line. `fileName` names the file in errors.
    static DeviceZones read(const ImeiImportResult& import, const QMap<QString, QString>& sites,
                            const QString& defaultZone, bool required, const QString& fileName);
    /// read() of the device list file at `path` (imported again, keeping each row's cells).
    static DeviceZones readFile(const QString& path, const QMap<QString, QString>& sites,
                                const QString& defaultZone, bool required);
};

} // namespace fotadesk
