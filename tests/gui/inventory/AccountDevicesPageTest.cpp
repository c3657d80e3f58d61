// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Devices page against a real fotasim (in process, demo inventory): it loads the whole
// inventory (every protocol, compared with what the api layer reads from the same server), its
// filters leave exactly the devices of a model and firmware, "New campaign" puts exactly the
// devices chosen into the create form's device list, "Add to draft" stores them in a draft
// (read back through DraftStore), and a failing server shows in the message bar with a Retry
// that works.

#include "gui/inventory/AccountDevicesPage.h"

#include "api/AccountDevicePager.h"
#include "api/RetryPolicy.h"
#include "gui/GuiTestHarness.h"
#include "gui/common/MessageArea.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/create/CreateDevicesPage.h"
#include "gui/devices/DeviceListEditor.h"
#include "gui/inventory/AccountDeviceLoader.h"
#include "gui/shell/AppLanguage.h"
#include "gui/shell/MainWindow.h"
#include "models/AccountDeviceFilterModel.h"
#include "models/AccountDeviceModel.h"
#include "models/DeviceListModel.h"
#include "store/DraftStore.h"
#include "store/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

bool waitLoad(AccountDevicesPage& page, bool* ok)
{
    QSignalSpy spy(&page, &AccountDevicesPage::loadFinished);
    if (!page.isLoading())
        page.refresh();
    if (!spy.wait(120000))
        return false;
    *ok = spy.first().first().toBool();
    return true;
}

} // namespace

class AccountDevicesPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_harness.isRunning(), qPrintable(m_harness.errorString()));
        // The English plural forms, as fotadesk installs them: the page's counts read as words.
        QCOMPARE(m_english.install(u"en"_s), u"en"_s);
        m_harness.client()->setRetryPolicy(RetryPolicy::none());
        QVERIFY(m_workspaceDir.isValid());
        m_workspace =
            std::make_unique<Workspace>(m_workspaceDir.filePath(u"ws.sqlite"_s), Clock::system());
        QVERIFY(m_workspace->open().persistent());
        m_drafts = std::make_unique<DraftStore>(*m_workspace);
        m_harness.context.drafts = m_drafts.get();
        m_harness.context.workspace = m_workspace.get();
        // What the server holds, read through the api layer (every protocol the page reads).
        for (const QString& protocol : AccountDeviceLoader::defaultProtocols()) {
            AccountDevicePager pager(m_harness.client(), protocol);
            pager.setCollect(true);
            pager.setAutoDelete(false);
            pager.start();
            QVERIFY(test::GuiTestHarness::wait(&pager, 120000));
            QVERIFY2(pager.succeeded(), qPrintable(pager.error().toString()));
            m_server.append(pager.devices());
        }
        QVERIFY(m_server.size() > 1000);
        // The (model, firmware) with the most devices, and one with a few.
        std::map<std::pair<QString, QString>, int> counts;
        for (const wire::AccountDevice& d : std::as_const(m_server))
            ++counts[{d.model, d.firmware}];
        int most = 0;
        int few = INT_MAX;
        for (const auto& [key, n] : counts) {
            if (n > most) {
                most = n;
                m_common = key;
            }
            if (n >= 3 && n < few) {
                few = n;
                m_rare = key;
            }
        }
        QVERIFY(few < most);
    }

    void loadsTheWholeInventory()
    {
        AccountDevicesPage page(m_harness.context);
        page.setLoadOnShow(false);
        bool ok = false;
        QVERIFY(waitLoad(page, &ok));
        QVERIFY2(ok, qPrintable(page.messageText()));
        QStringList expected;
        for (const wire::AccountDevice& d : std::as_const(m_server))
            expected << d.deviceId;
        QCOMPARE(page.model()->rowCount(), expected.size());
        QCOMPARE(sorted(page.filterModel()->shownDeviceIds()), sorted(expected));
        QVERIFY2(page.shownText().startsWith(
                     u"%1 of %1 devices shown"_s.arg(QLocale().toString(expected.size()))),
                 qPrintable(page.shownText()));
        // Appended in slices: no slice held the event loop for long.
        qInfo() << "longest slice:" << page.loader()->longestSliceMs() << "ms";
        QVERIFY2(page.loader()->longestSliceMs() < 250,
                 qPrintable(QString::number(page.loader()->longestSliceMs())));
        QVERIFY(page.loader()->pages() >= 3); // one page at least per protocol
    }

    void filtersLeaveExactlyThatModelAndFirmware()
    {
        AccountDevicesPage page(m_harness.context);
        page.setLoadOnShow(false);
        bool ok = false;
        QVERIFY(waitLoad(page, &ok) && ok);
        auto* modelCombo = page.findChild<QComboBox*>(u"modelCombo"_s);
        auto* firmwareCombo = page.findChild<QComboBox*>(u"firmwareCombo"_s);
        auto* licensedCombo = page.findChild<QComboBox*>(u"licensedCombo"_s);
        QVERIFY(modelCombo && firmwareCombo && licensedCombo);
        // The choices are what was loaded (and "Any").
        QVERIFY(modelCombo->findData(m_common.first) > 0);
        QVERIFY(firmwareCombo->findData(m_rare.second) > 0);

        for (const auto& [model, firmware] : {m_common, m_rare}) {
            modelCombo->setCurrentIndex(modelCombo->findData(model));
            firmwareCombo->setCurrentIndex(firmwareCombo->findData(firmware));
            QStringList expected;
            for (const wire::AccountDevice& d : std::as_const(m_server)) {
                if (d.model == model && d.firmware == firmware)
                    expected << d.deviceId;
            }
            QVERIFY(!expected.isEmpty());
            QCOMPARE(sorted(page.filterModel()->shownDeviceIds()), sorted(expected));
            QVERIFY2(
                page.shownText().startsWith(u"%1 of"_s.arg(QLocale().toString(expected.size()))),
                qPrintable(page.shownText()));
        }
        // And licensed only.
        licensedCombo->setCurrentIndex(licensedCombo->findData(true));
        QStringList expected;
        for (const wire::AccountDevice& d : std::as_const(m_server)) {
            if (d.model == m_rare.first && d.firmware == m_rare.second && d.licenseAssigned)
                expected << d.deviceId;
        }
        QCOMPARE(sorted(page.filterModel()->shownDeviceIds()), sorted(expected));
        QVERIFY(page.sourceName().contains(m_rare.second));
    }

    void newCampaignGetsExactlyTheSelection()
    {
        MainWindow window(m_harness.context);
        auto* page = qobject_cast<AccountDevicesPage*>(window.page(u"account-devices"_s));
        QVERIFY(page);
        page->setLoadOnShow(false);
        bool ok = false;
        QVERIFY(waitLoad(*page, &ok) && ok);
        page->setFilterValue(page->findChild<QComboBox*>(u"modelCombo"_s), m_common.first);
        page->setFilterValue(page->findChild<QComboBox*>(u"firmwareCombo"_s), m_common.second);
        QTableView* table = page->table();
        QVERIFY(table->model()->rowCount() > 10);
        // Rows 2, 5 and 9 of what is shown.
        QStringList chosen;
        for (int row : {2, 5, 9}) {
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
            chosen << table->model()->index(row, 0).data().toString();
        }
        auto* button = page->findChild<QPushButton*>(u"newCampaignButton"_s);
        QVERIFY(button->text().contains(u"3 selected"_s));
        QTest::mouseClick(button, Qt::LeftButton);

        auto* wizard = qobject_cast<CreateCampaignWizard*>(window.page(u"create"_s));
        QVERIFY(wizard);
        QCOMPARE(window.currentPageId(), u"create"_s);
        DeviceListEditor* editor = wizard->devicesPage()->editor();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isImporting(), 20000);
        QStringList inForm;
        for (const Imei& imei : editor->validImeis())
            inForm << imei.toString();
        QCOMPARE(sorted(inForm), sorted(chosen));
        QVERIFY2(editor->importSummary().contains(u"Account devices: model "_s + m_common.first),
                 qPrintable(editor->importSummary()));

        // Nothing selected: every device shown (the button says so).
        table->clearSelection();
        QVERIFY(button->text().contains(u"all"_s));
        QCOMPARE(page->actionDeviceIds().size(), table->model()->rowCount());
    }

    void addToDraftStoresTheDevices()
    {
        AccountDevicesPage page(m_harness.context);
        page.setLoadOnShow(false);
        bool ok = false;
        QVERIFY(waitLoad(page, &ok) && ok);
        page.setFilterValue(page.findChild<QComboBox*>(u"modelCombo"_s), m_rare.first);
        page.setFilterValue(page.findChild<QComboBox*>(u"firmwareCombo"_s), m_rare.second);
        const QStringList shown = page.filterModel()->shownDeviceIds();
        QVERIFY(shown.size() >= 3);

        // A new draft with every device shown (nothing selected).
        auto* draftCombo = page.findChild<QComboBox*>(u"draftCombo"_s);
        draftCombo->setCurrentIndex(draftCombo->findData(qint64(0)));
        QTest::mouseClick(page.findChild<QPushButton*>(u"addToDraftButton"_s), Qt::LeftButton);
        const qint64 id = draftCombo->currentData().toLongLong();
        QVERIFY2(id > 0, qPrintable(page.messageText()));
        auto draft = m_drafts->load(id);
        QVERIFY(draft.has_value());
        QCOMPARE(draft->kind, Draft::Kind::CreateCampaign);
        QStringList stored;
        for (const Imei& imei : std::as_const(draft->campaign.devices))
            stored << imei.toString();
        QCOMPARE(sorted(stored), sorted(shown));
        QVERIFY(draft->title.contains(m_rare.second));

        // Then the common model's first two rows into the same draft: appended, once each.
        page.setFilterValue(page.findChild<QComboBox*>(u"modelCombo"_s), m_common.first);
        page.setFilterValue(page.findChild<QComboBox*>(u"firmwareCombo"_s), m_common.second);
        QTableView* table = page.table();
        table->selectionModel()->select(table->model()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList more = page.actionDeviceIds();
        QCOMPARE(more.size(), 2);
        QCOMPARE(page.addToDraft(id), id);
        QCOMPARE(page.addToDraft(id), id); // again: nothing new
        draft = m_drafts->load(id);
        QVERIFY(draft.has_value());
        stored.clear();
        for (const Imei& imei : std::as_const(draft->campaign.devices))
            stored << imei.toString();
        QCOMPARE(sorted(stored), sorted(shown + more));
        QVERIFY2(page.messageText().contains(u"2 of them were in it already"_s),
                 qPrintable(page.messageText()));
    }

    void exportWritesTheDevicesShown()
    {
        AccountDevicesPage page(m_harness.context);
        page.setLoadOnShow(false);
        bool ok = false;
        QVERIFY(waitLoad(page, &ok) && ok);
        page.setFilterValue(page.findChild<QComboBox*>(u"modelCombo"_s), m_rare.first);
        page.setFilterValue(page.findChild<QComboBox*>(u"firmwareCombo"_s), m_rare.second);
        const QString path = m_workspaceDir.filePath(u"shown.csv"_s);
        m_harness.messages.saveAnswers.enqueue(path);
        QTest::mouseClick(page.findChild<QPushButton*>(u"exportButton"_s), Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), page.filterModel()->rowCount() + 1);
        QStringList ids;
        for (const QString& line : lines.mid(1)) {
            QVERIFY2(line.contains(u","_s + m_rare.second + u","_s), qPrintable(line));
            ids << line.section(u',', 0, 0);
        }
        QCOMPARE(sorted(ids), sorted(page.filterModel()->shownDeviceIds()));
    }

    void serverErrorShowsWithRetry()
    {
        AccountDevicesPage page(m_harness.context);
        page.setLoadOnShow(false);
        QVERIFY(m_harness.setFaults(u"error503=1"_s));
        bool ok = true;
        QVERIFY(waitLoad(page, &ok));
        QVERIFY(m_harness.setFaults(u"none"_s));
        QVERIFY(!ok);
        QVERIFY2(page.messageText().contains(u"could not be read"_s),
                 qPrintable(page.messageText()));
        QVERIFY2(page.messageText().contains(u"503"_s), qPrintable(page.messageText()));
        // The page's one message area offers Retry.
        auto* area = page.findChild<MessageArea*>();
        QVERIFY(area && area->actionButtons().size() == 1);
        QAbstractButton* retry = area->actionButtons().front();
        QVERIFY(retry->isVisibleTo(&page) && retry->isEnabled());
        QSignalSpy finished(&page, &AccountDevicesPage::loadFinished);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(page.model()->rowCount(), m_server.size());
        QVERIFY(page.messageText().isEmpty());
    }

    void everyControlIsReachedByTab()
    {
        AccountDevicesPage page(m_harness.context);
        page.setLoadOnShow(false);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        bool ok = false;
        QVERIFY(waitLoad(page, &ok) && ok); // the actions are enabled with rows
        auto* imeiEdit = page.findChild<QLineEdit*>(u"imeiFilterEdit"_s);
        QVERIFY(imeiEdit && !page.findChild<QCheckBox*>(u"notConnectedCheck"_s)->isChecked());
        page.findChild<QCheckBox*>(u"notConnectedCheck"_s)->setChecked(true); // enables the days
        page.findChild<QPushButton*>(u"refreshButton"_s)->setFocus(Qt::TabFocusReason);
        QStringList reached;
        for (int i = 0; i < 20 && QApplication::focusWidget(); ++i) {
            reached << QApplication::focusWidget()->objectName();

            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (const char* name : {"refreshButton", "exportButton", "protocolCombo", "makeCombo",
                                 "modelCombo", "firmwareCombo", "eligibleCombo", "licensedCombo",
                                 "notConnectedCheck", "notConnectedSpin", "imeiFilterEdit", "table",
                                 "newCampaignButton", "addToDraftButton", "draftCombo"})
            QVERIFY2(reached.contains(QLatin1String(name)),
                     qPrintable(
                         u"%1 not reached: %2"_s.arg(QLatin1String(name), reached.join(u", "_s))));
        // The table shows where the keyboard is (a frame in the highlight colour).
        QVERIFY(page.table()->styleSheet().contains(u":focus"_s));
    }

    void stopKeepsWhatWasRead()
    {
        AccountDevicesPage page(m_harness.context);
        page.setLoadOnShow(false);
        QSignalSpy finished(&page, &AccountDevicesPage::loadFinished);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 60000);
        page.cancelLoad();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!finished.first().first().toBool());
        const int rows = page.model()->rowCount();
        QVERIFY(rows > 0 && rows < m_server.size());
        QVERIFY2(page.messageText().contains(u"Loading stopped"_s), qPrintable(page.messageText()));
        // Nothing follows a stop: the loader is idle with nothing queued.
        QVERIFY(!page.isLoading());
        QCoreApplication::processEvents();
        QCOMPARE(page.model()->rowCount(), rows);
    }

private:
    test::GuiTestHarness m_harness;
    AppLanguage m_english;
    QTemporaryDir m_workspaceDir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DraftStore> m_drafts;
    QList<wire::AccountDevice> m_server;
    std::pair<QString, QString> m_common;
    std::pair<QString, QString> m_rare;
};

QTEST_MAIN(AccountDevicesPageTest)
#include "AccountDevicesPageTest.moc"
