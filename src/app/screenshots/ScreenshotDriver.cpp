// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScreenshotDriver.h"

#include "api/FotaClient.h"
#include "api/LicensePager.h"
#include "core/Clock.h"
#include "core/Imei.h"
#include "gui/account/AccountPage.h"
#include "gui/campaign/CampaignDetailPage.h"
#include "gui/campaign/CampaignStatusPanel.h"
#include "gui/campaign/EditDatesDialog.h"
#include "gui/campaign/FirmwareVerifyBar.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/create/CreateCheckPage.h"
#include "gui/create/CreateDevicesPage.h"
#include "gui/create/CreateFirmwarePage.h"
#include "gui/create/CreateResultPage.h"
#include "gui/create/CreateSchedulePage.h"
#include "gui/create/CreateSubmitPage.h"
#include "gui/create/TimeWindowEditor.h"
#include "gui/devices/DeviceChangeDialog.h"
#include "gui/devices/DeviceListEditor.h"
#include "gui/devices/DeviceListWindow.h"
#include "gui/inventory/AccountDevicesPage.h"
#include "gui/licenses/LicensesPage.h"
#include "gui/lookup/DeviceLookupPage.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/shell/AboutDialog.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/UserGuideWindow.h"
#include "gui/signin/CredentialsDialog.h"
#include "models/DeviceStatusModel.h"
#include "models/FirmwareModel.h"
#include "store/AppSettings.h"
#include "store/Draft.h"
#include "store/DraftStore.h"
#include "store/KeychainSecretStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {
constexpr int kTickMs = 100;
constexpr int kStepTimeoutTicks = 600; // 60 s
} // namespace

ScreenshotDriver::ScreenshotDriver(MainWindow& window, AppContext& context,
                                   ScriptedMessageSeam& messages, QString directory,
                                   QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
    , m_messages(messages)
    , m_directory(std::move(directory))
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotDriver::tick);
}

void ScreenshotDriver::start()
{
    QDir().mkpath(m_directory);
    buildSteps();
    m_timer.start();
}

void ScreenshotDriver::shoot(QWidget* widget, const QString& file)
{
    const QString path = QDir(m_directory).filePath(file);
    if (widget->grab().save(path)) {
        m_saved << path;
        std::fprintf(stdout, "saved %s\n", qPrintable(path));
    } else {
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
    }
}

void ScreenshotDriver::tick()
{
    if (m_index >= m_steps.size()) {
        m_timer.stop();
        Q_EMIT finished(true);
        return;
    }
    Step& step = m_steps[m_index];
    if (!m_entered) {
        m_entered = true;
        m_ticks = 0;
        if (step.enter)
            step.enter();
        return;
    }
    if (!step.done || step.done()) {
        ++m_index;
        m_entered = false;
        return;
    }
    if (++m_ticks > kStepTimeoutTicks) {
        m_timer.stop();
        std::fprintf(stderr, "screenshot step \"%s\" did not complete\n", qPrintable(step.name));
        Q_EMIT finished(false);
    }
}

