// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/campaign/PdfFlow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextOption>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
};

/// The widest line of `text` and its widest word.
std::pair<qreal, qreal> textWidths(const QFontMetricsF& fm, const QString& text)
{
    static const QRegularExpression space(u"\\s+"_s);
    qreal line = 0;
    qreal word = 0;
    for (const QString& l : text.split(u'\n')) {
        line = std::max(line, fm.horizontalAdvance(l));
        for (const QString& w : l.split(space, Qt::SkipEmptyParts))
            word = std::max(word, fm.horizontalAdvance(w));
    }
    return {line, word};
}

QTextOption cellOption(Qt::Alignment align)
{
    QTextOption option(align | Qt::AlignTop);
    // Words stay whole where they can; a word longer than its column (an id, a URL) breaks
    // anywhere rather than being cut.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

} // namespace

PdfTableLayout PdfTableLayout::compute(const QList<PdfColumn>& columns,
                                       const QList<QStringList>& rows, const QFontMetricsF& head,
                                       const QFontMetricsF& body, qreal width, qreal padding,
                                       qreal extraFirst)
{
    PdfTableLayout layout;
    QList<qreal> natural;
    QList<qreal> minimum;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        qreal line = 0;
        qreal word = 0;
        bool empty = true;
        for (const QStringList& row : rows) {
            const QString cell = c < row.size() ? row[c].trimmed() : QString();
            if (cell.isEmpty())
                continue;
            empty = false;
            const auto [l, w] = textWidths(body, cell);
            line = std::max(line, l);
            word = std::max(word, w);
        }
        // A column nobody has a value in says nothing: it is not printed.
        if (empty)
            continue;
        const auto [titleLine, titleWord] = textWidths(head, columns[c].title);
        // Half a padding of slack: the text is laid out at the page's resolution, and a cell
        // measured exactly to its text may wrap its last character.
        const qreal extra = 2.5 * padding + (layout.columns.isEmpty() ? extraFirst : 0);
        layout.columns.append(int(c));
        natural.append(std::max(line, titleLine) + extra);
        minimum.append(std::max(word, titleWord) + extra);
    }
    if (layout.columns.isEmpty())
        return layout;
    const qreal wanted = std::accumulate(natural.cbegin(), natural.cend(), qreal(0));
    if (wanted <= width) {
        // Everything fits: the room left is shared in proportion, so the table spans the page.
        for (const qreal n : std::as_const(natural))
            layout.widths.append(n + (width - wanted) * n / wanted);
        return layout;
    }
    // Too wide: the widest columns give way first, down to a common cap, each no narrower than
    // its longest word (so words are not split when it can be helped).
    const auto sumAt = [&](qreal cap) {
        qreal sum = 0;
        for (qsizetype i = 0; i < natural.size(); ++i)
            sum += std::min(natural[i], std::max(cap, minimum[i]));
        return sum;
    };
    const qreal floor = std::accumulate(minimum.cbegin(), minimum.cend(), qreal(0));
    if (floor > width) {
        // Even the longest words do not fit side by side: everything shrinks in proportion and
        // words break anywhere.
        for (const qreal m : std::as_const(minimum))
            layout.widths.append(m * width / floor);
        return layout;
    }
    qreal lo = 0;
    qreal hi = *std::max_element(natural.cbegin(), natural.cend());
    for (int i = 0; i < 40; ++i) {
        const qreal mid = (lo + hi) / 2;
        (sumAt(mid) > width ? hi : lo) = mid;
    }
    for (qsizetype i = 0; i < natural.size(); ++i)
        layout.widths.append(std::min(natural[i], std::max(lo, minimum[i])));
    return layout;
}

PdfFlow::PdfFlow(QPdfWriter& writer, QPainter& painter, QString footerLeft)
    : m_writer(writer)
    , m_painter(painter)
    , m_footerLeft(std::move(footerLeft))
{
    m_width = writer.width();
    m_base.setFamily(u"DejaVu Sans"_s);
    m_base.setPointSizeF(9.5);
    m_painter.setFont(m_base);
    m_footerHeight = lineHeight(m_base) * 2.0;
    m_bottom = writer.height() - m_footerHeight;
}

