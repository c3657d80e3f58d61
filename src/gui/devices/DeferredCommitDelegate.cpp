// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/devices/DeferredCommitDelegate.h"

#include <QMetaProperty>
#include <QPersistentModelIndex>
#include <QPointer>

namespace fotadesk {

void DeferredCommitDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                          const QModelIndex& index) const
{
    if (!editor || !model || !index.isValid())
        return;
    // The editor's value now (it is deleted once closed), written when the view is done.
    const QMetaProperty user = editor->metaObject()->userProperty();
    if (!user.isValid())
        return;
    const QVariant value = user.read(editor);
    const QPointer<QAbstractItemModel> target(model);
    const QPersistentModelIndex cell(index);
    QMetaObject::invokeMethod(
        model,
        [target, cell, value] {
            QAbstractItemModel* m = target.data();
            if (m != nullptr && cell.isValid())
                m->setData(cell, value, Qt::EditRole);
        },
        Qt::QueuedConnection);
}

} // namespace fotadesk
