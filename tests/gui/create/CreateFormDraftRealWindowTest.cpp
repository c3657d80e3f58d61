// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A New campaign form filled by mouse only survives `kill -9` (issue 23 item 11): a real
// process, in a real X window (xcb on a private Xvfb, tests/support/with-xvfb.sh), against a
// real fotasim process, killed for real.
//
// The test runs its own executable again as the app (`--as-fotadesk`: the DesktopApp that
// fotadesk's main builds, with real file dialogs and message boxes, on the same display, with
// its own HOME and XDG directories). That child fills the form with mouse clicks only, each
// through the window under the pointer: a firmware package in the list, dates in the calendar,
// a time window by the spin boxes' arrows and Add window, a CSV picked in the real file dialog
// by a double click, a device row removed; then (second phase) the protocol from its list, a
// package of that protocol, the campaign name pasted from the context menu. After each phase
// the parent reads the workspace (SQLite, read-only) until the draft holds exactly what was
// clicked, within the autosave's delay. Then SIGKILL, a fresh child: the start offers the
// draft, a click on Restore, and every field shows what was clicked.

#include "core/Imei.h"
#include "gui/GuiTestHarness.h"
#include "gui/MouseInput.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/create/CreateDevicesPage.h"
#include "gui/create/CreateFirmwarePage.h"
#include "gui/create/CreateSchedulePage.h"
#include "gui/create/TimeWindowEditor.h"
#include "gui/devices/DeviceListEditor.h"
#include "gui/shell/DesktopApp.h"
#include "gui/shell/MainWindow.h"
#include "models/DeviceListFilterModel.h"
#include "models/DeviceListModel.h"
#include "models/FirmwareModel.h"
#include "store/AppSettings.h"
#include "store/AutosaveController.h"
#include "store/DraftStore.h"
#include "support/FotaSimProcess.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <functional>
#include <optional>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

namespace {

constexpr auto kChildFlag = "--as-fotadesk";
constexpr int kDevices = 10;
const QString kName = u"Depot 12 night refresh"_s;

// --- files the two processes exchange -------------------------------------------------

void writeJson(const QString& path, const QJsonObject& o)
{
    QSaveFile f(path); // whole or not at all: the other process polls for it
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(o).toJson());
        f.commit();
    }
}

std::optional<QJsonObject> readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonArray windowsJson(const QList<TimeWindow>& windows)
{
    QJsonArray a;
    for (const TimeWindow& w : windows)
        a.append(QJsonArray{w.startTime, w.endTime});
    return a;
}

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

// --- the child: the app, driven by mouse --------------------------------------------------

/// Runs `action` once a modal dialog is open (the click about to be made opens it, and does
/// not return before the dialog is closed).
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
        // A window manager would give the new dialog the focus; Xvfb has none.
        modal->activateWindow();
        (void)QTest::qWaitForWindowExposed(modal->windowHandle(), 5000);
        action(modal);
    });
    timer->start();
}

struct Failure
{
    QString what;
};

void require(bool ok, const QString& what)
{
    if (!ok)
        throw Failure{what};
}

/// The app as fotadesk builds it (real dialogs), on the fotasim at `baseUrl`.
struct ChildApp
{
    ChildApp(const QString& baseUrl, const QString& workspacePath)
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
    ClientRig rig;
    AppSettings settings; // the child's own (its XDG_CONFIG_HOME)
    DesktopApp app;
};

CreateCampaignWizard& showForm(DesktopApp& app)
{
    MainWindow& window = app.window();
    app.show();
    require(QTest::qWaitForWindowExposed(window.windowHandle(), 10000), u"no window"_s);
    // The form is built when first asked for (MainWindow builds pages when first shown).
    auto* wizard = qobject_cast<CreateCampaignWizard*>(window.page(u"create"_s));
    require(wizard != nullptr, u"no New campaign form"_s);
    return *wizard;
}

