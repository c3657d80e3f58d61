// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>
#include <QStringList>

class QFontMetricsF;
class QPainter;
class QPdfWriter;

namespace fotadesk {

/// One column of a PDF table.
struct PdfColumn
{
    QString title;
    Qt::Alignment align = Qt::AlignLeft;
};

/// Which columns of a table are printed and how wide, decided before a row is drawn: a column
/// that is empty in every row is left out; every column gets the width of its widest text
/// (title or cell) when they all fit, and when they do not, the columns whose widest text is
/// longest give way and wrap their text, never cut it. Kept apart from the drawing so a test
/// can check the layout without reading a PDF back.
struct PdfTableLayout
{
    QList<int> columns;  ///< indices into the table's columns, in order
    QList<qreal> widths; ///< one per printed column; their sum is the available width

    /// `extraFirst`: room taken before the first cell's text (a colour swatch).
    static PdfTableLayout compute(const QList<PdfColumn>& columns, const QList<QStringList>& rows,
                                  const QFontMetricsF& head, const QFontMetricsF& body, qreal width,
                                  qreal padding, qreal extraFirst = 0);
};

/// A top-to-bottom writer over the pages of a QPdfWriter: text, key/value and column tables
/// that break across pages (repeating their header), and a footer with the page number.
class PdfFlow
{
public:
    PdfFlow(QPdfWriter& writer, QPainter& painter, QString footerLeft);

    [[nodiscard]] qreal width() const { return m_width; }
    [[nodiscard]] int pages() const { return m_page; }
    [[nodiscard]] qreal mm(qreal v) const;
    [[nodiscard]] QFont font(qreal scale = 1.0, bool bold = false) const;

    void space(qreal h) { m_y += h; }
    /// A new page unless `h` more fits on this one (keeps a line with the table it introduces).
    void ensure(qreal h);
    void newPage();
    void finish() { drawFooter(); }

    void title(const QString& text);
    void heading(const QString& text);
    void paragraph(const QString& text, qreal scale = 1.0, QColor color = Qt::black);
    /// A two-column table of names and values (a value wraps; the name column is as wide as
    /// the longest name, at most a third of the page).
    void keyValues(const QList<QPair<QString, QString>>& rows);
    /// A table with a header row (repeated on every page it spans), laid out by
    /// PdfTableLayout; `swatches` (optional) are colours drawn before the first cell of each row.
    void table(const QList<PdfColumn>& columns, const QList<QStringList>& rows,
               const QList<QColor>& swatches = {});
    /// A block of fixed height (a chart); returns its rectangle.
    QRectF block(qreal height);

private:
    [[nodiscard]] qreal lineHeight(const QFont& f) const;
    void text_(const QString& text, const QFont& f, const QColor& color);
    void drawFooter();

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QString m_footerLeft;
    QFont m_base;
    qreal m_width = 0;
    qreal m_bottom = 0;
    qreal m_footerHeight = 0;
    qreal m_y = 0;
    int m_page = 1;
};

} // namespace fotadesk
