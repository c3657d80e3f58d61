// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QTextBrowser;
class QLineEdit;

namespace fotadesk {

/// Help ▸ User guide: docs/user-guide.md, embedded in the program as a
/// resource (":/guide/user-guide.md" with its screenshots), rendered as
/// Markdown in a QTextBrowser. Works offline and from the installed package.
/// Links to web pages open in the browser; Find (Ctrl+F) searches the text.
class UserGuideWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideWindow)

public:
    /// The resource the guide is read from.
    static constexpr auto kSource = "qrc:/guide/user-guide.md";

    explicit UserGuideWindow(QWidget* parent = nullptr);
    /// The window's first size on a screen whose available area is `available`: 900 x 760,
    /// at most nine tenths of the screen each way.
    static QSize sizeOn(QSize available);
    ~UserGuideWindow() override;

    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }
    /// Scrolls to the heading with this anchor text (e.g. "Resume an interrupted batch").
    bool showSection(const QString& heading);

    /// Screenshots wider than this are shown scaled down to it (the window's default width).
    static constexpr int kMaxImageWidth = 820;

private:
    void findNext(bool backwards);
    void fitImages();

    QTextBrowser* m_browser;
    QLineEdit* m_find;
};

} // namespace fotadesk
