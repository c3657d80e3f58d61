// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/StatusGroup.h"

#include <QAbstractButton>

namespace fotadesk {

/// A dashboard tile: the number of campaigns (or devices) in one status group,
/// big, under the group's name, with a stripe in the group's colour
/// (StatusGroupStyle). Checkable: the overview uses a checked tile as a filter
/// on that group. Reachable by keyboard (it is a button) and named for screen
/// readers ("Failed: 3").
class StatusTile final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusTile)

public:
    explicit StatusTile(StatusGroup group, QWidget* parent = nullptr);

    [[nodiscard]] StatusGroup group() const { return m_group; }
    [[nodiscard]] qint64 count() const { return m_count; }
    void setCount(qint64 count);
    /// A second line under the count, e.g. "of 120 campaigns" (empty: none).
    void setCaption(const QString& caption);
    [[nodiscard]] QString caption() const { return m_caption; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateTexts();

    StatusGroup m_group;
    qint64 m_count = 0;
    QString m_caption;
};

} // namespace fotadesk
