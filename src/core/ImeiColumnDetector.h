// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace fotadesk {

/// Which column of a table holds the IMEIs, and whether the first row is a header.
struct ImeiColumnChoice
{
    int column = -1;           ///< 0-based; -1 when no column looks like IMEIs
    bool hasHeader = false;    ///< the first row names the columns (not data)
    QString headerName;        ///< the header cell of `column` (empty without header)
    bool byHeaderName = false; ///< chosen by its header name rather than by content
};

/// Finds the IMEI column from the first rows of a table: by header name
/// ("IMEI", "Device IMEI", "Geräte-IMEI", "imei_number", "deviceId", ...,
/// case-insensitive) or else by content (the column whose values look most
/// like IMEIs), in any position.
class ImeiColumnDetector final
{
public:
    /// 3 for "IMEI" itself, 2 for a name containing IMEI ("Device IMEI",
    /// "Geräte-IMEI", "imei_number"), 1 for a device-id name ("deviceId",
    /// "Device ID"), 0 otherwise.
    static int headerNameScore(QStringView name);
    /// 2 for a valid IMEI, 1 for a damaged one (14 or 16 digits, wrong check
    /// digit, scientific notation), 0 for anything else.
    static int cellScore(QStringView cell);
    /// rows: the first non-blank rows of the file, already split into cells.
    static ImeiColumnChoice choose(const QList<QStringList>& rows);
};

} // namespace fotadesk
