// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace fotadesk {

/// The delegate of the device list's tables: an edited cell (a corrected rejected line) is
/// written to the model on the next event-loop turn, after the view has closed the editor.
/// A corrected line leaves the "Rejected lines" table at once (its filter resets); done
/// while the view still held the editor, the view would close an editor it no longer knows.
class DeferredCommitDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace fotadesk
