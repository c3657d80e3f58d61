// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fotadesk::sim {

/// The --state file: one JSON document {"format": "fotasim-state", "version": 1,
/// "sha256": <hex of the compact payload>, "payload": {...}}, written whole or not at all
/// (FileWriter: a crash or a full disk leaves the previous file intact). A file that does not
/// parse, has another format or version, or whose checksum does not match is
/// reported as corrupt and refused — never silently replaced.
class StateFile final
{
public:
    static constexpr int Version = 1;

    enum class Status
    {
        Loaded,
        Missing,
        Corrupt
    };
    struct LoadResult
    {
        Status status = Status::Missing;
        QJsonObject payload;
        QString error; ///< for Corrupt: what is wrong, where, and what to do
    };

    static LoadResult load(const QString& path);
    /// Writes through FileWriter; false and *error (its sentence naming the file and the cause)
    /// on failure.
    static bool save(const QString& path, const QJsonObject& payload, QString* error);
};

} // namespace fotadesk::sim
