// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Verify firmware" on a campaign page, driven like a user against a fotasim process: the page
// (details + device status, put together as the app does) loads a campaign whose devices
// upgraded, some of which fotasim then moved on to the next release or took off the air
// (VerifyScenario); a click on Verify firmware syncs the successful devices (journaled) and
// the page shows the counts, each device's verdict in the table (kept over a refresh), and the
// handover CSV and PDF carry them.

#include "gui/campaign/FirmwareVerifyBar.h"

#include "gui/GuiTestHarness.h"
#include "gui/campaign/CampaignDetailPage.h"
#include "gui/campaign/CampaignStatusPanel.h"
#include "models/DeviceStatusModel.h"
#include "store/BatchJournal.h"
#include "store/Workspace.h"
#include "support/CsvReadBack.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"
#include "support/VerifyScenario.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using namespace fotadesk::test;

namespace {

const QString kAccount = u"0000123456-00001"_s;

/// The campaign page as the app builds it (DashboardPages): details, and the device status tab.
struct CampaignPage
{
    CampaignPage(AppContext& context, const QString& campaignId)
        : page(context, campaignId)
    {
        panel = new CampaignStatusPanel(context, campaignId, nullptr, nullptr);
        page.addTab(panel, u"Device status"_s);
        QObject::connect(&page, &CampaignDetailPage::campaignLoaded, panel,
                         &CampaignStatusPanel::setCampaign);
        page.resize(1100, 760);
        page.show();
        page.reload();
    }
    CampaignDetailPage page;
    CampaignStatusPanel* panel = nullptr;
};

} // namespace

class FirmwareVerifyBarTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ClientRig> m_rig;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<BatchJournal> m_journal;
    VerifyScenario m_scenario;

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<FotaSimProcess>(QStringList{u"--seed"_s, u"5"_s});
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_http = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        QVERIFY(m_http->authenticate());
        m_scenario = VerifyScenario::create(*m_http, kAccount, 24, 2, 1);
        QVERIFY2(m_scenario.error.isEmpty(), qPrintable(m_scenario.error));
        m_rig = std::make_unique<ClientRig>(m_sim->baseUrl());
        m_ws = std::make_unique<Workspace>(m_dir.filePath(u"ws.sqlite"_s));
        QVERIFY(m_ws->open().persistent());
        m_journal = std::make_unique<BatchJournal>(*m_ws);
        m_rig->context.journal = m_journal.get();
    }

    void clickVerifyAndReadTheCounts()
    {
        CampaignPage p(m_rig->context, m_scenario.campaignId);
        CampaignStatusPanel& panel = *p.panel;
        FirmwareVerifyBar* bar = panel.verifyBar();
        QPushButton* verify = bar->verifyButton();
        QCOMPARE(verify->objectName(), u"verifyFirmwareButton"_s);
        QVERIFY(!verify->isEnabled()); // nothing read yet
        QVERIFY(!verify->toolTip().isEmpty());

        // The user opens the device status tab: the report is read; the campaign is loaded.
        QSignalSpy loaded(&panel, &CampaignStatusPanel::loadFinished);
        p.page.tabWidget()->setCurrentWidget(&panel);
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.first().first().toBool());
        QTRY_VERIFY_WITH_TIMEOUT(p.page.campaign().has_value(), 30000);
        QTRY_VERIFY(verify->isEnabled());
        QTableView* table = panel.table();
        QVERIFY(table->isColumnHidden(DeviceStatusModel::FirmwareCheckColumn));

        QSignalSpy finished(bar, &FirmwareVerifyBar::finished);
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(bar->isRunning() || finished.size() == 1);
        QVERIFY(finished.size() == 1 || finished.wait(60000));
        QVERIFY(!bar->lastError());

        // The counts on the page.
        const FirmwareCheckCounts counts = bar->result()->counts;
        QCOMPARE(counts.verified, m_scenario.verified.size());
        QCOMPARE(counts.mismatch, m_scenario.mismatch.size());
        QCOMPARE(counts.notReported, 1);
        auto* summary = bar->findChild<QLabel*>(u"verifySummaryLabel"_s);
        QVERIFY(summary->isVisible());
        const QString text = summary->text();
        QVERIFY2(text.contains(m_scenario.firmwareTo), qPrintable(text));
        QVERIFY2(text.contains(u"%1 verified"_s.arg(m_scenario.verified.size())), qPrintable(text));
        QVERIFY2(text.contains(u"%1 mismatch"_s.arg(m_scenario.mismatch.size())), qPrintable(text));
        QVERIFY2(text.contains(u"1 not reported yet"_s), qPrintable(text));

        // The table's column, per device, next to the status group.
        QVERIFY(!table->isColumnHidden(DeviceStatusModel::FirmwareCheckColumn));
        const auto nextToTheGroup = [table] {
            const QHeaderView* header = table->horizontalHeader();
            return header->visualIndex(DeviceStatusModel::FirmwareCheckColumn) ==
                   header->visualIndex(DeviceStatusModel::GroupColumn) + 1;
        };
        QVERIFY(nextToTheGroup());
        const auto verdictOf = [&panel](const QString& id) {
            DeviceStatusModel* model = panel.model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->deviceIdAt(row) == id)
                    return model->index(row, DeviceStatusModel::FirmwareCheckColumn)
                        .data()
                        .toString();
            }
            return QString();
        };
        for (const QString& id : std::as_const(m_scenario.mismatch))
            QCOMPARE(verdictOf(id), u"Mismatch: %1"_s.arg(m_scenario.newerFirmware));
        QCOMPARE(verdictOf(m_scenario.unreachable.first()), u"Not reported yet"_s);
        QCOMPARE(verdictOf(m_scenario.verified.first()), u"Verified"_s);

        // Journaled like every device batch.
        const QList<BatchJournal::Entry> journals = m_journal->list();
        QCOMPARE(journals.size(), 1);
        QCOMPARE(journals.first().operation, DeviceBatcher::Operation::SyncFirmware);
        QCOMPARE(journals.first().state, BatchJournal::State::Completed);

        // A refresh of the report keeps the verdicts.
        QSignalSpy reloaded(&panel, &CampaignStatusPanel::loadFinished);
        panel.refresh();
        QVERIFY(reloaded.wait(60000));
        QCOMPARE(verdictOf(m_scenario.unreachable.first()), u"Not reported yet"_s);
        QVERIFY(!table->isColumnHidden(DeviceStatusModel::FirmwareCheckColumn));
        QVERIFY(nextToTheGroup());

        // The handover report carries them.
        const QString csvPath = m_dir.filePath(u"handover.csv"_s);
        QString error;
        QVERIFY2(panel.exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const CsvReadBack back = readCsvBack(csv.readAll());
        QCOMPARE(back.rows.size(), m_scenario.succeeded.size() + 1);
        QCOMPARE(back.rows.first().at(7), u"firmwareCheck"_s);
        for (const QStringList& row : back.rows.mid(1)) {
            if (m_scenario.mismatch.contains(row.at(0)))
                QCOMPARE(row.mid(7), (QStringList{u"mismatch"_s, m_scenario.newerFirmware, {}}));
            else if (m_scenario.unreachable.contains(row.at(0)))
                QCOMPARE(row.mid(7),
                         (QStringList{u"not-reported"_s, {}, u"Device did not respond"_s}));
            else
                QCOMPARE(row.mid(7), (QStringList{u"verified"_s, m_scenario.firmwareTo, {}}));
        }
        QVERIFY2(panel.exportPdf(m_dir.filePath(u"handover.pdf"_s), &error), qPrintable(error));
        QVERIFY(QFile(m_dir.filePath(u"handover.pdf"_s)).size() > 1000);
    }

    void stopEndsTheRunWithTheDevicesNotAsked()
    {
        QVERIFY(m_http->adminPost(u"/admin/faults"_s, {{u"faults"_s, u"latency=2000"_s}}).status ==
                200);
        CampaignPage p(m_rig->context, m_scenario.campaignId);
        CampaignStatusPanel& panel = *p.panel;
        QSignalSpy loaded(&panel, &CampaignStatusPanel::loadFinished);
        p.page.tabWidget()->setCurrentWidget(&panel);
        QVERIFY(loaded.wait(60000));
        FirmwareVerifyBar* bar = panel.verifyBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->verifyButton()->isEnabled(), 30000);
        QSignalSpy finished(bar, &FirmwareVerifyBar::finished);
        QTest::mouseClick(bar->verifyButton(), Qt::LeftButton);
        QVERIFY(bar->stopButton()->isVisible());
        QVERIFY(!bar->verifyButton()->isVisible());
        QTest::mouseClick(bar->stopButton(), Qt::LeftButton);
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QCOMPARE(bar->lastError()->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(bar->result()->counts.notReported, m_scenario.succeeded.size());
        QVERIFY(bar->verifyButton()->isVisible());
        QVERIFY(m_http->adminPost(u"/admin/faults"_s, {{u"faults"_s, u"none"_s}}).status == 200);
    }
};

QTEST_MAIN(FirmwareVerifyBarTest)
#include "FirmwareVerifyBarTest.moc"
