// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/DialogMessageSeam.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace fotadesk {

bool DialogMessageSeam::confirm(QWidget* parent, const QString& title, const QString& text,
                                const QString& confirmLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    auto* yes = box.addButton(confirmLabel, QMessageBox::AcceptRole);
    auto* no = box.addButton(QMessageBox::tr("Keep as it is"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

int DialogMessageSeam::choose(QWidget* parent, const QString& title, const QString& text,
                              const QStringList& choices)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton*> buttons;
    for (const QString& choice : choices)
        buttons << box.addButton(choice, QMessageBox::AcceptRole);
    auto* none = box.addButton(QMessageBox::Cancel);
    if (!buttons.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton*>(buttons.first()));
    box.setEscapeButton(none);
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void DialogMessageSeam::message(QWidget* parent, Severity severity, const QString& title,
                                const QString& text, const QString& details)
{
    const auto icon = severity == Severity::Error     ? QMessageBox::Critical
                      : severity == Severity::Warning ? QMessageBox::Warning
                                                      : QMessageBox::Information;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

QString DialogMessageSeam::openFileName(QWidget* parent, const QString& title,
                                        const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QString DialogMessageSeam::saveFileName(QWidget* parent, const QString& title,
                                        const QString& suggestedName, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}

QString DialogMessageSeam::text(QWidget* parent, const QString& title, const QString& label,
                                const QString& initial, bool* ok)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, ok);
}

} // namespace fotadesk
