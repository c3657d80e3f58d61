// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace fotadesk {

/// A report timestamp as the server sent it, plus its UTC value when it could
/// be parsed. The FOTA v3 reports use more than one format:
///   2022-08-05T21:05:27.129Z, 2022-10-06T18:35:00Z (ISO 8601),
///   2022-01-26 03:45:01.608 +0000 UTC (fractional digits vary).
/// An unparseable value is kept verbatim (raw) and shown as it came; it never
/// fails the page it arrived in.
struct Timestamp
{
    QString raw;
    QDateTime utc; ///< invalid when raw could not be parsed (or was empty)

    [[nodiscard]] bool isNull() const { return raw.isEmpty(); }
    [[nodiscard]] bool isValid() const { return utc.isValid(); }

    /// Parses any of the formats above (and offsets other than +0000/Z).
    static Timestamp parse(QStringView text);
    /// parse() without keeping the text: the UTC value, invalid when not parseable.
    /// For callers that already hold the text as a QString (no second copy).
    static QDateTime parseUtc(QStringView text);
    /// ISO 8601 with milliseconds and Z, the format fotasim sends.
    static QString format(const QDateTime& utc);

    friend bool operator==(const Timestamp& a, const Timestamp& b) { return a.raw == b.raw; }
};

} // namespace fotadesk
