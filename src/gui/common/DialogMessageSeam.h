// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/common/MessageSeam.h"

namespace fotadesk {

/// The real MessageSeam: QMessageBox, QFileDialog, QInputDialog.
class DialogMessageSeam final : public MessageSeam
{
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text,
                 const QString& confirmLabel) override;
    void message(QWidget* parent, Severity severity, const QString& title, const QString& text,
                 const QString& details = {}) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedName,
                         const QString& filter) override;
    int choose(QWidget* parent, const QString& title, const QString& text,
               const QStringList& choices) override;
    QString text(QWidget* parent, const QString& title, const QString& label,
                 const QString& initial, bool* ok) override;
};

} // namespace fotadesk
