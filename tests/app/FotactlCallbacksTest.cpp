// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl callbacks show | set | delete against a real fotasim on 127.0.0.1, and what fotasim
// then POSTs to the registered URL: a listener of the test's own on loopback receives the
// campaign and device status changes, and what it received agrees with fotasim's reports and
// its /admin/stats (issue 21).

#include "support/CallbackListener.h"
#include "support/FotaSimProcess.h"
#include "support/FotactlProcess.h"
#include "support/HttpTestClient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString Account = u"0000123456-00001"_s;

using Run = FotactlRun;

} // namespace

class FotactlCallbacksTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_admin;
    QTemporaryDir m_workspace;

    Run fotactl(QStringList args)
    {
        args << u"--base-url"_s << m_sim->baseUrl() << u"--account"_s << Account;
        return runFotactl(args, fotactlEnvironment(m_workspace.filePath(u"ws.sqlite"_s)), 120000);
    }

    /// What fotasim holds: the registered URL, or empty when it says none is.
    QString registeredUrl()
    {
        const HttpResult r = m_admin->get(u"/fota/v3/callbacks/%1"_s.arg(Account));
        return r.status == 200 ? r.object().value(u"url"_s).toString() : QString();
    }

    qint64 callbackStat(const QString& name)
    {
        return static_cast<qint64>(m_admin->adminGet(u"/admin/stats"_s)
                                       .object()
                                       .value(u"callbacks"_s)
                                       .toObject()
                                       .value(name)
                                       .toDouble(-1));
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<FotaSimProcess>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_admin = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        QVERIFY(m_admin->authenticate());
    }

    void cleanup()
    {
        m_admin.reset();
        m_sim.reset();
    }

    void showSetDelete()
    {
        Run r = fotactl({u"callbacks"_s, u"show"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("No callback URL is registered."), qPrintable(r.describe()));
        r = fotactl({u"callbacks"_s, u"show"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), QJsonObject({{u"url"_s, QJsonValue()}}));

        // Refused before anything is sent, with what to write instead.
        r = fotactl({u"callbacks"_s, u"set"_s, u"hooks.example.com/fota"_s});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("is not an absolute http or https URL"), qPrintable(r.describe()));
        r = fotactl({u"callbacks"_s, u"set"_s, u"https://bob:pw@hooks.example.com/fota"_s});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("must not contain a user name or password"),
                 qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("pw@"), qPrintable(r.describe()));
        QCOMPARE(registeredUrl(), QString());

        const QString url = u"http://127.0.0.1:9/fota-callback"_s;
        r = fotactl({u"callbacks"_s, u"set"_s, url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(url.toUtf8()), qPrintable(r.describe()));
        QCOMPARE(registeredUrl(), url); // fotasim holds it
        r = fotactl({u"callbacks"_s, u"show"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"url"_s).toString(), url);

        r = fotactl({u"callbacks"_s, u"delete"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(registeredUrl(), QString());
        r = fotactl({u"callbacks"_s, u"show"_s});
        QVERIFY2(r.out.contains("No callback URL is registered."), qPrintable(r.describe()));
        // Deleting what is not there is not an error either.
        r = fotactl({u"callbacks"_s, u"delete"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void statusChangesArePostedToTheUrl()
    {
        CallbackListener listener;
        QVERIFY(listener.isListening());
        QVERIFY(m_admin->freezeClock());
        const Run r = fotactl({u"callbacks"_s, u"set"_s, listener.url()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // A campaign created after the URL was registered announces itself.
        QString failure;
        const QString id = m_admin->syntheticCampaign(24, 0.25, &failure);
        QVERIFY2(!id.isEmpty(), qPrintable(failure));
        const auto campaignEvents = [&listener, &id] {
            QList<QJsonObject> list;
            for (const QJsonObject& e : listener.events())
                if (e.value(u"type"_s) == u"CampaignStatus"_s && e.value(u"campaignId"_s) == id)
                    list << e;
            return list;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!campaignEvents().isEmpty(), 20000);
        QVERIFY(campaignEvents().first().value(u"previousStatus"_s).isNull());
        QCOMPARE(listener.bodies().first().value(u"source"_s).toString(), u"fotasim"_s);
        QCOMPARE(listener.bodies().first().value(u"accountName"_s).toString(), Account);
        QVERIFY2(listener.heads().first().toLower().contains("content-type: application/json"),
                 listener.heads().first().constData());

        // Time passes until the campaign has ended: every device's last posted status is the
        // one fotasim's report gives, and the campaign's is its final status.
        QVERIFY(m_admin->advanceClockToDays(12, 6));
        const QList<QJsonObject> report = m_admin->deviceReport(Account, id);
        QCOMPARE(report.size(), 24);
        const QString final = m_admin->get(u"/fota/v3/campaigns/%1/%2"_s.arg(Account, id))
                                  .object()
                                  .value(u"status"_s)
                                  .toString();
        QCOMPARE(final, u"CampaignEnded"_s);
        const auto lastDeviceStatus = [&listener, &id] {
            QHash<QString, QString> last;
            for (const QJsonObject& e : listener.events())
                if (e.value(u"type"_s) == u"DeviceStatus"_s && e.value(u"campaignId"_s) == id)
                    last.insert(e.value(u"deviceId"_s).toString(), e.value(u"status"_s).toString());
            return last;
        };
        QTRY_VERIFY_WITH_TIMEOUT(campaignEvents().last().value(u"status"_s).toString() == final,
                                 20000);
        QTRY_COMPARE_WITH_TIMEOUT(lastDeviceStatus().size(), 24, 20000);
        int failed = 0;
        const QHash<QString, QString> last = lastDeviceStatus();
        for (const QJsonObject& d : report) {
            const QString device = d.value(u"deviceId"_s).toString();
            QCOMPARE(last.value(device), d.value(u"status"_s).toString());
            if (d.value(u"status"_s) == u"UpgradeFailed"_s)
                ++failed;
        }
        QVERIFY2(failed > 0, "a quarter of the devices fail: their failures are posted too");
        for (const QJsonObject& e : listener.events())
            if (e.value(u"status"_s) == u"UpgradeFailed"_s)
                QVERIFY2(!e.value(u"reason"_s).toString().isEmpty(), "a failure says why");

        // fotasim counts exactly what the listener received.
        QTRY_COMPARE_WITH_TIMEOUT(callbackStat(u"delivered"_s), qint64(listener.bodies().size()),
                                  10000);
        QCOMPARE(callbackStat(u"events"_s), qint64(listener.events().size()));
        QCOMPARE(callbackStat(u"failed"_s), qint64(0));
    }

    void onlyLoopbackIsCalled()
    {
        // The URL is kept (the service would accept it), but fotasim calls no other host.
        const Run r = fotactl({u"callbacks"_s, u"set"_s, u"https://hooks.example.com/fota"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(registeredUrl(), u"https://hooks.example.com/fota"_s);
        QTRY_COMPARE_WITH_TIMEOUT(callbackStat(u"notLoopback"_s), qint64(1), 10000);
        QVERIFY(m_admin->syntheticCampaign(5, 0.0).size() > 0);
        QVERIFY(m_admin->advanceClockToDays(3, 6));
        QCOMPARE(callbackStat(u"delivered"_s), qint64(0));
        QCOMPARE(callbackStat(u"failed"_s), qint64(0));
    }
};

QTEST_GUILESS_MAIN(FotactlCallbacksTest)
#include "FotactlCallbacksTest.moc"
