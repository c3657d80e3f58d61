// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/ColumnFit.h"

#include "core/DisplayFormat.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>

#include <algorithm>

namespace fotadesk {

namespace {

int wantedWidth(const QTableView* view, int column, int minWidth, int maxWidth)
{
    // The header's own hint counts too: a short status under a long header.
    // (QTableView hides the public QAbstractItemView::sizeHintForColumn.)
    const auto* asItemView = static_cast<const QAbstractItemView*>(view);
    const int wanted = std::max(asItemView->sizeHintForColumn(column),
                                view->horizontalHeader()->sectionSizeHint(column));
    return std::clamp(wanted, minWidth, maxWidth);
}

} // namespace

void ColumnFit::now(QTableView* view, const QList<int>& columns, int minWidth, int maxWidth)
{
    if (!view || !view->model() || view->model()->rowCount() == 0)
        return;
    for (const int column : columns) {
        if (column < 0 || column >= view->model()->columnCount())
            continue;
        view->setColumnWidth(column, wantedWidth(view, column, minWidth, maxWidth));
    }
}

void ColumnFit::grow(QTableView* view, const QList<int>& columns, int minWidth, int maxWidth)
{
    if (!view || !view->model() || view->model()->rowCount() == 0)
        return;
    for (const int column : columns) {
        if (column < 0 || column >= view->model()->columnCount())
            continue;
        const int wanted = wantedWidth(view, column, minWidth, maxWidth);
        if (wanted > view->columnWidth(column))
            view->setColumnWidth(column, wanted);
    }
}

void ColumnFit::onFirstRows(QTableView* view, const QList<int>& columns, int minWidth, int maxWidth)
{
    QAbstractItemModel* model = view ? view->model() : nullptr;
    if (!model)
        return;
    if (model->rowCount() > 0) {
        now(view, columns, minWidth, maxWidth);
        return;
    }
    // One shot, owned by the view: whichever of "rows inserted", "reset" and "layout
    // changed" brings the first rows fits the columns and deletes the watcher (and with it
    // its connections). A view that never gets rows deletes it with itself.
    auto* watcher = new QObject(view);
    const auto fit = [view, model, watcher, columns, minWidth, maxWidth] {
        if (model->rowCount() == 0)
            return;
        if (view->model() == model)
            now(view, columns, minWidth, maxWidth);
        watcher->deleteLater();
        QObject::disconnect(model, nullptr, watcher, nullptr);
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, watcher, fit);
    QObject::connect(model, &QAbstractItemModel::modelReset, watcher, fit);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, watcher, fit);
}

int ColumnFit::timeWidth(const QTableView* view, const QTimeZone& zone, int minWidth)
{
    int width = minWidth;
    for (const int hour : {0, 12, 23}) {
        const QDateTime sample(QDate(2026, 12, 28), QTime(hour, 58), QTimeZone::utc());
        width = std::max(
            width, view->fontMetrics().horizontalAdvance(DisplayFormat::withUtc(sample, zone)) +
                       2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) +
                       12);
    }
    return width;
}

void ColumnFit::wrapRowsWhileFew(QTableView* view, int measured)
{
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    QAbstractItemModel* model = view->model();
    const auto fit = [view, model, measured] {
        QHeaderView* rows = view->verticalHeader();
        const bool measure = model->rowCount() <= measured;
        rows->setSectionResizeMode(measure ? QHeaderView::ResizeToContents
                                           : QHeaderView::Interactive);
        if (!measure)
            rows->setDefaultSectionSize(rows->minimumSectionSize());
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, view, fit);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, view, fit);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, fit);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, view, fit);
    fit();
}

} // namespace fotadesk
