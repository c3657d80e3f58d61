// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `--version` of fotactl and fotasim, the built programs run with QProcess: the version, the
// licence (GPL-3.0-or-later) and the absence of warranty, as fotadesk's (FotadeskCommandLineTest)
// and the About dialog say it (issue 21).

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class ProgramVersionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionStatesTheLicence_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("option");
        QTest::newRow("fotactl --version") << u"fotactl"_s << u"--version"_s;
        QTest::newRow("fotactl -v") << u"fotactl"_s << u"-v"_s;
        QTest::newRow("fotasim --version") << u"fotasim"_s << u"--version"_s;
        QTest::newRow("fotasim -v") << u"fotasim"_s << u"-v"_s;
    }

    void versionStatesTheLicence()
    {
        QFETCH(QString, program);
        QFETCH(QString, option);
        QProcess p;
        p.start(qEnvironmentVariable("FOTADESK_BIN_DIR") + u'/' + program, {option});
        QVERIFY2(p.waitForFinished(30000), qPrintable(program + u" did not finish"_s));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.startsWith(program + u" " FOTADESK_VERSION " (Qt "_s), qPrintable(out));
        QVERIFY2(out.contains(u"Copyright (C) 2026 The FotaDesk authors"_s), qPrintable(out));
        QVERIFY2(out.contains(u"License GPL-3.0-or-later"_s), qPrintable(out));
        QVERIFY2(out.contains(u"There is NO WARRANTY"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(ProgramVersionTest)
#include "ProgramVersionTest.moc"
