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
    return parent.isValid() ? 0 : ColumnCount + m_table.extraColumnCount();
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
            return m_table.lineAt(row) > 0 ? QVariant(qint64(m_table.lineAt(row))) : QVariant();
        default:
            return m_table.extraCellAt(row, index.column() - ColumnCount);
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
            return qint64(m_table.lineAt(row));
        default:
            return m_table.extraCellAt(row, index.column() - ColumnCount);
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
        return section > LineColumn && section < columnCount()
                   ? extraColumnName(section - ColumnCount)
                   : QVariant();
    }
}

QString DeviceListModel::extraColumnName(int column) const
{
    const QString name = m_table.extraColumnNames().value(column);
    return name.isEmpty() ? tr("Column %1").arg(column + 1) : name;
}

Qt::ItemFlags DeviceListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ImeiColumn && kindAt(index.row()) == Kind::Rejected)
        f |= Qt::ItemIsEditable;
    return f;
}

bool DeviceListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != ImeiColumn)
        return false;
    return m_table.editRejected(index.row(), value.toString()).has_value();
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
    Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
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
    const int extras = m_table.extraColumnCount();
    const auto extraCells = [&](int row) {
        for (int c = 0; c < extras; ++c)
            out.cell(m_table.extraCellAt(row, c));
    };
    const auto extraHeader = [&] {
        for (int c = 0; c < extras; ++c)
            out.cell(extraColumnName(c));
        out.endRow();
    };
    const auto line = [&](int row) {
        if (m_table.lineAt(row) > 0)
            out.number(qint64(m_table.lineAt(row)));
        else
            out.empty();
    };
    if (scope == CsvScope::ValidImeis) {
        // The list to send: a "line" column only when rows came from a file.
        bool withLines = false;
        for (int row = 0; row < rows && !withLines; ++row)
            withLines = kindAt(row) == Kind::Valid && m_table.lineAt(row) > 0;
        out.reserve(qsizetype(9 + m_table.counts().valid * (ImeiDigits::Length + 2)));
        out.cell(u"imei");
        if (withLines)
            out.cell(u"line");
        extraHeader();
        for (int row = 0; row < rows; ++row) {
            if (kindAt(row) != Kind::Valid)
                continue;
            out.cell(digitsOf(valueAt(row)));
            if (withLines)
                line(row);
            extraCells(row);
            out.endRow();
        }
        return out.take();
    }
    out.reserve(qsizetype(rows) * 32 + 32);
    for (QStringView name : {u"imei", u"state", u"reason", u"line"})
        out.cell(name);
    extraHeader();
    for (int row = 0; row < rows; ++row) {
        const RejectedDevice* rej = rejectedAt(row);
        if (!rej && scope == CsvScope::RejectedRows)
            continue;
        out.cell(rej ? rej->text : digitsOf(valueAt(row)))
            .cell(rowStateLabel(rowStateAt(row)))
            .cell(reasonTextAt(row));
        line(row);
        extraCells(row);
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
