// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace fotadesk {

/// The firmware packages of GET /firmware/{acc}: what a campaign can upgrade
/// from and to. Read-only.
///
/// Columns: Name, Make, Model, Versions ("R2.1.0 → R2.2.0"), Protocol,
/// LaunchDate (the machine's local date and time; the raw text when the
/// server's timestamp could not be read), ReleaseNote.
///
/// Roles:
///   Qt::DisplayRole  the text above; Qt::ToolTipRole the release note
///   RawValueRole     sort/filter value: QString per column, QDateTime (UTC)
///                    for LaunchDate (invalid when unparseable)
///   PackageRole      QVariant::fromValue(wire::FirmwarePackage)
class FirmwareModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirmwareModel)

public:
    enum Column
    {
        NameColumn,
        MakeColumn,
        ModelColumn,
        VersionsColumn,
        ProtocolColumn,
        LaunchDateColumn,
        ReleaseNoteColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        PackageRole
    };

    explicit FirmwareModel(QObject* parent = nullptr);
    ~FirmwareModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setPackages(const QList<wire::FirmwarePackage>& packages);
    [[nodiscard]] const QList<wire::FirmwarePackage>& packages() const { return m_packages; }
    [[nodiscard]] const wire::FirmwarePackage& packageAt(int row) const
    {
        return m_packages.at(row);
    }
    /// The row of the package with this name, from and to version, or -1.
    [[nodiscard]] int rowOf(const QString& firmwareName, const QString& from = {},
                            const QString& to = {}) const;

private:
    QList<wire::FirmwarePackage> m_packages;
};

} // namespace fotadesk
