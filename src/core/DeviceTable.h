// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/DeviceColumns.h"
#include "core/DeviceImeiIndex.h"
#include "core/Imei.h"
#include "core/ImeiImportResult.h"
#include "core/RejectedDevice.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace fotadesk {

/// The counts the device list editor always shows.
struct DeviceListCounts
{
    qint64 rows = 0;
    qint64 valid = 0;      ///< unique usable IMEIs (licensed or not)
    qint64 rejected = 0;   ///< lines that are not IMEIs
    qint64 duplicates = 0; ///< rows repeating an IMEI that appears earlier
    qint64 unlicensed = 0; ///< valid IMEIs without a FOTA license (after setLicensedImeis)
    qint64 failed = 0;     ///< rows whose last operation failed

    friend bool operator==(const DeviceListCounts&, const DeviceListCounts&) = default;
};

/// The outcome of an add/remove (or license) call for one device.
struct DeviceOperationResult
{
    Imei imei;
    bool succeeded = false;
    QString reason;
};

/// Rows to append with everything an import knows about them: valid IMEIs
/// (a repeated one becomes a Duplicate row) and then rejected lines, each with
/// its source line and, when the file had more columns than the IMEI, its
/// other cells (named by `columnNames`, the file's header; empty names: none).
struct DeviceRows
{
    std::vector<Imei> imeis;
    std::vector<std::uint32_t> imeiLines; ///< empty, or one line a valid IMEI
    QList<RejectedDevice> rejected;       ///< each with its own line
    std::vector<QStringList> cells;       ///< empty, or imeis then rejected: the other cells
    QStringList columnNames;              ///< the other columns' header names
};

/// The device list of the campaign form, of add/remove devices and of fotactl,
/// without any view: up to millions of rows in compact columns (19 bytes a row:
/// the 8-byte IMEI, a 1-byte state, a 2-byte reason id, the 4-byte source line
/// and a 4-byte slot of the by-IMEI index; rejected rows keep their text in a
/// side table, their 8-byte slot holding its index). A file's other columns
/// ("Device name", "Site") cost nothing until a file has them (DeviceColumns::extras).
///
/// It owns the list's rules: an IMEI listed earlier makes a later row a
/// Duplicate (removing the earlier one promotes the next), the last removal can
/// be undone until the next change, and 14-digit rows can be completed with
/// their check digit. An Observer (the item model) hears of every change at the
/// point a QAbstractItemModel would signal it; bulk changes are one call each
/// (an append is one insertion; a removal of up to 8 contiguous ranges is one
/// removal a range, larger ones a reset).
class DeviceTable final
{
public:
    /// What a row is (2 bits of the state byte).
    enum class Kind : std::uint8_t
    {
        Valid = 0,
        Rejected = 1,
        Duplicate = 2
    };
    /// The single state a row shows, in priority order.
    enum class RowState : std::uint8_t
    {
        Valid,
        Unlicensed,
        Duplicate,
        Rejected,
        OperationSucceeded,
        OperationFailed,
    };
    static constexpr int RowStateCount = 6;
    struct FixResult
    {
        int fixed = 0;  ///< 14-digit rows that became valid IMEIs
        int merged = 0; ///< of those, rows removed because the IMEI was already listed
    };

    // The state byte.
    static constexpr std::uint8_t KindMask = 0x03;
    static constexpr std::uint8_t UnlicensedBit = 0x04;
    static constexpr std::uint8_t OpSucceededBit = 0x08;
    static constexpr std::uint8_t OpFailedBit = 0x10;

    /// Told of every change, in the order an item model signals it.
    class Observer
    {
    public:
        Observer() = default;
        Observer(const Observer&) = delete;
        Observer& operator=(const Observer&) = delete;
        Observer(Observer&&) = delete;
        Observer& operator=(Observer&&) = delete;
        virtual ~Observer() = default;

        virtual void beginInsert(int first, int last) = 0;
        virtual void endInsert() = 0;
        virtual void beginRemove(int first, int last) = 0;
        virtual void endRemove() = 0;
        virtual void beginReset() = 0;
        virtual void endReset() = 0;
        /// Rows first..last show something else now (every column).
        virtual void rowsChanged(int first, int last) = 0;
        virtual void countsUpdated(const DeviceListCounts& counts) = 0;
        virtual void undoAvailabilityChanged(bool available) = 0;
    };

