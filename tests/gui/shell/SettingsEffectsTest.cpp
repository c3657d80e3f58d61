// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The settings no page owns take effect at once (SettingsEffects, as DesktopApp wires it): the
// request timeout on the next request to a slow fotasim, the log's size and files kept on the
// next line.

#include "gui/shell/SettingsEffects.h"

#include "api/ApiJob.h"
#include "api/RetryPolicy.h"
#include "gui/GuiTestHarness.h"
#include "store/AppSettings.h"
#include "store/LogFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcTest, "fotadesk.test")

/// Lists firmware (one request); the job, finished, or null when it did not finish in time.
ApiJob* listFirmware(FotaClient& client)
{
    ApiJob* job = client.firmwareList();
    job->setAutoDelete(false);
    return GuiTestHarness::wait(job) ? job : nullptr;
}

} // namespace

class SettingsEffectsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestTimeoutAppliesToTheNextRequest();
    void logLimitsApplyToTheNextLine();
};

void SettingsEffectsTest::requestTimeoutAppliesToTheNextRequest()
{
    GuiTestHarness h;
    QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
    FotaClient& client = *h.client();
    client.setRetryPolicy(RetryPolicy::none());
    h.settings.setValue(AppSettings::Key::RequestTimeoutSeconds, 20);
    SettingsEffects effects(h.settings, &client);
    QCOMPARE(client.requestTimeoutMs(), 20'000);          // applied when built (the start)
    std::unique_ptr<ApiJob> signIn(listFirmware(client)); // signed in before the server slows
    QVERIFY(signIn && signIn->succeeded());

    // Answers take 6.5 s: with 20 s the request waits for its answer ...
    QVERIFY(h.setFaults(u"latency=6500"_s));
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<ApiJob> slow(listFirmware(client));
    QVERIFY(slow);
    QVERIFY2(slow->succeeded(), qPrintable(slow->error().message()));
    QVERIFY(clock.elapsed() >= 6000);

    // ... set to 5 s in Settings, the next request gives up after 5 s.
    h.settings.setValue(AppSettings::Key::RequestTimeoutSeconds, 5);
    QCOMPARE(client.requestTimeoutMs(), 5'000);
    clock.restart();
    std::unique_ptr<ApiJob> cut(listFirmware(client));
    QVERIFY(cut);
    QVERIFY(!cut->succeeded());
    QCOMPARE(cut->error().kind(), ApiError::Kind::Timeout);
    QVERIFY2(clock.elapsed() >= 4500 && clock.elapsed() < 6500,
             qPrintable(QString::number(clock.elapsed())));
    QVERIFY(h.setFaults(u"none"_s));
}

void SettingsEffectsTest::logLimitsApplyToTheNextLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    const QString path = dir.filePath(u"logs/app.log"_s);
    LogFile::Options options;
    options.path = path;
    options.maxBytes = settings.logMaxBytes();
    options.keep = settings.logFilesKept();
    options.echo = false;
    QVERIFY(LogFile::install(options));
    SettingsEffects effects(settings, nullptr);

    // 16 KB a file, 2 old files kept: 100 KB of lines leave app.log, .1 and .2, none larger.
    settings.setValue(AppSettings::Key::LogMaxKilobytes, 16);
    settings.setValue(AppSettings::Key::LogFilesKept, 2);
    QCOMPARE(LogFile::options().maxBytes, 16 * 1024);
    QCOMPARE(LogFile::options().keep, 2);
    const QString filler(200, u'x');
    for (int i = 0; i < 500; ++i)
        qCWarning(lcTest) << i << filler;
    for (const QString& name : {u""_s, u".1"_s, u".2"_s}) {
        QVERIFY2(QFileInfo::exists(path + name), qPrintable(name));
        QVERIFY(QFileInfo(path + name).size() <= 16 * 1024);
    }
    QVERIFY(!QFileInfo::exists(path + u".3"_s));

    // One old file kept: .2 goes at once.
    settings.setValue(AppSettings::Key::LogFilesKept, 1);
    QVERIFY(QFileInfo::exists(path + u".1"_s));
    QVERIFY(!QFileInfo::exists(path + u".2"_s));
    LogFile::uninstall();
}

QTEST_MAIN(SettingsEffectsTest)
#include "SettingsEffectsTest.moc"
