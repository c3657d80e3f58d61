// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProxyStyle>

namespace fotadesk {

/// The application's style with two additions for the keyboard user, for every item view the
/// app shows (including those built by .ui files and dialogs):
/// - a table, tree or list that has the keyboard focus gets a frame in the highlight colour.
///   The base styles draw item views the same with and without the focus (Fusion shows only
///   the current cell's dotted rectangle, and only once the view has a current index), so one
///   could not tell where the next key goes;
/// - Tab leaves a view that selects whole rows (the arrow keys move within it). Qt's default
///   moves Tab from cell to cell, so Tab walked through every cell of a report, scrolling it
///   sideways, instead of on to the next control.
class KeyboardFocusStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    /// Wraps `base` (owned; null: the platform's default style).
    explicit KeyboardFocusStyle(QStyle* base = nullptr);

    /// Pen width of the frame, in device-independent pixels.
    static constexpr int frameWidth = 2;

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                    const QWidget* widget = nullptr) const override;
    /// The line edits' clear button and the menu bar's overflow button draw the application's
    /// own icons: Qt looks the first up in the desktop's icon theme (a fifth of the first
    /// window's start, bench/cold_start) and reads the second from a PNG after loading every
    /// image format plugin to probe it.
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
    void polish(QWidget* widget) override;
    void unpolish(QWidget* widget) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;

    /// Whether `widget` is a view this style frames while it has the focus.
    static bool framesFocus(const QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace fotadesk
