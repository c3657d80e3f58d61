// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/KeyboardFocusStyle.h"

#include "gui/common/Icons.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFrame>
#include <QPainter>
#include <QStyleOption>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

KeyboardFocusStyle::KeyboardFocusStyle(QStyle* base)
    : QProxyStyle(base)
{}

bool KeyboardFocusStyle::framesFocus(const QWidget* widget)
{
    const auto* view = qobject_cast<const QAbstractItemView*>(widget);
    return view != nullptr && view->focusPolicy() != Qt::NoFocus &&
           view->frameShape() != QFrame::NoFrame;
}

void KeyboardFocusStyle::drawControl(ControlElement element, const QStyleOption* option,
                                     QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element != CE_ShapedFrame || !(option->state & State_HasFocus) || !framesFocus(widget))
        return;
    // Drawn over the base frame, inside the view's frame width so that no cell is covered.
    painter->save();
    QPen pen(option->palette.color(QPalette::Active, QPalette::Highlight), frameWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal inset = frameWidth / 2.0;
    painter->drawRect(QRectF(option->rect).adjusted(inset, inset, -inset, -inset));
    painter->restore();
}

int KeyboardFocusStyle::pixelMetric(PixelMetric metric, const QStyleOption* option,
                                    const QWidget* widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    // A framed view's frame is wide enough for the focus frame, so it never covers a cell (the
    // viewport is drawn inside the frame width).
    if (metric == PM_DefaultFrameWidth && framesFocus(widget))
        return std::max(base, frameWidth);
    return base;
}

QIcon KeyboardFocusStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                                       const QWidget* widget) const
{
    // Qt's own would be looked up in the icon theme (the clear button) or read from PNGs
    // with every image format plugin loaded to probe them (the menu bar's overflow button).
    const QString own = icon == SP_LineEditClearButton                ? u"clear"_s
                        : icon == SP_ToolBarHorizontalExtensionButton ? u"more"_s
                                                                      : QString();
    if (!own.isEmpty()) {
        if (QIcon mine = Icons::get(own); !mine.isNull())
            return mine;
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

void KeyboardFocusStyle::polish(QWidget* widget)
{
    QProxyStyle::polish(widget);
    auto* view = qobject_cast<QAbstractItemView*>(widget);
    if (view == nullptr)
        return;
    view->installEventFilter(this);
    if (view->selectionBehavior() == QAbstractItemView::SelectRows)
        view->setTabKeyNavigation(false);
}

void KeyboardFocusStyle::unpolish(QWidget* widget)
{
    if (qobject_cast<QAbstractItemView*>(widget) != nullptr)
        widget->removeEventFilter(this);
    QProxyStyle::unpolish(widget);
}

bool KeyboardFocusStyle::eventFilter(QObject* watched, QEvent* event)
{
    // The frame belongs to the view, not its viewport: neither repaints it when the focus moves.
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        auto* view = static_cast<QAbstractItemView*>(watched);
        if (framesFocus(view))
            view->update();
    }
    return QProxyStyle::eventFilter(watched, event);
}

} // namespace fotadesk
