// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/DeviceListModel.h"

#include "core/CsvWriter.h"
#include "models/ImeiDigits.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

QString digitsOf(std::uint64_t value)
{
    char buf[ImeiDigits::Length];
    ImeiDigits::write(value, buf);
    return QString::fromLatin1(buf, ImeiDigits::Length);
}

} // namespace

DeviceListModel::DeviceListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_table.setObserver(this);
}

DeviceListModel::~DeviceListModel()
{
    m_table.setObserver(nullptr);
}

int DeviceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount();
}

int DeviceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Kind kind = kindAt(row);
    const RejectedDevice* rejected = rejectedAt(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ImeiColumn:
            return rejected ? rejected->text : digitsOf(valueAt(row));
        case StateColumn:
            return rowStateLabel(rowStateAt(row));
        case ReasonColumn:
            return reasonTextAt(row);
        case LineColumn:
            return rejected && rejected->line > 0 ? QVariant(rejected->line) : QVariant();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = reasonTextAt(row);
        if (rejected && !rejected->suggestion.isEmpty() && !tip.contains(rejected->suggestion))
            tip += u' ' + tr("Suggested: %1").arg(rejected->suggestion);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        switch (rowStateAt(row)) {
        case RowState::Rejected:
        case RowState::OperationFailed:
            return QColor(0xc6, 0x28, 0x28);
        case RowState::Duplicate:
        case RowState::Unlicensed:
            return QColor(0x8a, 0x6d, 0x00);
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case ImeiColumn:
            return QVariant::fromValue<quint64>(kind == Kind::Rejected ? 0 : valueAt(row));
        case StateColumn:
            return static_cast<int>(rowStateAt(row));
        case ReasonColumn:
            return reasonTextAt(row);
        case LineColumn:
            return rejected ? rejected->line : 0;
        default:
            return {};
        }
    case ImeiValueRole:
        return QVariant::fromValue<quint64>(kind == Kind::Rejected ? 0 : valueAt(row));
    case KindRole:
        return static_cast<int>(kind);
    case StateRole:
        return static_cast<int>(rowStateAt(row));
    case UnlicensedRole:
        return (stateByteAt(row) & UnlicensedBit) != 0;
    case ErrorCodeRole:
        return rejected ? rejected->code : QString();
    case SuggestionRole:
        return rejected ? rejected->suggestion : QString();
    default:
        return {};
    }
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ImeiColumn:
        return tr("IMEI");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    case LineColumn:
        return tr("Line");
    default:
        return {};
    }
}

bool DeviceListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    m_table.removeRowRange(row, count);
    return true;
}

// --- the table's changes as model signals ---------------------------------------------

void DeviceListModel::beginInsert(int first, int last)
{
    beginInsertRows({}, first, last);
}

void DeviceListModel::endInsert()
{
    endInsertRows();
}

void DeviceListModel::beginRemove(int first, int last)
{
    beginRemoveRows({}, first, last);
}

void DeviceListModel::endRemove()
{
    endRemoveRows();
}

void DeviceListModel::beginReset()
{
    beginResetModel();
}

void DeviceListModel::endReset()
{
    endResetModel();
}

void DeviceListModel::rowsChanged(int first, int last)
{
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void DeviceListModel::countsUpdated(const DeviceListCounts& counts)
{
    Q_EMIT countsChanged(counts);
}

void DeviceListModel::undoAvailabilityChanged(bool available)
{
    Q_EMIT undoAvailableChanged(available);
}

// --- texts -----------------------------------------------------------------------------

QByteArray DeviceListModel::toCsv(CsvScope scope) const
{
    CsvWriter out;
    const int rows = m_table.rowCount();
    if (scope == CsvScope::ValidImeis) {
        out.reserve(qsizetype(9 + m_table.counts().valid * (ImeiDigits::Length + 2)));
        out.row({u"imei"});
        for (int row = 0; row < rows; ++row) {
            if (kindAt(row) == Kind::Valid)
                out.cell(digitsOf(valueAt(row))).endRow();
        }
        return out.take();
    }
    out.reserve(qsizetype(rows) * 32 + 32);
    out.row({u"imei", u"state", u"reason", u"line"});
    for (int row = 0; row < rows; ++row) {
        const RejectedDevice* rej = rejectedAt(row);
        out.cell(rej ? rej->text : digitsOf(valueAt(row)))
            .cell(rowStateLabel(rowStateAt(row)))
            .cell(reasonTextAt(row));
        if (rej && rej->line > 0)
            out.number(rej->line);
        else
            out.empty();
        out.endRow();
    }
    return out.take();
}

QString DeviceListModel::rowStateLabel(RowState state)
{
    switch (state) {
    case RowState::Valid:
        return tr("Valid");
    case RowState::Unlicensed:
        return tr("No license");
    case RowState::Duplicate:
        return tr("Duplicate");
    case RowState::Rejected:
        return tr("Rejected");
    case RowState::OperationSucceeded:
        return tr("Succeeded");
    case RowState::OperationFailed:
        return tr("Failed");
    }
    return {};
}

QString DeviceListModel::reasonTextAt(int row) const
{
    const std::uint8_t s = stateByteAt(row);
    if ((s & (OpFailedBit | OpSucceededBit)) && reasonIdAt(row) != 0)
        return m_table.reasonTable().at(reasonIdAt(row));
    if ((s & KindMask) == std::uint8_t(Kind::Rejected))
        return m_table.rejectedTable()[valueAt(row)].message;
    return stateReasonText(s);
}

QString DeviceListModel::stateReasonText(std::uint8_t s)
{
    switch (Kind(s & KindMask)) {
    case Kind::Rejected:
        return {};
    case Kind::Duplicate:
        return tr("This IMEI is already in the list: merge duplicates to keep one row.");
    case Kind::Valid:
        break;
    }
    if (s & UnlicensedBit)
        return tr("No FOTA license is attached to this device: assign one first, or turn on "
                  "automatic license assignment.");
    return {};
}

} // namespace fotadesk