/// Waits until the firmware list of the current protocol is shown.
void waitForFirmware(CreateFirmwarePage* page)
{
    require(
        QTest::qWaitFor(
            [page] { return !page->isLoading() && page->firmwareView()->model()->rowCount() > 0; },
            30000),
        u"the firmware list did not load"_s);
}

QJsonObject packageJson(const CreateFirmwarePage* page, const QString& clickedText)
{
    const auto p = page->selectedPackage();
    require(p.has_value(), u"the click chose no package"_s);
    require(p->firmwareName == clickedText,
            u"the click chose %1, not the clicked %2"_s.arg(p->firmwareName, clickedText));
    return {{u"firmwareName"_s, p->firmwareName},
            {u"firmwareFrom"_s, p->firmwareFrom},
            {u"firmwareTo"_s, p->firmwareTo}};
}

/// Clicks the package in row `row` of the list; returns what it is.
QJsonObject clickPackage(CreateFirmwarePage* page, int row)
{
    QTableView* view = page->firmwareView();
    const QModelIndex cell = view->model()->index(row, FirmwareModel::NameColumn);
    const QString text = cell.data().toString();
    require(mouse::clickCell(view, cell), u"the package row could not be clicked"_s);
    return packageJson(page, text);
}

bool clickNext(CreateCampaignWizard& wizard, int expected)
{
    return mouse::clickButton(wizard.button(QWizard::NextButton)) &&
           QTest::qWaitFor([&] { return wizard.currentId() == expected; }, 10000);
}

/// Phase 1: firmware, dates, a window, an imported CSV, a row removed — by mouse only.
QJsonObject fillByMouse(DesktopApp& app, CreateCampaignWizard& wizard, const QString& csvPath)
{
    MainWindow& window = app.window();
    // New campaign, clicked in the navigation list (kIdRole = Qt::UserRole + 1 holds the id).
    auto* nav = window.findChild<QListWidget*>(u"navigationList"_s);
    require(nav != nullptr, u"no navigation list"_s);
    int createRow = -1;
    for (int r = 0; r < nav->count(); ++r) {
        if (nav->item(r)->data(Qt::UserRole + 1).toString() == u"create")
            createRow = r;
    }
    require(mouse::clickCell(nav, nav->model()->index(createRow, 0)), u"no New campaign item"_s);
    require(QTest::qWaitFor([&] { return window.currentPageId() == u"create"; }, 5000),
            u"the click did not open New campaign"_s);

    QJsonObject out;
    CreateFirmwarePage* firmware = wizard.firmwarePage();
    waitForFirmware(firmware);
    require(firmware->firmwareView()->model()->rowCount() > 1, u"one package only"_s);
    out.insert(u"firmware1"_s, clickPackage(firmware, 1));
    require(clickNext(wizard, CreateCampaignWizard::SchedulePageId), u"Next did not go on"_s);

    CreateSchedulePage* schedule = wizard.schedulePage();
    auto* start = schedule->findChild<QDateEdit*>(u"startDateEdit"_s);
    auto* end = schedule->findChild<QDateEdit*>(u"endDateEdit"_s);
    const QDate startDate = start->date().addDays(2);
    const QDate endDate = end->date().addDays(5);
    require(mouse::pickDate(start, startDate), u"the start date was not picked"_s);
    require(mouse::pickDate(end, endDate), u"the end date was not picked"_s);
    out.insert(u"startDate"_s, isoDate(startDate));
    out.insert(u"endDate"_s, isoDate(endDate));
    TimeWindowEditor* windows = schedule->windowEditor();
    require(mouse::clickSpinArrow(windows->findChild<QSpinBox*>(u"fromSpin"_s), 5) &&
                mouse::clickSpinArrow(windows->findChild<QSpinBox*>(u"toSpin"_s), 3) &&
                mouse::clickButton(windows->findChild<QPushButton*>(u"addButton"_s)),
            u"the window was not added"_s);
    out.insert(u"windows"_s, windowsJson(windows->windows()));
    require(clickNext(wizard, CreateCampaignWizard::DevicesPageId), u"Next did not go on"_s);

    // Import file…: the real file dialog opens in the folder imported from last time; a
    // double click on the file opens it.
    DeviceListEditor* editor = wizard.devicesPage()->editor();
    bool picked = false;
    whenModalOpens([&](QWidget* modal) {
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        if (!dialog)
            return;
        QAbstractItemView* files = nullptr;
        QModelIndex file;
        const QString fileName = QFileInfo(csvPath).fileName();
        (void)QTest::qWaitFor(
            [&] {
                for (auto* v : dialog->findChildren<QAbstractItemView*>()) {
                    if (!v->isVisible() || !v->model())
                        continue;
                    const QModelIndex root = v->rootIndex();
                    for (int r = 0; r < v->model()->rowCount(root); ++r) {
                        const QModelIndex i = v->model()->index(r, 0, root);
                        if (i.data().toString() == fileName) {
                            files = v;
                            file = i;
                            return true;
                        }
                    }
                }
                return false;
            },
            10000);
        picked = files && mouse::doubleClickCell(files, file);
        if (!picked)
            dialog->reject();
    });
    require(mouse::clickButton(editor->findChild<QPushButton*>(u"importButton"_s)),
            u"Import file… could not be clicked"_s);
    require(picked, u"the CSV could not be double-clicked in the file dialog"_s);
    require(QTest::qWaitFor([&] { return editor->model()->rowCount() == kDevices; }, 30000),
            u"the CSV was not imported"_s);

    // The third row clicked, then Remove.
    QTableView* view = editor->deviceView();
    const QModelIndex third = view->model()->index(2, 0);
    const int sourceRow = editor->filterModel()->mapToSource(third).row();
    out.insert(u"removed"_s, editor->model()->imeiAt(sourceRow).toString());
    require(mouse::clickCell(view, third) &&
                mouse::clickButton(editor->findChild<QPushButton*>(u"removeButton"_s)),
            u"the row could not be removed"_s);
    require(editor->model()->rowCount() == kDevices - 1, u"no row was removed"_s);
    return out;
}

