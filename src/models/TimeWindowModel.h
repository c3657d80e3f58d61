// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/DraftIssue.h"
#include "core/TimeWindow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QTimeZone>

namespace fotadesk {

/// The editable list of a campaign's daily time windows (whole UTC hours), with
/// each row's validation findings from the core rules (TimeWindowList::validate:
/// invalid bounds, duplicates, overlaps) and the hours shown in the site's
/// local time beside UTC.
///
/// Columns: StartColumn, EndColumn (UTC hours, editable: an int 0–24),
/// LocalColumn ("02:00–06:00 CET"; when daylight-saving time moves the local
/// hours within the date range, the new local hours and the first date they
/// apply on are added), CheckColumn (the row's error or warning messages).
///
/// Roles:
///   Qt::DisplayRole / Qt::EditRole   the hour (int) for Start/End, text otherwise
///   Qt::ToolTipRole    the row's messages
///   Qt::ForegroundRole red for a row with an error
///   RawValueRole       Start/End: int hour; Local: QDateTime of the local start on
///                      the reference date; Check: int severity (0 none, 1 warning, 2 error)
///   WindowRole         QVariant::fromValue(TimeWindow)
///   IssueCodesRole     QStringList of the row's issue codes ("window-overlap", ...)
///   HasErrorRole       bool
///   LocalShiftsRole    bool: the local hours change within the date range
class TimeWindowModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeWindowModel)

public:
    enum Column
    {
        StartColumn,
        EndColumn,
        LocalColumn,
        CheckColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        WindowRole,
        IssueCodesRole,
        HasErrorRole,
        LocalShiftsRole,
    };

    explicit TimeWindowModel(QObject* parent = nullptr);
    ~TimeWindowModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Inserts default windows (01–05, the common night window) to be edited.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    void setWindows(const QList<TimeWindow>& windows);
    [[nodiscard]] const QList<TimeWindow>& windows() const { return m_windows; }
    /// Appends one window; returns its row.
    int addWindow(TimeWindow window);
    /// Appends a window given as start → end hours; one across midnight (22 → 2)
    /// becomes two rows (22–24, 0–2). Returns how many rows were added (0: the
    /// hours do not make a window, see TimeWindowList::splitAcrossMidnight).
    int addAcrossMidnight(int startHour, int endHour);

    /// The site's zone for the Local column (invalid: the column stays empty).
    void setSiteTimeZone(const QTimeZone& zone);
    [[nodiscard]] QTimeZone siteTimeZone() const { return m_zone; }
    /// The campaign's dates: local hours are shown for the start date, and a
    /// change within [start, end] is pointed out.
    void setDateRange(QDate start, QDate end);

    /// Every finding about the list (including "windows-empty" for no rows).
    [[nodiscard]] const DraftIssues& issues() const { return m_issues; }
    [[nodiscard]] bool hasErrors() const;

Q_SIGNALS:
    /// The windows or their findings changed.
    void windowsChanged();

private:
    struct LocalText
    {
        QString text;
        QDateTime start;
        bool shifts = false;
    };
    void revalidate();
    void refreshLocal();
    [[nodiscard]] LocalText localTextFor(const TimeWindow& window) const;
    [[nodiscard]] DraftIssues rowIssues(int row) const;

    QList<TimeWindow> m_windows;
    QList<LocalText> m_local;
    DraftIssues m_issues;
    QTimeZone m_zone;
    QDate m_start;
    QDate m_end;
};

} // namespace fotadesk