void ScreenshotDriver::buildSteps()
{
    auto wizard = [this] {
        return qobject_cast<CreateCampaignWizard*>(m_window.page(u"create"_s));
    };
    auto settle = [](int ticks) {
        auto count = std::make_shared<int>(0);
        return [count, ticks] { return ++*count >= ticks; };
    };

    m_steps << Step{u"workbench"_s, [this] { m_window.showPage(u"workbench"_s); }, settle(5)};
    m_steps << Step{u"shoot workbench"_s, [this] { shoot(&m_window, u"01-workbench.png"_s); }, {}};

    // The licensed devices of the demo account and the firmware they run, so that the
    // campaign gets devices that can join it.
    struct Fleet
    {
        QStringList licensed;
        QHash<QString, QStringList> byVersion;
        QStringList chosen; ///< devices on the chosen package's "from" version
        int pending = 0;
        bool ready = false;
    };
    auto fleet = std::make_shared<Fleet>();
    m_steps << Step{
        u"licenses"_s,
        [this, fleet] {
            auto* pager = new LicensePager(m_context.client, this);
            pager->setCollect(true);
            connect(pager, &ApiJob::finished, this, [this, pager, fleet] {
                for (const auto& d : pager->devices()) {
                    if (fleet->licensed.size() < 600)
                        fleet->licensed << d.deviceId;
                }
                for (qsizetype i = 0; i < fleet->licensed.size(); i += 100) {
                    ++fleet->pending;
                    auto* job = m_context.client->synchronizeFirmware(fleet->licensed.mid(i, 100));
                    connect(job, &ApiJob::finished, this, [job, fleet] {
                        if (job->succeeded()) {
                            for (const auto& d : job->result().deviceFirmwareVersionList)
                                fleet->byVersion[d.firmwareVersion] << d.deviceId;
                        }
                        if (--fleet->pending == 0)
                            fleet->ready = true;
                    });
                }
                if (fleet->pending == 0)
                    fleet->ready = true;
            });
            pager->start();
        },
        [fleet] { return fleet->ready; }};

    m_steps << Step{u"create: firmware"_s,
                    [this, wizard] {
                        m_window.newCampaign();
                        wizard()
                            ->firmwarePage()
                            ->findChild<QLineEdit*>(u"nameEdit"_s)
                            ->setText(u"Depot 7 modem refresh"_s);
                    },
                    [wizard, fleet] {
                        auto* page = wizard()->firmwarePage();
                        if (page->isLoading() || page->firmwareModel()->rowCount() == 0)
                            return false;
                        const auto& packages = page->firmwareModel()->packages();
                        qsizetype best = 0;
                        for (qsizetype i = 1; i < packages.size(); ++i) {
                            if (fleet->byVersion.value(packages[i].firmwareFrom).size() >
                                fleet->byVersion.value(packages[best].firmwareFrom).size())
                                best = i;
                        }
                        const auto& p = packages.at(best);
                        fleet->chosen = fleet->byVersion.value(p.firmwareFrom);
                        if (fleet->chosen.isEmpty())
                            fleet->chosen = fleet->licensed;
                        if (fleet->chosen.isEmpty())
                            fleet->chosen << u"490154203237518"_s;
                        return page->selectPackage(p.firmwareName, p.firmwareFrom, p.firmwareTo);
                    }};
    m_steps << Step{u"settle"_s, {}, settle(3)};
    m_steps << Step{
        u"shoot firmware"_s, [this] { shoot(&m_window, u"02-create-firmware.png"_s); }, {}};

    m_steps << Step{u"create: schedule"_s,
                    [wizard] {
                        auto* w = wizard();
                        w->next();
                        // Dates around the end of daylight-saving time in Europe, to show the
                        // warning; a window across midnight, split in two.
                        const QDate today = Clock::system().nowUtc().date();
                        QDate start(today.year(), 10, 24);
                        if (start <= today)
                            start = start.addYears(1);
                        w->schedulePage()->setDates(start, start.addDays(10));
                        w->schedulePage()->windowEditor()->setWindows({});
                        w->schedulePage()->windowEditor()->addWindow(22, 2);
                    },
                    settle(3)};
    m_steps << Step{
        u"shoot schedule"_s, [this] { shoot(&m_window, u"03-create-schedule.png"_s); }, {}};

    m_steps << Step{u"create: devices"_s,
                    [wizard, fleet] {
                        auto* w = wizard();
                        w->next();
                        const QStringList& ok = fleet->chosen;
                        QStringList lines{u"site;imei"_s};
                        for (qsizetype i = 0; i < std::min<qsizetype>(ok.size(), 40); ++i)
                            lines << u"Depot 7;"_s + ok.at(i);
                        lines << u"Depot 7;"_s + ok.first().left(14);
                        lines << u"Depot 7;3.56938E+14"_s;
                        lines << u"Depot 7;"_s + ok.last() + u"3"_s;
                        lines << u"Depot 7;"_s + ok.first();
                        // Two devices of another model: the check page points them out.
                        int others = 0;
                        for (const QString& id : std::as_const(fleet->licensed)) {
                            if (others < 2 && !ok.contains(id)) {
                                lines << u"Depot 7;"_s + id;
                                ++others;
                            }
                        }
                        w->devicesPage()->editor()->importText(lines.join(u'\n'), u"depot7.csv"_s);
                    },
                    [wizard] { return !wizard()->devicesPage()->editor()->isImporting(); }};
    m_steps << Step{u"settle"_s, {}, settle(3)};
    m_steps << Step{
        u"shoot devices"_s, [this] { shoot(&m_window, u"04-create-devices.png"_s); }, {}};

    m_steps << Step{u"create: check"_s,
                    [wizard] {
                        wizard()->devicesPage()->editor()->fixMissingCheckDigits();
                        wizard()->next();
                    },
                    [wizard] { return !wizard()->checkPage()->isChecking(); }};
    m_steps << Step{u"settle"_s, {}, settle(3)};
    m_steps << Step{u"shoot check"_s, [this] { shoot(&m_window, u"05-create-check.png"_s); }, {}};
    // The two devices of another model are refused: keep only the accepted ones (the others
    // go to a draft), and the page checks again.
    m_steps << Step{
        u"create: keep accepted"_s,
        [wizard] {
            if (auto* keep =
                    wizard()->checkPage()->findChild<QPushButton*>(u"keepAcceptedButton"_s))
                keep->click();
        },
        [wizard] {
            return !wizard()->checkPage()->isChecking() && wizard()->checkPage()->isComplete();
        }};
    m_steps << Step{u"settle"_s, {}, settle(3)};
    m_steps << Step{
        u"shoot check ready"_s, [this] { shoot(&m_window, u"05b-create-check-ready.png"_s); }, {}};

    m_steps << Step{u"create: submit"_s, [wizard] { wizard()->next(); },
                    [wizard] {
                        return wizard()->currentId() == CreateCampaignWizard::ResultPageId &&
                               !wizard()->resultPage()->isLoading();
                    }};
    m_steps << Step{u"settle"_s, {}, settle(3)};
    m_steps << Step{u"shoot result"_s,
                    [this, wizard] {
                        m_campaignId = wizard()->submitPage()->createdCampaign()->id;
                        shoot(&m_window, u"06-create-result.png"_s);
                    },
                    {}};

    auto detail = [this] { return m_window.campaignPage(m_campaignId); };
    m_steps << Step{
        u"detail"_s, [this] { m_window.openCampaign(m_campaignId); },
        [detail] { return detail() && detail()->campaign() && !detail()->isLoading(); }};
    m_steps << Step{u"settle"_s, {}, settle(3)};
    m_steps << Step{
        u"shoot detail"_s, [this] { shoot(&m_window, u"07-campaign-detail.png"_s); }, {}};

    m_steps << Step{u"edit dates"_s, [detail] { detail()->editDates(); },
                    [detail] { return detail()->activeDialog() != nullptr; }};
    m_steps << Step{u"settle"_s, {}, settle(3)};
    m_steps << Step{u"shoot edit dates"_s,
                    [this, detail] {
                        auto* dialog = qobject_cast<EditDatesDialog*>(detail()->activeDialog());
                        if (!dialog)
                            return;
                        dialog->resize(760, 620);
                        shoot(dialog, u"08-edit-dates.png"_s);
                        dialog->reject();
                    },
                    [detail] { return detail()->activeDialog() == nullptr; }};

    m_steps << Step{u"add devices"_s,
                    [this, detail, fleet] {
                        detail()->addDevices();
                        auto* dialog = qobject_cast<DeviceChangeDialog*>(detail()->activeDialog());
                        if (!dialog)
                            return;
                        dialog->resize(960, 640);
                        // Several requests to show (the driver's settings are throw-away).
                        if (m_context.settings)
                            m_context.settings->setValue(AppSettings::Key::BatchChunkSize, 10);
                        QStringList ids = fleet->chosen.mid(40, 20);
                        ids << u"350000000000013"_s << u"350000000000021"_s;
                        dialog->editor()->importText(ids.join(u'\n'));
                    },
                    [detail] {
                        auto* d = qobject_cast<DeviceChangeDialog*>(detail()->activeDialog());
                        return d && !d->editor()->isImporting();
                    }};
    m_steps << Step{u"add devices: run"_s,
                    [detail] {
                        if (auto* d = qobject_cast<DeviceChangeDialog*>(detail()->activeDialog()))
                            d->start();
                    },
                    [detail] {
                        auto* d = qobject_cast<DeviceChangeDialog*>(detail()->activeDialog());
                        return d && !d->isRunning();
                    }};
    m_steps << Step{u"settle"_s, {}, settle(3)};
    m_steps << Step{u"shoot add devices"_s,
                    [this, detail] {
                        auto* d = detail()->activeDialog();
                        if (!d)
                            return;
                        shoot(d, u"09-add-devices.png"_s);
                        d->reject();
                    },
                    [detail] { return detail()->activeDialog() == nullptr; }};

    // Remove devices: six of the campaign and two it does not have, checked before sending.
    m_steps << Step{u"remove devices"_s,
                    [detail, fleet] {
                        detail()->removeDevices();
                        auto* dialog = qobject_cast<DeviceChangeDialog*>(detail()->activeDialog());
                        if (!dialog)
                            return;
                        dialog->resize(960, 640);
                        QStringList ids = fleet->chosen.mid(40, 6);
                        // Two valid IMEIs the account does not have.
                        ids.insert(std::min<qsizetype>(2, ids.size()),
                                   Imei::completeFrom14(99999999999990ULL).toString());
                        ids.insert(std::min<qsizetype>(5, ids.size()),
                                   Imei::completeFrom14(99999999999991ULL).toString());
                        dialog->editor()->importText(ids.join(u'\n'));
                    },
                    [detail] {
                        auto* d = qobject_cast<DeviceChangeDialog*>(detail()->activeDialog());
                        return d && !d->editor()->isImporting();
                    }};
    m_steps << Step{u"remove devices: check"_s,
                    [detail] {
                        if (auto* d = qobject_cast<DeviceChangeDialog*>(detail()->activeDialog()))
                            d->start();
                    },
                    [detail] {
                        auto* d = qobject_cast<DeviceChangeDialog*>(detail()->activeDialog());
                        return d && !d->isChecking();
                    }};
    m_steps << Step{u"settle"_s, {}, settle(3)};
    m_steps << Step{u"shoot remove devices"_s,
                    [this, detail] {
                        auto* d = detail()->activeDialog();
                        if (!d)
                            return;
                        shoot(d, u"19-remove-check.png"_s);
                        d->reject();
                    },
                    [detail] { return detail()->activeDialog() == nullptr; }};

    m_steps << Step{u"cancel"_s,
                    [this, detail] {
                        m_messages.confirmAnswers.enqueue(true);
                        detail()->cancelCampaign();
                    },
                    [detail] {
                        return detail()->campaign() && !detail()->isLoading() &&
                               detail()->campaign()->status == u"CampaignCancelled"_s;
                    }};
    m_steps << Step{u"settle"_s, {}, settle(3)};
    m_steps << Step{
        u"shoot cancelled"_s, [this] { shoot(&m_window, u"10-campaign-cancelled.png"_s); }, {}};

    buildVerifySteps();
    buildDesktopSteps([fleet] { return fleet->chosen; });
}

