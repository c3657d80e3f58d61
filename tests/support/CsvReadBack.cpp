// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/CsvReadBack.h"

#include "core/CsvTokenizer.h"
#include "core/CsvWriter.h"
#include "core/ImeiImporter.h"

#include <QBuffer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

namespace {

class Rows final : public CsvTokenizer::Sink
{
public:
    void record(const CsvRecord& record) override
    {
        QStringList raw;
        QStringList restored;
        for (int i = 0; i < record.fieldCount(); ++i) {
            const QString cell = QString::fromUtf8(record.field(i));
            raw.append(cell);
            restored.append(CsvWriter::restoreCell(cell));
        }
        rawRows.append(raw);
        rows.append(restored);
    }
    QList<QStringList> rows;
    QList<QStringList> rawRows;
};

bool onlyCrlf(QByteArrayView bytes)
{
    if (!bytes.isEmpty() && !bytes.endsWith("\r\n"))
        return false;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'))
            return false;
        else if (!quoted && c == '\n' && (i == 0 || bytes[i - 1] != '\r'))
            return false;
    }
    return true;
}

} // namespace

CsvReadBack readCsvBack(const QByteArray& file)
{
    CsvReadBack back;
    QByteArrayView body(file);
    back.bom = body.startsWith(CsvWriter::Utf8Bom);
    if (back.bom)
        body = body.sliced(CsvWriter::Utf8Bom.size());
    back.crlf = onlyCrlf(body);
    back.delimiter = CsvTokenizer::sniff(body, true).delimiter;
    CsvTokenizer tokenizer(back.delimiter);
    Rows rows;
    tokenizer.feed(body, rows);
    tokenizer.finish(rows);
    back.rows = std::move(rows.rows);
    back.rawRows = std::move(rows.rawRows);
    static const QRegularExpression plainNumber(u"^[+-]?[0-9]+(\\.[0-9]+)?$"_s);
    for (const QStringList& row : std::as_const(back.rawRows)) {
        for (const QString& cell : row) {
            if (!cell.isEmpty() && u"=+-@\t\r"_s.contains(cell.front()) &&
                !plainNumber.match(cell).hasMatch())
                back.unsafeCells.append(cell);
        }
    }
    return back;
}

ImeiImportResult importCsvBack(const QByteArray& file)
{
    QByteArray copy = file;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return ImeiImporter().importDevice(buffer, u"export.csv"_s);
}

} // namespace fotadesk::test
