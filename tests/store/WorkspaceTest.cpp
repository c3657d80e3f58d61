// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/Workspace.h"

#include "core/Clock.h"
#include "support/TmpfsMount.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <latch>
#include <memory>
#include <sys/mount.h>
#include <vector>

using fotadesk::ManualClock;
using fotadesk::Workspace;
using namespace Qt::StringLiterals;

namespace {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int countRows(const Workspace& ws, const QString& table)
{
    QSqlQuery q(ws.database());
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList tables(const Workspace& ws)
{
    QSqlQuery q(ws.database());
    QStringList names;
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    while (q.next())
        names << q.value(0).toString();
    return names;
}

/// A workspace with `rows` audit entries at `path`, closed cleanly (no WAL left).
bool makeWorkspace(const QString& path, int rows)
{
    ManualClock clock(fixedNow());
    Workspace ws(path, clock);
    if (!ws.open().persistent())
        return false;
    QSqlQuery q(ws.database());
    for (int i = 0; i < rows; ++i) {
        if (!q.exec(u"INSERT INTO audit_log (started_ms, operation, summary)"
                    " VALUES (1, 'create', 'entry %1')"_s.arg(i)))
            return false;
    }
    return true;
}

QStringList movedAside(const QString& dir)
{
    return QDir(dir).entryList({u"*.corrupt-*"_s}, QDir::Files | QDir::Dirs | QDir::Hidden);
}

/// `source` seen read-only at `view` (bind mount, then remount read-only); empty or the error.
QString bindReadOnly(const QString& source, const QString& view)
{
    const QByteArray from = QFile::encodeName(source);
    const QByteArray to = QFile::encodeName(view);
    if (::mount(from.constData(), to.constData(), nullptr, MS_BIND, nullptr) != 0)
        return u"bind mount: "_s + QString::fromLocal8Bit(strerror(errno));
    if (::mount(nullptr, to.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0) {
        const QString error = u"read-only remount: "_s + QString::fromLocal8Bit(strerror(errno));
        ::umount2(to.constData(), MNT_DETACH);
        return error;
    }
    return {};
}

} // namespace

class WorkspaceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsFreshWorkspace();
    void migratesStepByStep_data();
    void migratesStepByStep();
    void failedStepRollsBack();
    void recoversFromUnusableFile_data();
    void recoversFromUnusableFile();
    void leavesNewerSchemaAlone();
    void runsInMemoryWhenNoFolder();
    void connectionPerThread();
    void manyOpenANewFileAtOnce();
    void defaultPathIsInAppData();
    void fullDiskOpensReadOnlyAndMovesNothing();
    void readOnlyFileSystemOpensReadOnly();
    void unreadableWalLeavesItClosed();
};

void WorkspaceTest::createsFreshWorkspace()
{
    QTemporaryDir dir;
    ManualClock clock(fixedNow());
    Workspace ws(dir.filePath(u"sub/ws.sqlite"_s), clock);
    const auto result = ws.open();
    QCOMPARE(result.status, Workspace::OpenStatus::Created);
    QVERIFY(result.message.isEmpty());
    QCOMPARE(result.fromVersion, 0);
    QCOMPARE(result.toVersion, Workspace::latestVersion());
    QCOMPARE(ws.schemaVersion(), Workspace::latestVersion());
    QCOMPARE(ws.journalMode(), u"wal"_s);
    QCOMPARE(countRows(ws, u"schema_migrations"_s), Workspace::migrations().size());
    const QStringList names = tables(ws);
    for (const QString& t : {u"drafts"_s, u"audit_log"_s, u"pending_creates"_s, u"batch_journal"_s,
                             u"batch_chunk"_s, u"status_snapshots"_s})
        QVERIFY2(names.contains(t), qPrintable(t));
    ws.close();

    // Reopening an up-to-date workspace changes nothing.
    const auto again = ws.open();
    QCOMPARE(again.status, Workspace::OpenStatus::Opened);
    QCOMPARE(again.fromVersion, Workspace::latestVersion());
    QCOMPARE(countRows(ws, u"schema_migrations"_s), Workspace::migrations().size());
}

void WorkspaceTest::migratesStepByStep_data()
{
    QTest::addColumn<int>("startVersion");
    for (int v = 1; v < Workspace::latestVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void WorkspaceTest::migratesStepByStep()
{
    QFETCH(int, startVersion);
    QTemporaryDir dir;
    ManualClock clock(fixedNow());
    const QString path = dir.filePath(u"ws.sqlite"_s);
    {
        Workspace old(path, clock);
        const auto r = old.open(startVersion);
        QCOMPARE(r.toVersion, startVersion);
        QCOMPARE(old.schemaVersion(), startVersion);
        QCOMPARE(tables(old).contains(u"status_snapshots"_s), startVersion >= 4);
        QSqlQuery q(old.database());
        QVERIFY(q.exec(u"INSERT INTO drafts (kind, title, created_ms, updated_ms)"
                       " VALUES ('create-campaign', 'kept across migrations', 1, 2)"_s));
    }
    Workspace ws(path, clock);
    const auto r = ws.open();
    QCOMPARE(r.status, Workspace::OpenStatus::Opened);
    QCOMPARE(r.fromVersion, startVersion);
    QCOMPARE(r.toVersion, Workspace::latestVersion());
    QCOMPARE(countRows(ws, u"schema_migrations"_s), Workspace::migrations().size());
    QVERIFY(tables(ws).contains(u"status_snapshots"_s));
    QSqlQuery q(ws.database());
    // Version 5's column is there, empty for rows journaled before it.
    QVERIFY(q.exec(u"SELECT device_path FROM batch_journal"_s));
    QVERIFY(q.exec(u"SELECT title FROM drafts"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"kept across migrations"_s);
}

void WorkspaceTest::failedStepRollsBack()
{
    QTemporaryDir dir;
    ManualClock clock(fixedNow());
    const QString path = dir.filePath(u"ws.sqlite"_s);
    {
        Workspace ws(path, clock);
        ws.setMigrations({{1, u"one"_s, {u"CREATE TABLE a (x INTEGER)"_s}}});
        QCOMPARE(ws.open().toVersion, 1);
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(u"INSERT INTO a VALUES (42)"_s));
    }
    Workspace ws(path, clock);
    ws.setMigrations({{1, u"one"_s, {u"CREATE TABLE a (x INTEGER)"_s}},
                      {2, u"broken"_s, {u"CREATE TABLE b (y INTEGER)"_s, u"THIS IS NOT SQL"_s}}});
    const auto r = ws.open();
    QCOMPARE(r.status, Workspace::OpenStatus::InMemory);
    QVERIFY2(r.message.contains(u"could not be brought up to date"_s), qPrintable(r.message));
    ws.close();

    // The file was left at version 1 with its data, and without the half-made table.
    Workspace check(path, clock);
    check.setMigrations({{1, u"one"_s, {u"CREATE TABLE a (x INTEGER)"_s}}});
    QCOMPARE(check.open().status, Workspace::OpenStatus::Opened);
    QCOMPARE(check.schemaVersion(), 1);
    QCOMPARE(countRows(check, u"a"_s), 1);
    QVERIFY(!tables(check).contains(u"b"_s));
}

void WorkspaceTest::recoversFromUnusableFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("directory");

    QTest::newRow("text file") << QByteArray("this is not a database\n") << false;
    QByteArray noise(64 * 1024, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) % 251);
    QTest::newRow("random bytes") << noise << false;
    QTest::newRow("a directory") << QByteArray() << true;
    QTest::newRow("damaged pages") << QByteArray("damage") << false; // see below
}

void WorkspaceTest::recoversFromUnusableFile()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, directory);
    QTemporaryDir dir;
    ManualClock clock(fixedNow());
    const QString path = dir.filePath(u"ws.sqlite"_s);

    if (QByteArray(QTest::currentDataTag()) == "damaged pages") {
        // A real workspace whose pages after the header are overwritten.
        {
            Workspace ws(path, clock);
            QVERIFY(ws.open().persistent());
            QSqlQuery q(ws.database());
            for (int i = 0; i < 200; ++i)
                QVERIFY(q.exec(u"INSERT INTO audit_log (started_ms, operation, summary)"
                               " VALUES (1, 'create', '%1')"_s.arg(QString(200, u'x'))));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 8192);
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char(0xA5 ^ (i & 0xff));
        QVERIFY(writeFile(path, bytes));
        content = bytes;
    } else if (directory) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QVERIFY(writeFile(path, content));
    }

    Workspace ws(path, clock);
    const auto r = ws.open();
    QCOMPARE(r.status, Workspace::OpenStatus::Recovered);
    QVERIFY2(r.message.contains(u"was kept as"_s), qPrintable(r.message));
    QCOMPARE(r.movedAsidePath, path + u".corrupt-20260301-120000Z"_s);
    QVERIFY2(r.message.contains(QDir::toNativeSeparators(r.movedAsidePath)), qPrintable(r.message));
    // Nothing lost: the old bytes are where the message says.
    if (directory)
        QVERIFY(QFileInfo(r.movedAsidePath).isDir());
    else
        QCOMPARE(readFile(r.movedAsidePath), content);
    // A fresh, usable workspace took its place.
    QCOMPARE(ws.schemaVersion(), Workspace::latestVersion());
    QCOMPARE(countRows(ws, u"audit_log"_s), 0);
    QSqlQuery q(ws.database());
    QVERIFY(q.exec(u"INSERT INTO drafts (kind, created_ms, updated_ms) VALUES ('x', 1, 1)"_s));
    ws.close();
    QCOMPARE(Workspace(path, clock).open().status, Workspace::OpenStatus::Opened);
}

