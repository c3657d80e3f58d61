// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/devices/DeviceListDraft.h"

#include "models/DeviceListModel.h"

#include <QJsonArray>
#include <QtEndian>

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {
constexpr auto kRejected = "rejected";
constexpr auto kLines = "lines";
constexpr auto kColumns = "columns";
constexpr auto kCells = "cells";
/// Other cells are saved for lists up to this long: beyond it the JSON of every cell would
/// make each autosave (every 2 s while editing) take seconds. IMEIs, rejected rows and
/// lines are always saved.
constexpr int kMaxRowsWithCells = 200'000;

QByteArray encodeLines(const DeviceTable& table)
{
    QByteArray bytes(qsizetype(table.rowCount()) * 4, Qt::Uninitialized);
    for (int row = 0; row < table.rowCount(); ++row)
        qToLittleEndian<quint32>(table.lineAt(row), bytes.data() + qsizetype(row) * 4);
    return bytes.toBase64();
}

std::vector<std::uint32_t> decodeLines(const QString& base64)
{
    const QByteArray bytes = QByteArray::fromBase64(base64.toLatin1());
    std::vector<std::uint32_t> lines(std::size_t(bytes.size() / 4));
    for (std::size_t i = 0; i < lines.size(); ++i)
        lines[i] = qFromLittleEndian<quint32>(bytes.constData() + i * 4);
    return lines;
}

RejectedDevice rejectedFrom(const QString& text, const QJsonObject& o)
{
    RejectedDevice r;
    r.text = text;
    if (o.isEmpty())
        return RejectedDevice::fromParse(Imei::parse(QStringView(r.text)), r.text);
    r.line = o.value(u"line"_s).toInt();
    const int error = o.value(u"error"_s).toInt();
    r.error = error > 0 && error <= int(ImeiError::ScientificNotation) ? ImeiError(error)
                                                                       : ImeiError::Empty;
    r.code = o.value(u"code"_s).toString();
    r.message = o.value(u"message"_s).toString();
    r.suggestion = o.value(u"suggestion"_s).toString();
    return r;
}

} // namespace

void DeviceListDraft::write(const DeviceListModel& model, Draft& d)
{
    const DeviceTable& table = model.table();
    QJsonArray rejected;
    const int rows = model.rowCount();
    bool anyLine = false;
    d.campaign.devices.clear();
    d.campaign.devices.reserve(rows);
    d.rejectedRows.clear();
    for (int row = 0; row < rows; ++row) {
        anyLine = anyLine || table.lineAt(row) > 0;
        if (model.kindAt(row) != DeviceListModel::Kind::Rejected) {
            d.campaign.devices.append(model.imeiAt(row));
            continue;
        }
        const RejectedDevice* r = model.rejectedAt(row);
        d.rejectedRows.append(r->text);
        rejected.append(QJsonObject{
            {u"row"_s, row},
            {u"line"_s, r->line},
            {u"error"_s, int(r->error)},
            {u"code"_s, r->code},
            {u"message"_s, r->message},
            {u"suggestion"_s, r->suggestion},
        });
    }
    if (!rejected.isEmpty())
        d.extra.insert(QLatin1String(kRejected), rejected);
    if (anyLine)
        d.extra.insert(QLatin1String(kLines), QString::fromLatin1(encodeLines(table)));
    if (table.extraColumnCount() > 0 && !table.extraCells().empty() && rows <= kMaxRowsWithCells) {
        d.extra.insert(QLatin1String(kColumns),
                       QJsonArray::fromStringList(table.extraColumnNames()));
        QJsonArray cells;
        for (const QStringList& rowCells : table.extraCells())
            cells.append(QJsonArray::fromStringList(rowCells));
        d.extra.insert(QLatin1String(kCells), cells);
    }
}

bool DeviceListDraft::hasRowDetails(const Draft& draft)
{
    return !draft.rejectedRows.isEmpty() || draft.extra.contains(QLatin1String(kLines)) ||
           draft.extra.contains(QLatin1String(kCells));
}

void DeviceListDraft::append(DeviceListModel& model, const Draft& draft)
{
    const QJsonArray details = draft.extra.value(QLatin1String(kRejected)).toArray();
    const std::vector<std::uint32_t> lines =
        decodeLines(draft.extra.value(QLatin1String(kLines)).toString());
    const QJsonArray cells = draft.extra.value(QLatin1String(kCells)).toArray();
    QStringList names;
    for (const QJsonValue& v : draft.extra.value(QLatin1String(kColumns)).toArray())
        names.append(v.toString());
    const QList<Imei>& devices = draft.campaign.devices;

    // DeviceTable appends IMEIs, then rejected rows: one batch per run of IMEIs followed by
    // rejected rows puts every row back where it was.
    DeviceRows batch;
    batch.columnNames = names;
    int row = 0; // the row the next one becomes
    const auto takeDetails = [&] {
        if (std::size_t(row) < lines.size() && batch.imeiLines.size() == batch.imeis.size() - 1)
            batch.imeiLines.push_back(lines[std::size_t(row)]);
        if (!cells.isEmpty()) {
            QStringList rowCells;
            for (const QJsonValue& v : cells.at(row).toArray())
                rowCells.append(v.toString());
            batch.cells.push_back(rowCells);
        }
        ++row;
    };
    // Cells are kept for IMEIs then rejected rows: hold the rejected rows' cells apart.
    std::vector<QStringList> rejectedCells;
    const auto flush = [&] {
        batch.cells.insert(batch.cells.end(), rejectedCells.begin(), rejectedCells.end());
        if (batch.imeiLines.size() != batch.imeis.size())
            batch.imeiLines.clear();
        model.appendRows(batch);
        batch.imeis.clear();
        batch.imeiLines.clear();
        batch.rejected.clear();
        batch.cells.clear();
        rejectedCells.clear();
    };
    const auto addImei = [&](Imei imei) {
        if (!batch.rejected.isEmpty())
            flush();
        batch.imeis.push_back(imei);
        takeDetails();
    };
    qsizetype next = 0;
    for (qsizetype i = 0; i < draft.rejectedRows.size(); ++i) {
        const QJsonObject o = details.at(i).toObject();
        const qint64 at = o.value(u"row"_s).toInteger(std::numeric_limits<qint64>::max());
        while (next < devices.size() && next + i < at)
            addImei(devices.at(next++));
        batch.rejected.append(rejectedFrom(draft.rejectedRows.at(i), o));
        if (!cells.isEmpty()) {
            QStringList rowCells;
            for (const QJsonValue& v : cells.at(row).toArray())
                rowCells.append(v.toString());
            rejectedCells.push_back(rowCells);
        }
        ++row;
    }
    while (next < devices.size())
        addImei(devices.at(next++));
    flush();
}

} // namespace fotadesk
