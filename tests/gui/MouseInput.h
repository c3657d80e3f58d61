// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the GUI tests (header only): the mouse as a person uses it. Every click goes to
// the window under it (QTest's QWindow path: the way a real click enters Qt, popups and
// modal dialogs included), at the middle of what a person aims at: a button, a list cell,
// an item of an open combo box list, a day of an open calendar, a spin box's arrow. No
// widget is told its value; what changes is what the click changes.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QMenu>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QWindow>

#include <optional>

namespace fotadesk::test::mouse {

/// The window a click at `pos` of `widget` lands in, and where in it.
struct Target
{
    QWindow* window = nullptr;
    QPoint pos;
};

inline Target targetOf(QWidget* widget, QPoint pos)
{
    QWidget* top = widget->window();
    return {top->windowHandle(), widget->mapTo(top, pos)};
}

/// One click (press and release) of `button` at `pos` of `widget`.
inline bool clickAt(QWidget* widget, QPoint pos, Qt::MouseButton button = Qt::LeftButton)
{
    if (!widget || !widget->isVisible())
        return false;
    const Target t = targetOf(widget, pos);
    if (!t.window)
        return false;
    QTest::mouseClick(t.window, button, Qt::NoModifier, t.pos);
    QCoreApplication::processEvents();
    return true;
}

inline bool doubleClickAt(QWidget* widget, QPoint pos)
{
    if (!widget || !widget->isVisible())
        return false;
    const Target t = targetOf(widget, pos);
    if (!t.window)
        return false;
    QTest::mouseDClick(t.window, Qt::LeftButton, Qt::NoModifier, t.pos);
    QCoreApplication::processEvents();
    return true;
}

/// Clicks a button in its middle (false when it is hidden or disabled: a person cannot).
inline bool clickButton(QAbstractButton* button)
{
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    return clickAt(button, button->rect().center());
}

/// The cell's middle in the view's viewport, scrolled into view first (the wheel's part);
/// nullopt when it is not shown.
inline std::optional<QPoint> cellPoint(QAbstractItemView* view, const QModelIndex& index)
{
    if (!view || !index.isValid())
        return std::nullopt;
    view->scrollTo(index);
    const QRect r = view->visualRect(index);
    if (!r.isValid() || !view->viewport()->rect().contains(r.center()))
        return std::nullopt;
    return r.center();
}

/// Clicks a cell of a list or table.
inline bool clickCell(QAbstractItemView* view, const QModelIndex& index)
{
    const auto p = cellPoint(view, index);
    return p && clickAt(view->viewport(), *p);
}

inline bool doubleClickCell(QAbstractItemView* view, const QModelIndex& index)
{
    const auto p = cellPoint(view, index);
    return p && doubleClickAt(view->viewport(), *p);
}

/// Opens a combo box's list with a click and clicks its item `row`; true when the combo box
/// shows that item after.
inline bool pickInCombo(QComboBox* combo, int row)
{
    if (!combo || !clickAt(combo, combo->rect().center()))
        return false;
    QAbstractItemView* list = combo->view();
    if (!QTest::qWaitFor([list] { return list->isVisible(); }, 5000))
        return false;
    if (!clickCell(list, combo->model()->index(row, combo->modelColumn())))
        return false;
    return QTest::qWaitFor(
        [combo, list, row] { return !list->isVisible() && combo->currentIndex() == row; }, 5000);
}

/// Clicks the up (or down) arrow of a spin box `times` times.
inline bool clickSpinArrow(QAbstractSpinBox* spin, int times, bool up = true)
{
    if (!spin)
        return false;
    QStyleOptionSpinBox option;
    option.initFrom(spin);
    option.subControls = QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown | QStyle::SC_SpinBoxFrame |
                         QStyle::SC_SpinBoxEditField;
    option.buttonSymbols = spin->buttonSymbols();
    option.frame = spin->hasFrame();
    option.stepEnabled = QAbstractSpinBox::StepUpEnabled | QAbstractSpinBox::StepDownEnabled;
    const QRect arrow = spin->style()->subControlRect(
        QStyle::CC_SpinBox, &option, up ? QStyle::SC_SpinBoxUp : QStyle::SC_SpinBoxDown, spin);
    if (!arrow.isValid())
        return false;
    for (int i = 0; i < times; ++i) {
        if (!clickAt(spin, arrow.center()))
            return false;
    }
    return true;
}

/// Opens a date edit's calendar with a click on its arrow and clicks the day `date` (the
/// next month's arrow first, when it is a later month); true when the edit shows that date.
inline bool pickDate(QDateEdit* edit, QDate date)
{
    if (!edit || !edit->calendarPopup())
        return false;
    QStyleOptionComboBox option;
    option.initFrom(edit);
    option.editable = true;
    option.frame = edit->hasFrame();
    option.subControls =
        QStyle::SC_ComboBoxArrow | QStyle::SC_ComboBoxEditField | QStyle::SC_ComboBoxFrame;
    const QRect arrow =
        edit->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, edit);
    if (!clickAt(edit,
                 arrow.isValid() ? arrow.center() : QPoint(edit->width() - 6, edit->height() / 2)))
        return false;
    QCalendarWidget* calendar = edit->calendarWidget();
    if (!calendar || !QTest::qWaitFor([calendar] { return calendar->isVisible(); }, 5000))
        return false;
    for (int guard = 0; guard < 24; ++guard) {
        const QDate shown(calendar->yearShown(), calendar->monthShown(), 1);
        if (shown.year() == date.year() && shown.month() == date.month())
            break;
        auto* next = calendar->findChild<QToolButton*>(QStringLiteral("qt_calendar_nextmonth"));
        if (shown > date || !clickButton(next))
            return false;
    }
    auto* grid = calendar->findChild<QTableView*>(QStringLiteral("qt_calendar_calendarview"));
    if (!grid)
        return false;
    // The grid shows the end of the month before and the start of the month after: a day
    // above 14 is the last cell with that number, a day up to 14 the first.
    // Row 0 names the week days, column 0 numbers the weeks (when shown): no days there.
    const int firstRow =
        calendar->horizontalHeaderFormat() == QCalendarWidget::NoHorizontalHeader ? 0 : 1;
    const int firstColumn =
        calendar->verticalHeaderFormat() == QCalendarWidget::NoVerticalHeader ? 0 : 1;
    QModelIndex cell;
    const QAbstractItemModel* days = grid->model();
    for (int r = firstRow; r < days->rowCount(); ++r) {
        for (int c = firstColumn; c < days->columnCount(); ++c) {
            const QModelIndex i = days->index(r, c);
            if (i.data(Qt::DisplayRole).toString() != QString::number(date.day()))
                continue;
            if (!cell.isValid() || date.day() > 14)
                cell = i;
        }
    }
    if (!clickCell(grid, cell))
        return false;
    return QTest::qWaitFor([edit, date] { return edit->date() == date; }, 5000);
}

/// Right-clicks `widget` at `pos` and clicks the entry of its context menu whose text
/// (without the mnemonic's &) starts with `entry`.
inline bool contextMenuEntry(QWidget* widget, QPoint pos, const QString& entry)
{
    if (!clickAt(widget, pos, Qt::RightButton))
        return false;
    QMenu* menu = nullptr;
    if (!QTest::qWaitFor(
            [&menu] {
                menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
                return menu && menu->isVisible();
            },
            5000))
        return false;
    for (QAction* action : menu->actions()) {
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        if (!action->isSeparator() && action->isEnabled() && text.startsWith(entry))
            return clickAt(menu, menu->actionGeometry(action).center());
    }
    return false;
}

} // namespace fotadesk::test::mouse