void WorkspaceTest::leavesNewerSchemaAlone()
{
    QTemporaryDir dir;
    ManualClock clock(fixedNow());
    const QString path = dir.filePath(u"ws.sqlite"_s);
    {
        Workspace ws(path, clock);
        QVERIFY(ws.open().persistent());
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
    }
    const QByteArray before = readFile(path);
    Workspace ws(path, clock);
    const auto r = ws.open();
    QCOMPARE(r.status, Workspace::OpenStatus::InMemory);
    QVERIFY2(r.message.contains(u"newer FotaDesk"_s), qPrintable(r.message));
    QVERIFY(r.movedAsidePath.isEmpty());
    QVERIFY(QFileInfo::exists(path));
    // The in-memory fallback still works for this run.
    QSqlQuery q(ws.database());
    QVERIFY(q.exec(u"INSERT INTO drafts (kind, created_ms, updated_ms) VALUES ('x', 1, 1)"_s));
    QCOMPARE(countRows(ws, u"drafts"_s), 1);
    ws.close();
    Workspace check(path, clock);
    check.setMigrations({{999, u"future"_s, {}}});
    QCOMPARE(check.open().status, Workspace::OpenStatus::Opened);
    QCOMPARE(check.schemaVersion(), 999);
    QVERIFY(before.size() > 0);
}