/// Phase 2: back to the first step; the protocol from its list, a package of it, the name
/// pasted from the context menu — by mouse only.
QJsonObject changeByMouse(CreateCampaignWizard& wizard)
{
    for (int i = 0; i < 2; ++i)
        require(mouse::clickButton(wizard.button(QWizard::BackButton)), u"no Back button"_s);
    require(QTest::qWaitFor(
                [&] { return wizard.currentId() == CreateCampaignWizard::FirmwarePageId; }, 5000),
            u"Back did not go back"_s);
    CreateFirmwarePage* firmware = wizard.firmwarePage();
    auto* protocol = firmware->findChild<QComboBox*>(u"protocolCombo"_s);
    require(mouse::pickInCombo(protocol, protocol->findData(u"OMA"_s)), u"OMA was not picked"_s);
    waitForFirmware(firmware);
    QJsonObject out;
    out.insert(u"firmware2"_s, clickPackage(firmware, 0));
    auto* name = firmware->findChild<QLineEdit*>(u"nameEdit"_s);
    QGuiApplication::clipboard()->setText(kName); // copied elsewhere by the user
    require(mouse::contextMenuEntry(name, name->rect().center(), u"Paste"_s),
            u"no Paste in the name's context menu"_s);
    require(QTest::qWaitFor([name] { return name->text() == kName; }, 5000),
            u"the name was not pasted"_s);
    return out;
}

int runFill(const QString& baseUrl, const QString& workspace, const QString& exchange)
{
    ChildApp child(baseUrl, workspace);
    // The user imported from this folder before: the file dialog opens there.
    child.settings.setLastImportFolder(exchange);
    CreateCampaignWizard& wizard = showForm(child.app);
    child.app.runStartup();
    writeJson(exchange + u"/phase1.json"_s,
              fillByMouse(child.app, wizard, exchange + u"/devices.csv"_s));
    // The parent checks the draft, then says "go" on stdin.
    bool go = false;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &input, [&go] { go = true; });
    require(QTest::qWaitFor([&go] { return go; }, 120000), u"no go from the test"_s);
    writeJson(exchange + u"/phase2.json"_s, changeByMouse(wizard));
    return QApplication::exec(); // until SIGKILL
}

