// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/Workspace.h"

#include "core/Clock.h"
#include "store/StoreLog.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

std::atomic<int> g_nextWorkspace{1};

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::Workspace)
};

bool exec(QSqlQuery& query, const QString& sql, QString* error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// SQLite's primary result codes that say the file itself is damaged: everything else (full,
// read-only, I/O, cannot open, busy, permission) is about the disk or the system, not the file.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
/// As long as the connections' busy timeout (QSQLITE_BUSY_TIMEOUT).
constexpr int kBusyWaitMs = 5000;

bool isCorruption(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok && (code == kSqliteCorrupt || code == kSqliteNotADatabase))
        return true;
    const QString text = error.databaseText();
    return text.contains(u"not a database"_s) || text.contains(u"malformed"_s);
}

} // namespace

Workspace::Workspace(QString path)
    : Workspace(std::move(path), Clock::system())
{}

Workspace::Workspace(QString path, const Clock& clock)
    : m_path(std::move(path))
    , m_connectionPrefix(u"fotadesk.workspace.%1."_s.arg(g_nextWorkspace.fetch_add(1)))
    , m_clock(&clock)
    , m_migrations(migrations())
    , m_connections(std::make_shared<Connections>())
{}

Workspace::~Workspace()
{
    close();
}

QString Workspace::dataDirectory()
{
    // FotaDesk's AppDataLocation (organization "FotaDesk", application "FotaDesk"), the same
    // for fotadesk and fotactl whatever the running program's own name.
    QString org = QCoreApplication::organizationName();
    if (org.isEmpty())
        org = u"FotaDesk"_s;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' + org +
           u"/FotaDesk"_s;
}

QString Workspace::defaultPath()
{
    const QString overridden = qEnvironmentVariable("FOTADESK_WORKSPACE");
    if (!overridden.isEmpty())
        return overridden;
    return dataDirectory() + u"/workspace.sqlite"_s;
}

int Workspace::latestVersion()
{
    return migrations().constLast().version;
}

qint64 Workspace::nowMs() const
{
    return m_clock->nowUtc().toMSecsSinceEpoch();
}

