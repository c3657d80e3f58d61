// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSpinBox>

namespace fotadesk {

/// An hour of the day as FotaDesk writes hours everywhere: "01:00", "24:00". Typed as the
/// number ("7" or "07:00"); Up and Down step by an hour (and wrap when wrapping is on).
class HourSpinBox final : public QSpinBox
{
    Q_OBJECT

public:
    explicit HourSpinBox(QWidget* parent = nullptr);

protected:
    [[nodiscard]] QString textFromValue(int value) const override;
    [[nodiscard]] int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
};

} // namespace fotadesk
