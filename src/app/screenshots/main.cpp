// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotadesk-screenshots DIR [--language CODE]: the desktop app (DesktopApp, as fotadesk builds
// it) on the embedded demo backend, driven through every workbench screen by ScreenshotDriver,
// a PNG of each saved into DIR. Documentation tooling: scripts/screenshots.sh runs it under
// Xvfb; it is not installed.

#include "ScreenshotDriver.h"
#include "api/Environment.h"
#include "api/FotaClient.h"
#include "api/InMemoryCredentialSource.h"
#include "core/Clock.h"
#include "gui/common/Icons.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "gui/shell/AppLanguage.h"
#include "gui/shell/DesktopApp.h"
#include "sim/EmbeddedSimulator.h"
#include "store/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "fotadesk-screenshots: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"FotaDesk"_s);
    QCoreApplication::setOrganizationName(u"FotaDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FOTADESK_VERSION));
    QApplication::setWindowIcon(fotadesk::Icons::get(u"fotadesk"_s)); // no icon plugins loaded
    fotadesk::AppLanguage language;
    language.install(fotadesk::AppLanguage::requested(QApplication::arguments(), {}));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Drive FotaDesk on its embedded demo backend through every workbench screen and save a "
        "PNG of each into <dir> (scripts/screenshots.sh runs it under Xvfb).\n"
        "FOTADESK_SCREENSHOT_SIZE=WxH: the window at another size (default 1280x800)."_s);
    parser.addHelpOption();
    parser.addOption({u"language"_s, u"The user-interface language: en, de or es."_s, u"code"_s});
    parser.addPositionalArgument(u"dir"_s, u"Where the PNGs go."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        return fail(
            u"give the folder the PNGs go to, e.g. fotadesk-screenshots docs/screenshots"_s);

    fotadesk::DesktopApp::Options options;
    fotadesk::ScriptedMessageSeam scripted;
    options.messages = &scripted;
    options.siteZone = QTimeZone("Europe/Berlin");
    options.rememberWindowState = false;
    const QStringList size =
        qEnvironmentVariable("FOTADESK_SCREENSHOT_SIZE", u"1280x800"_s).split(u'x');
    options.fixedSize = size.size() == 2 ? QSize(size[0].toInt(), size[1].toInt()) : QSize();
    if (!options.fixedSize.isValid() || options.fixedSize.width() < 640)
        return fail(u"FOTADESK_SCREENSHOT_SIZE must be WIDTHxHEIGHT, e.g. 1024x640."_s);

    fotadesk::sim::EmbeddedSimulator simulator;
    QString error;
    if (!simulator.start(&error))
        return fail(u"the embedded demo backend did not start: "_s + error);
    fotadesk::InMemoryCredentialSource credentials;
    credentials.setCredentials({u"demo-client"_s, u"demo-secret"_s, u"demo"_s, u"demo"_s});
    const auto environment =
        fotadesk::Environment::demo(QUrl(simulator.baseUrl()), u"0000123456-00001"_s);

    int rc = 0;
    {
        QNetworkAccessManager network;
        fotadesk::FotaClient client(&network, environment, &credentials, fotadesk::Clock::system());
        // Throw-away settings: the table's defaults, whatever the user's FotaDesk.conf says
        // (and the driver's changes, e.g. the batch size, do not reach it).
        QTemporaryDir scratch;
        fotadesk::AppSettings settings(scratch.filePath(u"settings.ini"_s));
        fotadesk::DesktopApp desktop(client, settings, options);
        desktop.show();
        fotadesk::ScreenshotDriver driver(desktop.window(), desktop.context(), scripted,
                                          parser.positionalArguments().constFirst());
        QObject::connect(&driver, &fotadesk::ScreenshotDriver::finished, &app,
                         [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        driver.start();
        rc = QApplication::exec();
    }
    credentials.clear();
    simulator.stop();
    return rc;
}
