// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/DeviceTable.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace fotadesk {

/// The device list of the campaign form and of add/remove devices as an item
/// model: a thin view of a DeviceTable (compact columns, the IMEI index, dedup,
/// undo and check-digit fixing live there) that turns the table's changes into
/// model signals and its rows into texts, colours and roles.
///
/// Bulk changes send one signal each: an append is one rowsInserted; a removal
/// of up to 8 contiguous ranges sends one rowsRemoved a range, larger ones a
/// model reset. The last removal can be undone until the next change.
///
/// Columns: ImeiColumn (15 digits, or the rejected text; editable on rejected
/// rows, which are validated again), StateColumn (label), ReasonColumn (why
/// rejected / last operation's reason / duplicate or license note), LineColumn
/// (source line of the row), then one column a file's other column ("Device
/// name", "Site": ColumnCount + i, named by the file's header).
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
class DeviceListModel final : public QAbstractTableModel, private DeviceTable::Observer
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
        ColumnCount ///< the fixed columns; the file's other columns follow
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
    using Kind = DeviceTable::Kind;
    using RowState = DeviceTable::RowState;
    using FixResult = DeviceTable::FixResult;
    static constexpr int RowStateCount = DeviceTable::RowStateCount;
    enum class CsvScope
    {
        ValidImeis,   ///< header "imei", one unique valid IMEI a line: the list to send
        AllRows,      ///< "imei,state,reason,line": every row as shown
        RejectedRows, ///< the same columns, only the rejected rows
    };
    // Both scopes add the file's other columns after those (and ValidImeis a
    // "line" column when rows came from a file).

    // The state byte.
    static constexpr std::uint8_t KindMask = DeviceTable::KindMask;
    static constexpr std::uint8_t UnlicensedBit = DeviceTable::UnlicensedBit;
    static constexpr std::uint8_t OpSucceededBit = DeviceTable::OpSucceededBit;
    static constexpr std::uint8_t OpFailedBit = DeviceTable::OpFailedBit;

    explicit DeviceListModel(QObject* parent = nullptr);
    ~DeviceListModel() override;

    /// The rows, for reading (changes go through the model so that views hear of them).
    [[nodiscard]] const DeviceTable& table() const { return m_table; }

    // QAbstractItemModel
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Edits the IMEI of a rejected row (editRejected()).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    /// Removes rows (undoable), like removeDeviceRows().
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    // --- changes: see DeviceTable ---------------------------------------------
    void appendImeis(std::span<const Imei> imeis) { m_table.appendImeis(imeis); }
    void appendImport(std::span<const Imei> imeis, const QList<RejectedDevice>& rejected)
    {
        m_table.appendImport(imeis, rejected);
    }
    void appendImportResult(const ImeiImportResult& result) { m_table.appendImportResult(result); }
    int appendTexts(const QStringList& texts, int firstLine = 0)
    {
        return m_table.appendTexts(texts, firstLine);
    }
    int removeDeviceRows(const QList<int>& rows) { return m_table.removeDeviceRows(rows); }
    int removeImeis(std::span<const Imei> imeis) { return m_table.removeImeis(imeis); }
    int mergeDuplicates() { return m_table.mergeDuplicates(); }
    [[nodiscard]] bool canUndoRemoval() const { return m_table.canUndoRemoval(); }
    bool undoRemoval() { return m_table.undoRemoval(); }
    [[nodiscard]] bool undoIsCorrection() const { return m_table.undoIsCorrection(); }
    void clear() { m_table.clear(); }
    FixResult fixMissingCheckDigits() { return m_table.fixMissingCheckDigits(); }
    void setLicensedImeis(std::span<const Imei> licensed) { m_table.setLicensedImeis(licensed); }
    void clearLicenseState() { m_table.clearLicenseState(); }
    int applyOperationResults(const QList<DeviceOperationResult>& results)
    {
        return m_table.applyOperationResults(results);
    }
    void clearOperationResults() { m_table.clearOperationResults(); }
    void appendRows(const DeviceRows& rows) { m_table.appendRows(rows); }
    std::optional<Kind> editRejected(int row, const QString& text)
    {
        return m_table.editRejected(row, text);
    }
    /// The other column `column` (0-based, after ColumnCount) of a file: its header name,
    /// or "Column N" where the file had no header.
    [[nodiscard]] QString extraColumnName(int column) const;

    // --- read access ------------------------------------------------------------
    [[nodiscard]] DeviceListCounts counts() const { return m_table.counts(); }
    [[nodiscard]] std::vector<Imei> validImeis() const { return m_table.validImeis(); }
    [[nodiscard]] std::vector<Imei> failedImeis() const { return m_table.failedImeis(); }
    /// The list as a CSV file, written by CsvWriter (UTF-8 with BOM, CRLF, formulas
    /// neutralised); it imports back into the same list.
    [[nodiscard]] QByteArray toCsv(CsvScope scope) const;
    [[nodiscard]] Imei imeiAt(int row) const { return m_table.imeiAt(row); }
    [[nodiscard]] RowState rowStateAt(int row) const { return m_table.rowStateAt(row); }
    /// The State column's state for a state byte.
    static RowState rowStateOf(std::uint8_t stateByte)
    {
        return DeviceTable::rowStateOf(stateByte);
    }
    static QString rowStateLabel(RowState state);
    /// The reason shown for a state byte when it is not specific to the row
    /// (duplicate, unlicensed); empty otherwise.
    static QString stateReasonText(std::uint8_t stateByte);
    /// Bytes of the list's own per-row storage (capacity, not size).
    [[nodiscard]] qsizetype storageBytes() const { return m_table.storageBytes(); }

    // --- direct access for proxies (no QVariant per row) ------------------------
    [[nodiscard]] std::uint64_t valueAt(int row) const { return m_table.valueAt(row); }
    [[nodiscard]] std::uint8_t stateByteAt(int row) const { return m_table.stateByteAt(row); }
    [[nodiscard]] Kind kindAt(int row) const { return m_table.kindAt(row); }
    [[nodiscard]] std::uint16_t reasonIdAt(int row) const { return m_table.reasonIdAt(row); }
    [[nodiscard]] const QStringList& reasonTable() const { return m_table.reasonTable(); }
    [[nodiscard]] const RejectedDevice* rejectedAt(int row) const
    {
        return m_table.rejectedAt(row);
    }
    [[nodiscard]] const std::vector<RejectedDevice>& rejectedTable() const
    {
        return m_table.rejectedTable();
    }
    [[nodiscard]] const std::vector<std::uint32_t>& rowsByImei() const
    {
        return m_table.rowsByImei();
    }
    /// The reason text shown for a row.
    [[nodiscard]] QString reasonTextAt(int row) const;

Q_SIGNALS:
    void countsChanged(const fotadesk::DeviceListCounts& counts);
    void undoAvailableChanged(bool available);

private:
    // DeviceTable::Observer
    void beginInsert(int first, int last) override;
    void endInsert() override;
    void beginRemove(int first, int last) override;
    void endRemove() override;
    void beginReset() override;
    void endReset() override;
    void rowsChanged(int first, int last) override;
    void countsUpdated(const DeviceListCounts& counts) override;
    void undoAvailabilityChanged(bool available) override;

    DeviceTable m_table;
};

} // namespace fotadesk