int runRestore(const QString& baseUrl, const QString& workspace, const QString& exchange)
{
    ChildApp child(baseUrl, workspace);
    CreateCampaignWizard& wizard = showForm(child.app);
    QJsonObject out;
    // The offer at the start: a real message box; Restore clicked.
    whenModalOpens([&out](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (!box)
            return;
        out.insert(u"offerTitle"_s, box->windowTitle());
        out.insert(u"offer"_s, box->text());
        for (QAbstractButton* b : box->buttons()) {
            if (b->text().remove(u'&') == u"Restore")
                out.insert(u"clicked"_s, mouse::clickButton(b));
        }
    });
    child.app.runStartup();
    CreateFirmwarePage* firmware = wizard.firmwarePage();
    (void)QTest::qWaitFor(
        [&] {
            return child.app.window().currentPageId() == u"create" &&
                   firmware->selectedPackage().has_value();
        },
        30000);
    out.insert(u"page"_s, child.app.window().currentPageId());
    out.insert(u"name"_s, firmware->findChild<QLineEdit*>(u"nameEdit"_s)->text());
    out.insert(u"protocol"_s,
               firmware->findChild<QComboBox*>(u"protocolCombo"_s)->currentData().toString());
    if (const auto p = firmware->selectedPackage())
        out.insert(u"firmware"_s, QJsonObject{{u"firmwareName"_s, p->firmwareName},
                                              {u"firmwareFrom"_s, p->firmwareFrom},
                                              {u"firmwareTo"_s, p->firmwareTo}});
    CreateSchedulePage* schedule = wizard.schedulePage();
    out.insert(u"startDate"_s,
               isoDate(schedule->findChild<QDateEdit*>(u"startDateEdit"_s)->date()));
    out.insert(u"endDate"_s, isoDate(schedule->findChild<QDateEdit*>(u"endDateEdit"_s)->date()));
    out.insert(u"windows"_s, windowsJson(schedule->windowEditor()->windows()));
    QJsonArray devices;
    DeviceListModel* model = wizard.devicesPage()->editor()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        devices.append(model->imeiAt(row).toString());
    out.insert(u"devices"_s, devices);
    writeJson(exchange + u"/restored.json"_s, out);
    return 0;
}

int runChild(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"FotaDesk"_s);
    QCoreApplication::setOrganizationName(u"FotaDesk"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6)
        return 2;
    const QString& exchange = args[5];
    try {
        return args[2] == u"fill" ? runFill(args[3], args[4], exchange)
                                  : runRestore(args[3], args[4], exchange);
    } catch (const Failure& f) {
        writeJson(exchange + u"/error.json"_s, {{u"error"_s, f.what}});
        return 3;
    }
}

// --- the parent: what the workspace holds -------------------------------------------------

/// The newest create-campaign draft in the workspace, read-only while the app runs.
std::optional<QJsonObject> storedDraft(const QString& workspace)
{
    const QString connection = u"draft-reader"_s;
    std::optional<QJsonObject> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(workspace);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
        if (QFileInfo::exists(workspace) && db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT form, devices FROM drafts WHERE kind = 'create-campaign' "
                       "ORDER BY updated_ms DESC LIMIT 1"_s) &&
                q.next()) {
                QJsonObject form = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
                QJsonArray devices;
                if (const auto imeis = DraftStore::decodeDevices(q.value(1).toByteArray())) {
                    for (const Imei& i : *imeis)
                        devices.append(i.toString());
                }
                form.insert(u"devices"_s, devices);
                out = form;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}

