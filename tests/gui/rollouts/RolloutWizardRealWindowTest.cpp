// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// New rollout in the whole app (DesktopApp) in a real X window, against a real fotasim: the
// form is opened, filled and finished by key presses sent to the window that has the focus
// (Xvfb, tests/support/with-xvfb.sh). What counts is what the workspace then holds (the
// rollout, split exactly as the preview showed), that fotasim holds no campaign before Advance
// now, and that Advance now creates wave 1's campaign on fotasim with exactly the pilot's
// devices. A device the account does not have is shown as refused and enters no wave.

#include "api/SimFixture.h"
#include "core/Imei.h"
#include "gui/common/MessageArea.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "gui/create/CreateCheckPage.h"
#include "gui/create/CreateFirmwarePage.h"
#include "gui/create/CreateSession.h"
#include "gui/rollouts/RolloutRunner.h"
#include "gui/rollouts/RolloutWavesPage.h"
#include "gui/rollouts/RolloutWizard.h"
#include "gui/rollouts/RolloutsPage.h"
#include "gui/shell/DesktopApp.h"
#include "gui/shell/MainWindow.h"
#include "models/DeviceListModel.h"
#include "models/FirmwareModel.h"
#include "store/AppSettings.h"
#include "store/LocalStore.h"
#include "store/RolloutStore.h"
#include "support/RealWindowKeys.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWindow>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

namespace {

QString focusName()
{
    const QWidget* w = QApplication::focusWidget();
    return w ? u"focus on %1 (%2)"_s.arg(w->objectName(),
                                         QString::fromLatin1(w->metaObject()->className()))
             : u"focus on nothing"_s;
}

/// A valid IMEI the demo account does not have.
QString unknownImei(std::uint64_t serial)
{
    const std::uint64_t first14 = 35999900000000ULL + serial;
    return QString::number(first14) + QString::number(Imei::checkDigit(first14));
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

/// The preview's wave rows: their devices, in order.
QList<QStringList> previewWaves(const QTreeWidget* preview)
{
    QList<QStringList> waves;
    for (int i = 0; i < preview->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = preview->topLevelItem(i);
        if (item->data(0, Qt::UserRole + 1).toString() != u"refused")
            waves << item->data(0, Qt::UserRole).toStringList();
    }
    return waves;
}

/// The preview's refused devices (IMEI -> reason shown).
QMap<QString, QString> previewRefused(const QTreeWidget* preview)
{
    QMap<QString, QString> refused;
    for (int i = 0; i < preview->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = preview->topLevelItem(i);
        if (item->data(0, Qt::UserRole + 1).toString() != u"refused")
            continue;
        for (int c = 0; c < item->childCount(); ++c)
            refused.insert(item->child(c)->text(0), item->child(c)->text(2));
    }
    return refused;
}

/// scripts/screenshots.sh may set it: the form's Waves step is saved there.
void shoot(QWidget& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("FOTADESK_ROLLOUT_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(QDir(dir).filePath(name)));
}

} // namespace

class RolloutWizardRealWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createdByKeyboardSplitAsPreviewedAndAdvancedOnFotasim();
    void refusedDeviceIsShownAndEntersNoWave();
    void failedCreateKeepsEverythingTypedAndTriesAgain();

private:
    struct App
    {
        App(const QUrl& baseUrl, const QString& workspace, MessageSeam* messages)
            : client(&network, Environment::custom(baseUrl, DemoAccount), &credentials,
                     Clock::system())
            , app(client, settings, options(workspace, messages))
        {}
        static DesktopApp::Options options(const QString& workspace, MessageSeam* messages)
        {
            DesktopApp::Options o;
            o.rememberWindowState = false;
            o.workspacePath = workspace;
            o.messages = messages;
            return o;
        }
        QTemporaryDir settingsDir;
        AppSettings settings{settingsDir.filePath(u"settings.ini"_s)};
        QNetworkAccessManager network;
        InMemoryCredentialSource credentials{
            Credentials{u"demo-client"_s, u"demo-secret"_s, u"demo"_s, u"demo"_s}};
        FotaClient client;
        DesktopApp app;
    };

    /// fotasim with a synthetic campaign of `count` devices: its firmware and its devices.
    bool startSim(int count);
    /// Opens New rollout by keyboard and fills it up to its Waves step with the device file
    /// `devices`; the form, or nullptr (the reason in a failed QVERIFY).
    RolloutWizard* fillUpToWaves(App& app, const QStringList& devices);
    /// Types the name and the waves on the Waves step; the preview's waves once it shows them.
    bool typeWaves(RolloutWizard* wizard, const QString& name, const QString& waves);
    /// Create rollout by keyboard; the new rollout's id once the form closed (0: it did not).
    qint64 createByKeyboard(App& app, RolloutWizard* wizard);
    QList<QJsonObject> waveCampaignsOnSim(const QString& rollout, int number);

    QTemporaryDir m_dir;
    QString m_workspace;
    int m_run = 0;
    ScriptedMessageSeam m_messages;
    std::unique_ptr<SimFixture> m_sim;
    QString m_firmware;
    QStringList m_accountDevices;
};

void RolloutWizardRealWindowTest::init()
{
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    m_workspace = m_dir.filePath(u"workspace-%1.sqlite"_s.arg(++m_run));
    m_messages.clearRecords();
}

bool RolloutWizardRealWindowTest::startSim(int count)
{
    m_sim = std::make_unique<SimFixture>(
        QStringList{u"--seed"_s, QString::number(m_run), u"--failure-rate"_s, u"0"_s});
    if (!m_sim->isRunning() || !m_sim->admin().freezeClock())
        return false;
    const QJsonObject source = m_sim->syntheticCampaign(count);
    m_firmware = source.value(u"firmwareName"_s).toString();
    m_accountDevices = m_sim->campaignDevices(source.value(u"id"_s).toString());
    return !m_firmware.isEmpty() && m_accountDevices.size() == count;
}

RolloutWizard* RolloutWizardRealWindowTest::fillUpToWaves(App& app, const QStringList& devices)
{
    MainWindow& window = app.app.window();
    app.app.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(window.windowHandle()))
        return nullptr;
    window.showPage(u"rollouts"_s);
    auto* page = qobject_cast<RolloutsPage*>(window.page(u"rollouts"_s));
    if (!page)
        return nullptr;
    page->rolloutList()->setFocus();