    DeviceTable();
    ~DeviceTable();
    DeviceTable(const DeviceTable&) = delete;
    DeviceTable& operator=(const DeviceTable&) = delete;
    DeviceTable(DeviceTable&&) = delete;
    DeviceTable& operator=(DeviceTable&&) = delete;

    /// The one observer (nullptr: none); not owned.
    void setObserver(Observer* observer) { m_observer = observer; }
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_columns.size()); }

    // --- bulk insert --------------------------------------------------------
    /// Appends valid IMEIs in one insertion. An IMEI already in the list, or
    /// repeated in `imeis`, becomes a Duplicate row.
    void appendImeis(std::span<const Imei> imeis);
    /// Appends valid IMEIs and then rejected lines in one insertion.
    void appendImport(std::span<const Imei> imeis, const QList<RejectedDevice>& rejected);
    /// Appends what an import found: its unique IMEIs, the duplicate lines it
    /// kept (as Duplicate rows) and its rejected lines, in one insertion.
    void appendImportResult(const ImeiImportResult& result);
    /// Appends rows with their lines and other cells in one insertion (a reset
    /// when they bring new columns).
    void appendRows(const DeviceRows& rows);
    /// Parses and appends typed or pasted entries (one IMEI each), keeping their
    /// order. Line numbers are firstLine, firstLine + 1, ... (0: none). Returns
    /// the number appended.
    int appendTexts(const QStringList& texts, int firstLine = 0);

    // --- bulk removal and undo ----------------------------------------------
    /// Removes the given rows (any order; repeats and rows out of range ignored,
    /// undoable). Returns how many.
    int removeDeviceRows(const QList<int>& rows);
    /// Removes rows first .. first + count - 1 (undoable); they must exist.
    int removeRowRange(int first, int count);
    /// Removes every row (valid or duplicate) holding one of these IMEIs (undoable).
    int removeImeis(std::span<const Imei> imeis);
    /// Removes every Duplicate row (undoable). Returns how many.
    int mergeDuplicates();
    [[nodiscard]] bool canUndoRemoval() const
    {
        return !m_undo.rows.empty() || m_editUndo.row >= 0;
    }
    /// Whether undoRemoval() would undo a correction (editRejected) rather than a removal.
    [[nodiscard]] bool undoIsCorrection() const { return m_editUndo.row >= 0; }
    /// Puts the rows of the last removal back where they were, or the last
    /// correction of a rejected row (editRejected) back as it was.
    bool undoRemoval();
    /// Removes everything (not undoable).
    void clear();

    // --- fixes, licenses, operation results ------------------------------------
    /// Appends the Luhn check digit to every 14-digit rejected row; rows whose
    /// IMEI is then listed twice are merged (the earlier row stays, not undoable).
    FixResult fixMissingCheckDigits();
    /// The IMEI a rejected value becomes with its check digit: only for
    /// MissingCheckDigit (14 digits); `suggestion` is tried before `text`.
    static std::optional<Imei> checkDigitFix(ImeiError error, QStringView text,
                                             QStringView suggestion = {});
    /// Corrects a rejected row in place: `text` is validated again. A valid IMEI
    /// makes the row a normal one (a Duplicate when the IMEI is listed earlier);
    /// an invalid one keeps it rejected with the new reason. The row keeps its
    /// line and other cells; undoable. Returns the row's kind after the edit, or
    /// nullopt when `row` is no rejected row.
    std::optional<Kind> editRejected(int row, const QString& text);
    /// Marks every valid IMEI not in `licensed` as unlicensed.
    void setLicensedImeis(std::span<const Imei> licensed);
    void clearLicenseState();
    /// Records the outcome of the last operation for each listed device.
    /// Returns how many results matched a row.
    int applyOperationResults(const QList<DeviceOperationResult>& results);
    void clearOperationResults();

    // --- read access ------------------------------------------------------------
    [[nodiscard]] DeviceListCounts counts() const { return m_counts; }
    /// The unique valid IMEIs in list order (duplicates and rejected rows left out).
    [[nodiscard]] std::vector<Imei> validImeis() const;
    /// The same as device ids (15 digits each): what add/remove requests send.
    [[nodiscard]] QStringList validDeviceIds() const;
    /// Device ids of IMEIs (15 digits each), in their order.
    static QStringList deviceIds(std::span<const Imei> imeis);
    /// IMEIs of rows whose last operation failed (for "retry failed").
    [[nodiscard]] std::vector<Imei> failedImeis() const;
    /// The row's IMEI; a null Imei for rejected rows and rows out of range.
    [[nodiscard]] Imei imeiAt(int row) const;
    [[nodiscard]] RowState rowStateAt(int row) const { return rowStateOf(stateByteAt(row)); }
    /// The single state shown for a state byte.
    static RowState rowStateOf(std::uint8_t stateByte);
    /// The physical source line of the row (0: typed, or unknown).
    [[nodiscard]] std::uint32_t lineAt(int row) const { return m_columns.lines[std::size_t(row)]; }
    /// The header names of the file's other columns ("Device name", "Site"; an
    /// empty name where the file had no header); empty when no file had any.
    [[nodiscard]] const QStringList& extraColumnNames() const { return m_extraNames; }
    [[nodiscard]] int extraColumnCount() const { return int(m_extraNames.size()); }
    /// The row's cell of other column `column` (empty when it has none).
    [[nodiscard]] QString extraCellAt(int row, int column) const;
    /// Every row's other cells (empty when no file had other columns).
    [[nodiscard]] const std::vector<QStringList>& extraCells() const { return m_columns.extras; }
    /// Bytes of the table's own per-row storage (capacity, not size).
    [[nodiscard]] qsizetype storageBytes() const;

    // --- direct column access (no copies) ----------------------------------------
    [[nodiscard]] std::uint64_t valueAt(int row) const
    {
        return m_columns.values[std::size_t(row)];
    }
    [[nodiscard]] std::uint8_t stateByteAt(int row) const
    {
        return m_columns.states[std::size_t(row)];
    }
    [[nodiscard]] Kind kindAt(int row) const { return Kind(stateByteAt(row) & KindMask); }
    [[nodiscard]] std::uint16_t reasonIdAt(int row) const
    {
        return m_columns.reasonIds[std::size_t(row)];
    }
    /// Interned operation reasons; id 0 is "no reason".
    [[nodiscard]] const QStringList& reasonTable() const { return m_reasons; }
    /// The side-table entry of a Rejected row (nullptr for other rows).
    [[nodiscard]] const RejectedDevice* rejectedAt(int row) const;
    [[nodiscard]] const std::vector<RejectedDevice>& rejectedTable() const { return m_rejected; }
    /// Every row ordered by IMEI value (rejected rows last), ties in row order.
    [[nodiscard]] const std::vector<std::uint32_t>& rowsByImei() const { return m_index.rows(); }

