// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/overview/OverviewBadgeDelegate.h"

#include "core/KnownStatuses.h"
#include "core/StatusGroup.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace fotadesk {

namespace {
constexpr int kPadX = 8;
constexpr int kMarginY = 3;
} // namespace

OverviewBadgeDelegate::OverviewBadgeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void OverviewBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.typeId() != QMetaType::QColor) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QColor bg = decoration.value<QColor>();
    const QString text = index.data(Qt::DisplayRole).toString();

    // The row's background and selection as the style draws them, without text or icon.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    base.icon = QIcon();
    base.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    const QRect cell = option.rect.adjusted(4, kMarginY, -4, -kMarginY);
    // A few pixels of slack: the painter's font metrics may round differently.
    const int width = std::min(cell.width(), fm.horizontalAdvance(text) + 2 * kPadX + 4);
    const QRect pill(cell.left(), cell.top(), width, cell.height());
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
    painter->fillPath(path, bg);
    painter->setPen(bg.lightnessF() > 0.6 ? Qt::black : Qt::white);
    painter->setFont(font);
    painter->drawText(pill.adjusted(kPadX, 0, -kPadX + 4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(text, Qt::ElideRight, pill.width() - 2 * kPadX + 4));
    painter->restore();
}

QSize OverviewBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    size.setWidth(badgeWidth(option.font, index.data(Qt::DisplayRole).toString()));
    size.setHeight(std::max(size.height(), fm.height() + 2 * kMarginY + 4));
    return size;
}

int OverviewBadgeDelegate::badgeWidth(const QFont& font, const QString& label)
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    // paint(): the pill is the text + 2 × kPadX + 4 px of slack, inside 4 px cell margins.
    return QFontMetrics(bold).horizontalAdvance(label) + 2 * kPadX + 12;
}

int OverviewBadgeDelegate::widestKnownBadge(const QFont& font, bool campaigns)
{
    int widest = 0;
    const QStringList statuses = campaigns ? KnownStatuses::campaign() : KnownStatuses::device();
    for (const QString& status : statuses) {
        const QString label = campaigns ? StatusClassifier::campaignStatusLabel(status)
                                        : StatusClassifier::deviceStatusLabel(status);
        widest = std::max(widest, badgeWidth(font, label));
    }
    return widest;
}

} // namespace fotadesk
