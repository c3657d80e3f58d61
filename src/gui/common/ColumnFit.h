// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>

class QTimeZone;

class QTableView;

namespace fotadesk {

/// Sizes table columns to what they show, once there is something to show: the first
/// time the view's model has rows, each listed column becomes as wide as its header and
/// its widest cell among the rows Qt samples (QHeaderView::resizeContentsPrecision), at
/// least `minWidth` and at most `maxWidth` pixels. After that the user's widths stay:
/// later rows never resize a column under the user's hands. Fixed pixel widths cut off
/// translated headers and statuses ("Upgrade fehlgeschla…"); this does not.
class ColumnFit final
{
public:
    ColumnFit() = delete;

    /// Fits now when the model already has rows, else on its first rows.
    static void onFirstRows(QTableView* view, const QList<int>& columns, int minWidth = 60,
                            int maxWidth = 420);
    /// Fits the columns now (no-op for an empty model).
    static void now(QTableView* view, const QList<int>& columns, int minWidth = 60,
                    int maxWidth = 420);
    /// Widens the columns whose cells no longer fit (new rows came), never narrows one.
    static void grow(QTableView* view, const QList<int>& columns, int minWidth = 60,
                     int maxWidth = 420);
    /// The width a column of DisplayFormat::withUtc times needs in `view`'s font, language and
    /// `zone`: the widest of a morning, noon and night time on a two-digit day (a fixed 200 px
    /// cut the en_US form "12/7/2026 6:38 AM (5:38 AM UTC)"), at least `minWidth`.
    static int timeWidth(const QTableView* view, const QTimeZone& zone, int minWidth = 200);
    /// Long texts wrap and the rows grow to them while the model has at most `measured` rows
    /// (measuring is linear in the rows); beyond that rows are one line high and the whole
    /// text stays in the tooltip. Follows the model's resets, layouts, inserts and removals.
    static void wrapRowsWhileFew(QTableView* view, int measured);
};

} // namespace fotadesk
