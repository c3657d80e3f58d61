// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// StateFile: atomic save, and corrupt files reported, never silently replaced.

#include "sim/StateFile.h"

#include "support/TestFiles.h"
#include "support/TmpfsMount.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using fotadesk::sim::StateFile;
using fotadesk::test::TestFiles;
using fotadesk::test::TmpfsMount;
using namespace Qt::StringLiterals;

class StateFileTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void missingFile();
    void corruptFiles_data();
    void corruptFiles();
    void saveReplacesAtomically();
    void unwritableLocation();
    void fullDiskKeepsThePreviousState();
};

namespace {
QJsonObject payload()
{
    return QJsonObject{{u"state"_s, QJsonObject{{u"n"_s, 1730000000123.0}, {u"s"_s, u"é"_s}}},
                       {u"list"_s, QJsonArray{1, 2, 3}}};
}
} // namespace

void StateFileTest::roundTrip()
{
    TestFiles files;
    const QString path = files.path(u"state.json"_s);
    QString error;
    QVERIFY2(StateFile::save(path, payload(), &error), qPrintable(error));
    const auto loaded = StateFile::load(path);
    QCOMPARE(loaded.status, StateFile::Status::Loaded);
    QCOMPARE(loaded.payload, payload());
}

void StateFileTest::missingFile()
{
    TestFiles files;
    const auto loaded = StateFile::load(files.path(u"none.json"_s));
    QCOMPARE(loaded.status, StateFile::Status::Missing);
}

void StateFileTest::corruptFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("torn (truncated)") << u"truncate"_s << u"corrupt"_s;
    QTest::newRow("edited payload") << u"edit"_s << u"checksum"_s;
    QTest::newRow("another file") << u"foreign"_s << u"not a fotasim state file"_s;
    QTest::newRow("newer version") << u"version"_s << u"version 2"_s;
    QTest::newRow("empty file") << u"empty"_s << u"corrupt"_s;
}

void StateFileTest::corruptFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, mentions);
    TestFiles files;
    const QString path = files.path(u"state.json"_s);
    QVERIFY(StateFile::save(path, payload(), nullptr));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    if (kind == u"truncate"_s) {
        bytes.chop(bytes.size() / 3);
    } else if (kind == u"edit"_s) {
        bytes.replace("[1,2,3]", "[1,2,4]");
    } else if (kind == u"foreign"_s) {
        bytes = R"({"hello": "world"})";
    } else if (kind == u"version"_s) {
        bytes.replace("\"version\":1", "\"version\":2");
    } else {
        bytes.clear();
    }
    files.write(u"state.json"_s, bytes);
    const auto loaded = StateFile::load(path);
    QCOMPARE(loaded.status, StateFile::Status::Corrupt);
    QVERIFY2(loaded.error.contains(mentions), qPrintable(loaded.error));
    QVERIFY2(loaded.error.contains(path), "the message names the file");
    // Reporting does not touch the file.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
}

void StateFileTest::saveReplacesAtomically()
{
    TestFiles files;
    const QString path = files.path(u"state.json"_s);
    QVERIFY(StateFile::save(path, payload(), nullptr));
    QJsonObject second = payload();
    second.insert(u"more"_s, true);
    QVERIFY(StateFile::save(path, second, nullptr));
    QCOMPARE(StateFile::load(path).payload, second);
    // No temporary file is left behind.
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files),
             QStringList{u"state.json"_s});
}

void StateFileTest::unwritableLocation()
{
    TestFiles files;
    QString error;
    QVERIFY(!StateFile::save(files.path(u"no/such/dir/state.json"_s), payload(), &error));
    QVERIFY2(error.contains(u"state.json"_s), qPrintable(error));
}

void StateFileTest::fullDiskKeepsThePreviousState()
{
    TmpfsMount disk(128 * 1024);
    QVERIFY2(disk.ok(), qPrintable(disk.error()));
    const QString path = disk.path() + u"/state.json"_s;
    QVERIFY(StateFile::save(path, payload(), nullptr));
    QVERIFY2(disk.fillLeaving(0), qPrintable(disk.error()));
    QJsonObject bigger = payload();
    bigger.insert(u"devices"_s, QString(64 * 1024, u'x'));
    QString error;
    QVERIFY(!StateFile::save(path, bigger, &error));
    QCOMPARE(error,
             u"Could not write %1: No space left on device. The previous file is unchanged."_s.arg(
                 path));
    QCOMPARE(StateFile::load(path).status, StateFile::Status::Loaded);
    QCOMPARE(StateFile::load(path).payload, payload());
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files), QStringList{u"state.json"_s});
}

QTEST_GUILESS_MAIN(StateFileTest)
#include "StateFileTest.moc"