void ScreenshotDriver::buildVerifySteps()
{
    // A campaign of the demo's history that ran to its end: its device status, verified.
    auto ended = std::make_shared<QString>();
    m_steps << Step{u"ended campaign"_s,
                    [this, ended] {
                        auto* job = m_context.client->campaignHistoryPage(u"CampaignEnded"_s);
                        connect(job, &ApiJob::finished, this, [job, ended] {
                            if (!job->succeeded())
                                return;
                            for (const wire::Campaign& c : job->result().campaignList) {
                                if (ended->isEmpty() || c.campaignName == u"Telit depot pilot"_s)
                                    *ended = c.id;
                            }
                        });
                    },
                    [ended] { return !ended->isEmpty(); }};
    auto panel = [this, ended]() -> CampaignStatusPanel* {
        CampaignDetailPage* page = m_window.campaignPage(*ended);
        return page ? page->findChild<CampaignStatusPanel*>() : nullptr;
    };
    m_steps << Step{u"ended: device status"_s, [this, ended] { m_window.openCampaign(*ended); },
                    [this, ended, panel] {
                        CampaignDetailPage* page = m_window.campaignPage(*ended);
                        CampaignStatusPanel* status = panel();
                        if (!page || !status)
                            return false;
                        if (page->tabWidget()->currentWidget() != status)
                            page->tabWidget()->setCurrentWidget(status);
                        return page->campaign() && !status->isLoading() &&
                               status->model()->rowCount() > 0;
                    }};
    m_steps << Step{u"verify"_s,
                    [panel] {
                        if (CampaignStatusPanel* status = panel())
                            status->verifyFirmware();
                    },
                    [panel] {
                        CampaignStatusPanel* status = panel();
                        return status && !status->verifyBar()->isRunning() &&
                               status->verification().has_value();
                    }};
    auto settled = std::make_shared<int>(0);
    m_steps << Step{u"settle"_s, {}, [settled] { return ++*settled >= 5; }};
    m_steps << Step{
        u"shoot verified"_s, [this] { shoot(&m_window, u"18-campaign-verified.png"_s); }, {}};
}

