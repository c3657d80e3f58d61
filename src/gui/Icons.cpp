#include "gui/Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

/// Draws one SVG at any size and device pixel ratio; the selected mode draws the same
/// SVG recoloured (see Icons::get), the disabled mode draws it faded.
class TwoToneSvgEngine final : public QIconEngine
{
public:
    TwoToneSvgEngine(QByteArray normal, QByteArray selected)
        : m_normal(std::move(normal))
        , m_selected(std::move(selected))
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(mode == QIcon::Selected ? m_selected : m_normal);
        painter->save();
        if (mode == QIcon::Disabled)
            painter->setOpacity(painter->opacity() * 0.4);
        renderer.render(painter, QRectF(rect));
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        // Qt 6.4's QIcon::pixmap(size, ratio) asks for size * ratio device pixels here:
        // draw the whole pixmap in device pixels, then mark its ratio.
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height()); // the icons are square
        return {side, side};
    }

    QIconEngine* clone() const override { return new TwoToneSvgEngine(m_normal, m_selected); }
    QString key() const override { return u"fotadesk-two-tone-svg"_s; }

private:
    QByteArray m_normal;
    QByteArray m_selected;
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
    QIcon icon = build(name, highlightedText);
    cache.insert(key, icon);
    return icon;
}

QIcon Icons::build(const QString& name, const QColor& highlightedText)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    if (!QSvgRenderer(svg).isValid())
        return {};
    // Selected rows (the navigation list, menus) paint the highlight colour behind the
    // icon: blue strokes on a blue highlight vanish, so the selected mode is drawn in the
    // palette's highlighted-text colour.
    return QIcon(new TwoToneSvgEngine(svg, recoloured(svg, highlightedText)));
}

} // namespace fotadesk
