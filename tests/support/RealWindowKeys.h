// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Keys as a person sends them in the real-window tests: to the window that has the keyboard
// and the widget that has the focus. Header only: the support library does not link Widgets.

#include <QApplication>
#include <QString>
#include <QTest>
#include <QWidget>
#include <QWindow>

namespace fotadesk::test {

/// Sends a key to the window that has the keyboard: a modal dialog when one is open.
inline bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWindow* window = nullptr;
    if (QWidget* modal = QApplication::activeModalWidget())
        window = modal->windowHandle();
    if (!window)
        window = QGuiApplication::focusWindow();
    if (!window)
        return false;
    QTest::keyClick(window, key, modifiers);
    QCoreApplication::processEvents();
    return true;
}

/// Types into the widget that has the keyboard focus.
inline bool type(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus)
        return false;
    QTest::keyClicks(focus, text);
    QCoreApplication::processEvents();
    return true;
}

} // namespace fotadesk::test
