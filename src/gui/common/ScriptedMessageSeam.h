// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/common/MessageSeam.h"

#include <QList>
#include <QQueue>

namespace fotadesk {

/// A MessageSeam for tests and the screenshot driver: answers from queues
/// (or defaults) at once, and records every question and message asked.
class ScriptedMessageSeam final : public MessageSeam
{
public:
    struct Record
    {
        QString kind; ///< "confirm", "choose", "information", "warning", "error", "open", "save",
                      ///< "text"
        QString title;
        QString text;
        QString details;
    };

    /// Answers for the next confirm() calls; when empty, defaultConfirm is used.
    QQueue<bool> confirmAnswers;
    /// Answers for the next choose() calls (an index, -1 = change nothing); when empty,
    /// defaultChoice is used.
    QQueue<int> chooseAnswers;
    int defaultChoice = 0;
    bool defaultConfirm = true;
    /// Answers for the next openFileName() / saveFileName() / text() calls (empty = cancel).
    QQueue<QString> openAnswers;
    QQueue<QString> saveAnswers;
    QQueue<QString> textAnswers;

    [[nodiscard]] const QList<Record>& records() const { return m_records; }
    [[nodiscard]] QStringList kinds() const;
    void clearRecords() { m_records.clear(); }

    bool confirm(QWidget* parent, const QString& title, const QString& text,
                 const QString& confirmLabel) override;
    int choose(QWidget* parent, const QString& title, const QString& text,
               const QStringList& choices) override;
    void message(QWidget* parent, Severity severity, const QString& title, const QString& text,
                 const QString& details = {}) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedName,
                         const QString& filter) override;
    QString text(QWidget* parent, const QString& title, const QString& label,
                 const QString& initial, bool* ok) override;

private:
    QList<Record> m_records;
};

} // namespace fotadesk