void WorkspaceTest::runsInMemoryWhenNoFolder()
{
    QTemporaryDir dir;
    ManualClock clock(fixedNow());
    // A file where the folder should be: the folder cannot be created.
    const QString blocker = dir.filePath(u"blocker"_s);
    QVERIFY(writeFile(blocker, "x"));
    Workspace ws(blocker + u"/ws.sqlite"_s, clock);
    const auto r = ws.open();
    QCOMPARE(r.status, Workspace::OpenStatus::InMemory);
    QVERIFY(!r.persistent());
    QVERIFY2(r.message.contains(u"cannot be stored"_s), qPrintable(r.message));
    QCOMPARE(ws.schemaVersion(), Workspace::latestVersion());
    QCOMPARE(countRows(ws, u"drafts"_s), 0);
}

void WorkspaceTest::connectionPerThread()
{
    QTemporaryDir dir;
    ManualClock clock(fixedNow());
    Workspace ws(dir.filePath(u"ws.sqlite"_s), clock);
    QVERIFY(ws.open().persistent());
    const QString mainName = ws.database().connectionName();

    QString workerName;
    int workerRows = -1;
    QThread* worker = QThread::create([&] {
        QSqlDatabase db = ws.database();
        workerName = db.connectionName();
        QSqlQuery q(db);
        for (int i = 0; i < 50; ++i)
            q.exec(u"INSERT INTO drafts (kind, created_ms, updated_ms) VALUES ('t', 1, 1)"_s);
        q.exec(u"SELECT count(*) FROM drafts"_s);
        if (q.next())
            workerRows = q.value(0).toInt();
    });
    worker->start();
    QVERIFY(worker->wait(60000));
    delete worker;
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    QCOMPARE(workerRows, 50);
    // The worker's connection went away with its thread; the main one still works.
    QVERIFY(!QSqlDatabase::contains(workerName));
    QCOMPARE(countRows(ws, u"drafts"_s), 50);
    ws.close();
    QVERIFY(!QSqlDatabase::contains(mainName));
}

