// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/overview/StatusTile.h"

#include "models/StatusGroupStyle.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>

using namespace Qt::StringLiterals;

namespace fotadesk {

StatusTile::StatusTile(StatusGroup group, QWidget* parent)
    : QAbstractButton(parent)
    , m_group(group)
{
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setObjectName(u"tile-"_s + StatusClassifier::groupCode(group));
    updateTexts();
}

void StatusTile::setCount(qint64 count)
{
    if (count == m_count)
        return;
    m_count = count;
    updateTexts();
    update();
}

void StatusTile::setCaption(const QString& caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    updateTexts();
    update();
}

void StatusTile::updateTexts()
{
    const QString label = StatusClassifier::groupLabel(m_group);
    setText(label);
    setAccessibleName(tr("%1: %2").arg(label, QLocale().toString(m_count)));
    setToolTip(tr("%1: %2 — click to show only these (click again to show all)")
                   .arg(label, QLocale().toString(m_count)));
}

QSize StatusTile::sizeHint() const
{
    const QFontMetrics fm(font());
    return {std::max(110, fm.horizontalAdvance(text()) + 28), fm.height() * 4 + 12};
}

QSize StatusTile::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {80, fm.height() * 4 + 12};
}

void StatusTile::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent = StatusGroupStyle::color(m_group);
    const QPalette pal = palette();
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);

    QPainterPath path;
    path.addRoundedRect(r, 6, 6);
    QColor fill = isChecked() ? accent.lighter(175) : pal.color(QPalette::Base);
    if (isChecked() && pal.color(QPalette::Base).lightness() < 128)
        fill = accent.darker(250);
    p.fillPath(path, fill);
    p.setPen(QPen(isChecked() ? accent : pal.color(QPalette::Mid), isChecked() ? 2.0 : 1.0));
    p.drawPath(path);

    // The group's colour as a stripe on the left.
    p.save();
    p.setClipPath(path);
    p.fillRect(QRectF(r.left(), r.top(), 6, r.height()), accent);
    p.restore();

    const QRectF content = r.adjusted(14, 6, -8, -6);
    QFont labelFont = font();
    p.setPen(pal.color(QPalette::Text));
    p.setFont(labelFont);
    const QFontMetrics fm(labelFont);
    p.drawText(QRectF(content.left(), content.top(), content.width(), fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(text(), Qt::ElideRight, int(content.width())));

    QFont countFont = font();
    countFont.setPointSizeF(font().pointSizeF() * 1.9);
    countFont.setBold(true);
    p.setFont(countFont);
    const QFontMetrics cfm(countFont);
    const QRectF countRect(content.left(), content.top() + fm.height(), content.width(),
                           cfm.height());
    p.drawText(countRect, Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(m_count));

    if (!m_caption.isEmpty()) {
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        p.setFont(small);
        p.setPen(pal.color(QPalette::PlaceholderText));
        const QFontMetrics sfm(small);
        p.drawText(QRectF(content.left(), countRect.bottom(), content.width(), sfm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   sfm.elidedText(m_caption, Qt::ElideRight, int(content.width())));
    }

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(3, 3, -3, -3);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

} // namespace fotadesk
