// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/CsvWriter.h"

namespace fotadesk {

namespace {

bool isTrigger(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'=' || u == u'+' || u == u'-' || u == u'@' || u == u'\t' || u == u'\r';
}

/// -5, +12, 0.25, -0.25: what a spreadsheet reads as a number and nothing else.
bool isPlainNumber(QStringView v)
{
    qsizetype i = 0;
    if (i < v.size() && (v[i] == u'+' || v[i] == u'-'))
        ++i;
    const qsizetype intStart = i;
    while (i < v.size() && v[i] >= u'0' && v[i] <= u'9')
        ++i;
    if (i == intStart)
        return false;
    if (i < v.size() && v[i] == u'.') {
        const qsizetype fracStart = ++i;
        while (i < v.size() && v[i] >= u'0' && v[i] <= u'9')
            ++i;
        if (i == fracStart)
            return false;
    }
    return i == v.size();
}

bool isForbiddenControl(char16_t u)
{
    return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r');
}

} // namespace

CsvWriter::CsvWriter(Bom bom)
{
    if (bom == Bom::Write)
        m_out.append(Utf8Bom);
}

bool CsvWriter::needsNeutralising(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size() && value[i] == u'\'')
        ++i;
    if (i == value.size() || !isTrigger(value[i]))
        return false;
    // Apostrophes before a trigger always get one more (restoreCell() removes one).
    return i > 0 || !isPlainNumber(value);
}

QString CsvWriter::restoreCell(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    if (i > 0 && i < cell.size() && isTrigger(cell[i]))
        return cell.mid(1).toString();
    return cell.toString();
}

QByteArray CsvWriter::encodeCell(QStringView value)
{
    QString v;
    v.reserve(value.size() + 1);
    if (needsNeutralising(value))
        v += u'\'';
    bool quote = !value.isEmpty() && (value.front() == u' ' || value.back() == u' ');
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (isForbiddenControl(u)) {
            v += QChar(QChar::ReplacementCharacter);
            continue;
        }
        if (u == u'"' || u == u',' || u == u';' || u == u'\t' || u == u'|' || u == u'\r' ||
            u == u'\n')
            quote = true;
        v += c;
    }
    if (!quote)
        return v.toUtf8();
    QByteArray out = v.toUtf8().replace("\"", "\"\"");
    out.prepend('"');
    out.append('"');
    return out;
}

CsvWriter& CsvWriter::cell(QStringView value)
{
    if (m_rowStarted)
        m_out += ',';
    m_rowStarted = true;
    m_out += encodeCell(value);
    return *this;
}

CsvWriter& CsvWriter::number(qint64 value)
{
    if (m_rowStarted)
        m_out += ',';
    m_rowStarted = true;
    m_out += QByteArray::number(value);
    return *this;
}

CsvWriter& CsvWriter::empty()
{
    return cell(QStringView());
}

CsvWriter& CsvWriter::row(std::initializer_list<QStringView> cells)
{
    for (const QStringView c : cells)
        cell(c);
    return endRow();
}

CsvWriter& CsvWriter::endRow()
{
    m_out += "\r\n";
    m_rowStarted = false;
    return *this;
}

QByteArray CsvWriter::take()
{
    QByteArray out;
    out.swap(m_out);
    return out;
}

} // namespace fotadesk
