// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fotadesk::ctl {

/// Left-aligned columns for fotactl's text output. Cells mostly hold what a server sent
/// (firmware names, device ids, reasons): each is shown on one line with its control characters
/// escaped (DisplayText::escapeControls), so that no cell can move the cursor, break a row or turn
/// the text right-to-left.
class TextTable final
{
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    [[nodiscard]] qsizetype rowCount() const { return m_rows.size() - 1; }
    [[nodiscard]] QString toString() const;

private:
    QList<QStringList> m_rows;
};

} // namespace fotadesk::ctl