qreal PdfFlow::mm(qreal v) const
{
    return v * m_writer.resolution() / 25.4;
}

qreal PdfFlow::lineHeight(const QFont& f) const
{
    return QFontMetricsF(f, &m_writer).height() * 1.25;
}

QFont PdfFlow::font(qreal scale, bool bold) const
{
    QFont f = m_base;
    f.setPointSizeF(m_base.pointSizeF() * scale);
    f.setBold(bold);
    return f;
}

void PdfFlow::ensure(qreal h)
{
    if (m_y + h > m_bottom && m_y > 0)
        newPage();
}

void PdfFlow::newPage()
{
    drawFooter();
    m_writer.newPage();
    ++m_page;
    m_y = 0;
}

void PdfFlow::title(const QString& text)
{
    text_(text, font(1.9, true), QColor(0x20, 0x30, 0x48));
    m_painter.setPen(QPen(QColor(0x2a, 0x6f, 0xb0), mm(0.6)));
    m_painter.drawLine(QPointF(0, m_y + mm(1)), QPointF(m_width, m_y + mm(1)));
    m_y += mm(4);
}

void PdfFlow::heading(const QString& text)
{
    const QFont f = font(1.3, true);
    ensure(lineHeight(f) * 3); // never a heading alone at the bottom of a page
    m_y += mm(3);
    text_(text, f, QColor(0x20, 0x30, 0x48));
    m_y += mm(1);
}

void PdfFlow::paragraph(const QString& text, qreal scale, QColor color)
{
    text_(text, font(scale), color);
}

void PdfFlow::keyValues(const QList<QPair<QString, QString>>& rows)
{
    const QFont key = font(1.0, true);
    const QFont value = font();
    const QFontMetricsF keyMetrics(key, &m_writer);
    qreal keyWidth = 0;
    for (const auto& row : rows)
        keyWidth = std::max(keyWidth, keyMetrics.horizontalAdvance(row.first));
    keyWidth = std::min(keyWidth + mm(4), m_width / 3);
    const QTextOption option = cellOption(Qt::AlignLeft);
    for (const auto& [k, v] : rows) {
        const QString shown = v.isEmpty() ? u"–"_s : v;
        m_painter.setFont(value);
        const QRectF need =
            m_painter.boundingRect(QRectF(0, 0, m_width - keyWidth, 1e6), shown, option);
        m_painter.setFont(key);
        const QRectF keyNeed =
            m_painter.boundingRect(QRectF(0, 0, keyWidth - mm(2), 1e6), k, option);
        const qreal h = std::max({lineHeight(value), need.height() + lineHeight(value) * 0.25,
                                  keyNeed.height() + lineHeight(value) * 0.25});
        ensure(h);
        m_painter.setPen(QColor(0x40, 0x40, 0x40));
        m_painter.drawText(QRectF(0, m_y, keyWidth - mm(2), h), k, option);
        m_painter.setPen(Qt::black);
        m_painter.setFont(value);
        m_painter.drawText(QRectF(keyWidth, m_y, m_width - keyWidth, h), shown, option);
        m_y += h;
    }
}

