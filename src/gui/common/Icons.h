// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QColor>
#include <QIcon>
#include <QString>

namespace fotadesk {

/// The app's SVG icons (resources/icons/<name>.svg, compiled into fotadesk_gui).
class Icons
{
public:
    Icons() = delete;
    /// The icon ":/icons/<name>.svg" (a null icon when there is none); its selected mode
    /// is drawn in the palette's highlighted-text colour so it shows on a highlight.
    static QIcon get(const QString& name);
    /// The SVG with every stroke/fill colour replaced by `colour` ("none" stays).
    static QByteArray recoloured(const QByteArray& svg, const QColor& colour);

private:
    static QIcon build(const QString& name, const QColor& highlightedText, const QString& id);
};

} // namespace fotadesk
