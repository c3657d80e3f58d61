// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWizard>

namespace fotadesk {

/// What the app's guided forms (New campaign, New rollout) share about QWizard: our own Back
/// and Next words, every step's content in a frameless scroll area (a step taller or wider
/// than the window scrolls), Enter going on from anywhere on a complete step, and the keyboard
/// focus kept in the field being typed in (see focusNextPrevChild) or put on a new step's first
/// field. Call setUpSteps() once every step is added.
class FormWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormWizard)

public:
    explicit FormWizard(QWidget* parent = nullptr);
    ~FormWizard() override;

    /// Puts the keyboard focus on the first field of the current step (the form was opened,
    /// or the step changed).
    void focusCurrentStep();

protected:
    /// Wraps every step added so far in a scroll area; their buttons are no default buttons.
    void setUpSteps();
    /// Keeps the focus in the field being typed in while QWizard hides its page area for a
    /// moment (see the .cpp); every other focus move is QWizard's.
    bool focusNextPrevChild(bool next) override;

private:
    [[nodiscard]] bool isWizardButton(const QWidget* widget) const;
    static void putInScrollArea(QWizardPage& step);
};

} // namespace fotadesk
