// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TextTable.h"

#include "core/DisplayText.h"

#include <algorithm>

namespace fotadesk::ctl {

namespace {
QStringList escapeControls(QStringList cells)
{
    for (QString& cell : cells)
        cell = DisplayText::escapeControls(cell);
    return cells;
}
} // namespace

TextTable::TextTable(QStringList header)
    : m_rows{escapeControls(std::move(header))}
{}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(escapeControls(std::move(cells)));
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QStringList& row : m_rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    QString text;
    for (const QStringList& row : m_rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 < row.size())
                line += row.at(i).leftJustified(widths.at(i) + 2, QLatin1Char(' '));
            else
                line += row.at(i);
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace fotadesk::ctl
