// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The settings as fotadesk wires them (DesktopApp): the site time zone from the settings at
// start, the request timeout and the overview's refresh at once after the Settings dialog's OK.

#include "api/FotaClient.h"
#include "gui/GuiTestHarness.h"
#include "gui/overview/OverviewLoader.h"
#include "gui/overview/OverviewPage.h"
#include "gui/shell/DesktopApp.h"
#include "gui/shell/MainWindow.h"
#include "store/AppSettings.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

class DesktopAppSettingsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void siteZoneComesFromTheSettings_data();
    void siteZoneComesFromTheSettings();
    void changesApplyAtOnce();
};

namespace {

DesktopApp::Options optionsIn(const QTemporaryDir& dir, MessageSeam* messages)
{
    DesktopApp::Options o;
    o.messages = messages;
    o.rememberWindowState = false;
    o.workspacePath = dir.filePath(u"workspace.sqlite"_s);
    return o;
}

} // namespace

void DesktopAppSettingsTest::siteZoneComesFromTheSettings_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("a site zone") << u"Asia/Kolkata"_s << QByteArray("Asia/Kolkata");
    QTest::newRow("unset: the system's") << QString() << QTimeZone::systemTimeZoneId();
    QTest::newRow("unknown: the system's") << u"Nowhere/Else"_s << QTimeZone::systemTimeZoneId();
}

void DesktopAppSettingsTest::siteZoneComesFromTheSettings()
{
    QFETCH(QString, stored);
    QFETCH(QByteArray, zone);
    GuiTestHarness h;
    QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
    QTemporaryDir dir;
    h.settings.setValue(AppSettings::Key::SiteTimeZone, stored);
    DesktopApp app(*h.client(), h.settings, optionsIn(dir, &h.messages));
    QCOMPARE(app.context().siteZone.id(), zone);
    QCOMPARE(app.context().settings, &h.settings);

    // An explicit zone (the screenshot driver's) wins over the setting.
    DesktopApp::Options fixed = optionsIn(dir, &h.messages);
    fixed.siteZone = QTimeZone("Europe/Berlin");
    QTemporaryDir other;
    fixed.workspacePath = other.filePath(u"workspace.sqlite"_s);
    DesktopApp berlin(*h.client(), h.settings, fixed);
    QCOMPARE(berlin.context().siteZone.id(), QByteArray("Europe/Berlin"));
}

void DesktopAppSettingsTest::changesApplyAtOnce()
{
    GuiTestHarness h;
    QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
    QTemporaryDir dir;
    h.settings.setValue(AppSettings::Key::RequestTimeoutSeconds, 40);
    DesktopApp app(*h.client(), h.settings, optionsIn(dir, &h.messages));
    QCOMPARE(h.client()->requestTimeoutMs(), 40'000); // at start

    h.settings.setValue(AppSettings::Key::RequestTimeoutSeconds, 7); // the dialog's OK
    QCOMPARE(h.client()->requestTimeoutMs(), 7'000);

    auto* overview = qobject_cast<OverviewPage*>(app.window().page(u"overview"_s));
    QVERIFY(overview);
    h.settings.setValue(AppSettings::Key::RefreshIntervalMinutes, 2);
    QCOMPARE(overview->loader()->intervalMs(), 2 * 60 * 1000);
}

QTEST_MAIN(DesktopAppSettingsTest)
#include "DesktopAppSettingsTest.moc"
