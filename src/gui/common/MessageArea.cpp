// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/MessageArea.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace fotadesk {

MessageArea::MessageArea(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setAccessibleName(tr("Message"));
    // One row: never more height than its text's few lines, whatever the layout offers.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->setSpacing(6);

    m_label->setObjectName(u"messageText"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    // A long text wraps within the row's width instead of widening the page.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_label, 1);

    m_buttons->setSpacing(6);
    layout->addLayout(m_buttons);

    m_close->setObjectName(u"messageCloseButton"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setToolTip(tr("Close this message (Esc)"));
    m_close->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, [this] {
        clearMessage();
        Q_EMIT closed();
    });

    limitHeight();
    applyStyle();
    hide();
}

MessageArea::~MessageArea() = default;

void MessageArea::showMessage(Severity severity, const QString& html, const QList<Action>& actions)
{
    if (html.isEmpty()) {
        clearMessage();
        return;
    }
    // Replaced, not stacked: the previous message's buttons go with it. The focus stays in the
    // area when it was on one of them (a keyboard user pressed Retry).
    bool hadFocus = false;
    for (QAbstractButton* old : actionButtons()) {
        hadFocus = hadFocus || old->hasFocus();
        m_buttons->removeWidget(old);
        old->hide();
        old->deleteLater(); // it may be the button whose click brought this message
    }
    for (const Action& action : actions) {
        auto* button = new QPushButton(action.text, this);
        button->setObjectName(u"messageAction"_s);
        button->setToolTip(action.toolTip);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [run = action.run] {
            if (run)
                run();
        });
        m_buttons->addWidget(button, 0, Qt::AlignTop);
    }
    m_severity = severity;
    m_hasMessage = true;
    m_label->setText(html);
    const QString plain = QTextDocumentFragment::fromHtml(html).toPlainText();
    m_label->setToolTip(plain);
    setAccessibleDescription(plain);
    applyStyle();
    show();
    if (hadFocus) {
        const QList<QAbstractButton*> now = actionButtons();
        (now.isEmpty() ? static_cast<QWidget*>(m_close) : now.front())
            ->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT messageChanged();
}

void MessageArea::clearMessage()
{
    if (!m_hasMessage)
        return;
    for (QAbstractButton* old : actionButtons()) {
        m_buttons->removeWidget(old);
        old->hide();
        old->deleteLater();
    }
    m_hasMessage = false;
    m_label->clear();
    m_label->setToolTip({});
    setAccessibleDescription({});
    hide(); // Qt moves a focus that was in the area to the next widget
    Q_EMIT messageChanged();
}

void MessageArea::clearIfShowing(const QString& html)
{
    if (m_hasMessage && !html.isEmpty() && m_label->text() == html)
        clearMessage();
}

QString MessageArea::text() const
{
    return m_hasMessage ? m_label->text() : QString();
}

QString MessageArea::plainText() const
{
    return m_hasMessage ? m_label->toolTip() : QString();
}

QList<QAbstractButton*> MessageArea::actionButtons() const
{
    QList<QAbstractButton*> out;
    for (int i = 0; i < m_buttons->count(); ++i) {
        if (auto* b = qobject_cast<QAbstractButton*>(m_buttons->itemAt(i)->widget()))
            out.append(b);
    }
    return out;
}

void MessageArea::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_hasMessage) {
        clearMessage();
        Q_EMIT closed();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void MessageArea::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        limitHeight();
}

void MessageArea::limitHeight()
{
    m_label->setMaximumHeight(m_label->fontMetrics().lineSpacing() * maxLines() + 4);
}

void MessageArea::applyStyle()
{
    struct Colours
    {
        const char16_t* background;
        const char16_t* text;
        const char16_t* border;
    };
    Colours c{u"#e8f4fd", u"#0d3c61", u"#64b5f6"};
    switch (m_severity) {
    case Severity::Info:
        break;
    case Severity::Success:
        c = {u"#e6f4ea", u"#1e4620", u"#81c784"};
        break;
    case Severity::Warning:
        c = {u"#fff3cd", u"#5c4400", u"#e0b000"};
        break;
    case Severity::Error:
        c = {u"#fdecea", u"#611a15", u"#e57373"};
        break;
    }
    setProperty("severity", int(m_severity));
    setStyleSheet(u"fotadesk--MessageArea { background: %1; border: 1px solid %3;"
                  u" border-radius: 4px; } QLabel { color: %2; background: transparent; }"_s.arg(
                      QString::fromUtf16(c.background), QString::fromUtf16(c.text),
                      QString::fromUtf16(c.border)));
}

} // namespace fotadesk