    // Ctrl+Shift+N opens the form; Xvfb has no window manager to give it the focus.
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    RolloutWizard* wizard = nullptr;
    if (!QTest::qWaitFor([&] { return (wizard = page->findChild<RolloutWizard*>()) != nullptr; }))
        return nullptr;
    wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(wizard->windowHandle()))
        return nullptr;

    // Firmware: Alt+S searches the list, Tab Tab to the list, Down chooses the package.
    CreateFirmwarePage* firmware = wizard->firmwarePage();
    if (!QTest::qWaitFor(
            [&] { return !firmware->isLoading() && firmware->firmwareModel()->rowCount() > 0; },
            20000))
        return nullptr;
    press(Qt::Key_S, Qt::AltModifier);
    type(m_firmware);
    for (int i = 0; i < 4 && QApplication::focusWidget() != firmware->firmwareView(); ++i)
        press(Qt::Key_Tab);
    if (QApplication::focusWidget() != firmware->firmwareView()) {
        qWarning("%s", qPrintable(focusName()));
        return nullptr;
    }
    // Space chooses the row the list put its cursor on, Down the next one.
    const auto chosen = [&] {
        const auto p = firmware->selectedPackage();
        return p && p->firmwareName == m_firmware;
    };
    for (int i = 0; i < 10 && !chosen(); ++i)
        press(i == 0 ? Qt::Key_Space : Qt::Key_Down);
    if (!chosen()) {
        qWarning("no package chosen; %s", qPrintable(focusName()));
        return nullptr;
    }
    press(Qt::Key_N, Qt::AltModifier); // Next: dates and windows (the defaults)
    if (!QTest::qWaitFor([&] { return wizard->currentId() == RolloutWizard::SchedulePageId; }))
        return nullptr;
    press(Qt::Key_N, Qt::AltModifier); // Next: devices

    // Devices: Ctrl+I imports the file (the file dialog answered by the seam).
    if (!QTest::qWaitFor([&] { return wizard->currentId() == RolloutWizard::DevicesPageId; }))
        return nullptr;
    QFile list(m_dir.filePath(u"devices-%1.txt"_s.arg(m_run)));
    if (!list.open(QIODevice::WriteOnly))
        return nullptr;
    list.write(devices.join(u'\n').toLatin1() + '\n');
    list.close();
    m_messages.openAnswers.enqueue(list.fileName());
    press(Qt::Key_I, Qt::ControlModifier);
    if (!QTest::qWaitFor(
            [&] {
                return qsizetype(wizard->session()->devices()->validImeis().size()) ==
                       devices.size();
            },
            20000)) {
        qWarning("devices not imported; %s", qPrintable(focusName()));
        return nullptr;
    }
    press(Qt::Key_N, Qt::AltModifier); // Next: the check
    if (!QTest::qWaitFor([&] { return wizard->currentId() == RolloutWizard::CheckPageId; }))
        return nullptr;
    CreateCheckPage* check = wizard->checkPage();
    if (!QTest::qWaitFor([&] { return !check->isChecking() && check->isComplete(); }, 30000)) {
        qWarning("check not complete");
        return nullptr;
    }
    press(Qt::Key_N, Qt::AltModifier); // Next: the waves
    if (!QTest::qWaitFor([&] { return wizard->currentId() == RolloutWizard::WavesPageId; }))
        return nullptr;
    return wizard;
}

