// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Help ▸ User guide: docs/user-guide.md is embedded and rendered (headings,
// the screenshots it shows load from the resource, offline), F1 opens it from
// the main window, Find searches it.

#include "gui/shell/UserGuideWindow.h"

#include "gui/GuiTestHarness.h"
#include "gui/shell/AppLanguage.h"
#include "gui/shell/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::GuiTestHarness;

namespace {

/// The image names the document refers to.
QStringList imagesOf(const QTextDocument& doc)
{
    QStringList out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat())
                out << f.toImageFormat().name();
        }
    }
    return out;
}

} // namespace

class UserGuideWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysPlainlyWhenTheGuideIsNotInTheUiLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("noteShown");
        QTest::addColumn<QString>("noteStarts");
        QTest::newRow("en") << u"en"_s << false << u"This guide"_s;
        QTest::newRow("de") << u"de"_s << true << u"Diese Anleitung"_s;
        QTest::newRow("es") << u"es"_s << true << u"Esta guía"_s;
    }
    void saysPlainlyWhenTheGuideIsNotInTheUiLanguage()
    {
        QFETCH(QString, language);
        QFETCH(bool, noteShown);
        QFETCH(QString, noteStarts);
        AppLanguage translation;
        QCOMPARE(translation.install(language), language);
        UserGuideWindow guide;
        const auto* note = guide.findChild<QLabel*>(u"guideLanguageNote"_s);
        QVERIFY(note);
        QCOMPARE(note->isVisibleTo(&guide), noteShown);
        QVERIFY2(note->text().startsWith(noteStarts), qPrintable(note->text()));
        AppLanguage english;
        english.install(u"en"_s);
    }

    void theWindowFitsItsScreen()
    {
        QCOMPARE(UserGuideWindow::sizeOn({1920, 1040}), QSize(900, 760));
        QCOMPARE(UserGuideWindow::sizeOn({1024, 640}), QSize(900, 576)); // was 760 px high
        QCOMPARE(UserGuideWindow::sizeOn({800, 600}), QSize(720, 540));
        const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size();
        UserGuideWindow guide;
        QCOMPARE(guide.size(), UserGuideWindow::sizeOn(available));
    }

    void theGuideIsEmbeddedAndRendered()
    {
        QFile source(u":/guide/user-guide.md"_s);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(source.readAll());
        UserGuideWindow guide;
        QTextDocument* doc = guide.browser()->document();
        QVERIFY(!doc->isEmpty());
        QVERIFY(doc->toPlainText().contains(u"FotaDesk user guide"_s));

        // Every picture the Markdown shows is in the resource and decodes.
        static const QRegularExpression image(uR"(!\[[^\]]*\]\(([^)\s]+)\))"_s);
        QStringList expected;
        for (auto m = image.globalMatch(markdown); m.hasNext();)
            expected << m.next().captured(1);
        QVERIFY(!expected.isEmpty());
        const QStringList shown = imagesOf(*doc);
        QCOMPARE(shown.size(), expected.size());
        for (const QString& name : shown) {
            const QVariant data =
                guide.browser()->loadResource(QTextDocument::ImageResource, QUrl(name));
            QImage picture;
            if (data.canConvert<QImage>())
                picture = data.value<QImage>();
            if (picture.isNull())
                picture.loadFromData(data.toByteArray());
            QVERIFY2(!picture.isNull(), qPrintable(name));
        }
        // Wide screenshots are scaled to fit the window.
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (f.isImageFormat())
                    QVERIFY(f.toImageFormat().width() <= UserGuideWindow::kMaxImageWidth);
            }
        }
    }

    void sectionsAndFind()
    {
        UserGuideWindow guide;
        QVERIFY(guide.showSection(u"FotaDesk user guide"_s));
        QVERIFY(!guide.showSection(u"No such chapter"_s));
        auto* find = guide.findChild<QLineEdit*>(u"guideFindEdit"_s);
        QVERIFY(find);
        find->setText(u"IMEI"_s);
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(guide.browser()->textCursor().selectedText().toUpper(), u"IMEI"_s);
    }

    void f1OpensItFromTheMainWindow()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        MainWindow window(h.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.userGuideWindow());
        QVERIFY(window.userGuideAction()->shortcuts().contains(
            QKeySequence(QKeySequence::HelpContents)));
        QTest::keySequence(&window, QKeySequence::HelpContents);
        QVERIFY(window.userGuideWindow());
        QVERIFY(window.userGuideWindow()->isVisible());
        UserGuideWindow* first = window.userGuideWindow();
        window.userGuideAction()->trigger(); // again: the same window
        QCOMPARE(window.userGuideWindow(), first);
    }
};

QTEST_MAIN(UserGuideWindowTest)
#include "UserGuideWindowTest.moc"