QString Workspace::connectionName() const
{
    return m_connectionPrefix +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

bool Workspace::openConnection(QSqlDatabase& db, QString* error) const
{
    if (m_inMemory) {
        db.setDatabaseName(u"file:"_s + m_connectionPrefix + u"memory?mode=memory&cache=shared"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else if (m_readOnly) {
        // Read-only: mode=ro still needs a -shm file; immutable=1 reads the file alone (no
        // locks, no WAL), for a read-only medium or a full disk.
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                           (m_immutable ? u"?mode=ro&immutable=1"_s : u"?mode=ro"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (m_readOnly)
        return true;
    QSqlQuery query(db);
    QString ignored;
    exec(query, u"PRAGMA foreign_keys = ON"_s, &ignored);
    exec(query, u"PRAGMA synchronous = NORMAL"_s, &ignored);
    return true;
}

QSqlDatabase Workspace::database() const
{
    if (!m_open)
        return {};
    const QString name = connectionName();
    {
        QMutexLocker lock(&m_connections->mutex);
        if (m_connections->names.contains(name))
            return QSqlDatabase::database(name, false);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    QString error;
    if (!openConnection(db, &error))
        qCWarning(lcStore).noquote() << "workspace connection failed:" << error;
    {
        QMutexLocker lock(&m_connections->mutex);
        m_connections->names.append(name);
    }
    QThread* thread = QThread::currentThread();
    if (QCoreApplication::instance() && thread != QCoreApplication::instance()->thread()) {
        // A connection belongs to its thread: drop it when that thread ends.
        std::weak_ptr<Connections> weak = m_connections;
        QObject::connect(
            thread, &QThread::finished, thread,
            [weak, name] {
                if (auto connections = weak.lock()) {
                    QMutexLocker lock(&connections->mutex);
                    if (connections->names.removeAll(name) == 0)
                        return;
                }
                QSqlDatabase::removeDatabase(name);
            },
            Qt::DirectConnection);
    }
    return db;
}

void Workspace::removeConnections()
{
    QStringList names;
    {
        QMutexLocker lock(&m_connections->mutex);
        names.swap(m_connections->names);
    }
    for (const QString& name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

void Workspace::close()
{
    removeConnections();
    m_open = false;
}

int Workspace::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QString Workspace::journalMode() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA journal_mode"_s) || !query.next())
        return {};
    return query.value(0).toString().toLower();
}

Workspace::Probe Workspace::classify(const QSqlError& error, QString* detail) const
{
    *detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return isCorruption(error) ? Probe::Unusable : Probe::Unavailable;
}

Workspace::Probe Workspace::probe(QString* detail, int* version)
{
    *version = 0;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *detail = Tr::tr("The folder %1 cannot be created.")
                      .arg(QDir::toNativeSeparators(info.absolutePath()));
        return Probe::NoDirectory;
    }
    if (info.exists() && !info.isFile()) {
        *detail = Tr::tr("It is not a regular file.");
        return Probe::Unusable;
    }
    if (info.exists() && info.isFile() && !info.isReadable()) {
        // No permission is not damage: the file stays where it is.
        *detail = Tr::tr("The file cannot be read (no permission).");
        return Probe::Unavailable;
    }

    m_open = true; // lets database() hand out the connection
    QSqlDatabase db = database();
    if (!db.isOpen())
        return classify(db.lastError(), detail);
    QSqlQuery query(db);
    // The first read of the header: "file is not a database" shows here, and so does an I/O
    // error (a full disk cannot make the -shm file, a read-only one cannot open it).
    if (!query.exec(u"PRAGMA user_version"_s))
        return classify(query.lastError(), detail);
    if (!query.next()) {
        *detail = Tr::tr("The schema version cannot be read.");
        return Probe::Unusable;
    }
    *version = query.value(0).toInt();
    query.finish();
    if (!query.exec(u"PRAGMA quick_check"_s))
        return classify(query.lastError(), detail);
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    query.finish();
    if (problems != QStringList{u"ok"_s}) {
        // The integrity check itself failed: this, and only this, is a damaged file.
        *detail = problems.mid(0, 3).join(u"; "_s);
        return Probe::Unusable;
    }
    if (*version > m_migrations.constLast().version)
        return Probe::TooNew;
    // WAL makes readers and the writer independent (GUI thread, loaders, fotactl at once).
    if (!m_readOnly && !switchToWal(query))
        return classify(query.lastError(), detail);
    query.finish();
    // A header can be fine while the first table read fails: touch the schema.
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s))
        return classify(query.lastError(), detail);
    query.finish();
    return m_readOnly ? Probe::Usable : probeWrite(query, *version, detail);
}

bool Workspace::switchToWal(QSqlQuery& query)
{
    // Switching a file to WAL needs it to itself for a moment. SQLite answers "database is
    // locked" at once here, without waiting out the busy timeout, when another program is
    // opening or closing the same new file (fotactl run from cron while FotaDesk starts):
    // wait for it here, as the busy timeout would.
    QDeadlineTimer deadline(kBusyWaitMs);
    for (int pause = 2;; pause = std::min(pause * 2, 100)) {
        if (query.exec(u"PRAGMA journal_mode = WAL"_s))
            return true;
        bool ok = false;
        const int code = query.lastError().nativeErrorCode().toInt(&ok) & 0xff;
        if (!ok || (code != kSqliteBusy && code != kSqliteLocked) || deadline.hasExpired())
            return false;
        query.finish();
        QThread::msleep(static_cast<unsigned long>(pause));
    }
}

Workspace::Probe Workspace::probeWrite(QSqlQuery& query, int version, QString* detail)
{
    // Reading proves nothing about writing: a read-only mount with a -shm left behind, or a
    // full disk, reads fine. One real write (the version, unchanged) says whether it is kept.
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        // Another program is writing right now: the file takes writes, just not this instant.
        bool ok = false;
        const int code = query.lastError().nativeErrorCode().toInt(&ok) & 0xff;
        if (ok && (code == kSqliteBusy || code == kSqliteLocked))
            return Probe::Usable;
        return classify(query.lastError(), detail);
    }
    // The version as it is now, under the write lock: another program may have migrated the
    // file since `version` was read, and writing that back would undo its work.
    QSqlError failure;
    int current = version;
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        failure = query.lastError();
    else
        current = query.value(0).toInt();
    query.finish();
    if (failure.type() == QSqlError::NoError &&
        !query.exec(u"PRAGMA user_version = %1"_s.arg(current)))
        failure = query.lastError();
    else if (failure.type() == QSqlError::NoError && !query.exec(u"COMMIT"_s))
        failure = query.lastError();
    if (failure.type() == QSqlError::NoError)
        return Probe::Usable;
    QString ignored;
    exec(query, u"ROLLBACK"_s, &ignored);
    return classify(failure, detail);
}

Workspace::Probe Workspace::probeReadOnly(QString* detail, int* version)
{
    const auto attempt = [&](bool immutable) {
        removeConnections();
        m_open = false;
        m_readOnly = true;
        m_immutable = immutable;
        return probe(detail, version);
    };
    Probe state = attempt(false);
    // immutable=1 ignores a WAL file: only when there is nothing in one to miss.
    const QFileInfo wal(m_path + u"-wal"_s);
    if (state != Probe::Usable && (!wal.exists() || wal.size() == 0))
        state = attempt(true);
    if (state != Probe::Usable) {
        removeConnections();
        m_open = false;
        m_readOnly = false;
        m_immutable = false;
    }
    return state;
}

QString Workspace::explainError(const QString& sqliteText) const
{
    const QFileInfo info(m_path);
    const QStorageInfo storage(info.absolutePath());
    constexpr qint64 kNearlyFull = 1024 * 1024;
    QString cause;
    if (storage.isValid() && storage.isReadOnly()) {
        cause = Tr::tr("the file system is read-only");
    } else if (storage.isValid() &&
               (storage.bytesAvailable() < kNearlyFull || sqliteText.contains(u"full"_s))) {
        cause = Tr::tr("the disk is full: %1 free")
                    .arg(QLocale().formattedDataSize(storage.bytesAvailable()));
    } else if (info.exists() && !info.isWritable()) {
        cause = Tr::tr("the file is not writable");
    } else if (!info.exists() && !QFileInfo(info.absolutePath()).isWritable()) {
        cause = Tr::tr("its folder is not writable");
    }
    if (cause.isEmpty())
        return sqliteText;
    if (sqliteText.isEmpty())
        return cause;
    return Tr::tr("%1; SQLite: %2").arg(cause, sqliteText);
}

QString Workspace::notWritableReason() const
{
    if (writable())
        return {};
    const QString native = QDir::toNativeSeparators(m_path);
    if (!m_open)
        return m_result.cause.isEmpty()
                   ? Tr::tr("the workspace %1 is not open").arg(native)
                   : Tr::tr("the workspace %1 cannot be opened: %2").arg(native, m_result.cause);
    if (m_readOnly)
        return Tr::tr("the workspace %1 is open read-only: %2").arg(native, m_result.cause);
    return Tr::tr("the workspace is kept in memory only, not on disk (see the message at start)");
}

bool Workspace::migrate(int fromVersion, int targetVersion, QString* error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    for (const Migration& step : std::as_const(m_migrations)) {
        if (step.version <= fromVersion || step.version > targetVersion)
            continue;
        // BEGIN IMMEDIATE takes the write lock first (waiting out the busy timeout), then the
        // version is read again: two programs opening a new workspace at once (FotaDesk and
        // fotactl) apply each step once, the second one finds it done.
        if (!exec(query, u"BEGIN IMMEDIATE"_s, error))
            return false;
        int current = 0;
        if (exec(query, u"PRAGMA user_version"_s, error) && query.next())
            current = query.value(0).toInt();
        query.finish();
        if (current >= step.version) {
            exec(query, u"COMMIT"_s, error);
            continue;
        }
        bool ok = exec(query,
                       u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY"
                       " KEY, description TEXT NOT NULL, applied_ms INTEGER NOT NULL)"_s,
                       error);
        for (const QString& sql : step.statements) {
            if (!ok)
                break;
            if (!exec(query, sql, error)) {
                *error = Tr::tr("Schema step %1 (%2) failed: %3")
                             .arg(step.version)
                             .arg(step.description, *error);
                ok = false;
            }
        }
        if (ok) {
            query.prepare(u"INSERT OR REPLACE INTO schema_migrations (version, description,"
                          " applied_ms) VALUES (?, ?, ?)"_s);
            query.addBindValue(step.version);
            query.addBindValue(step.description);
            query.addBindValue(nowMs());
            ok =
                query.exec() && exec(query, u"PRAGMA user_version = %1"_s.arg(step.version), error);
            if (!ok && error->isEmpty())
                *error = query.lastError().text();
        }
        query.finish();
        if (!ok) {
            QString ignored;
            exec(query, u"ROLLBACK"_s, &ignored);
            return false;
        }
        if (!exec(query, u"COMMIT"_s, error)) {
            QString ignored;
            exec(query, u"ROLLBACK"_s, &ignored);
            return false;
        }
        qCInfo(lcStore) << "workspace schema migrated to version" << step.version;
    }
    return true;
}

QString Workspace::moveAside(QString* error)
{
    removeConnections();
    m_open = false;
    const QString stamp = m_clock->nowUtc().toString(u"yyyyMMdd-HHmmss'Z'"_s);
    QString target = m_path + u".corrupt-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    if (!QDir().rename(m_path, target)) {
        *error = Tr::tr("It could not be renamed to %1.").arg(QDir::toNativeSeparators(target));
        return {};
    }
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(m_path + suffix))
            QDir().rename(m_path + suffix, target + suffix);
    }
    return target;
}

