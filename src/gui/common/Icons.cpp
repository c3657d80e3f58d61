// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QRegularExpression>
#include <QSvgRenderer>

#include <memory>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

/// Draws one SVG at any size and device pixel ratio; the selected mode draws the same
/// SVG recoloured (see Icons::get), the disabled mode draws it faded. Each SVG is parsed
/// when it is first drawn (the window's menus and navigation hold icons that are not drawn
/// before the window is mapped: bench/cold_start), and each size/mode/ratio is drawn once
/// (QPixmapCache): lists repaint their icons on every scroll and hover. IconsTest draws
/// every icon, so a broken SVG is found there rather than here.
class TwoToneSvgEngine final : public QIconEngine
{
public:
    /// `id` names the icon and its selected colour (the key of Icons::get's cache).
    TwoToneSvgEngine(QString id, QByteArray normal, QByteArray selected)
        : m_id(std::move(id))
        , m_normalSvg(std::move(normal))
        , m_selectedSvg(std::move(selected))
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        if (mode == QIcon::Disabled)
            painter->setOpacity(painter->opacity() * 0.4);
        renderer(mode).render(painter, QRectF(rect));
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        const QString cacheKey = u"fotadesk-icon|%1|%2x%3|%4|%5"_s.arg(m_id)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(int(mode))
                                     .arg(scale);
        QPixmap pixmap;
        if (QPixmapCache::find(cacheKey, &pixmap))
            return pixmap;
        // Qt 6.4's QIcon::pixmap(size, ratio) asks for size * ratio device pixels here:
        // draw the whole pixmap in device pixels, then mark its ratio.
        pixmap = QPixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height()); // the icons are square
        return {side, side};
    }

    QIconEngine* clone() const override
    {
        return new TwoToneSvgEngine(m_id, m_normalSvg, m_selectedSvg);
    }
    QString key() const override { return u"fotadesk-two-tone-svg"_s; }

private:
    QString m_id;
    QByteArray m_normalSvg;
    QByteArray m_selectedSvg;
    QSvgRenderer& renderer(QIcon::Mode mode)
    {
        const bool selected = mode == QIcon::Selected;
        std::unique_ptr<QSvgRenderer>& r = selected ? m_selected : m_normal;
        if (!r)
            r = std::make_unique<QSvgRenderer>(selected ? m_selectedSvg : m_normalSvg);
        return *r;
    }

    std::unique_ptr<QSvgRenderer> m_normal;   ///< parsed when first drawn
    std::unique_ptr<QSvgRenderer> m_selected; ///< parsed when first drawn
};

} // namespace

QByteArray Icons::recoloured(const QByteArray& svg, const QColor& colour)
{
    // The icons draw with stroke="#rrggbb" (and the odd fill): every such colour becomes
    // the one given; "none" stays none.
    static const QRegularExpression paint(uR"re(((?:stroke|fill)=")#[0-9a-fA-F]{3,8}")re"_s);
    QString text = QString::fromUtf8(svg);
    text.replace(paint, u"\\1"_s + colour.name() + u'"');
    return text.toUtf8();
}

QIcon Icons::get(const QString& name)
{
    // Built once per name and highlight colour (GUI thread only, like every QIcon use):
    // lists ask for the same few icons row after row.
    static QHash<QString, QIcon> cache;
    const QColor highlightedText = QGuiApplication::palette().color(QPalette::HighlightedText);
    const QString key = name + u'|' + highlightedText.name();
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QIcon icon = build(name, highlightedText, key);
    cache.insert(key, icon);
    return icon;
}

QIcon Icons::build(const QString& name, const QColor& highlightedText, const QString& id)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    // Selected rows (the navigation list, menus) paint the highlight colour behind the
    // icon: blue strokes on a blue highlight vanish, so the selected mode is drawn in the
    // palette's highlighted-text colour.
    if (!svg.contains("<svg"))
        return {};
    return QIcon(new TwoToneSvgEngine(id, svg, recoloured(svg, highlightedText)));
}

} // namespace fotadesk
