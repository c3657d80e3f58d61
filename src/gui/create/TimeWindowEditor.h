// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/DraftIssue.h"
#include "core/TimeWindow.h"

#include <QDate>
#include <QList>
#include <QTimeZone>
#include <QWidget>

#include <memory>

namespace Ui {
class TimeWindowEditor;
}

namespace fotadesk {

class TimeWindowModel;

/// Edits a campaign's daily time windows (whole UTC hours) over a
/// TimeWindowModel: presets ("nights 01–05", ...), an add row whose
/// midnight-spanning window (22 → 2) is split into two automatically, editable
/// rows, the site's local time beside each window, the core's messages inline,
/// and a warning when daylight-saving time moves the local hours within the
/// campaign's dates.
class TimeWindowEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeWindowEditor)

public:
    explicit TimeWindowEditor(QWidget* parent = nullptr);
    ~TimeWindowEditor() override;

    void setWindows(const QList<TimeWindow>& windows);
    [[nodiscard]] QList<TimeWindow> windows() const;
    /// Some windows overlap (or repeat): Merge overlapping windows is offered.
    [[nodiscard]] bool hasOverlaps() const;
    /// Replaces overlapping windows by the windows covering the same hours (the button).
    void mergeOverlaps();
    void setSiteTimeZone(const QTimeZone& zone);
    void setDateRange(QDate start, QDate end);
    [[nodiscard]] TimeWindowModel* model() const { return m_model; }
    /// The core's findings about the list (TimeWindowList::validate).
    [[nodiscard]] DraftIssues issues() const;
    [[nodiscard]] bool hasErrors() const;
    /// The daylight-saving warning shown (empty when none).
    [[nodiscard]] QString dstWarning() const { return m_dstWarning; }

    /// Preset names in the combo order (index 0 is "choose"): "nights", "nights-22-06", ...
    static QStringList presetIds();
    /// Replaces the windows with a preset (see presetIds()); false for an unknown id.
    bool applyPreset(const QString& id);
    /// Adds start → end (UTC hours; across midnight: two windows). False when it makes no
    /// window (start == end): the reason is shown inline.
    bool addWindow(int startHour, int endHour);

Q_SIGNALS:
    void windowsChanged();

private:
    void refresh();
    void updateDstWarning();

    std::unique_ptr<Ui::TimeWindowEditor> m_ui;
    TimeWindowModel* m_model;
    QTimeZone m_zone;
    QDate m_start;
    QDate m_end;
    QString m_dstWarning;
    QString m_addProblem;
};

} // namespace fotadesk
