// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The create flow typed the way a person types it: the whole app (DesktopApp, the wiring
// fotadesk runs) in a real X window (xcb on a private Xvfb, tests/support/with-xvfb.sh),
// against a real fotasim process. Every key goes, one at a time, to the window that has
// the keyboard focus, through the window system path real keys take (shortcuts first,
// then the focused widget), never to a widget picked by the test. What is checked is what
// the user sees (the field's text, where the focus is) and what fotasim then holds.

#include "core/Imei.h"
#include "gui/GuiTestHarness.h"
#include "gui/campaign/CampaignDetailPage.h"
#include "gui/campaign/CampaignStatusPanel.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/create/CreateDevicesPage.h"
#include "gui/create/CreateFirmwarePage.h"
#include "gui/devices/DeviceListEditor.h"
#include "gui/shell/DesktopApp.h"
#include "gui/shell/MainWindow.h"
#include "models/DeviceListModel.h"
#include "models/DeviceStatusModel.h"
#include "store/AppSettings.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWindow>

#include <functional>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

namespace {

constexpr auto kAccount = "0000123456-00001";

/// Gives `window` the keyboard, as a window manager would on showing it or on closing a dialog
/// above it (Xvfb has none).
bool giveKeyboardTo(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window->windowHandle(), 5000);
}

/// The keyboard: each key goes to the window that has the focus (a modal dialog when one is
/// open), as the window system delivers a real key press.
class Keyboard
{
public:
    static QWindow* target()
    {
        if (QWidget* modal = QApplication::activeModalWidget())
            return modal->windowHandle();
        if (QWindow* focus = QGuiApplication::focusWindow())
            return focus;
        // A dialog was closed: a window manager gives the focus back to the main window;
        // Xvfb has none, so do its part.
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget* w : windows) {
            if (w->isVisible() && w->inherits("fotadesk::MainWindow") && giveKeyboardTo(w))
                return w->windowHandle();
        }
        return nullptr;
    }
    static bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWindow* window = target();
        if (!window)
            return false;
        QTest::keyClick(window, key, modifiers);
        QCoreApplication::processEvents();
        return true;
    }
    /// Types `text` one character at a time.
    static bool type(const QString& text)
    {
        for (const QChar c : text) {
            QWindow* window = target();
            if (!window)
                return false;
            QTest::keyClick(window, c.toLatin1());
            QCoreApplication::processEvents();
        }
        return true;
    }
};

/// Runs `action` once a modal dialog is open (it is opened by the key about to be pressed,
/// whose handler does not return before the dialog is closed).
void whenModalOpens(std::function<void(QWidget*)> action)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action = std::move(action)] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        if (giveKeyboardTo(modal))
            action(modal);
    });
    timer->start();
}

QString focusName()
{
    const QWidget* w = QApplication::focusWidget();
    return w ? u"%1 (%2)"_s.arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
             : u"nothing"_s;
}

} // namespace

class DesktopAppRealWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstStartFitsTheScreen();
    void createCampaignTypedKeyByKey();
    void openCampaignByIdThenItsTabsByKey();

private:
    /// The app as fotadesk builds it, on fotasim, with a workspace of its own (`name`).
    struct Session
    {
        Session(const QString& baseUrl, const QString& workspacePath)
            : rig(baseUrl)
            , app(*rig.client, settings, options(workspacePath))
        {}
        static DesktopApp::Options options(const QString& workspacePath)
        {
            DesktopApp::Options o;
            o.rememberWindowState = false;
            o.workspacePath = workspacePath;
            return o;
        }
        /// Shows the main window with the keyboard in it.
        bool show()
        {
            app.show();
            return giveKeyboardTo(&app.window());
        }
        ClientRig rig;
        AppSettings settings;
        DesktopApp app;
    };

    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<GuiTestHarness> m_server; // asks fotasim what it holds
    QTemporaryDir m_dir;
};

void DesktopAppRealWindowTest::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    QVERIFY(m_dir.isValid());
    m_sim = std::make_unique<FotaSimProcess>();
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
    m_server = std::make_unique<GuiTestHarness>(GuiTestHarness::External{m_sim->baseUrl()});
}