bool RolloutWizardRealWindowTest::typeWaves(RolloutWizard* wizard, const QString& name,
                                            const QString& waves)
{
    RolloutWavesPage* page = wizard->wavesPage();
    // The step opens with the focus in the rollout's name.
    if (!QTest::qWaitFor([&] { return QApplication::focusWidget() == page->nameEdit(); })) {
        qWarning("%s", qPrintable(focusName()));
        return false;
    }
    type(name);
    press(Qt::Key_W, Qt::AltModifier);
    if (QApplication::focusWidget() != page->wavesEdit())
        return false;
    press(Qt::Key_A, Qt::ControlModifier);
    type(waves);
    return page->nameEdit()->text() == name && page->wavesEdit()->text() == waves;
}

qint64 RolloutWizardRealWindowTest::createByKeyboard(App& app, RolloutWizard* wizard)
{
    auto* page = qobject_cast<RolloutsPage*>(app.app.window().page(u"rollouts"_s));
    qint64 created = 0;
    connect(wizard, &RolloutWizard::rolloutCreated, this, [&created](qint64 id) { created = id; });
    QPointer<RolloutWizard> form(wizard);
    press(Qt::Key_C, Qt::AltModifier); // Create rollout
    if (!QTest::qWaitFor([&] { return created != 0 && !form; }, 60000)) {
        qWarning("not created: %s",
                 form ? qPrintable(form->wavesPage()->findChild<QLabel*>(u"createState"_s)->text())
                      : "the form closed");
        return 0;
    }
    // The new rollout is selected; its timeline shows its waves.
    if (!QTest::qWaitFor([&] { return page->selectedId() == created; }))
        return 0;
    return created;
}

QList<QJsonObject> RolloutWizardRealWindowTest::waveCampaignsOnSim(const QString& rollout,
                                                                   int number)
{
    HttpTestClient& admin = m_sim->admin();
    if (admin.accessToken().isEmpty())
        admin.authenticate();
    QList<QJsonObject> found;
    const QString name = u"%1 \u2014 wave %2"_s.arg(rollout).arg(number);
    for (const QString& status :
         {u"CampaignRequestPending"_s, u"CampaignRequestQueued"_s, u"CampaignPreScheduled"_s,
          u"CampaignScheduled"_s, u"CampaignCancelled"_s, u"CampaignAborted"_s, u"CampaignEnded"_s,
          u"CampaignFailed"_s}) {
        const HttpResult r = admin.get(
            u"/fota/v3/reports/%1/firmware/campaigns?campaignStatus=%2"_s.arg(DemoAccount, status));
        for (const QJsonValue& c : r.object().value(u"campaignList"_s).toArray()) {
            if (c.toObject().value(u"campaignName"_s).toString() == name)
                found << c.toObject();
        }
    }
    return found;
}

