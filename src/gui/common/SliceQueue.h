// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <deque>

namespace fotadesk {

/// Pages that arrived from a pager, waiting to go into a table model a slice at a time: a
/// loader appends at most sliceRows() rows per event-loop turn, so paint, input and the next
/// network reads get control back in between (the Device status tab, Account devices).
/// Counts the rows appended and the longest slice, for the loaders' figures and benchmarks.
template <typename T> class SliceQueue final
{
public:
    explicit SliceQueue(int sliceRows)
        : m_sliceRows(sliceRows)
    {}

    void setSliceRows(int rows) { m_sliceRows = rows < 1 ? 1 : rows; }
    [[nodiscard]] int sliceRows() const { return m_sliceRows; }

    /// Queues a page (an empty one is dropped).
    void push(QList<T> page)
    {
        if (!page.isEmpty())
            m_pages.push_back(std::move(page));
    }
    /// Drops what is queued; the counts stay.
    void clear() { m_pages.clear(); }
    /// A new read: nothing queued, nothing appended, no slice measured.
    void reset()
    {
        m_pages.clear();
        m_appended = 0;
        m_longestSliceMs = 0;
    }
    /// Starts counting the appended rows again (a read restarted from the first page).
    void restartCount() { m_appended = 0; }

    [[nodiscard]] bool isEmpty() const { return m_pages.empty(); }
    [[nodiscard]] qint64 queuedRows() const
    {
        qint64 rows = 0;
        for (const QList<T>& page : m_pages)
            rows += page.size();
        return rows;
    }
    [[nodiscard]] qint64 appended() const { return m_appended; }
    [[nodiscard]] double longestSliceMs() const { return m_longestSliceMs; }

    /// Hands the next slice (at most sliceRows() rows of the oldest page) to `append`, a
    /// callable taking `const QList<T>&`, and times it. Nothing when the queue is empty.
    template <typename Append> void appendSlice(Append&& append)
    {
        if (m_pages.empty())
            return;
        QElapsedTimer slice;
        slice.start();
        QList<T>& front = m_pages.front();
        if (front.size() <= m_sliceRows) {
            const qsizetype n = front.size();
            append(front);
            m_pages.pop_front();
            m_appended += n;
        } else {
            append(front.first(m_sliceRows));
            front.remove(0, m_sliceRows);
            m_appended += m_sliceRows;
        }
        m_longestSliceMs = std::max(m_longestSliceMs, double(slice.nsecsElapsed()) / 1e6);
    }

private:
    std::deque<QList<T>> m_pages;
    int m_sliceRows;
    qint64 m_appended = 0;
    double m_longestSliceMs = 0;
};

} // namespace fotadesk