private:
    struct RemovedRows
    {
        std::vector<std::uint32_t> rows; ///< positions before the removal, ascending
        DeviceColumns columns;           ///< their columns, in that order
    };
    struct EditUndo
    {
        int row = -1;           ///< -1: none
        std::uint64_t slot = 0; ///< its entry in m_rejected (kept while the row is valid)
        RejectedDevice before;  ///< the rejected entry as it was
    };
    void appendBatch(std::span<const Imei> imeis, std::span<const std::uint32_t> imeiLines,
                     const QList<RejectedDevice>& rejected, const std::vector<QStringList>* cells,
                     const QStringList* columnNames);
    /// Maps the columns `names` of an appended batch to this table's other
    /// columns (adding new ones); true when columns were added.
    bool mapExtraColumns(const QStringList& names, std::size_t widest, std::vector<int>& map);
    void setRowValue(std::uint32_t row, std::uint64_t value, Kind kind);
    int removeSortedRows(const std::vector<std::uint32_t>& rows, bool undoable);
    void restoreRemoved(const RemovedRows& removed);
    bool recomputeDuplicates();
    void recount();
    void setUndo(RemovedRows undo);
    void dropUndo();
    void notifyAllChanged();
    std::uint16_t internReason(const QString& reason);

    DeviceColumns m_columns; ///< values index m_rejected for rejected rows; reason ids m_reasons
    DeviceImeiIndex m_index{m_columns};
    std::vector<RejectedDevice> m_rejected;
    QStringList m_reasons;
    QHash<QString, std::uint16_t> m_reasonIndex;
    DeviceListCounts m_counts;
    RemovedRows m_undo;
    EditUndo m_editUndo;
    QStringList m_extraNames;
    Observer* m_observer = nullptr;
};

} // namespace fotadesk