void RolloutWizardRealWindowTest::createdByKeyboardSplitAsPreviewedAndAdvancedOnFotasim()
{
    QVERIFY(startSim(20));
    App app(m_sim->baseUrl(), m_workspace, &m_messages);
    RolloutWizard* wizard = fillUpToWaves(app, m_accountDevices);
    QVERIFY2(wizard, qPrintable(focusName()));
    const QString name = u"Depot %1 pilot rollout"_s.arg(m_run);
    QVERIFY(typeWaves(wizard, name, u"pilot 5, 50 %, rest"_s));

    // The preview: 5, then half of the 15 left (rounded up), then the rest; no device refused.
    QTreeWidget* preview = wizard->wavesPage()->previewTree();
    QTRY_COMPARE(preview->topLevelItemCount(), 3);
    QCOMPARE(preview->topLevelItem(0)->text(0), u"Wave 1 (pilot)"_s);
    QCOMPARE(preview->topLevelItem(0)->text(1), u"5"_s);
    QCOMPARE(preview->topLevelItem(1)->text(1), u"8"_s);
    QCOMPARE(preview->topLevelItem(2)->text(1), u"7"_s);
    QVERIFY(preview->topLevelItem(0)->text(2).startsWith(m_accountDevices.first()));
    const QList<QStringList> previewed = previewWaves(preview);
    QCOMPARE(previewed.value(0), m_accountDevices.mid(0, 5));
    QVERIFY(wizard->isVisible());
    shoot(*wizard, u"rollout-new-waves.png"_s);

    const qint64 id = createByKeyboard(app, wizard);
    QVERIFY(id != 0);
    // The workspace holds it, split exactly as previewed; nothing was sent to campaigns yet.
    const auto stored = RolloutStore(app.app.store().workspace()).find(id);
    QVERIFY(stored);
    QCOMPARE(stored->plan.name, name);
    QCOMPARE(stored->state, RolloutRecord::State::Ready);
    QCOMPARE(stored->waves.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(stored->waves.at(i).devices, previewed.at(i));
    QCOMPARE(stored->preflight.value(u"refused"_s).toArray().size(), 0);
    QCOMPARE(waveCampaignsOnSim(name, 1).size(), 0);
    auto* page = qobject_cast<RolloutsPage*>(app.app.window().page(u"rollouts"_s));
    QCOMPARE(page->rolloutList()->currentItem()->text(0), name);
    QTRY_VERIFY(page->timeline()->topLevelItemCount() >= 3);

    // Advance now (Alt+N on the page): wave 1's campaign on fotasim, with the pilot's devices.
    app.app.window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.app.window().windowHandle()));
    auto* runner = app.app.window().findChild<RolloutRunner*>();
    QVERIFY(runner);
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isBusy(), 60000); // the selection's progress read
    int finished = 0;
    connect(runner, &RolloutRunner::finished, this, [&finished] { ++finished; });
    QVERIFY(press(Qt::Key_N, Qt::AltModifier));
    QTRY_VERIFY2_WITH_TIMEOUT(finished > 0, qPrintable(focusName()), 60000);
    const QList<QJsonObject> first = waveCampaignsOnSim(name, 1);
    QCOMPARE(first.size(), 1);
    QCOMPARE(sorted(m_sim->campaignDevices(first.first().value(u"id"_s).toString())),
             sorted(previewed.at(0)));
    QCOMPARE(waveCampaignsOnSim(name, 2).size(), 0);
}

