#pragma once

#include "core/Imei.h"
#include "core/ImeiImportResult.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace fotadesk {

/// A line that is not a usable IMEI, kept verbatim with its reason.
struct RejectedDevice
{
    int line = 0; ///< physical line number in the source; 0 when typed or pasted
    QString text; ///< the text as it came
    ImeiError error = ImeiError::Empty; ///< Empty too for lines rejected for other reasons
    QString code;       ///< stable kebab-case: an Imei error code or an importer reason
    QString message;    ///< what is wrong and how to fix it
    QString suggestion; ///< a corrected IMEI where one can be computed (14/16 digits)

    /// From a failed Imei::parse() of `text`.
    static RejectedDevice fromParse(const ImeiParseResult& result, QString text, int line = 0);
    /// From a line the importer rejected.
    static RejectedDevice fromImport(const ImeiRejectedLine& line);
};

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

/// The device list of the campaign form and of add/remove devices: up to
/// millions of rows in compact storage (15 bytes a row: the 8-byte IMEI, a
/// 1-byte state, a 2-byte reason id and a 4-byte slot of the by-IMEI index;
/// rejected rows keep their text in a side table, their 8-byte slot holding
/// its index).
///
/// Bulk changes send one signal each: an append is one rowsInserted; a removal
/// of up to 8 contiguous ranges sends one rowsRemoved a range, larger ones a
/// model reset. The last removal can be undone until the next change.
///
/// Columns: ImeiColumn (15 digits, or the rejected text), StateColumn (label),
/// ReasonColumn (why rejected / last operation's reason / duplicate or license
/// note), LineColumn (source line of rejected rows).
///
/// Roles (every column):
///   Qt::DisplayRole   the text above
///   Qt::ToolTipRole   the reason, with the fix where there is one
///   Qt::ForegroundRole a colour for rejected / duplicate / failed rows
///   RawValueRole      sort/filter value: IMEI quint64 (0 for rejected), state
///                     code (int, see RowState), reason QString, line int
///   ImeiValueRole     quint64 IMEI value (0 for rejected rows)
///   KindRole          int(Kind)
///   StateRole         int(RowState): the single state the State column shows
///   UnlicensedRole    bool
///   ErrorCodeRole     Imei error code ("missing-check-digit") of rejected rows
///   SuggestionRole    the suggested fix of rejected rows ("" if none)
class DeviceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceListModel)

