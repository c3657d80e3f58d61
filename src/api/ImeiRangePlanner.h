// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fotadesk {

/// One range of an IMEI-ordered report, read as one chain of pages: the first
/// request carries `lowerCursor` (the report answers IMEIs greater than it),
/// and the chain stops once its pages pass `upperInclusive` (empty: to the end
/// of the report).
struct ImeiRange
{
    QString lowerCursor;
    QString upperInclusive;

    friend bool operator==(const ImeiRange&, const ImeiRange&) = default;
};

/// How range-parallel paging splits the rest of an IMEI-ordered report after
/// its first page (a pure function: no I/O).
///
/// The first page (read from cursor 0) holds the lowest IMEIs and tells the
/// density of the key space there: its first and last IMEI and its size. The
/// rest of the report (totalDevice minus the first page) is assumed to follow
/// at that density, beyond the first page's last IMEI. That span is cut into
/// at most `concurrency` dense ranges; each is sized to be read in a whole
/// number of requests with a tenth of a page to spare (a range exactly a page
/// multiple would cost one more request to learn that it ended), and the last
/// dense range takes what is left. One open range beyond the estimated end
/// catches whatever the estimate missed: IMEIs under other leading digits (other
/// TACs) are read there, in order — correct, just not split.
///
/// Bounds are 15-digit decimal strings (zero-padded: IMEIs may begin with 0 and
/// keys compare as equal-length digit strings). The ranges are contiguous:
/// range i+1's lowerCursor is range i's upperInclusive, the first lowerCursor is
/// the first page's last IMEI and only the last range is open. So together they
/// cover every key above the first page exactly once.
///
/// Without a usable first page (fewer than two ids, ids that are not decimal
/// numbers of at most 15 digits, ids not increasing), an unknown total, or no
/// more than a page left, the plan is one open range: sequential paging.
class ImeiRangePlanner final
{
public:
    struct Input
    {
        QStringList firstPageIds; ///< the first page's IMEIs, as received (in order)
        qint64 totalDevice = -1;  ///< the report's total (-1: unknown)
        int pageSize = 1000;      ///< devices per page (the report's maxPageSize)
        int concurrency = 6;      ///< requests the pager runs at once
    };

    /// The largest key: fifteen nines.
    static constexpr quint64 MaxKey = 999'999'999'999'999ULL;

    [[nodiscard]] static QList<ImeiRange> plan(const Input& input);

    /// A key as a 15-digit zero-padded string.
    [[nodiscard]] static QString keyText(quint64 key);
    /// A key's value, or false in *ok when the text is not 1..15 decimal digits.
    [[nodiscard]] static quint64 keyValue(const QString& text, bool* ok);
};

} // namespace fotadesk