void RolloutWizardRealWindowTest::refusedDeviceIsShownAndEntersNoWave()
{
    QVERIFY(startSim(12));
    App app(m_sim->baseUrl(), m_workspace, &m_messages);
    const QString stranger = unknownImei(4242);
    QStringList devices = m_accountDevices;
    devices.insert(3, stranger); // among the pilot's places
    RolloutWizard* wizard = fillUpToWaves(app, devices);
    QVERIFY2(wizard, qPrintable(focusName()));
    const QString name = u"Depot %1 with a stranger"_s.arg(m_run);
    QVERIFY(typeWaves(wizard, name, u"pilot 4, rest"_s));

    QTreeWidget* preview = wizard->wavesPage()->previewTree();
    QTRY_COMPARE(preview->topLevelItemCount(), 3); // two waves and the refused
    const QMap<QString, QString> refused = previewRefused(preview);
    QCOMPARE(refused.keys(), QStringList{stranger});
    QVERIFY2(!refused.value(stranger).isEmpty(), "the reason is shown");
    const QList<QStringList> previewed = previewWaves(preview);
    QCOMPARE(previewed.size(), 2);
    QCOMPARE(previewed.at(0), m_accountDevices.mid(0, 4)); // the stranger's place is taken
    QCOMPARE(previewed.at(1), m_accountDevices.mid(4));

    const qint64 id = createByKeyboard(app, wizard);
    QVERIFY(id != 0);
    const auto stored = RolloutStore(app.app.store().workspace()).find(id);
    QVERIFY(stored);
    QStringList inWaves;
    for (const RolloutWaveRecord& w : stored->waves)
        inWaves += w.devices;
    QVERIFY(!inWaves.contains(stranger));
    QCOMPARE(sorted(inWaves), sorted(m_accountDevices));
    const QJsonArray refusedStored = stored->preflight.value(u"refused"_s).toArray();
    QCOMPARE(refusedStored.size(), 1);
    QCOMPARE(refusedStored.first().toObject().value(u"deviceId"_s).toString(), stranger);
}

void RolloutWizardRealWindowTest::failedCreateKeepsEverythingTypedAndTriesAgain()
{
    QVERIFY(startSim(6));
    App app(m_sim->baseUrl(), m_workspace, &m_messages);
    RolloutWizard* wizard = fillUpToWaves(app, m_accountDevices);
    QVERIFY2(wizard, qPrintable(focusName()));
    const QString name = u"Depot %1 second try"_s.arg(m_run);
    QVERIFY(typeWaves(wizard, name, u"pilot 2, rest"_s));
    QVERIFY(press(Qt::Key_R, Qt::AltModifier)); // four eyes
    auto* fourEyes = wizard->findChild<QCheckBox*>(u"fourEyesCheck"_s);
    QVERIFY(fourEyes);
    QTRY_VERIFY(fourEyes->isChecked()); // (a mnemonic clicks after the press animation)

    // fotasim answers 500 to everything: the form stays open, says why, keeps what was typed.
    QVERIFY(m_sim->setFaults(u"error500=1"_s));
    auto* runner = app.app.window().findChild<RolloutRunner*>();
    QVERIFY(runner);
    int finished = 0;
    connect(runner, &RolloutRunner::createFinished, this, [&finished] { ++finished; });
    QVERIFY(press(Qt::Key_C, Qt::AltModifier));
    QTRY_VERIFY_WITH_TIMEOUT(finished == 1, 90000);
    QVERIFY(wizard->isVisible());
    const QString state = wizard->findChild<QLabel*>(u"createState"_s)->text();
    QVERIFY2(state.startsWith(u"Not created: the service could not be asked"_s), qPrintable(state));
    QCOMPARE(wizard->wavesPage()->nameEdit()->text(), name);
    QCOMPARE(wizard->wavesPage()->wavesEdit()->text(), u"pilot 2, rest"_s);
    QVERIFY(fourEyes->isChecked());
    QVERIFY(wizard->wavesPage()->isComplete());
    QVERIFY2(wizard->wavesPage()->isAncestorOf(QApplication::focusWidget()), // still typing here
             qPrintable(focusName()));
    shoot(*wizard, u"rollout-new-error.png"_s);
    QVERIFY(RolloutStore(app.app.store().workspace())
                .list(Environment::profileName(Environment::Profile::Custom), DemoAccount)
                .isEmpty());

    // The service is back: Create rollout again stores it, as typed.
    QVERIFY(m_sim->setFaults(u"none"_s));
    const qint64 id = createByKeyboard(app, wizard);
    QVERIFY(id != 0);
    const auto stored = RolloutStore(app.app.store().workspace()).find(id);
    QVERIFY(stored);
    QCOMPARE(stored->plan.name, name);
    QVERIFY(stored->plan.requireApproval);
    QCOMPARE(stored->waves.size(), 2);
    QCOMPARE(stored->waves.at(0).devices, m_accountDevices.mid(0, 2));
}

} // namespace fotadesk::test

QTEST_MAIN(fotadesk::test::RolloutWizardRealWindowTest)
#include "RolloutWizardRealWindowTest.moc"
