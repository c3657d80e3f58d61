// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ImportDedupe.h"

#include <algorithm>
#include <bit>
#include <limits>
#include <type_traits>
#include <utility>

namespace fotadesk {

namespace {

// The values come checked (15 digits, Luhn sum) from the importer: an Imei is its value's 8
// bytes, so a check again (Imei::fromValue, a loop of divisions) is not needed.
static_assert(sizeof(Imei) == sizeof(std::uint64_t) && std::is_trivially_copyable_v<Imei>);
Imei checkedImei(std::uint64_t value)
{
    Q_ASSERT(Imei::isValidValue(value));
    return std::bit_cast<Imei>(value);
}

} // namespace

ImportDedupe::ImportDedupe(ImeiImportResult& result, const ImeiImportOptions& options)
    : m_result(result)
    , m_maxDuplicatesKept(options.maxDuplicatesKept)
    , m_unique(options.uniqueImeis)
    , m_parallel(options.parallel)
    , m_keepImeis(options.keepImeis)
{
    // One batch and its fresh IMEIs in heap memory that is not zeroed (the entries are trivial
    // and Imei() would zero them): a small file faults in only the pages it writes.
    static_assert(std::is_trivially_default_constructible_v<Entry>);
    static_assert(kBatch * sizeof(Entry) % alignof(Imei) == 0);
    m_batches = HugePageBuffer(kBatch * sizeof(Entry) + (m_keepImeis ? 0 : kBatch * sizeof(Imei)),
                               HugePageBuffer::Memory::Heap);
    auto* const memory = static_cast<char*>(m_batches.data());
    m_slots[0] = reinterpret_cast<Entry*>(memory);
    m_batch = m_slots[0];
    if (!m_keepImeis)
        m_fresh = reinterpret_cast<Imei*>(memory + kBatch * sizeof(Entry));
}

ImportDedupe::~ImportDedupe()
{
    abandon();
}

void ImportDedupe::reserve(qsizetype count)
{
    Q_ASSERT(!m_thread.joinable());
    m_seen.reserve(static_cast<std::uint64_t>(count));
    if (m_keepImeis) {
        QList<Imei>& imeis = m_result.imeis;
        imeis.reserve(std::max(count, imeis.size()));
        // Only reserved: each batch's part is written (and faulted in) when it is stored.
        adviseHugePages(imeis.data(), static_cast<std::size_t>(imeis.capacity()) * sizeof(Imei));
    }
    // A large import starts the second thread now: it faults the table in while this thread
    // reads and checks the first lines (work()).
    if (m_parallel && !m_keepLines && count >= kSlots * kBatch)
        startThread();
    else
        m_seen.populate();
}

void ImportDedupe::keepDetails(bool keepCells)
{
    m_keepLines = true;
    m_keepCells = keepCells;
    if (keepCells)
        m_cells.resize(kBatch);
}

void ImportDedupe::handOver()
{
    if (!m_parallel || m_keepLines) {
        process(m_batch, m_count, m_keepCells ? m_cells.data() : nullptr);
        m_count = 0;
        return;
    }
    if (!m_thread.joinable())
        startThread();
    publish(m_count);
}

void ImportDedupe::startThread()
{
    // All batches and the fresh IMEIs in one buffer of huge pages (1.1 MB: a 2 MB page), the
    // entries of the batch being filled taken along.
    constexpr std::size_t kSlotBytes = kBatch * sizeof(Entry);
    HugePageBuffer batches(kSlots * kSlotBytes + kBatch * sizeof(Imei));
    auto* const memory = static_cast<char*>(batches.data());
    for (std::uint32_t k = 0; k < kSlots; ++k)
        m_slots[k] = reinterpret_cast<Entry*>(memory + k * kSlotBytes);
    std::copy_n(m_batch, m_count, m_slots[0]);
    Q_ASSERT(m_published == 0);
    m_batch = m_slots[0];
    m_fresh = reinterpret_cast<Imei*>(memory + kSlots * kSlotBytes);
    m_batches = std::move(batches); // the heap batch goes
    m_thread = std::thread([this] { work(); });
}

void ImportDedupe::publish(qsizetype size)
{
    m_sizes[m_published % kSlots] = size;
    ++m_published;
    m_produced.store(m_published, std::memory_order_release);
    m_produced.notify_one();
    if (size == kEnd)
        return;
    // The next slot is free once the second thread has taken the batch that used it last.
    for (std::uint32_t taken = m_consumed.load(std::memory_order_acquire);
         m_published - taken >= kSlots; taken = m_consumed.load(std::memory_order_acquire))
        m_consumed.wait(taken, std::memory_order_acquire);
    m_batch = m_slots[m_published % kSlots];
    m_count = 0;
}

void ImportDedupe::work()
{
    m_seen.populate();
    std::uint32_t taken = 0;
    for (;;) {
        std::uint32_t produced = m_produced.load(std::memory_order_acquire);
        while (produced == taken) {
            m_produced.wait(taken, std::memory_order_acquire);
            produced = m_produced.load(std::memory_order_acquire);
        }
        for (; taken != produced; ++taken) {
            const std::uint32_t slot = taken % kSlots;
            const qsizetype size = m_sizes[slot];
            if (size == kEnd)
                return;
            // After a failure the batches are still taken (the importing thread waits for
            // free slots), only not processed.
            if (!m_error && !m_stop.load(std::memory_order_relaxed)) {
                try {
                    process(m_slots[slot], size, nullptr);
                } catch (...) {
                    m_error = std::current_exception();
                }
            }
            m_consumed.store(taken + 1, std::memory_order_release);
            m_consumed.notify_one();
        }
    }
}

void ImportDedupe::process(const Entry* entries, qsizetype count, QStringList* cells)
{
    QList<Imei>& imeis = m_result.imeis;
    const qsizetype first = imeis.size();
    Imei* out = m_fresh; // without keepImeis the new ones only pass to the sink
    if (m_keepImeis) {
        imeis.resize(first + count); // room for all; cut to the unique ones below
        out = imeis.data() + first;
    }
    qsizetype unique = 0;
    // Each look-up misses the cache: ask for the slot of the IMEI kAhead places on, so that
    // the misses overlap instead of stalling one by one.
    constexpr qsizetype kAhead = 32;
    for (qsizetype i = 0; i < std::min(count, kAhead); ++i)
        m_seen.prefetch(entries[i].value);
    for (qsizetype i = 0; i < count; ++i) {
        if (i + kAhead < count)
            m_seen.prefetch(entries[i + kAhead].value);
        const Entry& e = entries[i];
        const Imei imei = checkedImei(e.value);
        if (m_seen.insert(e.value)) {
            out[unique++] = imei;
            if (m_keepLines)
                m_result.imeiLines.append(
                    quint32(std::clamp<qint64>(e.line, 0, std::numeric_limits<quint32>::max())));
            if (cells)
                m_result.imeiCells.append(std::move(cells[i]));
            continue;
        }
        ++m_result.duplicateCount;
        if (m_result.duplicates.size() < m_maxDuplicatesKept) {
            m_result.duplicates.append({e.line, imei});
            if (cells)
                m_result.duplicateCells.append(std::move(cells[i]));
        }
    }
    if (m_keepImeis)
        imeis.resize(first + unique);
    m_result.uniqueCount += unique;
    if (m_unique && unique > 0)
        m_unique(std::span<const Imei>(out, static_cast<size_t>(unique)));
}

void ImportDedupe::finish()
{
    if (m_done)
        return;
    if (!m_thread.joinable()) {
        process(m_batch, m_count, m_keepCells ? m_cells.data() : nullptr);
        m_count = 0;
    } else {
        if (m_count > 0)
            publish(m_count);
        publish(kEnd);
        m_thread.join();
    }
    m_done = true;
    QList<Imei>& imeis = m_result.imeis;
    if (imeis.capacity() > imeis.size() + imeis.size() / 4 + 1024)
        imeis.squeeze();
    if (m_error)
        std::rethrow_exception(std::exchange(m_error, nullptr));
}

void ImportDedupe::abandon()
{
    if (m_done)
        return;
    m_done = true;
    if (m_thread.joinable()) {
        m_stop.store(true, std::memory_order_relaxed);
        publish(kEnd);
        m_thread.join();
    }
    m_count = 0;
}

} // namespace fotadesk
