// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/AboutDialog.h"

#include "core/ProgramInfo.h"
#include "gui/common/Icons.h"
#include "gui/shell/AppContext.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fotadesk {

AboutDialog::AboutDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About FotaDesk"));

    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::get(u"fotadesk"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_text->setObjectName(u"aboutText"_s);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_text->setWordWrap(true);
    m_text->setText(
        u"<h2>FotaDesk %1</h2>"_s.arg(QCoreApplication::applicationVersion().toHtmlEscaped()) +
        u"<p>"_s +
        tr("Schedule, change and watch firmware-over-the-air campaigns on "
           "ThingSpace (FOTA v3).") +
        u"</p><p>"_s +
        tr("Qt %1 (built with Qt %2)")
            .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(QT_VERSION_STR)) +
        u"<br>"_s +
        tr("Environment: %1 — %2")
            .arg(context.environmentLabel().toHtmlEscaped(),
                 context.environment.baseUrl.toString().toHtmlEscaped()) +
        u"<br>"_s + tr("Account: %1").arg(context.environment.accountName.toHtmlEscaped()) +
        u"<br>"_s + tr("Data and logs: %1").arg(data.toHtmlEscaped()) + u"</p><p>"_s +
        tr("Copyright © %1").arg(ProgramInfo::copyrightHolder().toHtmlEscaped()) + u"<br>"_s +
        tr("FotaDesk is free software: you can redistribute it and/or modify it under the terms "
           "of the GNU General Public License, version 3 or (at your option) any later version "
           "(%1).")
            .arg(ProgramInfo::licenseId()) +
        u" "_s + tr("It comes with NO WARRANTY, to the extent permitted by law.") + u"</p><p>"_s +
        tr("Uses Qt (LGPL 3; Qt Charts under GPL 3), QtKeychain (BSD 3-clause) and SQLite "
           "(public domain): see Third-party notices.") +
        u"</p>"_s);
    m_text->setMinimumWidth(420);

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(u"aboutQtButton"_s);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    auto* license = buttons->addButton(tr("&License…"), QDialogButtonBox::HelpRole);
    license->setObjectName(u"licenseButton"_s);
    connect(license, &QPushButton::clicked, this,
            [this] { showText(tr("GNU General Public License"), u":/legal/LICENSE"_s); });
    auto* notices = buttons->addButton(tr("&Third-party notices…"), QDialogButtonBox::HelpRole);
    notices->setObjectName(u"noticesButton"_s);
    connect(notices, &QPushButton::clicked, this,
            [this] { showText(tr("Third-party notices"), u":/legal/THIRD-PARTY-NOTICES"_s); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

AboutDialog::~AboutDialog() = default;

QWidget* AboutDialog::showText(const QString& title, const QString& resource)
{
    // One window per text, non-modal like the About box itself; the texts are embedded
    // (src/gui/CMakeLists.txt), so they are there even without the package's doc files.
    QFile file(resource);
    const QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                        : tr("%1 is missing.").arg(resource);
    auto* window = new QDialog(this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setObjectName(resource == u":/legal/LICENSE"_s ? u"licenseWindow"_s
                                                           : u"noticesWindow"_s);
    window->setWindowTitle(title);
    auto* view = new QPlainTextEdit(text, window);
    view->setObjectName(u"legalText"_s);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setAccessibleName(title);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, window);
    connect(close, &QDialogButtonBox::rejected, window, &QDialog::reject);
    auto* layout = new QVBoxLayout(window);
    layout->addWidget(view);
    layout->addWidget(close);
    // Wide enough for the licence's 80-column lines.
    window->resize(view->fontMetrics().horizontalAdvance(QString(84, u'M')), 560);
    window->show();
    return window;
}

QString AboutDialog::text() const
{
    return m_text->text();
}

QString AboutDialog::versionLine()
{
    return tr("FotaDesk %1 — Qt %2 (built with %3)")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
             QString::fromLatin1(QT_VERSION_STR));
}

} // namespace fotadesk
