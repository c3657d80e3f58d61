// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLabel>

namespace fotadesk {

/// A rounded, coloured label showing a campaign or device status: the colour
/// of its StatusGroup (StatusGroupStyle), the label StatusClassifier gives
/// (unknown statuses verbatim), the raw status in the tooltip.
class StatusBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadge)

public:
    enum class Kind
    {
        Campaign,
        Device
    };

    explicit StatusBadge(QWidget* parent = nullptr);

    void setStatus(const QString& status, Kind kind = Kind::Campaign);
    [[nodiscard]] QString status() const { return m_status; }

private:
    QString m_status;
};

} // namespace fotadesk
