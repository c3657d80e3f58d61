// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Last-used folders: every open dialog starts where the last file was opened
// from, every save dialog where the last file was written (AppSettings'
// LastImportFolder / LastExportFolder, so across restarts); device lists
// opened go to the recent files; questions pass through unchanged.

#include "gui/common/FolderMemorySeam.h"

#include "gui/common/ScriptedMessageSeam.h"
#include "gui/shell/RecentFiles.h"
#include "store/AppSettings.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::TestFiles;

namespace {

/// A file dialog stand-in: records the start location, answers the queued file.
struct FakeDialog
{
    QStringList starts;
    QStringList answers;
    FolderMemorySeam::Chooser chooser()
    {
        return [this](QWidget*, const QString&, const QString& start, const QString&) {
            starts.append(start);
            return answers.isEmpty() ? QString() : answers.takeFirst();
        };
    }
};

} // namespace

class FolderMemorySeamTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openStartsInTheLastImportFolder_data()
    {
        QTest::addColumn<QString>("chosen"); // relative to the test dir ("" = cancel)
        QTest::addColumn<bool>("recent");    // listed as a recent device list
        QTest::newRow("csv") << u"lists/devices.csv"_s << true;
        QTest::newRow("txt") << u"lists/scan.TXT"_s << true;
        QTest::newRow("tsv") << u"lists/export.tsv"_s << true;
        QTest::newRow("a CA file is no device list") << u"lists/proxy-ca.pem"_s << false;
        QTest::newRow("cancelled") << QString() << false;
    }

    void openStartsInTheLastImportFolder()
    {
        QFETCH(QString, chosen);
        QFETCH(bool, recent);
        TestFiles files;
        QDir(files.path({})).mkpath(u"lists"_s);
        QSettings qs(files.path(u"s.ini"_s), QSettings::IniFormat);
        AppSettings settings(&qs);
        ScriptedMessageSeam inner;
        RecentFiles recentFiles(settings);
        FakeDialog open;
        FolderMemorySeam seam(inner, settings, open.chooser(), FakeDialog().chooser());
        seam.setRecentFiles(&recentFiles);

        const QString path = chosen.isEmpty() ? QString() : files.write(chosen, "x\n");
        open.answers << path << QString();
        QCOMPARE(seam.openFileName(nullptr, u"Import devices"_s, u"*.csv"_s), path);
        QCOMPARE(open.starts.value(0), QDir::homePath()); // nothing remembered yet
        QCOMPARE(recentFiles.files().size(), recent ? 1 : 0);

        // The next dialog, also after a restart (a new seam over the same settings).
        AppSettings restarted(&qs);
        FolderMemorySeam again(inner, restarted, open.chooser(), FakeDialog().chooser());
        again.openFileName(nullptr, u"Import devices"_s, u"*.csv"_s);
        QCOMPARE(open.starts.value(1),
                 chosen.isEmpty() ? QDir::homePath() : files.path(u"lists"_s));
        QVERIFY(inner.records().isEmpty()); // the wrapped seam shows no file dialog
    }

    void saveProposesTheNameInTheLastExportFolder()
    {
        TestFiles files;
        QDir(files.path({})).mkpath(u"reports"_s);
        QSettings qs(files.path(u"s.ini"_s), QSettings::IniFormat);
        AppSettings settings(&qs);
        ScriptedMessageSeam inner;
        FakeDialog save;
        FolderMemorySeam seam(inner, settings, FakeDialog().chooser(), save.chooser());

        const QString first = files.path(u"reports/campaign-1.csv"_s);
        save.answers << first;
        QCOMPARE(seam.saveFileName(nullptr, u"Export"_s, u"campaign-1.csv"_s, u"*.csv"_s), first);
        QCOMPARE(save.starts.value(0), QDir(QDir::homePath()).filePath(u"campaign-1.csv"_s));
        QCOMPARE(settings.lastExportFolder(), files.path(u"reports"_s));

        save.answers << QString(); // cancelled: the folder stays
        seam.saveFileName(nullptr, u"Export"_s, u"report.pdf"_s, u"*.pdf"_s);
        QCOMPARE(save.starts.value(1), files.path(u"reports/report.pdf"_s));
        QCOMPARE(settings.lastExportFolder(), files.path(u"reports"_s));

        // A full path chosen by the caller is kept as it is; the import folder is separate.
        seam.saveFileName(nullptr, u"Export"_s, u"/tmp/x.csv"_s, u"*.csv"_s);
        QCOMPARE(save.starts.value(2), u"/tmp/x.csv"_s);
        QVERIFY(settings.lastImportFolder().isEmpty());
    }

    void goneFolderFallsBackToHome()
    {
        TestFiles files;
        QSettings qs(files.path(u"s.ini"_s), QSettings::IniFormat);
        AppSettings settings(&qs);
        settings.setLastImportFolder(files.path(u"does-not-exist"_s));
        ScriptedMessageSeam inner;
        FolderMemorySeam seam(inner, settings);
        QCOMPARE(seam.openFolder(), QDir::homePath());
    }

    void questionsPassThrough()
    {
        TestFiles files;
        QSettings qs(files.path(u"s.ini"_s), QSettings::IniFormat);
        AppSettings settings(&qs);
        ScriptedMessageSeam inner;
        inner.confirmAnswers << true;
        inner.textAnswers << u"typed"_s;
        FolderMemorySeam seam(inner, settings);
        QVERIFY(seam.confirm(nullptr, u"Cancel?"_s, u"Really?"_s, u"Cancel campaign"_s));
        bool ok = false;
        QCOMPARE(seam.text(nullptr, u"Id"_s, u"Id:"_s, {}, &ok), u"typed"_s);
        QVERIFY(ok);
        seam.message(nullptr, MessageSeam::Severity::Warning, u"Careful"_s, u"text"_s);
        QCOMPARE(inner.kinds(), (QStringList{u"confirm"_s, u"text"_s, u"warning"_s}));
    }
};

QTEST_MAIN(FolderMemorySeamTest)
#include "FolderMemorySeamTest.moc"