void WorkspaceTest::manyOpenANewFileAtOnce()
{
    // fotactl from cron and FotaDesk opening the same new workspace at the same moment: the
    // switch to WAL needs the file alone for an instant, and SQLite then answers "database
    // is locked" at once instead of waiting. Every opener must still get the file.
    constexpr int kOpeners = 6;
    constexpr int kRounds = 60;
    QTemporaryDir dir;
    QStringList failures;
    QMutex failuresMutex;
    for (int round = 0; round < kRounds && failures.isEmpty(); ++round) {
        const QString path = dir.filePath(u"ws-%1.sqlite"_s.arg(round));
        std::latch start(kOpeners);
        // QThreads, as in the app: a workspace connection is dropped when its thread finishes.
        std::vector<std::unique_ptr<QThread>> openers;
        for (int i = 0; i < kOpeners; ++i) {
            openers.emplace_back(QThread::create([&] {
                ManualClock clock(fixedNow());
                Workspace ws(path, clock);
                start.arrive_and_wait();
                const Workspace::OpenResult result = ws.open();
                const bool good = result.persistent() && ws.journalMode() == u"wal"_s &&
                                  ws.schemaVersion() == Workspace::latestVersion();
                ws.close();
                if (!good) {
                    QMutexLocker lock(&failuresMutex);
                    failures << result.message;
                }
            }));
            openers.back()->start();
        }
        for (const auto& t : openers)
            QVERIFY(t->wait(60000));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void WorkspaceTest::defaultPathIsInAppData()
{
    // The same file for every FotaDesk program (fotadesk, fotactl), whatever its name.
    QCoreApplication::setOrganizationName(u"FotaDesk"_s);
    QCoreApplication::setApplicationName(u"fotactl"_s);
    const QString path = Workspace::defaultPath();
    QCoreApplication::setApplicationName(u"FotaDesk"_s);
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                 u"/workspace.sqlite"_s,
             path);
    qputenv("FOTADESK_WORKSPACE", "/tmp/elsewhere.sqlite");
    QCOMPARE(Workspace::defaultPath(), u"/tmp/elsewhere.sqlite"_s);
    qunsetenv("FOTADESK_WORKSPACE");
}

void WorkspaceTest::fullDiskOpensReadOnlyAndMovesNothing()
{
    fotadesk::test::TmpfsMount disk(4 * 1024 * 1024);
    QVERIFY2(disk.ok(), qPrintable(disk.error()));
    const QString path = disk.path() + u"/ws.sqlite"_s;
    QVERIFY(makeWorkspace(path, 6));
    const QByteArray before = readFile(path);
    QVERIFY2(disk.fillLeaving(0), qPrintable(disk.error()));

    ManualClock clock(fixedNow());
    {
        Workspace ws(path, clock);
        const auto r = ws.open();
        // An I/O error is not damage: read-only, the cause named, nothing moved.
        QCOMPARE(r.status, Workspace::OpenStatus::ReadOnly);
        QVERIFY(!r.persistent());
        QVERIFY(!ws.writable());
        QVERIFY2(r.message.contains(QDir::toNativeSeparators(path)), qPrintable(r.message));
        QVERIFY2(r.message.contains(u"disk is full"_s), qPrintable(r.message));
        QVERIFY2(r.message.contains(u"Nothing was moved"_s), qPrintable(r.message));
        QVERIFY(r.movedAsidePath.isEmpty());
        QCOMPARE(countRows(ws, u"audit_log"_s), 6); // the real entries, not a stand-in
        QSqlQuery q(ws.database());
        QVERIFY(!q.exec(u"INSERT INTO drafts (kind, created_ms, updated_ms) VALUES ('x', 1, 1)"_s));
        QVERIFY2(ws.notWritableReason().contains(u"read-only"_s),
                 qPrintable(ws.notWritableReason()));
    }
    QVERIFY(movedAside(disk.path()).isEmpty());
    QCOMPARE(readFile(path), before);

    // Space freed: the same file opens for writing, with everything in it.
    QVERIFY(QFile::remove(disk.path() + u"/.fill"_s));
    Workspace ws(path, clock);
    QCOMPARE(ws.open().status, Workspace::OpenStatus::Opened);
    QVERIFY(ws.writable());
    QCOMPARE(countRows(ws, u"audit_log"_s), 6);
}

void WorkspaceTest::readOnlyFileSystemOpensReadOnly()
{
    QTemporaryDir dir;
    QTemporaryDir view;
    QVERIFY(makeWorkspace(dir.filePath(u"ws.sqlite"_s), 3));
    const QString mounted = bindReadOnly(dir.path(), view.path());
    QVERIFY2(mounted.isEmpty(), qPrintable(mounted));
    const auto unmount =
        qScopeGuard([&] { ::umount2(QFile::encodeName(view.path()).constData(), MNT_DETACH); });
    ManualClock clock(fixedNow());
    Workspace ws(view.filePath(u"ws.sqlite"_s), clock);
    const auto r = ws.open();
    QCOMPARE(r.status, Workspace::OpenStatus::ReadOnly);
    QVERIFY2(r.message.contains(u"file system is read-only"_s), qPrintable(r.message));
    QCOMPARE(countRows(ws, u"audit_log"_s), 3);
    QCOMPARE(ws.schemaVersion(), Workspace::latestVersion());
    QVERIFY(movedAside(dir.path()).isEmpty());
}

void WorkspaceTest::unreadableWalLeavesItClosed()
{
    // Committed rows still in the WAL, on a read-only file system: neither a normal nor a
    // read-only connection can read them (no -shm can be made), and reading the main file
    // alone would miss them. The workspace stays closed; nothing is moved.
    QTemporaryDir dir;
    QTemporaryDir copy;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    QVERIFY(makeWorkspace(path, 2));
    ManualClock clock(fixedNow());
    {
        Workspace ws(path, clock);
        QVERIFY(ws.open().persistent());
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        QVERIFY(q.exec(u"INSERT INTO audit_log (started_ms, operation) VALUES (2, 'cancel')"_s));
        // A copy taken while the WAL holds that row (as after a crash).
        for (const QString& suffix : {QString(), u"-wal"_s})
            QVERIFY(QFile::copy(path + suffix, copy.filePath(u"ws.sqlite"_s + suffix)));
    }
    QVERIFY(QFileInfo(copy.filePath(u"ws.sqlite-wal"_s)).size() > 0);
    QTemporaryDir view;
    const QString mounted = bindReadOnly(copy.path(), view.path());
    QVERIFY2(mounted.isEmpty(), qPrintable(mounted));
    const auto unmount =
        qScopeGuard([&] { ::umount2(QFile::encodeName(view.path()).constData(), MNT_DETACH); });
    Workspace ws(view.filePath(u"ws.sqlite"_s), clock);
    const auto r = ws.open();
    QCOMPARE(r.status, Workspace::OpenStatus::Unavailable);
    QVERIFY(!ws.isOpen());
    QVERIFY(!ws.database().isValid());
    QVERIFY2(r.message.contains(u"cannot be opened"_s) &&
                 r.message.contains(u"file system is read-only"_s) &&
                 r.message.contains(u"nothing was moved"_s),
             qPrintable(r.message));
    QVERIFY(movedAside(copy.path()).isEmpty());
    QVERIFY(QFileInfo::exists(copy.filePath(u"ws.sqlite-wal"_s)));
}

QTEST_GUILESS_MAIN(WorkspaceTest)
#include "WorkspaceTest.moc"
