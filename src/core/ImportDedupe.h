// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/HugePageBuffer.h"
#include "core/ImeiImportResult.h"
#include "core/ImeiImporter.h"
#include "core/ImportImeiSet.h"

#include <QStringList>

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <span>
#include <thread>
#include <vector>

namespace fotadesk {

/// The importer's last step for every valid IMEI, in input order: the first of equal IMEIs goes
/// to result.imeis (and to the unique sink), every later one is counted and, up to a limit, kept
/// in result.duplicates.
///
/// Why a class of its own (issue 20): on a large import this step runs on a second thread. The
/// duplicate look-ups wait on memory (a million random probes of a 16 MB table) and the sink
/// (fotactl's --valid-out) waits on the kernel; the importing thread meanwhile reads and checks
/// the next lines. Batches of IMEIs go over in order and are taken in order, so result.imeis,
/// the duplicates and the sink's calls are exactly those of one thread. The thread starts when
/// reserve() is told of a large import (it faults the duplicate table in first, while the
/// importing thread reads on) or with the first full batch: a small file never starts it.
///
/// Until finish() or abandon() returned, the importing thread must not touch result.imeis,
/// result.duplicates or result.duplicateCount.
class ImportDedupe final
{
public:
    /// Called with each run of new unique IMEIs in first-seen order: on the importing thread or
    /// on the second one, never two calls at once. The span lives until the call returns.
    using UniqueSink = std::function<void(std::span<const Imei> imeis)>;

    /// Takes maxDuplicatesKept, uniqueImeis, keepImeis and parallel from `options`.
    ImportDedupe(ImeiImportResult& result, const ImeiImportOptions& options);
    /// Abandons a run that did not finish.
    ~ImportDedupe();
    ImportDedupe(const ImportDedupe&) = delete;
    ImportDedupe& operator=(const ImportDedupe&) = delete;

    /// Sizes the table and the list for `count` unique IMEIs: once, before the first add().
    void reserve(qsizetype count);
    /// Keeps each unique IMEI's line (result.imeiLines) and, with keepCells, the cells given to
    /// add() (imeiCells, duplicateCells). Runs on the importing thread only.
    void keepDetails(bool keepCells);

    /// The valid IMEI `value` (checked by the caller: Imei::isValidValue()) of line `line`.
    void add(qint64 line, std::uint64_t value)
    {
        m_batch[m_count] = {line, value};
        if (++m_count == kBatch)
            handOver();
    }
    /// The same with the row's other cells (keepDetails(true) only).
    void add(qint64 line, std::uint64_t value, QStringList cells)
    {
        m_cells[m_count] = std::move(cells);
        add(line, value);
    }

    /// Takes the last IMEIs and waits for the second thread: the result is complete. Rethrows
    /// what the second thread threw (std::bad_alloc).
    void finish();
    /// Stops without finishing (the import failed): waits for the second thread, drops the rest.
    void abandon();

private:
    struct Entry
    {
        qint64 line;
        std::uint64_t value;
    };
    static constexpr qsizetype kBatch = 16384; ///< IMEIs handed over at a time (256 KB)
    static constexpr std::uint32_t kSlots = 4; ///< batches on their way at most
    static constexpr qsizetype kEnd = -1;      ///< a slot's size that ends the second thread

    void handOver();
    void startThread();
    /// Sends the batch being filled (`size` entries, or kEnd) and waits for a free slot.
    void publish(qsizetype size);
    void work();
    void process(const Entry* entries, qsizetype count, QStringList* cells);

    ImeiImportResult& m_result;
    const qsizetype m_maxDuplicatesKept;
    const UniqueSink m_unique;
    const bool m_parallel;
    const bool m_keepImeis;
    bool m_keepLines = false;
    bool m_keepCells = false;
    ImportImeiSet m_seen;

    // The batch being filled (the importing thread's): slot m_published % kSlots.
    Entry* m_batch = nullptr;
    qsizetype m_count = 0;
    std::vector<QStringList> m_cells; ///< with keepDetails(true): the cells of m_batch
    Imei* m_fresh = nullptr; ///< without keepImeis: a batch's new unique IMEIs for the sink

    // Batches on their way: slot k % kSlots holds the k-th; the importing thread fills,
    // the second thread takes them in order.
    std::array<Entry*, kSlots> m_slots{};
    // Without the thread: one batch and its fresh IMEIs in heap memory, not zeroed (a small
    // file touches a page of each). With it: all slots and the fresh IMEIs in huge pages
    // (startThread()).
    HugePageBuffer m_batches;
    std::array<qsizetype, kSlots> m_sizes{};
    std::atomic<std::uint32_t> m_produced{0};
    std::atomic<std::uint32_t> m_consumed{0};
    std::atomic<bool> m_stop{false};
    std::uint32_t m_published = 0;
    std::exception_ptr m_error;
    std::thread m_thread;
    bool m_done = false;
};

} // namespace fotadesk
