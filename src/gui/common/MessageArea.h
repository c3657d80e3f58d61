// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>
#include <QList>

#include <functional>

class QAbstractButton;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace fotadesk {

/// A page's one message area: one message at a time — the next one replaces it, never stacks
/// under it — with its severity's colour, optional action buttons ("Retry") and a close
/// button. Pages that used to stack several banners (and squeezed their charts) show their
/// messages here.
///
/// It takes one row: the text wraps, up to maxLines() lines (the whole text is in the tooltip
/// and the accessible description), so a long server message never takes height from the
/// page's charts. Hidden while there is no message.
///
/// Keyboard: the action buttons and the close button take Tab focus; Escape while the focus
/// is in the area closes the message.
class MessageArea final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageArea)

public:
    enum class Severity
    {
        Info,
        Success,
        Warning,
        Error
    };
    struct Action
    {
        QString text; ///< button text, may carry a mnemonic ("&Retry")
        std::function<void()> run;
        QString toolTip;
    };

    explicit MessageArea(QWidget* parent = nullptr);
    ~MessageArea() override;

    /// Shows `html` (rich text: escape what came from elsewhere), replacing any message shown.
    /// An empty text clears the area.
    void showMessage(Severity severity, const QString& html, const QList<Action>& actions = {});
    /// Hides the message (as the close button does).
    void clearMessage();
    /// Hides the message only when it is `html` (a part of the page takes back what it said,
    /// without clearing what another part said since).
    void clearIfShowing(const QString& html);

    [[nodiscard]] bool hasMessage() const { return m_hasMessage; }
    /// The message shown (rich text; empty when none).
    [[nodiscard]] QString text() const;
    /// The message shown as plain text.
    [[nodiscard]] QString plainText() const;
    [[nodiscard]] Severity severity() const { return m_severity; }
    /// The action buttons of the message shown (in order), for tests and focus.
    [[nodiscard]] QList<QAbstractButton*> actionButtons() const;
    [[nodiscard]] QToolButton* closeButton() const { return m_close; }
    [[nodiscard]] static int maxLines() { return 3; }

Q_SIGNALS:
    /// The message shown changed (shown, replaced or cleared).
    void messageChanged();
    /// The user closed the message (close button or Escape).
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyStyle();
    void limitHeight();

    QLabel* m_label;
    QHBoxLayout* m_buttons;
    QToolButton* m_close;
    Severity m_severity = Severity::Info;
    bool m_hasMessage = false;
};

} // namespace fotadesk
