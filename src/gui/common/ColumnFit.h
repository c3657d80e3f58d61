// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>

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
};

} // namespace fotadesk
