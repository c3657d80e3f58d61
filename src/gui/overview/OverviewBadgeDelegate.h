// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace fotadesk {

/// Paints a status cell as a badge: a rounded pill in the status group's colour
/// with the status label in a readable contrast colour. Reads the model's
/// Qt::DisplayRole (label) and Qt::DecorationRole (the group's QColor) — the
/// roles CampaignModel and DeviceStatusModel give their status columns; a cell
/// without a colour is painted as usual. Used by the overview and the campaign
/// device status tables.
class OverviewBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewBadgeDelegate)

public:
    explicit OverviewBadgeDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The width a badge of `label` needs in a view with `font` (what sizeHint() asks).
    [[nodiscard]] static int badgeWidth(const QFont& font, const QString& label);
    /// The width of a status column whose badges show any known campaign (`campaigns`) or
    /// device status in the current language: fixed widths cut German labels off.
    [[nodiscard]] static int widestKnownBadge(const QFont& font, bool campaigns);
};

} // namespace fotadesk
