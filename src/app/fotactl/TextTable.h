#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fotadesk::ctl {

/// Left-aligned columns for fotactl's text output.
class TextTable final
{
public:
    explicit TextTable(QStringList header)
        : m_rows{std::move(header)}
    {}
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    [[nodiscard]] qsizetype rowCount() const { return m_rows.size() - 1; }
    [[nodiscard]] QString toString() const;

private:
    QList<QStringList> m_rows;
};

} // namespace fotadesk::ctl