void PdfFlow::table(const QList<PdfColumn>& columns, const QList<QStringList>& rows,
                    const QList<QColor>& swatches)
{
    const QFont head = font(0.95, true);
    const QFont body = font(0.95);
    const QFontMetricsF headMetrics(head, &m_writer);
    const QFontMetricsF bodyMetrics(body, &m_writer);
    const qreal lineH = lineHeight(body) * 1.1;
    const qreal pad = mm(1.2);
    const qreal swatch = swatches.isEmpty() ? 0 : lineH * 0.5 + pad;
    const PdfTableLayout layout =
        PdfTableLayout::compute(columns, rows, headMetrics, bodyMetrics, m_width, pad, swatch);
    if (layout.columns.isEmpty())
        return;
    // The height of a row: its tallest cell, wrapped to its column.
    const auto rowHeight = [&](const QStringList& cells, const QFont& f, qreal firstExtra) {
        m_painter.setFont(f);
        qreal h = lineH;
        for (qsizetype i = 0; i < layout.columns.size(); ++i) {
            const int c = layout.columns[i];
            const QString cell = c < cells.size() ? cells[c] : QString();
            if (cell.isEmpty())
                continue;
            const qreal avail = layout.widths[i] - 2 * pad - (i == 0 ? firstExtra : 0);
            const QRectF need = m_painter.boundingRect(QRectF(0, 0, avail, 1e6), cell,
                                                       cellOption(columns[c].align));
            h = std::max(h, need.height() + (lineH - lineHeight(body) / 1.25));
        }
        return h;
    };
    const auto drawRow = [&](const QStringList& cells, qreal h, qreal firstExtra,
                             const QColor* swatchColor) {
        qreal x = 0;
        const qreal top = (lineH - lineHeight(body) / 1.25) / 2;
        for (qsizetype i = 0; i < layout.columns.size(); ++i) {
            const int c = layout.columns[i];
            qreal left = x + pad;
            if (i == 0 && swatchColor) {
                const qreal s = lineH * 0.5;
                m_painter.fillRect(QRectF(left, m_y + (lineH - s) / 2, s, s), *swatchColor);
            }
            if (i == 0)
                left += firstExtra;
            const QString cell = c < cells.size() ? cells[c] : QString();
            m_painter.drawText(QRectF(left, m_y + top, x + layout.widths[i] - pad - left, h), cell,
                               cellOption(columns[c].align));
            x += layout.widths[i];
        }
    };
    QStringList titles;
    for (const PdfColumn& c : columns)
        titles.append(c.title);
    const qreal headH = rowHeight(titles, head, swatch);
    const auto drawHeader = [&] {
        m_painter.fillRect(QRectF(0, m_y, m_width, headH), QColor(0xe8, 0xee, 0xf5));
        m_painter.setFont(head);
        m_painter.setPen(QColor(0x20, 0x30, 0x48));
        drawRow(titles, headH, swatch, nullptr);
        m_y += headH;
    };
    ensure(headH + lineH);
    drawHeader();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const qreal h = rowHeight(rows[r], body, swatch);
        if (m_y + h > m_bottom) {
            newPage();
            drawHeader();
        }
        if (r % 2 == 1)
            m_painter.fillRect(QRectF(0, m_y, m_width, h), QColor(0xf6, 0xf8, 0xfa));
        m_painter.setFont(body);
        m_painter.setPen(Qt::black);
        drawRow(rows[r], h, swatch, r < swatches.size() ? &swatches[r] : nullptr);
        m_y += h;
    }
    m_painter.setPen(QPen(QColor(0xc0, 0xc8, 0xd0), mm(0.2)));
    m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    m_y += mm(2);
}

QRectF PdfFlow::block(qreal height)
{
    ensure(height);
    const QRectF r(0, m_y, m_width, height);
    m_y += height;
    return r;
}

void PdfFlow::text_(const QString& text, const QFont& f, const QColor& color)
{
    m_painter.setFont(f);
    const QRectF need = m_painter.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text);
    const qreal h = std::max(lineHeight(f), need.height() + lineHeight(f) * 0.2);
    ensure(h);
    m_painter.setPen(color);
    m_painter.drawText(QRectF(0, m_y, m_width, h), Qt::AlignLeft | Qt::TextWordWrap, text);
    m_y += h;
}

void PdfFlow::drawFooter()
{
    const QFont f = font(0.8);
    m_painter.setFont(f);
    m_painter.setPen(QColor(0x70, 0x70, 0x70));
    const qreal top = m_bottom + m_footerHeight * 0.35;
    m_painter.drawLine(QPointF(0, top), QPointF(m_width, top));
    const QRectF r(0, top, m_width, m_footerHeight * 0.65);
    const QFontMetricsF fm(f, &m_writer);
    m_painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(m_footerLeft, Qt::ElideMiddle, m_width * 0.82));
    m_painter.drawText(r, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1").arg(m_page));
}

} // namespace fotadesk