void DesktopAppRealWindowTest::firstStartFitsTheScreen()
{
    // A first start on a 1366×768 screen: the whole window, status bar included, is on it.
    Session session(m_sim->baseUrl(), m_dir.filePath(u"first-start.sqlite"_s));
    DesktopApp& app = session.app;
    app.show();
    QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
    const QRect available = app.window().screen()->availableGeometry();
    QVERIFY2(available.contains(app.window().frameGeometry()),
             qPrintable(u"window %1,%2 %3x%4 on a %5x%6 screen"_s.arg(app.window().x())
                            .arg(app.window().y())
                            .arg(app.window().frameGeometry().width())
                            .arg(app.window().frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
    const QRect status(app.window().statusBar()->mapToGlobal(QPoint(0, 0)),
                       app.window().statusBar()->size());
    QVERIFY(available.contains(status));
}

void DesktopAppRealWindowTest::createCampaignTypedKeyByKey()
{
    // Licensed devices on the "from" version of a package: the campaign the user creates.
    const GuiTestHarness::Fleet fleet = m_server->fleet(400);
    QVERIFY2(fleet.devices.size() >= 12, "the demo fleet has devices to upgrade");
    const QList<Imei> devices = fleet.devices.mid(0, 12);
    // The spreadsheet export a field engineer imports: a header, names and IMEIs.
    const QString csvPath = m_dir.filePath(u"depot7.csv"_s);
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Device name,IMEI,Site\n");
        for (int i = 0; i < devices.size(); ++i)
            csv.write(u"Meter %1,%2,Depot 7\n"_s.arg(i + 1).arg(devices[i].toString()).toUtf8());
    }

    Session session(m_sim->baseUrl(), m_dir.filePath(u"workspace.sqlite"_s));
    MainWindow& window = session.app.window();
    QVERIFY(session.show());
    // The form is built when first asked for (MainWindow builds pages when first shown).
    auto* wizard = qobject_cast<CreateCampaignWizard*>(window.page(u"create"_s));
    QVERIFY(wizard);
    auto* nameEdit = wizard->firmwarePage()->findChild<QLineEdit*>(u"nameEdit"_s);
    QVERIFY(nameEdit);

    // Ctrl+N: the New campaign form, with the focus in its first field.
    QVERIFY(Keyboard::press(Qt::Key_N, Qt::ControlModifier));
    QTRY_COMPARE(window.currentPageId(), u"create"_s);
    QTRY_COMPARE(QApplication::focusWidget(), nameEdit);

    // The campaign name, key by key: every letter lands and the focus stays in the field
    // (before the fix the first letter moved it to the navigation list and 'e' opened the
    // next page).
    const QString name = u"Depot 7 modem refresh"_s;
    for (qsizetype i = 0; i < name.size(); ++i) {
        QVERIFY(Keyboard::type(name.mid(i, 1)));
        QVERIFY2(QApplication::focusWidget() == nameEdit,
                 qPrintable(u"after '%1' the focus is on %2"_s.arg(name.left(i + 1), focusName())));
    }
    QCOMPARE(nameEdit->text(), name);
    QCOMPARE(window.currentPageId(), u"create"_s);

    // Tab: the protocol (LWM2M, the first); Tab: the firmware search.
    QVERIFY(Keyboard::press(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"protocolCombo"_s);
    QVERIFY(Keyboard::press(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"searchEdit"_s);
    QTableView* firmwareView = wizard->firmwarePage()->firmwareView();
    QTRY_VERIFY_WITH_TIMEOUT(firmwareView->model()->rowCount() > 1, 30000);
    QVERIFY(Keyboard::type(fleet.package.firmwareName));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"searchEdit"_s);
    QTRY_COMPARE(firmwareView->model()->rowCount(), 1);
    // Tab past Reload list into the package table; Space picks the (only) package.
    QVERIFY(Keyboard::press(Qt::Key_Tab));
    QVERIFY(Keyboard::press(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget(), firmwareView);
    QVERIFY(Keyboard::press(Qt::Key_Space));
    QCOMPARE(wizard->form().draft.firmwareName, fleet.package.firmwareName);

    // Enter: the page is complete, so the form goes on to the schedule, focus in its first
    // field (the start date).
    QVERIFY(Keyboard::press(Qt::Key_Return));
    QTRY_COMPARE(wizard->currentId(), int(CreateCampaignWizard::SchedulePageId));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"startDateEdit"_s);
    const QDate start = wizard->form().draft.startDate;
    const QDate end = wizard->form().draft.endDate;
    // Dates by keyboard (yyyy-MM-dd; Tab goes from section to section, then on): the start
    // two days later (Tab, Tab to the day, Up, Up), the end three days later.
    for (const auto key : {Qt::Key_Tab, Qt::Key_Tab, Qt::Key_Up, Qt::Key_Up}) {
        QVERIFY(Keyboard::press(key));
        QCOMPARE(QApplication::focusWidget()->objectName(), u"startDateEdit"_s);
        QCOMPARE(window.currentPageId(), u"create"_s);
    }
    QVERIFY(Keyboard::press(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"endDateEdit"_s);
    for (const auto key : {Qt::Key_Tab, Qt::Key_Tab, Qt::Key_Up, Qt::Key_Up, Qt::Key_Up}) {
        QVERIFY(Keyboard::press(key));
        QCOMPARE(QApplication::focusWidget()->objectName(), u"endDateEdit"_s);
    }
    QCOMPARE(wizard->form().draft.startDate, start.addDays(2));
    QCOMPARE(wizard->form().draft.endDate, end.addDays(3));
    // A second daily window, 22:00–24:00, beside the default 01:00–05:00: Tab to the preset,
    // Tab to From, type 22, Tab to To, type 24, Tab to Add window, Space.
    QVERIFY(Keyboard::press(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"presetCombo"_s);
    QVERIFY(Keyboard::press(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"fromSpin"_s);
    QVERIFY(Keyboard::press(Qt::Key_A, Qt::ControlModifier));
    QVERIFY(Keyboard::type(u"22"_s));
    QVERIFY(Keyboard::press(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"toSpin"_s);
    QVERIFY(Keyboard::press(Qt::Key_A, Qt::ControlModifier));
    QVERIFY(Keyboard::type(u"24"_s));
    QVERIFY(Keyboard::press(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"addButton"_s);
    QVERIFY(Keyboard::press(Qt::Key_Space));
    QCOMPARE(wizard->form().draft.timeWindows,
             (QList<TimeWindow>{TimeWindow{1, 5}, TimeWindow{22, 24}}));

    // Alt+N (Next): the devices step, focus on Import file…; Space opens the file dialog,
    // where the path is typed and Enter imports it.
    QVERIFY(Keyboard::press(Qt::Key_N, Qt::AltModifier));
    QTRY_COMPARE(wizard->currentId(), int(CreateCampaignWizard::DevicesPageId));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"importButton"_s);
    bool dialogSeen = false;
    whenModalOpens([&](QWidget* modal) {
        dialogSeen = qobject_cast<QFileDialog*>(modal) != nullptr;
        Keyboard::type(csvPath);
        Keyboard::press(Qt::Key_Return);
    });
    QVERIFY(Keyboard::press(Qt::Key_Space));
    QVERIFY(dialogSeen);
    DeviceListEditor* editor = wizard->devicesPage()->editor();
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->rowCount(), int(devices.size()), 30000);
    QCOMPARE(wizard->form().draft.devices.size(), devices.size());

    // Alt+T (Type or scan), an IMEI of the list again and Enter: it is added (as a duplicate,
    // merged), and Enter in that field does not leave the step.
    QVERIFY(Keyboard::press(Qt::Key_T, Qt::AltModifier));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"entryEdit"_s);
    QVERIFY(Keyboard::type(devices.first().toString()));
    QVERIFY(Keyboard::press(Qt::Key_Return));
    QCOMPARE(wizard->currentId(), int(CreateCampaignWizard::DevicesPageId));
    QCOMPARE(wizard->form().draft.devices.size(), devices.size());
    // Enter, with the focus on Import file…: the step is complete, the form goes on to the
    // check (it reads licenses and history; its button waits for it); Alt+S (Schedule
    // campaign): send.
    QVERIFY(Keyboard::press(Qt::Key_Tab, Qt::ShiftModifier));
    QVERIFY(Keyboard::press(Qt::Key_Tab, Qt::ShiftModifier));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"importButton"_s);
    QVERIFY(Keyboard::press(Qt::Key_Return));
    QTRY_COMPARE(wizard->currentId(), int(CreateCampaignWizard::CheckPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 30000);
    QVERIFY(Keyboard::press(Qt::Key_S, Qt::AltModifier));
    // Sent and answered: the form shows the result.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateCampaignWizard::ResultPageId), 30000);

    // fotasim holds one campaign of that name, with the typed dates, window and every
    // imported device.
    HttpTestClient server(m_sim->baseUrl());
    QVERIFY(server.authenticate());
    const auto list = server.get(
        u"/fota/v3/reports/%1/firmware/campaigns?campaignStatus=CampaignRequestPending"_s.arg(
            QLatin1String(kAccount)));
    QCOMPARE(list.status, 200);
    QJsonObject created;
    int named = 0;
    for (const auto v : list.object().value(u"campaignList"_s).toArray()) {
        if (v.toObject().value(u"campaignName"_s).toString() == name) {
            created = v.toObject();
            ++named;
        }
    }
    QCOMPARE(named, 1);
    QCOMPARE(created.value(u"firmwareName"_s).toString(), fleet.package.firmwareName);
    QCOMPARE(created.value(u"startDate"_s).toString(), start.addDays(2).toString(Qt::ISODate));
    QCOMPARE(created.value(u"endDate"_s).toString(), end.addDays(3).toString(Qt::ISODate));
    const auto campaign = m_server->campaign(created.value(u"id"_s).toString());
    QVERIFY(campaign);
    QCOMPARE(campaign->timeWindows, (QList<TimeWindow>{TimeWindow{1, 5}, TimeWindow{22, 24}}));
    QStringList held = m_server->campaignDevices(campaign->id);
    QStringList sent;
    for (const Imei& i : devices)
        sent << i.toString();
    held.sort();
    sent.sort();
    QCOMPARE(held, sent);
}

void DesktopAppRealWindowTest::openCampaignByIdThenItsTabsByKey()
{
    // A campaign fotasim holds, whose id the user has (from a colleague, a ticket).
    HttpTestClient admin(m_sim->baseUrl());
    QString failure;
    const QString id = admin.syntheticCampaign(20, 0.0, &failure);
    QVERIFY2(!id.isEmpty(), qPrintable(failure));

    Session session(m_sim->baseUrl(), m_dir.filePath(u"open-campaign.sqlite"_s));
    MainWindow& window = session.app.window();
    QVERIFY(session.show());

    // Ctrl+O, the id typed into the dialog, Enter: the campaign's page opens, and the keyboard
    // is in it (before, the focus stayed in the navigation list, and Ctrl+Tab did nothing).
    bool typed = false;
    whenModalOpens(
        [&](QWidget*) { typed = Keyboard::type(id) && Keyboard::press(Qt::Key_Return); });
    QVERIFY(Keyboard::press(Qt::Key_O, Qt::ControlModifier));
    QTRY_VERIFY(typed);
    QTRY_COMPARE(window.currentPageId(), MainWindow::campaignPageId(id));
    CampaignDetailPage* page = window.campaignPage(id);
    QVERIFY(page);
    auto* status = page->findChild<CampaignStatusPanel*>();
    QVERIFY(status);
    // The dialog is closed: the keyboard goes back to the main window.
    QVERIFY(giveKeyboardTo(&window));
    QTRY_VERIFY2(page->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(u"the focus is on %1"_s.arg(focusName())));

    // Ctrl+Tab: Device status, which reads the campaign's devices; Ctrl+Shift+Tab: back.
    QVERIFY(Keyboard::press(Qt::Key_Tab, Qt::ControlModifier));
    QTRY_COMPARE(page->tabWidget()->currentWidget(), status);
    QTRY_COMPARE_WITH_TIMEOUT(status->model()->rowCount(), 20, 30000);
    QVERIFY(Keyboard::press(Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier));
    QTRY_VERIFY(page->tabWidget()->currentWidget() != status);
}

} // namespace fotadesk::test

QTEST_MAIN(fotadesk::test::DesktopAppRealWindowTest)
#include "DesktopAppRealWindowTest.moc"
