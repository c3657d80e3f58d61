// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/create/TimeWindowEditor.h"

#include "core/DisplayFormat.h"
#include "core/TimeWindowList.h"
#include "gui/common/Icons.h"
#include "models/TimeWindowModel.h"
#include "ui_TimeWindowEditor.h"

#include <QHeaderView>
#include <QItemSelectionModel>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {
struct Preset
{
    const char* id;
    const char* label;
    QList<TimeWindow> windows;
};

QList<Preset> presets()
{
    return {
        {"nights",
         QT_TRANSLATE_NOOP("fotadesk::TimeWindowEditor", "Nights 01:00–05:00 UTC"),
         {{1, 5}}},
        {"nights-22-06",
         QT_TRANSLATE_NOOP("fotadesk::TimeWindowEditor",
                           "Nights 22:00–06:00 UTC (split at midnight)"),
         {{22, 24}, {0, 6}}},
        {"lwm2m-start",
         QT_TRANSLATE_NOOP("fotadesk::TimeWindowEditor", "LWM2M start and retry 00:00–05:00 UTC"),
         {{0, 5}}},
        {"business",
         QT_TRANSLATE_NOOP("fotadesk::TimeWindowEditor", "Business hours 09:00–17:00 UTC"),
         {{9, 17}}},
        {"any", QT_TRANSLATE_NOOP("fotadesk::TimeWindowEditor", "Any hour (no window)"), {}},
    };
}
} // namespace

TimeWindowEditor::TimeWindowEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TimeWindowEditor>())
    , m_model(new TimeWindowModel(this))
    , m_zone(QTimeZone::systemTimeZone())
{
    m_ui->setupUi(this);
    m_ui->windowView->setModel(m_model);
    m_ui->windowView->verticalHeader()->hide();
    m_ui->windowView->horizontalHeader()->setStretchLastSection(true);
    m_ui->windowView->setColumnWidth(TimeWindowModel::StartColumn, 90);
    m_ui->windowView->setColumnWidth(TimeWindowModel::EndColumn, 90);
    m_ui->windowView->setColumnWidth(TimeWindowModel::LocalColumn, 420);
    m_ui->windowView->setWordWrap(true);
    m_ui->addButton->setIcon(Icons::get(u"add"_s));
    m_ui->removeButton->setIcon(Icons::get(u"remove"_s));

    // Long preset names (German) must not make the row, and the window, wider than the screen.
    m_ui->presetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->presetCombo->setMinimumContentsLength(18);
    m_ui->presetCombo->addItem(tr("Choose a preset…"), QString());
    for (const Preset& p : presets())
        m_ui->presetCombo->addItem(tr(p.label), QString::fromLatin1(p.id));
    connect(m_ui->presetCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_ui->presetCombo->itemData(index).toString();
        if (!id.isEmpty())
            applyPreset(id);
        m_ui->presetCombo->setCurrentIndex(0);
    });
    connect(m_ui->addButton, &QPushButton::clicked, this,
            [this] { addWindow(m_ui->fromSpin->value(), m_ui->toSpin->value()); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->windowView->currentIndex();
        if (current.isValid())
            m_model->removeRows(current.row(), 1);
    });
    connect(
        m_ui->windowView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { m_ui->removeButton->setEnabled(current.isValid()); });
    // The overlap problem says "merge them": this does it, in one step the user can see.
    m_ui->mergeButton->setIcon(Icons::get(u"merge"_s));
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &TimeWindowEditor::mergeOverlaps);
    connect(m_model, &TimeWindowModel::windowsChanged, this, [this] {
        refresh();
        Q_EMIT windowsChanged();
    });
    m_model->setSiteTimeZone(m_zone);
    refresh();
}

TimeWindowEditor::~TimeWindowEditor() = default;

QStringList TimeWindowEditor::presetIds()
{
    QStringList ids;
    for (const Preset& p : presets())
        ids << QString::fromLatin1(p.id);
    return ids;
}

bool TimeWindowEditor::applyPreset(const QString& id)
{
    for (const Preset& p : presets()) {
        if (id == QLatin1String(p.id)) {
            m_addProblem.clear();
            m_model->setWindows(p.windows);
            return true;
        }
    }
    return false;
}

