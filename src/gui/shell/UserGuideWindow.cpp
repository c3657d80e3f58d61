// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/UserGuideWindow.h"

#include "gui/common/GuiLogging.h"
#include "gui/common/Icons.h"

#include <QAction>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fotadesk {

QSize UserGuideWindow::sizeOn(QSize available)
{
    const QSize preferred(900, 760);
    return available.isValid() ? preferred.boundedTo(available * 9 / 10) : preferred;
}

UserGuideWindow::UserGuideWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
    , m_find(new QLineEdit(this))
{
    setObjectName(u"userGuideWindow"_s);
    setWindowTitle(tr("FotaDesk user guide"));
    setWindowIcon(Icons::get(u"fotadesk"_s));
    // As large as reads well, but never taller or wider than the screen it opens on (it was
    // 760 px high on a 640 px screen, its find bar off-screen).
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        resize(sizeOn(screen->availableGeometry().size()));
    else
        resize(sizeOn({}));

    m_browser->setObjectName(u"guideBrowser"_s);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QLatin1String(kSource)), QTextDocument::MarkdownResource);
    if (m_browser->document()->isEmpty())
        qCWarning(lcGui) << "user guide: the embedded" << kSource << "is missing or empty";
    fitImages();

    m_find->setObjectName(u"guideFindEdit"_s);
    m_find->setPlaceholderText(tr("Find in the guide"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find in the guide"));
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });

    auto* findAction = new QAction(this);
    findAction->setShortcuts(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addAction(findAction);
    auto* nextAction = new QAction(this);
    nextAction->setShortcuts(QKeySequence::FindNext);
    connect(nextAction, &QAction::triggered, this, [this] { findNext(false); });
    addAction(nextAction);
    auto* closeAction = new QAction(this);
    closeAction->setShortcuts(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    auto* findRow = new QHBoxLayout;
    auto* findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    findRow->addWidget(findLabel);
    findRow->addWidget(m_find, 1);

    // The guide exists in English only: in another user-interface language the window says so
    // (in that language) before a reader wonders why.
    auto* languageNote = new QLabel(this);
    languageNote->setObjectName(u"guideLanguageNote"_s);
    languageNote->setWordWrap(true);
    languageNote->setText(tr("This guide is written in English; FotaDesk itself follows the "
                             "language chosen in File ▸ Settings."));
    languageNote->setVisible(QLocale().language() != QLocale::English);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(languageNote);
    layout->addLayout(findRow);
    layout->addWidget(m_browser, 1);
}

UserGuideWindow::~UserGuideWindow() = default;

bool UserGuideWindow::showSection(const QString& heading)
{
    QTextDocument* doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 &&
            block.text().trimmed().compare(heading, Qt::CaseInsensitive) == 0) {
            QTextCursor cursor(block);
            m_browser->setTextCursor(cursor);
            m_browser->ensureCursorVisible();
            return true;
        }
    }
    return false;
}

void UserGuideWindow::fitImages()
{
    QTextDocument* doc = m_browser->document();
    struct Wide
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Wide> wide;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QVariant data =
                m_browser->loadResource(QTextDocument::ImageResource, QUrl(format.name()));
            QImage picture = data.value<QImage>();
            if (picture.isNull())
                picture.loadFromData(data.toByteArray());
            if (picture.isNull() || picture.width() <= kMaxImageWidth)
                continue;
            format.setWidth(kMaxImageWidth);
            format.setHeight(double(picture.height()) * kMaxImageWidth / picture.width());
            wide.append({fragment.position(), fragment.length(), format});
        }
    }
    QTextCursor cursor(doc);
    for (const Wide& w : std::as_const(wide)) {
        cursor.setPosition(w.position);
        cursor.setPosition(w.position + w.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(w.format);
    }
}

void UserGuideWindow::findNext(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    const auto flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_browser->find(text, flags)) {
        // Wrap around once.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        m_browser->find(text, flags);
    }
}

} // namespace fotadesk
