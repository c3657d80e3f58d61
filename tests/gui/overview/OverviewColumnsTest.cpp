// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The overview's Devices, Progress and Success columns against a real fotasim process: demo
// campaigns in every status plus a synthetic one half-way through (a clock jump), each figure
// equal to what the campaign's device report on the server holds; "—" until known, never a
// wrong 0; numeric sorting; reads bounded per campaign and in number.

#include "core/StatusGroup.h"
#include "gui/GuiTestHarness.h"
#include "gui/overview/CampaignDeviceSummaryLoader.h"
#include "gui/overview/OverviewLoader.h"
#include "gui/overview/OverviewPage.h"
#include "gui/shell/AppContext.h"
#include "models/CampaignFilterModel.h"
#include "models/CampaignModel.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::FotaSimProcess;
using fotadesk::test::HttpTestClient;

namespace {

constexpr auto kAccount = "0000123456-00001";

struct Rig : test::ClientRig
{
    explicit Rig(const QString& baseUrl)
        : ClientRig(baseUrl)
    {
        context.campaigns = &campaigns;
    }
    CampaignModel campaigns;
};

/// Devices, finished (succeeded, failed, cancelled) and succeeded, as the server's report says.
struct Expected
{
    qint64 devices = 0;
    qint64 finished = 0;
    qint64 succeeded = 0;
};

Expected fromServer(HttpTestClient& http, const QString& id)
{
    Expected e;
    for (const QJsonObject& d : http.deviceReport(QLatin1String(kAccount), id)) {
        ++e.devices;
        switch (StatusClassifier::deviceStatusGroup(d.value(u"status"_s).toString(),
                                                    d.value(u"resultReason"_s).toString())) {
        case StatusGroup::Succeeded:
            ++e.succeeded;
            ++e.finished;
            break;
        case StatusGroup::Failed:
        case StatusGroup::Cancelled:
            ++e.finished;
            break;
        default:
            break;
        }
    }
    return e;
}

QString cell(const CampaignModel& model, const QString& id, int column, int role = Qt::DisplayRole)
{
    return model.index(model.rowOf(id), column).data(role).toString();
}

bool waitLoaded(OverviewPage& page)
{
    QSignalSpy finished(page.loader(), &OverviewLoader::refreshFinished);
    QSignalSpy idle(page.summaryLoader(), &CampaignDeviceSummaryLoader::idle);
    page.refresh();
    if (!finished.wait(60000) || !finished.first().first().toBool())
        return false;
    return idle.count() > 0 || idle.wait(120000);
}

wire::Campaign campaign(const QString& id)
{
    wire::Campaign c;
    c.id = id;
    c.campaignName = id;
    c.status = u"CampaignScheduled"_s;
    return c;
}

} // namespace

class OverviewColumnsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_synthetic;

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<FotaSimProcess>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_http = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        QVERIFY(m_http->authenticate());
        QVERIFY(m_http->freezeClock());
        // A campaign of known size, starting tomorrow, seen three days into its run: some
        // devices succeeded, some failed, some still wait.
        QString failure;
        m_synthetic = m_http->syntheticCampaign(240, 0.25, &failure);
        QVERIFY2(!m_synthetic.isEmpty(), qPrintable(failure));
        QVERIFY(m_http->advanceClockToDays(3, 12));
    }

    void figuresAreWhatTheServerHolds()
    {
        Rig rig(m_sim->baseUrl());
        OverviewPage page(rig.context, &rig.campaigns);
        QVERIFY(waitLoaded(page));
        QVERIFY(rig.campaigns.rowCount() >= 10);
        QVERIFY(rig.campaigns.rowOf(m_synthetic) >= 0);

        const QLocale locale;
        int mixed = 0;
        int noneFinished = 0;
        for (int row = 0; row < rig.campaigns.rowCount(); ++row) {
            const QString id = rig.campaigns.campaignAt(row).id;
            const Expected e = fromServer(*m_http, id);
            const auto s = rig.campaigns.deviceSummary(id);
            QVERIFY2(s.has_value(), qPrintable(id));
            QCOMPARE(s->devices, e.devices);
            QCOMPARE(s->finished, e.finished);
            QCOMPARE(s->succeeded, e.succeeded);
            QCOMPARE(cell(rig.campaigns, id, CampaignModel::DevicesColumn),
                     locale.toString(e.devices));
            const QVariant progress = rig.campaigns.index(row, CampaignModel::ProgressColumn)
                                          .data(CampaignModel::RawValueRole);
            const QVariant success = rig.campaigns.index(row, CampaignModel::SuccessColumn)
                                         .data(CampaignModel::RawValueRole);
            QVERIFY(e.devices > 0);
            QCOMPARE(progress.toDouble(), double(e.finished) / double(e.devices));
            if (e.finished == 0) {
                // No device finished: no rate yet — "—", not "0%".
                ++noneFinished;
                QVERIFY(!success.isValid());
                QCOMPARE(cell(rig.campaigns, id, CampaignModel::SuccessColumn), u"—"_s);
                QCOMPARE(cell(rig.campaigns, id, CampaignModel::ProgressColumn), u"0%"_s);
            } else {
                QCOMPARE(success.toDouble(), double(e.succeeded) / double(e.finished));
                QVERIFY(cell(rig.campaigns, id, CampaignModel::SuccessColumn).endsWith(u'%'));
            }
            if (e.finished == e.devices)
                QCOMPARE(cell(rig.campaigns, id, CampaignModel::ProgressColumn), u"100%"_s);
            if (e.finished > 0 && e.finished < e.devices && e.succeeded < e.finished)
                ++mixed;
        }
        QVERIFY2(mixed >= 1, "a campaign part-way, with successes and failures");
        QVERIFY2(noneFinished >= 1, "a campaign whose devices all wait");

        // The synthetic campaign: 240 devices, part-way.
        const Expected synthetic = fromServer(*m_http, m_synthetic);
        QCOMPARE(synthetic.devices, 240);
        QVERIFY(synthetic.finished > 0 && synthetic.finished < 240);
        // Shown rounded down to a tenth of a percent: 100% only when every device is final.
        const double tenths = std::floor(1000.0 * double(synthetic.finished) / 240.0);
        QCOMPARE(cell(rig.campaigns, m_synthetic, CampaignModel::ProgressColumn),
                 QLocale().toString(tenths / 10.0, 'f', std::fmod(tenths, 10.0) == 0 ? 0 : 1) +
                     u'%');

        // Bounded: never more than maxCampaigns() reports at once.
        QVERIFY(page.summaryLoader()->peakRunning() >= 1);
        QVERIFY(page.summaryLoader()->peakRunning() <= page.summaryLoader()->maxCampaigns());

        // The header says what the figures mean.
        const QString tip =
            rig.campaigns.headerData(CampaignModel::ProgressColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString();
        QVERIFY2(tip.contains(u"final state"_s), qPrintable(tip));
        QVERIFY(
            rig.campaigns.headerData(CampaignModel::SuccessColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(u"succeeded"_s));

        // A second refresh does not read terminal campaigns again.
        const int before =
            m_http->requestCount(u"GET /api/fota/v3/reports/{}/campaigns/{}/devices"_s);
        QVERIFY(waitLoaded(page));
        const int after =
            m_http->requestCount(u"GET /api/fota/v3/reports/{}/campaigns/{}/devices"_s);
        int open = 0;
        for (int row = 0; row < rig.campaigns.rowCount(); ++row)
            open += StatusClassifier::isTerminal(rig.campaigns.campaignAt(row).status) ? 0 : 1;
        QVERIFY2(after - before >= open, qPrintable(u"%1 reads"_s.arg(after - before)));
        QVERIFY2(after - before < before,
                 qPrintable(u"%1 of %2"_s.arg(after - before).arg(before)));
    }

    void tooLongReportShowsCountOnly()
    {
        Rig rig(m_sim->baseUrl());
        OverviewPage page(rig.context, &rig.campaigns);
        page.summaryLoader()->setMaxPages(1); // the 10,000-device demo campaign takes 10
        QVERIFY(waitLoaded(page));
        int tooLong = 0;
        for (int row = 0; row < rig.campaigns.rowCount(); ++row) {
            const QString id = rig.campaigns.campaignAt(row).id;
            const auto s = rig.campaigns.deviceSummary(id);
            QVERIFY(s.has_value());
            if (s->countsKnown)
                continue;
            ++tooLong;
            qint64 total = -1;
            m_http->deviceReport(QLatin1String(kAccount), id, &total);
            QCOMPARE(s->devices, total);
            QCOMPARE(cell(rig.campaigns, id, CampaignModel::ProgressColumn), u"—"_s);
            QCOMPARE(cell(rig.campaigns, id, CampaignModel::SuccessColumn), u"—"_s);
        }
        QVERIFY(tooLong >= 1);
    }

    void unknownIsADashAndSortsLast()
    {
        CampaignModel model;
        model.appendPage({campaign(u"a"_s), campaign(u"b"_s), campaign(u"c"_s), campaign(u"d"_s)});
        for (int c : {CampaignModel::DevicesColumn, CampaignModel::ProgressColumn,
                      CampaignModel::SuccessColumn}) {
            QCOMPARE(model.index(0, c).data().toString(), u"—"_s);
            QVERIFY(!model.index(0, c).data(CampaignModel::RawValueRole).isValid());
        }
        // Numbers sort as numbers (as text "100" < "9"), the unknown after them.
        model.setDeviceSummary(u"a"_s, {100, 50, 10});
        model.setDeviceSummary(u"b"_s, {9, 9, 9});
        model.setDeviceSummary(u"c"_s, {10, 1, 1});
        CampaignFilterModel filter;
        filter.setSourceModel(&model);
        const auto order = [&filter](int column) {
            filter.sort(column, Qt::AscendingOrder);
            QStringList ids;
            for (int r = 0; r < filter.rowCount(); ++r)
                ids << filter.index(r, 0).data(CampaignModel::CampaignIdRole).toString();
            return ids;
        };
        QCOMPARE(order(CampaignModel::DevicesColumn),
                 (QStringList{u"b"_s, u"c"_s, u"a"_s, u"d"_s}));
        // Progress: c 10%, a 50%, b 100%.
        QCOMPARE(order(CampaignModel::ProgressColumn),
                 (QStringList{u"c"_s, u"a"_s, u"b"_s, u"d"_s}));
        // Success: a 20%, c 100% = b 100%.
        QCOMPARE(order(CampaignModel::SuccessColumn).first(), u"a"_s);
        QCOMPARE(order(CampaignModel::SuccessColumn).last(), u"d"_s);
        QCOMPARE(model.index(0, CampaignModel::ProgressColumn).data().toString(), u"50%"_s);
        QCOMPARE(model.index(0, CampaignModel::SuccessColumn).data().toString(), u"20%"_s);

        // A figure survives the campaign's next page (an upsert), and goes with its row.
        model.appendPage({campaign(u"a"_s)});
        QCOMPARE(model.index(model.rowOf(u"a"_s), CampaignModel::DevicesColumn).data().toString(),
                 QLocale().toString(100));
        model.retainOnly({u"b"_s});
        QVERIFY(!model.deviceSummary(u"a"_s).has_value());
    }
};

QTEST_MAIN(OverviewColumnsTest)
#include "OverviewColumnsTest.moc"