public:
    enum Column
    {
        ImeiColumn,
        StateColumn,
        ReasonColumn,
        LineColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        ImeiValueRole,
        KindRole,
        StateRole,
        UnlicensedRole,
        ErrorCodeRole,
        SuggestionRole,
    };
    /// What a row is (2 bits of the state byte).
    enum class Kind : std::uint8_t
    {
        Valid = 0,
        Rejected = 1,
        Duplicate = 2
    };
    /// The single state shown in the State column, in priority order.
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
    enum class CsvScope
    {
        ValidImeis, ///< header "imei", one unique valid IMEI a line: the list to send
        AllRows,    ///< "imei,state,reason,line": every row as shown
    };
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

    explicit DeviceListModel(QObject* parent = nullptr);
    ~DeviceListModel() override;

    // QAbstractItemModel
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Removes rows (undoable), like removeDeviceRows().
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    // --- bulk insert --------------------------------------------------------
    /// Appends valid IMEIs (e.g. an import result) in one insertion. An IMEI
    /// already in the list, or repeated in `imeis`, becomes a Duplicate row.
    void appendImeis(std::span<const Imei> imeis);
    /// Appends valid IMEIs and then rejected lines in one insertion.
    void appendImport(std::span<const Imei> imeis, const QList<RejectedDevice>& rejected);
    /// Appends what an import found: its unique IMEIs, the duplicate lines it
    /// kept (as Duplicate rows, so they can be shown and merged) and its
    /// rejected lines, in one insertion.
    void appendImportResult(const ImeiImportResult& result);
    /// Parses and appends typed or pasted entries (one IMEI each). Line numbers
    /// are firstLine, firstLine + 1, ... (0: none). Returns the number appended.
    int appendTexts(const QStringList& texts, int firstLine = 0);

    // --- bulk removal and undo ----------------------------------------------
    /// Removes the given rows (any order, repeats ignored). Returns how many.
    int removeDeviceRows(QList<int> rows);
    /// Removes every row (valid or duplicate) holding one of these IMEIs.
    int removeImeis(std::span<const Imei> imeis);
    /// Removes every Duplicate row (undoable). Returns how many.
    int mergeDuplicates();
    [[nodiscard]] bool canUndoRemoval() const { return !m_undo.rows.empty(); }
    /// Puts the rows of the last removal back where they were.
    bool undoRemoval();
    /// Removes everything (not undoable).
    void clear();

    // --- fixes, licenses, operation results ------------------------------------
    /// Appends the Luhn check digit to every 14-digit rejected row; rows whose
    /// IMEI is then listed twice are merged (the earlier row stays).
    FixResult fixMissingCheckDigits();
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
    /// IMEIs of rows whose last operation failed (for "retry failed").
    [[nodiscard]] std::vector<Imei> failedImeis() const;
    [[nodiscard]] QByteArray toCsv(CsvScope scope) const;
    [[nodiscard]] Imei imeiAt(int row) const;
    [[nodiscard]] RowState rowStateAt(int row) const { return rowStateOf(stateByteAt(row)); }
    /// The State column's state for a state byte.
    static RowState rowStateOf(std::uint8_t stateByte);
    static QString rowStateLabel(RowState state);
    /// The reason shown for a state byte when it is not specific to the row
    /// (duplicate, unlicensed); empty otherwise.
    static QString stateReasonText(std::uint8_t stateByte);
    /// Bytes of the model's own per-row storage (capacity, not size), and per row.
    [[nodiscard]] qsizetype storageBytes() const;

    // --- direct access for proxies (no QVariant per row) ------------------------
    [[nodiscard]] std::uint64_t valueAt(int row) const { return m_values[std::size_t(row)]; }
    [[nodiscard]] std::uint8_t stateByteAt(int row) const { return m_states[std::size_t(row)]; }
    [[nodiscard]] Kind kindAt(int row) const { return Kind(m_states[std::size_t(row)] & KindMask); }
    [[nodiscard]] std::uint16_t reasonIdAt(int row) const { return m_reasonIds[std::size_t(row)]; }
    /// Interned operation reasons; id 0 is "no reason".
    [[nodiscard]] const QStringList& reasonTable() const { return m_reasons; }
    /// The side-table entry of a Rejected row (nullptr for other rows).
    [[nodiscard]] const RejectedDevice* rejectedAt(int row) const;
    [[nodiscard]] const std::vector<RejectedDevice>& rejectedTable() const { return m_rejected; }
    /// Every row ordered by IMEI value (rejected rows last), ties in row order.
    [[nodiscard]] const std::vector<std::uint32_t>& rowsByImei() const { return m_byImei; }
    /// The reason text shown for a row.
    [[nodiscard]] QString reasonTextAt(int row) const;

Q_SIGNALS:
    void countsChanged(const fotadesk::DeviceListCounts& counts);
    void undoAvailableChanged(bool available);

private:
    struct RemovedRows
    {
        std::vector<std::uint32_t> rows; ///< positions before the removal, ascending
        std::vector<std::uint64_t> values;
        std::vector<std::uint8_t> states;
        std::vector<std::uint16_t> reasonIds;
    };

    [[nodiscard]] std::uint64_t sortKey(std::uint32_t row) const;
    void reserveFor(std::size_t extra);
    void appendRows(std::span<const Imei> imeis, const QList<RejectedDevice>& rejected);
    struct KeyRow
    {
        std::uint64_t key;
        std::uint32_t row;
        friend auto operator<=>(const KeyRow&, const KeyRow&) = default;
    };
    /// Merges rows sorted by (key, row) into the by-IMEI index.
    void mergeIntoIndex(const std::vector<std::uint32_t>& fresh);
    void rebuildIndex();
    int removeSortedRows(const std::vector<std::uint32_t>& rows, bool undoable);
    void eraseRange(std::uint32_t first, std::uint32_t last);
    void compactByMask(const std::vector<bool>& removed);
    void restoreRemoved(const RemovedRows& removed);
    bool recomputeDuplicates();
    void recount();
    void setUndo(RemovedRows undo);
    void dropUndo();
    void emitAllChanged();
    std::uint16_t internReason(const QString& reason);
    [[nodiscard]] std::vector<std::uint32_t> rowsWithValue(std::uint64_t value) const;

    std::vector<std::uint64_t> m_values;    ///< IMEI value; rejected rows: index into m_rejected
    std::vector<std::uint8_t> m_states;     ///< Kind | flag bits
    std::vector<std::uint16_t> m_reasonIds; ///< index into m_reasons (0 = none)
    std::vector<std::uint32_t> m_byImei;    ///< all rows sorted by (sortKey, row)
    std::vector<RejectedDevice> m_rejected;
    QStringList m_reasons;
    QHash<QString, std::uint16_t> m_reasonIndex;
    DeviceListCounts m_counts;
    RemovedRows m_undo;
};

} // namespace fotadesk
