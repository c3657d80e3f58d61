// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Drag and drop of device lists onto the main window: a dropped CSV/TXT opens
// the device list editor (DeviceListWindow) with the file imported, listed in
// the recent device lists; other files are refused; "New campaign with these
// devices" hands the valid IMEIs to the create form.

#include "gui/devices/DeviceListWindow.h"

#include "gui/GuiTestHarness.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/create/CreateDevicesPage.h"
#include "gui/devices/DeviceListEditor.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/RecentFiles.h"
#include "store/AppSettings.h"
#include "support/TestFiles.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::GuiTestHarness;
using fotadesk::test::TestFiles;

namespace {

QString imei(std::uint64_t first14)
{
    return Imei::completeFrom14(first14).toString();
}

/// Sends a drag-enter and a drop of these local files to the widget; true when the
/// drag was accepted.
bool dropFiles(QWidget& target, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPoint at = target.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&target, &drop);
    return drop.isAccepted();
}

} // namespace

class DeviceListWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropOpensTheEditorWithTheDevices_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("valid");
        QTest::addColumn<int>("rejected");
        const QByteArray csv = "imei;site\n" + imei(35693803564380).toLatin1() + ";Depot 7\n" +
                               imei(35693803564381).toLatin1() + ";Depot 7\n" + "12345;bad\n" +
                               imei(35693803564382).toLatin1() + ";Depot 9\n";
        QTest::newRow("csv with a header and a bad line") << u"depot.csv"_s << csv << 3 << 1;
        const QByteArray txt =
            imei(35000000000011).toLatin1() + "\n" + imei(35000000000012).toLatin1() + "\n";
        QTest::newRow("txt, one per line") << u"scan.txt"_s << txt << 2 << 0;
    }

    void dropOpensTheEditorWithTheDevices()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(int, valid);
        QFETCH(int, rejected);
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        TestFiles files;
        AppSettings settings(files.path(u"s.ini"_s));
        RecentFiles recent(settings);
        MainWindow window(h.context);
        window.setRecentFiles(&recent);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString path = files.write(fileName, content);
        QVERIFY(dropFiles(window, {path}));
        QCOMPARE(window.deviceListWindows().size(), 1);
        DeviceListWindow* list = window.deviceListWindows().constFirst();
        QVERIFY(list->isVisible());
        QCOMPARE(list->fileName(), path);
        QVERIFY(list->windowTitle().contains(fileName));
        QVERIFY(QTest::qWaitFor([list] { return !list->editor()->isImporting(); }, 20000));
        QCOMPARE(list->editor()->counts().valid, valid);
        QCOMPARE(list->editor()->counts().rejected, rejected);
        QCOMPARE(recent.files(), QStringList{RecentFiles::normalized(path)});

        // Hand the list to the create form.
        auto* button = list->findChild<QPushButton*>(u"newCampaignButton"_s);
        QVERIFY(button && button->isEnabled());
        button->click();
        QCOMPARE(window.currentPageId(), u"create"_s);
        auto* wizard = qobject_cast<CreateCampaignWizard*>(window.page(u"create"_s));
        DeviceListEditor* formEditor = wizard->devicesPage()->editor();
        QVERIFY(QTest::qWaitFor([formEditor] { return !formEditor->isImporting(); }, 20000));
        QCOMPARE(formEditor->counts().valid, valid);
        QCOMPARE(formEditor->counts().rejected, 0);
    }

    void otherFilesAreRefused_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("pdf") << u"report.pdf"_s;
        QTest::newRow("no suffix") << u"devices"_s;
        QTest::newRow("json") << u"campaign.json"_s;
    }

    void otherFilesAreRefused()
    {
        QFETCH(QString, fileName);
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        TestFiles files;
        MainWindow window(h.context);
        QVERIFY(!dropFiles(window, {files.write(fileName, "x")}));
        QVERIFY(window.deviceListWindows().isEmpty());
    }

    void severalFilesOpenOneWindowEach()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        TestFiles files;
        MainWindow window(h.context);
        const QString a = files.write(u"a.csv"_s, imei(35693803564380).toLatin1() + "\n");
        const QString b = files.write(u"b.txt"_s, imei(35693803564381).toLatin1() + "\n");
        const QString c = files.write(u"c.pdf"_s, "x");
        QVERIFY(dropFiles(window, {a, c, b}));
        QCOMPARE(window.deviceListWindows().size(), 2);
    }

    void recentFileOpensTheEditor()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        TestFiles files;
        AppSettings settings(files.path(u"s.ini"_s));
        RecentFiles recent(settings);
        const QString path = files.write(u"depot.csv"_s, imei(35693803564380).toLatin1() + "\n");
        recent.add(path);
        MainWindow window(h.context);
        window.setRecentFiles(&recent);
        auto* menu = window.fileMenu()->findChild<QMenu*>(u"recentFilesMenu"_s);
        QVERIFY(menu);
        QVERIFY(menu->menuAction()->isEnabled());
        menu->actions().constFirst()->trigger();
        QCOMPARE(window.deviceListWindows().size(), 1);
        DeviceListWindow* list = window.deviceListWindows().constFirst();
        QVERIFY(QTest::qWaitFor([list] { return !list->editor()->isImporting(); }, 20000));
        QCOMPARE(list->editor()->counts().valid, 1);
    }
};

QTEST_MAIN(DeviceListWindowTest)
#include "DeviceListWindowTest.moc"
