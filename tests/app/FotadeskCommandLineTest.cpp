// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of `fotadesk`'s command line: the built program run with QProcess, with no
// display at all (as on a terminal over ssh, or a package check).

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs fotadesk with `args` where there is no X display (DISPLAY and WAYLAND_DISPLAY unset,
/// the xcb platform asked for, as on a desktop that is not there).
Run runWithoutDisplay(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("FOTADESK_BIN_DIR") + u"/fotadesk"_s, args);
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class FotadeskCommandLineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--help") << u"--help"_s;
        QTest::newRow("-h") << u"-h"_s;
        QTest::newRow("--help-all") << u"--help-all"_s;
    }
    void helpWithoutDisplay()
    {
        QFETCH(QString, option);
        const Run r = runWithoutDisplay({option});
        QVERIFY2(r.exitCode == 0, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.out.contains(u"Usage:"_s), qPrintable(r.out));
        for (const auto& o : {u"--demo"_s, u"--production"_s, u"--base-url"_s, u"--language"_s})
            QVERIFY2(r.out.contains(o), qPrintable(o));
    }

    void versionWithoutDisplay()
    {
        for (const auto& option : {u"--version"_s, u"-v"_s}) {
            const Run r = runWithoutDisplay({option});
            QVERIFY2(r.exitCode == 0, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
            // The GNU layout (help2man makes the man page's COPYRIGHT section from it).
            QVERIFY2(r.out.startsWith(u"fotadesk " FOTADESK_VERSION " (Qt "_s), qPrintable(r.out));
            QVERIFY2(r.out.contains(u"License GPL-3.0-or-later"_s), qPrintable(r.out));
            QVERIFY2(r.out.contains(u"There is NO WARRANTY"_s), qPrintable(r.out));
        }
    }
};

QTEST_GUILESS_MAIN(FotadeskCommandLineTest)
#include "FotadeskCommandLineTest.moc"
