// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/AccountDeviceModel.h"

#include "core/CsvWriter.h"
#include "core/DisplayFormat.h"
#include "core/Timestamp.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

/// The IMEI as a number for sorting; 0 when the id is not 1..19 digits.
std::uint64_t numericId(const QString& id)
{
    if (id.isEmpty() || id.size() > 19)
        return 0;
    std::uint64_t value = 0;
    for (const QChar c : id) {
        if (c < u'0' || c > u'9')
            return 0;
        value = value * 10 + std::uint64_t(c.unicode() - u'0');
    }
    return value;
}

} // namespace

AccountDeviceModel::AccountDeviceModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_zone(QTimeZone::systemTimeZone())
{
    m_strings.append(QString()); // id 0
    m_ids.insert(QString(), 0);
}

AccountDeviceModel::~AccountDeviceModel() = default;

int AccountDeviceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountDeviceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::uint32_t AccountDeviceModel::intern(const QString& text, bool* isNew)
{
    const auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd())
        return *it;
    const auto id = std::uint32_t(m_strings.size());
    m_strings.append(text);
    m_ids.insert(text, id);
    if (isNew)
        *isNew = true;
    return id;
}

void AccountDeviceModel::appendDevices(const QList<wire::AccountDevice>& devices)
{
    if (devices.isEmpty())
        return;
    bool newValues = false;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(devices.size()) - 1);
    m_rows.reserve(m_rows.size() + std::size_t(devices.size()));
    for (const wire::AccountDevice& d : devices) {
        Row row;
        row.deviceId = d.deviceId;
        row.imei = numericId(d.deviceId);
        row.mdn = d.mdn;
        row.status = intern(d.status);
        const std::array<const QString*, 4> texts{&d.make, &d.model, &d.firmware, &d.protocol};
        for (std::size_t f = 0; f < texts.size(); ++f) {
            row.fields[f] = intern(*texts[f]);
            if (!m_used[f].contains(row.fields[f])) {
                m_used[f].insert(row.fields[f]);
                newValues = true;
            }
        }
        row.lastConnection =
            d.refreshTime.utc.isValid() ? d.refreshTime.utc.toMSecsSinceEpoch() : NoTime;
        row.eligible = d.fotaEligible;
        row.licensed = d.licenseAssigned;
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
    if (newValues)
        Q_EMIT valuesChanged();
}

void AccountDeviceModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_strings = QStringList{QString()};
    m_ids.clear();
    m_ids.insert(QString(), 0);
    for (auto& used : m_used)
        used.clear();
    endResetModel();
    Q_EMIT valuesChanged();
}

void AccountDeviceModel::setDisplayTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, LastConnectionColumn),
                           index(rowCount() - 1, LastConnectionColumn));
}

QStringList AccountDeviceModel::distinctValues(Field field) const
{
    QStringList out;
    for (const std::uint32_t id : m_used[std::size_t(field)])
        out.append(m_strings.at(id));
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return out;
}

QVariant AccountDeviceModel::timeData(const Row& row, int role) const
{
    if (row.lastConnection == NoTime)
        return role == RawValueRole ? QVariant() : QVariant(QString());
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(row.lastConnection, Qt::UTC);
    switch (role) {
    case Qt::DisplayRole:
        return DisplayFormat::dateTime(utc.toTimeZone(m_zone));
    case Qt::ToolTipRole:
        return DisplayFormat::withUtc(utc, m_zone, DisplayFormat::Seconds::Show);
    case RawValueRole:
        return row.lastConnection;
    default:
        return {};
    }
}

QVariant AccountDeviceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    if (role == DeviceIdRole)
        return row.deviceId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole)
        return {};
    const auto field = [&](Field f) -> QVariant {
        return m_strings.at(row.fields[std::size_t(f)]);
    };
    const auto yesNo = [&](bool value) -> QVariant {
        if (role == RawValueRole)
            return value;
        return value ? tr("Yes") : tr("No");
    };
    switch (index.column()) {
    case ImeiColumn:
        if (role == RawValueRole && row.imei != 0)
            return QVariant::fromValue(row.imei);
        if (role == Qt::ToolTipRole)
            return row.mdn.isEmpty() ? row.deviceId : tr("%1 (MDN %2)").arg(row.deviceId, row.mdn);
        return row.deviceId;
    case MakeColumn:
        return field(Field::Make);
    case ModelColumn:
        return field(Field::Model);
    case FirmwareColumn:
        return field(Field::Firmware);
    case ProtocolColumn:
        return field(Field::Protocol);
    case EligibleColumn:
        return yesNo(row.eligible);
    case LicensedColumn:
        return yesNo(row.licensed);
    case LastConnectionColumn:
        return timeData(row, role);
    default:
        return {};
    }
}

QVariant AccountDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == LastConnectionColumn)
        return tr("When the device last reported to the server. The inventory "
                  "states no other connection time.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ImeiColumn:
        return tr("IMEI");
    case MakeColumn:
        return tr("Make");
    case ModelColumn:
        return tr("Model");
    case FirmwareColumn:
        return tr("Firmware");
    case ProtocolColumn:
        return tr("Protocol");
    case EligibleColumn:
        return tr("FOTA-eligible");
    case LicensedColumn:
        return tr("Licensed");
    case LastConnectionColumn:
        return tr("Last connection");
    default:
        return {};
    }
}

void AccountDeviceModel::writeCsvHeader(CsvWriter& out)
{
    out.row({u"imei", u"mdn", u"make", u"model", u"firmware", u"protocol", u"fotaEligible",
             u"licenseAssigned", u"status", u"lastConnection"});
}

void AccountDeviceModel::writeCsvRow(CsvWriter& out, int row) const
{
    const Row& r = m_rows[std::size_t(row)];
    const auto field = [&](Field f) -> const QString& {
        return m_strings.at(r.fields[std::size_t(f)]);
    };
    out.cell(r.deviceId)
        .cell(r.mdn)
        .cell(field(Field::Make))
        .cell(field(Field::Model))
        .cell(field(Field::Firmware))
        .cell(field(Field::Protocol))
        .cell(r.eligible ? u"true"_s : u"false"_s)
        .cell(r.licensed ? u"true"_s : u"false"_s)
        .cell(m_strings.at(r.status));
    if (r.lastConnection == NoTime)
        out.empty();
    else
        out.cell(Timestamp::format(QDateTime::fromMSecsSinceEpoch(r.lastConnection, Qt::UTC)));
    out.endRow();
}

} // namespace fotadesk
