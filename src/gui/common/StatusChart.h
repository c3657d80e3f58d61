// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/StatusGroup.h"
#include "models/StatusGroupStyle.h"

#include <QChartView>
#include <QList>
#include <QString>

class QChart;
class QPieSeries;
class QHorizontalStackedBarSeries;
class QBarCategoryAxis;
class QValueAxis;

namespace fotadesk {

/// A chart of counts by status, in the status groups' colours (StatusGroupStyle):
///
/// - Style::Donut: one slice per entry (devices by status group), with the
///   share in the legend ("Succeeded — 9,512 (95.1%)");
/// - Style::Bars: one horizontal bar per entry (campaigns by status), each bar
///   in its group's colour.
///
/// setEntries() updates the existing slices/bars in place when the entries keep
/// their labels (cheap enough to call after every page of a loading report);
/// animations are off so that an update never costs more than one repaint.
/// renderTo() draws the chart onto any QPainter (the PDF report).
class StatusChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChart)

public:
    enum class Style
    {
        Donut,
        Bars
    };

    struct Entry
    {
        QString label; ///< the status label or group name shown
        StatusGroup group = StatusGroup::Unknown;
        qint64 count = 0;
        friend bool operator==(const Entry&, const Entry&) = default;
    };

    explicit StatusChart(Style style, QWidget* parent = nullptr);
    ~StatusChart() override;

    [[nodiscard]] Style style() const { return m_style; }
    void setTitle(const QString& title);
    /// Replaces what the chart shows. Entries with a count of 0 are kept in Bars (an empty
    /// bar says "none") and left out of the Donut.
    void setEntries(const QList<Entry>& entries);
    [[nodiscard]] const QList<Entry>& entries() const { return m_entries; }
    [[nodiscard]] qint64 total() const;

    /// One entry per status group with a count (display order), from per-slot counts
    /// (StatusGroupStyle::slot), labelled with the translated group names.
    template <typename Counts> static QList<Entry> groupEntries(const Counts& bySlot);

    /// Draws the chart into `target` of `painter` at the given size (independent of the
    /// widget's own size), e.g. onto a PDF page.
    void renderTo(QPainter* painter, const QRectF& target);

private:
    void rebuild();
    void updateValues();
    [[nodiscard]] QString sliceLabel(const Entry& entry, qint64 total) const;

    Style m_style;
    QList<Entry> m_entries;
    QChart* m_chart = nullptr;
    QPieSeries* m_pie = nullptr;
    QHorizontalStackedBarSeries* m_bars = nullptr;
    QBarCategoryAxis* m_categoryAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
};

template <typename Counts> QList<StatusChart::Entry> StatusChart::groupEntries(const Counts& bySlot)
{
    QList<Entry> out;
    const auto groups = StatusGroupStyle::groups();
    for (int i = 0; i < StatusGroupStyle::GroupCount; ++i) {
        const qint64 n = qint64(bySlot[std::size_t(i)]);
        if (n > 0)
            out.append(Entry{StatusClassifier::groupLabel(groups[std::size_t(i)]),
                             groups[std::size_t(i)], n});
    }
    return out;
}

} // namespace fotadesk
