// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace fotadesk {

/// The seam for modal questions and messages: pages ask through it instead of
/// calling QMessageBox / QFileDialog / QInputDialog directly, so that tests
/// (ScriptedMessageSeam) never block on a modal dialog. The application uses
/// DialogMessageSeam.
class MessageSeam
{
public:
    enum class Severity
    {
        Information,
        Warning,
        Error
    };

    virtual ~MessageSeam() = default;

    /// A yes/no question. `confirmLabel` is the text of the button that says yes
    /// ("Cancel campaign"); the other button keeps things as they are. True = go ahead.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& confirmLabel) = 0;
    /// A message the user acknowledges. `details` (may be empty) is technical text
    /// shown on demand.
    virtual void message(QWidget* parent, Severity severity, const QString& title,
                         const QString& text, const QString& details = {}) = 0;
    /// A file to open; empty when the user cancelled. `filter` as QFileDialog takes it.
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& filter) = 0;
    /// A file to write; empty when the user cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& title,
                                 const QString& suggestedName, const QString& filter) = 0;
    /// One line of text; `*ok` false when cancelled.
    virtual QString text(QWidget* parent, const QString& title, const QString& label,
                         const QString& initial, bool* ok) = 0;
    /// One of several ways to go on (a button each, the first the default, plus one that
    /// changes nothing): the index chosen, -1 when the user changed nothing.
    virtual int choose(QWidget* parent, const QString& title, const QString& text,
                       const QStringList& choices) = 0;
};

} // namespace fotadesk