void ScreenshotDriver::buildDesktopSteps(const std::function<QStringList()>& devicesOf)
{
    auto settle = [](int ticks) {
        auto count = std::make_shared<int>(0);
        return [count, ticks] { return ++*count >= ticks; };
    };
    // A device list as a spreadsheet exports it (some lines need fixing), opened like a file
    // dropped on the window.
    auto scratch = std::make_shared<QTemporaryDir>();
    auto listWindow = std::make_shared<QPointer<DeviceListWindow>>();
    m_steps << Step{u"device list window"_s,
                    [this, scratch, listWindow, devicesOf] {
                        const QStringList devices = devicesOf();
                        QStringList lines{u"Site,IMEI,Model"_s};
                        for (qsizetype i = 0; i < std::min<qsizetype>(devices.size(), 25); ++i)
                            lines << u"Depot 9,"_s + devices.at(i) + u",MX-200"_s;
                        if (!devices.isEmpty()) {
                            lines << u"Depot 9,"_s + devices.first().left(14) + u",MX-200"_s;
                            lines << u"Depot 9,"_s + devices.first() + u",MX-200"_s;
                        }
                        lines << u"Depot 9,3.56938E+14,MX-200"_s << u"Depot 9,n/a,MX-200"_s;
                        const QString path = scratch->filePath(u"depot9-devices.csv"_s);
                        QFile file(path);
                        if (file.open(QIODevice::WriteOnly))
                            file.write(lines.join(u'\n').toUtf8());
                        file.close();
                        *listWindow = m_window.openDeviceList(path);
                        if (*listWindow)
                            (*listWindow)->resize(900, 640);
                    },
                    [listWindow] {
                        const DeviceListWindow* w = listWindow->data();
                        const DeviceListEditor* editor = w ? w->editor() : nullptr;
                        return editor == nullptr || !editor->isImporting();
                    }};
    m_steps << Step{u"settle"_s, {}, settle(3)};
    m_steps << Step{u"shoot device list window"_s,
                    [this, listWindow] {
                        if (*listWindow) {
                            shoot(*listWindow, u"11-device-list-window.png"_s);
                            (*listWindow)->close();
                        }
                    },
                    {}};

    if (m_window.page(u"activity"_s)) {
        m_steps << Step{u"activity log"_s, [this] { m_window.showPage(u"activity"_s); },
                        settle(10)};
        m_steps << Step{
            u"shoot activity log"_s, [this] { shoot(&m_window, u"12-activity-log.png"_s); }, {}};
    }

    // Device lookup of a device of the campaign above: its inventory line, then its history.
    if (auto* lookup = qobject_cast<DeviceLookupPage*>(m_window.page(u"device-lookup"_s))) {
        m_steps << Step{u"device lookup"_s,
                        [this, lookup, devicesOf] {
                            m_window.showPage(u"device-lookup"_s);
                            const QStringList devices = devicesOf();
                            lookup->lookUp(devices.isEmpty() ? u"490154203237518"_s
                                                             : devices.first());
                        },
                        [lookup] { return !lookup->isBusy(); }};
        m_steps << Step{u"settle"_s, {}, settle(5)};
        m_steps << Step{
            u"shoot device lookup"_s, [this] { shoot(&m_window, u"20-device-lookup.png"_s); }, {}};
    }

    // Account: the subscription and the callback URL (none in the demo).
    if (auto* account = qobject_cast<AccountPage*>(m_window.page(u"account"_s))) {
        m_steps << Step{u"account"_s, [this] { m_window.showPage(u"account"_s); },
                        [account] { return !account->isBusy(); }};
        m_steps << Step{u"settle"_s, {}, settle(5)};
        m_steps << Step{u"shoot account"_s, [this] { shoot(&m_window, u"21-account.png"_s); }, {}};
    }

    // Account devices: the inventory filtered to one model and firmware, a few rows selected.
    if (auto* inventory = qobject_cast<AccountDevicesPage*>(m_window.page(u"account-devices"_s))) {
        m_steps << Step{u"account devices"_s, [this] { m_window.showPage(u"account-devices"_s); },
                        [inventory] { return !inventory->isLoading(); }};
        m_steps << Step{
            u"account devices: filter"_s,
            [inventory] {
                inventory->setFilterValue(inventory->findChild<QComboBox*>(u"modelCombo"_s),
                                          u"BG96"_s);
                inventory->setFilterValue(inventory->findChild<QComboBox*>(u"firmwareCombo"_s),
                                          u"BG96MAR02A06M1G"_s);
                QTableView* table = inventory->table();
                for (int row = 1; row < 4 && row < table->model()->rowCount(); ++row)
                    table->selectionModel()->select(table->model()->index(row, 0),
                                                    QItemSelectionModel::Select |
                                                        QItemSelectionModel::Rows);
            },
            settle(5)};
        m_steps << Step{u"shoot account devices"_s,
                        [this] { shoot(&m_window, u"22-account-devices.png"_s); },
                        {}};
    }

    // Licenses: every licensed device, the counts.
    if (auto* licenses = qobject_cast<LicensesPage*>(m_window.page(u"licenses"_s))) {
        m_steps << Step{u"licenses"_s, [this] { m_window.showPage(u"licenses"_s); },
                        [licenses] { return !licenses->isLoading(); }};
        m_steps << Step{u"settle"_s, {}, settle(5)};
        m_steps << Step{
            u"shoot licenses"_s, [this] { shoot(&m_window, u"23-licenses.png"_s); }, {}};
    }

    // Drafts: what the add-devices step left (two devices were refused) and two more, saved
    // the way the autosaves save them.
    if (m_window.page(u"drafts"_s) && m_context.drafts) {
        m_steps << Step{u"drafts"_s,
                        [this, devicesOf] {
                            const QStringList devices = devicesOf();
                            Draft form;
                            form.kind = Draft::Kind::CreateCampaign;
                            form.profile = Environment::profileName(m_context.environment.profile);
                            form.account = m_context.environment.accountName;
                            form.campaign.campaignName = u"Depot 12 — MX-200 spring refresh"_s;
                            form.campaign.protocol = u"LWM2M"_s;
                            Draft list = form;
                            list.kind = Draft::Kind::DeviceList;
                            list.campaign = {};
                            list.campaignId = m_campaignId;
                            const CampaignDetailPage* page = m_window.campaignPage(m_campaignId);
                            list.title =
                                QCoreApplication::translate("fotadesk::DeviceChangeDialog",
                                                            "Remove devices — %1")
                                    .arg(page && page->campaign() ? page->campaign()->campaignName
                                                                  : m_campaignId);
                            list.extra.insert(u"mode"_s, u"remove"_s);
                            for (qsizetype i = 0; i < devices.size(); ++i) {
                                const auto imei = Imei::fromString(devices.at(i));
                                if (imei && i < 140)
                                    form.campaign.devices.append(*imei);
                                if (imei && i >= 140 && i < 152)
                                    list.campaign.devices.append(*imei);
                            }
                            m_context.drafts->save(form);
                            m_context.drafts->save(list);
                            m_window.showPage(u"drafts"_s);
                        },
                        settle(5)};
        m_steps << Step{u"shoot drafts"_s, [this] { shoot(&m_window, u"16-drafts.png"_s); }, {}};
    }

    // The sign-in a Production start asks for once (SignInFlow), with the keychain offered.
    m_steps << Step{
        u"credentials"_s,
        [this] {
            CredentialsDialog dialog(
                QCoreApplication::translate("fotadesk::SignInFlow", "ThingSpace production"),
                QUrl(u"https://thingspace.verizon.com/api"_s), m_context.environment.accountName,
                &m_window);
            dialog.setIdentity(u"fd-app-7f3a"_s, u"field.engineer"_s);
            const KeychainSecretStore keychain;
            dialog.setKeychain(true, true,
                               QCoreApplication::translate("fotadesk::SignInFlow", "Kept in: %1.")
                                   .arg(keychain.name()));
            dialog.show();
            shoot(&dialog, u"17-credentials.png"_s);
        },
        {}};

    // Settings as a first start shows them (a throw-away settings file: the defaults).
    m_steps << Step{u"settings"_s,
                    [this, scratch] {
                        AppSettings settings(scratch->filePath(u"settings.ini"_s));
                        SettingsDialog dialog(settings, &m_messages, &m_window);
                        dialog.resize(720, 560);
                        dialog.show();
                        shoot(&dialog, u"13-settings.png"_s);
                    },
                    {}};

    m_steps << Step{u"user guide"_s, [this] { m_window.showUserGuide(); }, settle(5)};
    m_steps << Step{u"shoot user guide"_s,
                    [this] {
                        if (auto* guide = m_window.userGuideWindow()) {
                            // The size the window chose on this screen, at most 900 x 700.
                            guide->resize(guide->size().boundedTo(QSize(900, 700)));
                            shoot(guide, u"14-user-guide.png"_s);
                            guide->close();
                        }
                    },
                    {}};
    m_steps << Step{u"about"_s,
                    [this] {
                        AboutDialog about(m_context, &m_window);
                        about.show();
                        shoot(&about, u"15-about.png"_s);
                    },
                    {}};
}

} // namespace fotadesk
