// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/TimeWindowModel.h"

#include "core/DisplayFormat.h"
#include "core/TimeWindowList.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

constexpr int kMaxScanDays = TimeWindowList::kMaxConversionDays;

} // namespace

TimeWindowModel::TimeWindowModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    revalidate();
}

TimeWindowModel::~TimeWindowModel() = default;

int TimeWindowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_windows.size());
}

int TimeWindowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

DraftIssues TimeWindowModel::rowIssues(int row) const
{
    DraftIssues out;
    for (const DraftIssue& issue : m_issues) {
        if (issue.index == row || issue.otherIndex == row)
            out.append(issue);
    }
    return out;
}

QVariant TimeWindowModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const TimeWindow& w = m_windows.at(row);
    const LocalText& local = m_local.at(row);
    const DraftIssues issues = rowIssues(row);
    const bool error = fotadesk::hasErrors(issues);
    auto messages = [&] {
        QStringList m;
        for (const DraftIssue& issue : issues)
            m.append(issue.message);
        return m.join(QLatin1Char('\n'));
    };
    // Hours are written as everywhere else ("01:00", "24:00"); the editor edits the number.
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case StartColumn:
            return role == Qt::DisplayRole ? QVariant(DisplayFormat::hour(w.startTime))
                                           : QVariant(w.startTime);
        case EndColumn:
            return role == Qt::DisplayRole ? QVariant(DisplayFormat::hour(w.endTime))
                                           : QVariant(w.endTime);
        case LocalColumn:
            return local.text;
        case CheckColumn:
            return issues.isEmpty() ? tr("OK") : messages();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return issues.isEmpty() ? QVariant() : QVariant(messages());
    case Qt::ForegroundRole:
        return error ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
    case RawValueRole:
        switch (index.column()) {
        case StartColumn:
            return w.startTime;
        case EndColumn:
            return w.endTime;
        case LocalColumn:
            return local.start;
        case CheckColumn:
            return error ? 2 : (issues.isEmpty() ? 0 : 1);
        default:
            return {};
        }
    case WindowRole:
        return QVariant::fromValue(w);
    case IssueCodesRole:
        return issueCodes(issues);
    case HasErrorRole:
        return error;
    case LocalShiftsRole:
        return local.shifts;
    default:
        return {};
    }
}

bool TimeWindowModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() != StartColumn && index.column() != EndColumn)
        return false;
    bool ok = false;
    const int hour = value.toInt(&ok);
    if (!ok || hour < 0 || hour > 24)
        return false;
    TimeWindow& w = m_windows[index.row()];
    int& field = index.column() == StartColumn ? w.startTime : w.endTime;
    if (field == hour)
        return true;
    field = hour;
    m_local[index.row()] = localTextFor(w);
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    revalidate();
    return true;
}

Qt::ItemFlags TimeWindowModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == StartColumn || index.column() == EndColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TimeWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn:
        return tr("Start (UTC)");
    case EndColumn:
        return tr("End (UTC)");
    case LocalColumn:
        return m_zone.isValid() ? tr("Local time (%1)").arg(QString::fromUtf8(m_zone.id()))
                                : tr("Local time");
    case CheckColumn:
        return tr("Check");
    default:
        return {};
    }
}

bool TimeWindowModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        const TimeWindow w{1, 5};
        m_windows.insert(row + i, w);
        m_local.insert(row + i, localTextFor(w));
    }
    endInsertRows();
    revalidate();
    return true;
}

bool TimeWindowModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_windows.remove(row, count);
    m_local.remove(row, count);
    endRemoveRows();
    revalidate();
    return true;
}

void TimeWindowModel::setWindows(const QList<TimeWindow>& windows)
{
    beginResetModel();
    m_windows = windows;
    m_local.clear();
    for (const TimeWindow& w : std::as_const(m_windows))
        m_local.append(localTextFor(w));
    endResetModel();
    revalidate();
}

int TimeWindowModel::addWindow(TimeWindow window)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_windows.append(window);
    m_local.append(localTextFor(window));
    endInsertRows();
    revalidate();
    return row;
}

int TimeWindowModel::addAcrossMidnight(int startHour, int endHour)
{
    const QList<TimeWindow> parts = TimeWindowList::splitAcrossMidnight(startHour, endHour);
    if (parts.isEmpty())
        return 0;
    const int row = rowCount();
    beginInsertRows({}, row, row + int(parts.size()) - 1);
    for (const TimeWindow& w : parts) {
        m_windows.append(w);
        m_local.append(localTextFor(w));
    }
    endInsertRows();
    revalidate();
    return int(parts.size());
}

void TimeWindowModel::setSiteTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    refreshLocal();
    Q_EMIT headerDataChanged(Qt::Horizontal, LocalColumn, LocalColumn);
}

void TimeWindowModel::setDateRange(QDate start, QDate end)
{
    m_start = start;
    m_end = end;
    refreshLocal();
}

bool TimeWindowModel::hasErrors() const
{
    return fotadesk::hasErrors(m_issues);
}

void TimeWindowModel::revalidate()
{
    m_issues = TimeWindowList::validate(m_windows);
    if (!m_windows.isEmpty())
        Q_EMIT dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn));
    Q_EMIT windowsChanged();
}

void TimeWindowModel::refreshLocal()
{
    for (qsizetype i = 0; i < m_windows.size(); ++i)
        m_local[i] = localTextFor(m_windows.at(i));
    if (!m_windows.isEmpty())
        Q_EMIT dataChanged(index(0, LocalColumn), index(rowCount() - 1, LocalColumn));
}

TimeWindowModel::LocalText TimeWindowModel::localTextFor(const TimeWindow& window) const
{
    LocalText out;
    if (!m_zone.isValid() || !window.isValid())
        return out;
    const QDate first = m_start.isValid() ? m_start : QDate::currentDate();
    const QList<LocalInterval> local = TimeWindowList::utcToLocal({window}, m_zone, first);
    if (local.isEmpty())
        return out;
    out.text = local.first().toDisplayString();
    out.start = local.first().start;
    if (!m_end.isValid() || m_end <= first)
        return out;
    // The first date on which the same UTC hours fall on other local hours.
    const QDate last = std::min(m_end, first.addDays(kMaxScanDays));
    for (QDate d = first.addDays(1); d <= last; d = d.addDays(1)) {
        const QList<LocalInterval> other = TimeWindowList::utcToLocal({window}, m_zone, d);
        if (other.isEmpty())
            continue;
        const QString text = other.first().toDisplayString();
        if (text != out.text) {
            out.shifts = true;
            out.text = tr("%1; from %2: %3 (daylight-saving time)")
                           .arg(out.text, DisplayFormat::date(d), text);
            break;
        }
    }
    return out;
}

} // namespace fotadesk