bool TimeWindowEditor::addWindow(int startHour, int endHour)
{
    const int added = m_model->addAcrossMidnight(startHour, endHour);
    if (added == 0) {
        m_addProblem =
            startHour == endHour % 24
                ? tr("From %1:00 to %2:00 is no window: choose different hours (for "
                     "\"any hour\" use the preset Any hour).")
                      .arg(startHour, 2, 10, QLatin1Char('0'))
                      .arg(endHour, 2, 10, QLatin1Char('0'))
                : tr("%1:00 to %2:00 is not a window of whole hours.").arg(startHour).arg(endHour);
        refresh();
        return false;
    }
    m_addProblem =
        added == 2 ? tr("The window crossed midnight and was split into two.") : QString();
    refresh();
    return true;
}

void TimeWindowEditor::setWindows(const QList<TimeWindow>& windows)
{
    m_addProblem.clear();
    m_model->setWindows(windows);
    refresh();
}

QList<TimeWindow> TimeWindowEditor::windows() const
{
    return m_model->windows();
}

bool TimeWindowEditor::hasOverlaps() const
{
    const QList<TimeWindow> list = m_model->windows();
    qsizetype valid = 0;
    for (const TimeWindow& w : list)
        valid += w.isValid() ? 1 : 0;
    qsizetype merged = 0;
    for (const TimeWindow& w : TimeWindowList::normalised(list))
        merged += w.isValid() ? 1 : 0;
    return merged < valid;
}

void TimeWindowEditor::mergeOverlaps()
{
    if (!hasOverlaps())
        return;
    m_addProblem.clear();
    m_model->setWindows(TimeWindowList::normalised(m_model->windows()));
    refresh();
}

void TimeWindowEditor::setSiteTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_model->setSiteTimeZone(zone);
    refresh();
}

void TimeWindowEditor::setDateRange(QDate start, QDate end)
{
    if (start == m_start && end == m_end)
        return;
    m_start = start;
    m_end = end;
    m_model->setDateRange(start, end);
    refresh();
}

DraftIssues TimeWindowEditor::issues() const
{
    return m_model->issues();
}

bool TimeWindowEditor::hasErrors() const
{
    return m_model->hasErrors();
}

void TimeWindowEditor::refresh()
{
    m_ui->zoneLabel->setText(
        tr("Hours are UTC (the service does not say which zone it uses, FotaDesk sends UTC). "
           "Local time is shown for %1.")
            .arg(QString::fromUtf8(m_zone.id())));
    QStringList lines;
    if (!m_addProblem.isEmpty())
        lines << m_addProblem.toHtmlEscaped();
    for (const DraftIssue& issue : m_model->issues()) {
        const QString colour = issue.isError() ? u"#c62828"_s : u"#b26a00"_s;
        lines << u"<span style=\"color:%1\">%2</span>"_s.arg(colour, issue.message.toHtmlEscaped());
    }
    m_ui->issuesLabel->setText(lines.join(u"<br>"_s));
    m_ui->issuesLabel->setVisible(!lines.isEmpty());
    m_ui->mergeButton->setVisible(hasOverlaps());
    updateDstWarning();
}

void TimeWindowEditor::updateDstWarning()
{
    m_dstWarning.clear();
    const QList<TimeWindow> list = m_model->windows();
    if (m_start.isValid() && m_end.isValid() && m_start <= m_end && m_zone.isValid() &&
        !list.isEmpty() && m_start.daysTo(m_end) <= TimeWindowList::kMaxConversionDays) {
        const auto offsetOn = [this](QDate d) {
            return m_zone.offsetFromUtc(QDateTime(d, QTime(12, 0), Qt::UTC));
        };
        int previous = offsetOn(m_start);
        for (QDate d = m_start.addDays(1); d <= m_end; d = d.addDays(1)) {
            const int offset = offsetOn(d);
            if (offset != previous) {
                m_dstWarning =
                    tr("Daylight-saving time changes in %1 during the campaign: from %2 on, the "
                       "same UTC hours are %3 local time instead of %4. The hours sent stay UTC.")
                        .arg(QString::fromUtf8(m_zone.id()), DisplayFormat::date(d),
                             // The day after the change: the change day itself mixes both.
                             TimeWindowList::utcToLocalDisplayString(list, m_zone,
                                                                     d < m_end ? d.addDays(1) : d),
                             TimeWindowList::utcToLocalDisplayString(list, m_zone, d.addDays(-1)));
                break;
            }
            previous = offset;
        }
    }
    m_ui->dstLabel->setText(m_dstWarning);
    m_ui->dstLabel->setStyleSheet(u"QLabel { color: #b26a00; }"_s);
    m_ui->dstLabel->setVisible(!m_dstWarning.isEmpty());
}

} // namespace fotadesk