void Workspace::startInMemory()
{
    removeConnections();
    m_inMemory = true;
    m_open = true;
    // Keep one connection of this (opening) thread alive: the shared in-memory database
    // lives as long as a connection to it is open.
    [[maybe_unused]] const QSqlDatabase db = database();
}

Workspace::OpenResult Workspace::open(int targetVersion)
{
    close();
    m_inMemory = false;
    m_readOnly = false;
    m_immutable = false;
    if (targetVersion < 0)
        targetVersion = m_migrations.constLast().version;
    OpenResult result;
    const bool existed = QFileInfo::exists(m_path);
    QString detail;
    int version = 0;
    Probe state = probe(&detail, &version);
    const QString native = QDir::toNativeSeparators(m_path);

    if (state == Probe::Unavailable) {
        // An I/O error, not damage: move nothing, change nothing. A healthy file is read
        // read-only; what cannot even be read leaves the workspace closed.
        qCWarning(lcStore).noquote()
            << "workspace cannot be opened for writing:" << native << detail;
        result.cause = explainError(detail);
        int readVersion = 0;
        QString readDetail;
        if (existed && probeReadOnly(&readDetail, &readVersion) == Probe::Usable &&
            readVersion == targetVersion) {
            result.status = OpenStatus::ReadOnly;
            result.message =
                Tr::tr("The workspace %1 cannot be written (%2). It was opened read-only: what it "
                       "holds (audit log, journals, drafts) can be read, but nothing that must "
                       "be recorded first (a campaign create, a device batch, any other change) "
                       "is sent, and nothing is saved, until it can be written again. Nothing "
                       "was moved or changed.")
                    .arg(native, result.cause);
            result.fromVersion = result.toVersion = readVersion;
        } else {
            removeConnections();
            m_open = false;
            result.status = OpenStatus::Unavailable;
            result.message =
                Tr::tr("The workspace %1 cannot be opened (%2). It was left as it is: nothing "
                       "was moved or changed, and nothing that must be recorded first (a "
                       "campaign create, a device batch, any other change) is sent until it "
                       "can be. Free space on the disk or fix the file's permissions, then "
                       "start again.")
                    .arg(native, result.cause);
        }
        m_result = result;
        qCWarning(lcStore).noquote() << result.message;
        return result;
    }

    if (state == Probe::Unusable) {
        qCWarning(lcStore).noquote() << "workspace unusable:" << native << detail;
        QString moveError;
        const QString aside = existed ? moveAside(&moveError) : QString();
        if (existed && aside.isEmpty()) {
            result.status = OpenStatus::InMemory;
            result.message = Tr::tr("The workspace %1 cannot be used (%2) and could not be moved "
                                    "aside: %3 FotaDesk runs without saving drafts, the audit log "
                                    "or journals until you move or delete that file.")
                                 .arg(native, detail, moveError);
            startInMemory();
            version = 0;
        } else {
            result.status = OpenStatus::Recovered;
            result.movedAsidePath = aside;
            result.message =
                existed
                    ? Tr::tr("The workspace %1 was damaged or unreadable (%2). It was kept as %3 "
                             "and a new, empty workspace was started; drafts, audit entries and "
                             "journals of the old one are in that file.")
                          .arg(native, detail, QDir::toNativeSeparators(aside))
                    : Tr::tr("The workspace %1 could not be created (%2). A new one was started.")
                          .arg(native, detail);
            state = probe(&detail, &version);
            if (state != Probe::Usable) {
                result.status = OpenStatus::InMemory;
                result.message += u' ' + Tr::tr("The new workspace cannot be used either (%1): "
                                                "FotaDesk runs without saving until this is fixed.")
                                             .arg(detail);
                startInMemory();
                version = 0;
            }
        }
    } else if (state == Probe::TooNew) {
        result.status = OpenStatus::InMemory;
        result.message = Tr::tr("The workspace %1 was written by a newer FotaDesk (schema %2, this "
                                "version knows up to %3). It was left as it is; FotaDesk runs "
                                "without saving until you use the newer version again.")
                             .arg(native)
                             .arg(version)
                             .arg(m_migrations.constLast().version);
        startInMemory();
        version = 0;
    } else if (state == Probe::NoDirectory) {
        result.status = OpenStatus::InMemory;
        result.message = Tr::tr("The workspace cannot be stored: %1 FotaDesk runs without saving "
                                "drafts, the audit log or journals.")
                             .arg(detail);
        startInMemory();
    } else {
        result.status = existed ? OpenStatus::Opened : OpenStatus::Created;
    }

    result.fromVersion = version;
    QString error;
    if (!migrate(version, targetVersion, &error)) {
        qCWarning(lcStore).noquote() << "workspace migration failed:" << error;
        result.status = OpenStatus::InMemory;
        result.message =
            Tr::tr("The workspace %1 could not be brought up to date (%2). It was left "
                   "as it is; FotaDesk runs without saving until this is fixed.")
                .arg(native, error);
        startInMemory();
        QString ignored;
        migrate(0, targetVersion, &ignored);
    }
    result.toVersion = schemaVersion();
    m_result = result;
    if (!result.message.isEmpty())
        qCWarning(lcStore).noquote() << result.message;
    return result;
}

} // namespace fotadesk
