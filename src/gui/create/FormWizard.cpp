// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/create/FormWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

QString trForm(const char* text)
{
    return QCoreApplication::translate("fotadesk::CreateCampaignWizard", text);
}

} // namespace

FormWizard::FormWizard(QWidget* parent)
    : QWizard(parent)
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::HaveHelpButton, false);
    // Our own words for Back and Next (Qt's translations clash with our mnemonics: "< &Atrás"
    // took Alt+A from the Spanish File menu), translated where the New campaign form had them.
    setButtonText(QWizard::BackButton,
                  trForm(QT_TRANSLATE_NOOP("fotadesk::CreateCampaignWizard", "< &Back")));
    setButtonText(QWizard::NextButton,
                  trForm(QT_TRANSLATE_NOOP("fotadesk::CreateCampaignWizard", "&Next >")));
    button(QWizard::NextButton)
        ->setAccessibleName(
            trForm(QT_TRANSLATE_NOOP("fotadesk::CreateCampaignWizard", "Next step")));
    button(QWizard::BackButton)
        ->setAccessibleName(
            trForm(QT_TRANSLATE_NOOP("fotadesk::CreateCampaignWizard", "Previous step")));
    // A new step takes the focus to its first field once it is shown, unless the user is
    // already elsewhere on it (the hidden page it was on leaves QWizard with no focus).
    connect(this, &QWizard::currentIdChanged, this, [this] {
        QWidget* focus = QApplication::focusWidget();
        if (!focus || !focus->isVisibleTo(window()) ||
            (isAncestorOf(focus) && !currentPage()->isAncestorOf(focus) && !isWizardButton(focus)))
            focusCurrentStep();
    });
}

FormWizard::~FormWizard() = default;

void FormWizard::setUpSteps()
{
    // A step taller or wider than the window scrolls (at 1024×640, in German, the schedule's
    // labels were drawn over its window table): each step's content moves into a frameless
    // scroll area on the step.
    // Enter goes on to the next step when the step is complete, wherever the focus is on it:
    // the steps' own buttons are no default buttons (Space presses the focused one).
    for (const int id : pageIds()) {
        putInScrollArea(*page(id));
        for (QPushButton* b : page(id)->findChildren<QPushButton*>())
            b->setAutoDefault(false);
    }
}

void FormWizard::putInScrollArea(QWizardPage& step)
{
    QLayout* layout = step.layout();
    if (!layout)
        return;
    auto* content = new QWidget;
    content->setObjectName(step.objectName() + u"Content"_s);
    content->setLayout(layout); // takes the layout, and its widgets, off the step
    auto* area = new QScrollArea(&step);
    area->setObjectName(step.objectName() + u"ScrollArea"_s);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(content);
    area->setFocusPolicy(Qt::NoFocus);
    auto* outer = new QVBoxLayout(&step);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(area);
}

bool FormWizard::isWizardButton(const QWidget* widget) const
{
    for (const auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                             QWizard::FinishButton, QWizard::CancelButton}) {
        if (button(which) == widget)
            return true;
    }
    return false;
}

bool FormWizard::focusNextPrevChild(bool next)
{
    // Each time a step says its completeness changed (on every keystroke in the campaign name,
    // every date step, ...), QWizard updates its buttons with the page area hidden for a moment
    // (its anti-flicker widget), and a step change hides the step the focus is on. Qt moves the
    // focus off a widget that is hidden: here, out of the form to the next widget of the main
    // window, the navigation list, so the next letters typed switched pages. While the form
    // itself stays visible, a field of it that is hidden keeps the focus; right after, it is
    // shown again (and keeps it) or it is not (a new step: its first field takes the focus).
    QWidget* focus = QApplication::focusWidget();
    if (focus && isVisible() && isAncestorOf(focus) && !focus->isVisibleTo(this)) {
        QTimer::singleShot(0, this, [this] {
            QWidget* now = QApplication::focusWidget();
            if (isVisible() && (!now || (isAncestorOf(now) && !now->isVisibleTo(this))))
                focusCurrentStep();
        });
        return true;
    }
    return QWizard::focusNextPrevChild(next);
}

void FormWizard::focusCurrentStep()
{
    QWizardPage* page = currentPage();
    if (!page)
        return;
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (!page->isAncestorOf(w))
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(page) && w->isEnabled()) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (QAbstractButton* next = button(QWizard::NextButton); next && next->isEnabled())
        next->setFocus(Qt::OtherFocusReason);
}

} // namespace fotadesk
