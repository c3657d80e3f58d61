// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/create/HourSpinBox.h"

#include "core/DisplayFormat.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

/// "7", "07", "07:", "07:0", "07:00" (the hour, then as much of ":00" as was typed).
const QRegularExpression& hourPattern()
{
    static const QRegularExpression pattern(uR"(^\s*(\d{1,2})(:0?0?)?\s*$)"_s);
    return pattern;
}

} // namespace

HourSpinBox::HourSpinBox(QWidget* parent)
    : QSpinBox(parent)
{
    setRange(0, 24);
}

QString HourSpinBox::textFromValue(int value) const
{
    return DisplayFormat::hour(value);
}

int HourSpinBox::valueFromText(const QString& text) const
{
    const auto match = hourPattern().match(text);
    return match.hasMatch() ? match.captured(1).toInt() : minimum();
}

QValidator::State HourSpinBox::validate(QString& text, int& pos) const
{
    Q_UNUSED(pos)
    if (text.trimmed().isEmpty())
        return QValidator::Intermediate;
    const auto match = hourPattern().match(text);
    if (!match.hasMatch())
        return QValidator::Invalid;
    const int hour = match.captured(1).toInt();
    if (hour > maximum())
        return QValidator::Invalid;
    return hour < minimum() ? QValidator::Intermediate : QValidator::Acceptable;
}

} // namespace fotadesk