/// The first field in which `held` differs from `expected` (empty: none).
QString difference(const QJsonObject& expected, const std::optional<QJsonObject>& held)
{
    if (!held)
        return u"the workspace holds no draft of the form"_s;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (held->value(it.key()) != it.value())
            return u"%1 is %2, expected %3"_s.arg(
                it.key(),
                QString::fromUtf8(QJsonDocument(QJsonObject{{u"v"_s, held->value(it.key())}})
                                      .toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument(QJsonObject{{u"v"_s, it.value()}})
                                      .toJson(QJsonDocument::Compact)));
    }
    return {};
}

} // namespace

class CreateFormDraftRealWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formFilledByMouseSurvivesKill9();

private:
    /// Starts the app as a child process (`mode`: fill or restore).
    std::unique_ptr<QProcess> startChild(const QString& mode);
    /// Waits for the child's `file` (or its error, or its end).
    std::optional<QJsonObject> waitFor(QProcess& child, const QString& file);

    std::unique_ptr<FotaSimProcess> m_sim;
    QTemporaryDir m_dir;
    QString m_exchange;
    QString m_workspace;
};

void CreateFormDraftRealWindowTest::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    QVERIFY(m_dir.isValid());
    m_sim = std::make_unique<FotaSimProcess>();
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
    for (const char* sub : {"home", "config", "data", "cache", "exchange"})
        QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(sub)));
    m_exchange = m_dir.filePath(u"exchange"_s);
    m_workspace = m_dir.filePath(u"data/workspace.sqlite"_s);
}

std::unique_ptr<QProcess> CreateFormDraftRealWindowTest::startChild(const QString& mode)
{
    auto child = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // DISPLAY, xcb
    env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    child->setProcessEnvironment(env);
    child->setProcessChannelMode(QProcess::ForwardedChannels);
    child->start(
        QCoreApplication::applicationFilePath(),
        {QString::fromLatin1(kChildFlag), mode, m_sim->baseUrl(), m_workspace, m_exchange});
    return child;
}

std::optional<QJsonObject> CreateFormDraftRealWindowTest::waitFor(QProcess& child,
                                                                  const QString& file)
{
    const QString path = m_exchange + u'/' + file;
    const QString error = m_exchange + u"/error.json"_s;
    (void)QTest::qWaitFor(
        [&] {
            return QFileInfo::exists(path) || QFileInfo::exists(error) ||
                   child.state() == QProcess::NotRunning;
        },
        180000);
    if (const auto e = readJson(error))
        qWarning("the app: %s", qPrintable(e->value(u"error"_s).toString()));
    return readJson(path);
}

