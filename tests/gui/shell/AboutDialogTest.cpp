// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Help ▸ About: the app's version, the Qt version it runs on (qVersion()) and
// the one it was built with (QT_VERSION_STR), the environment and account;
// opened from the Help menu of the main window, not modal.

#include "gui/shell/AboutDialog.h"

#include "gui/GuiTestHarness.h"
#include "gui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::GuiTestHarness;

class AboutDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationVersion(u"9.8.7"_s); }

    void showsTheVersions_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("app version") << u"FotaDesk 9.8.7"_s;
        QTest::newRow("Qt at run time") << u"Qt "_s + QString::fromLatin1(qVersion());
        QTest::newRow("Qt at build time")
            << u"built with Qt "_s + QString::fromLatin1(QT_VERSION_STR);
        QTest::newRow("environment") << u"Demo"_s;
        QTest::newRow("account") << u"0000123456-00001"_s;
    }

    void showsTheVersions()
    {
        QFETCH(QString, expected);
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        AboutDialog about(h.context);
        QVERIFY2(about.text().contains(expected), qPrintable(about.text()));
        QVERIFY(AboutDialog::versionLine().contains(QString::fromLatin1(qVersion())));
        QVERIFY(about.findChild<QPushButton*>(u"aboutQtButton"_s));
    }

    void statesTheLicenceAndShowsItsText()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        AboutDialog about(h.context);
        QVERIFY2(about.text().contains(u"GNU General Public License, version 3"_s),
                 qPrintable(about.text()));
        QVERIFY(about.text().contains(u"GPL-3.0-or-later"_s));
        QVERIFY(about.text().contains(u"NO WARRANTY"_s));
        QVERIFY(about.text().contains(u"QtKeychain"_s));

        // The buttons open the embedded texts, whole.
        auto* license = about.findChild<QPushButton*>(u"licenseButton"_s);
        QVERIFY(license);
        license->click();
        auto* licenseWindow = about.findChild<QWidget*>(u"licenseWindow"_s);
        QVERIFY(licenseWindow);
        QVERIFY(licenseWindow->isVisible());
        const QString gpl = licenseWindow->findChild<QPlainTextEdit*>()->toPlainText();
        QVERIFY2(gpl.contains(u"GNU GENERAL PUBLIC LICENSE"_s) && gpl.contains(u"Version 3"_s),
                 qPrintable(gpl.left(200)));
        QVERIFY(gpl.contains(u"END OF TERMS AND CONDITIONS"_s));

        auto* notices = about.findChild<QPushButton*>(u"noticesButton"_s);
        QVERIFY(notices);
        notices->click();
        auto* noticesWindow = about.findChild<QWidget*>(u"noticesWindow"_s);
        QVERIFY(noticesWindow);
        const QString text = noticesWindow->findChild<QPlainTextEdit*>()->toPlainText();
        for (const auto& expected : {u"Qt Charts"_s, u"GPL-3.0-only"_s, u"QtKeychain"_s,
                                     u"BSD-3-Clause"_s, u"SQLite"_s, u"Public domain"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void helpMenuOpensIt()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        MainWindow window(h.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.helpMenu()->actions().contains(window.aboutAction()));
        window.aboutAction()->trigger();
        auto* about = window.findChild<AboutDialog*>();
        QVERIFY(about);
        QVERIFY(about->isVisible());
        QVERIFY(!about->isModal());
        QVERIFY(about->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(h.messages.records().isEmpty()); // no message box through the seam any more
        about->close();
        QTRY_VERIFY(!window.findChild<AboutDialog*>()); // deleted on close
    }
};

QTEST_MAIN(AboutDialogTest)
#include "AboutDialogTest.moc"