void CreateFormDraftRealWindowTest::formFilledByMouseSurvivesKill9()
{
    // The spreadsheet a field engineer picks in the file dialog: a header, names and IMEIs.
    QList<Imei> imeis;
    {
        QFile csv(m_exchange + u"/devices.csv"_s);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Device name,IMEI,Site\n");
        for (int i = 0; i < kDevices; ++i) {
            imeis.append(Imei::completeFrom14(35693803564400ULL + std::uint64_t(i) * 13));
            csv.write(u"Meter %1,%2,Depot 12\n"_s.arg(i + 1).arg(imeis.last().toString()).toUtf8());
        }
    }

    // Phase 1, by mouse only: firmware, dates, a window, the CSV, a row removed.
    auto child = startChild(u"fill"_s);
    const auto phase1 = waitFor(*child, u"phase1.json"_s);
    QVERIFY2(phase1, "the app did not finish filling the form (see its error above)");
    QJsonArray devices;
    for (const Imei& i : imeis) {
        if (i.toString() != phase1->value(u"removed"_s).toString())
            devices.append(i.toString());
    }
    QCOMPARE(devices.size(), kDevices - 1);
    QJsonObject expected = phase1->value(u"firmware1"_s).toObject();
    expected.insert(u"campaignName"_s, QString());
    expected.insert(u"protocol"_s, u"LWM2M"_s);
    expected.insert(u"startDate"_s, phase1->value(u"startDate"_s));
    expected.insert(u"endDate"_s, phase1->value(u"endDate"_s));
    expected.insert(u"timeWindows"_s, phase1->value(u"windows"_s));
    expected.insert(u"devices"_s, devices);
    QCOMPARE(expected.value(u"timeWindows"_s).toArray(), windowsJson({{1, 5}, {6, 8}}));
    // Saved within the autosave's delay (2 s after the first unsaved change; a margin for a
    // loaded machine). Before the fix nothing was: the form had no keyboard input.
    QString diff;
    const bool saved = QTest::qWaitFor(
        [&] {
            diff = difference(expected, storedDraft(m_workspace));
            return diff.isEmpty();
        },
        AutosaveController::MaxDelayMs + 3000);
    QVERIFY2(saved, qPrintable(u"after the mouse-only phase: "_s + diff));

    // Phase 2: the protocol, its package, the name pasted.
    child->write("go\n");
    const auto phase2 = waitFor(*child, u"phase2.json"_s);
    QVERIFY2(phase2, "the app did not finish changing the form (see its error above)");
    const QJsonObject firmware2 = phase2->value(u"firmware2"_s).toObject();
    for (auto it = firmware2.begin(); it != firmware2.end(); ++it)
        expected.insert(it.key(), it.value());
    expected.insert(u"protocol"_s, u"OMA"_s);
    expected.insert(u"campaignName"_s, kName);
    QVERIFY(firmware2.value(u"firmwareName"_s) != phase1->value(u"firmware1"_s)[u"firmwareName"_s]);
    const bool saved2 = QTest::qWaitFor(
        [&] {
            diff = difference(expected, storedDraft(m_workspace));
            return diff.isEmpty();
        },
        AutosaveController::MaxDelayMs + 3000);
    QVERIFY2(saved2, qPrintable(u"after the second phase: "_s + diff));

    // kill -9: no flush, no clean exit.
    QVERIFY(::kill(pid_t(child->processId()), SIGKILL) == 0);
    QVERIFY(child->waitForFinished(10000));
    QCOMPARE(child->exitStatus(), QProcess::CrashExit);

    // The next start offers the form; Restore shows every field as it was clicked.
    auto again = startChild(u"restore"_s);
    const auto restored = waitFor(*again, u"restored.json"_s);
    QVERIFY2(restored, "the restarted app wrote nothing (see its error above)");
    qInfo("restored after kill -9: %s",
          QJsonDocument(*restored).toJson(QJsonDocument::Compact).constData());
    QVERIFY(again->waitForFinished(30000));
    QCOMPARE(again->exitCode(), 0);
    QCOMPARE(restored->value(u"offerTitle"_s).toString(), u"Unfinished campaign"_s);
    QVERIFY2(restored->value(u"offer"_s).toString().contains(kName),
             qPrintable(restored->value(u"offer"_s).toString()));
    QVERIFY(restored->value(u"offer"_s).toString().contains(u"(9 device"_s));
    QVERIFY(restored->value(u"clicked"_s).toBool());
    QCOMPARE(restored->value(u"page"_s).toString(), u"create"_s);
    QCOMPARE(restored->value(u"name"_s).toString(), kName);
    QCOMPARE(restored->value(u"protocol"_s).toString(), u"OMA"_s);
    QCOMPARE(restored->value(u"firmware"_s).toObject(), firmware2);
    QCOMPARE(restored->value(u"startDate"_s), expected.value(u"startDate"_s));
    QCOMPARE(restored->value(u"endDate"_s), expected.value(u"endDate"_s));
    QCOMPARE(restored->value(u"windows"_s).toArray(), windowsJson({{1, 5}, {6, 8}}));
    QCOMPARE(restored->value(u"devices"_s).toArray(), devices);
}

} // namespace fotadesk::test

// The test, or (with --as-fotadesk) the app it starts and kills.
int main(int argc, char* argv[])
{
    if (argc > 1 && qstrcmp(argv[1], fotadesk::test::kChildFlag) == 0)
        return fotadesk::test::runChild(argc, argv);
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    fotadesk::test::CreateFormDraftRealWindowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "CreateFormDraftRealWindowTest.moc"
