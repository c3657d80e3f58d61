// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace fotadesk {

class Clock;

/// The local workspace: one SQLite database (by default
/// `<FotaDesk's AppDataLocation>/workspace.sqlite`, see defaultPath()) that holds drafts, the
/// audit log, batch journals and status snapshots.
///
/// - Versioned schema: migrations() is a table of steps; open() applies the
///   missing ones in one transaction each and records them in
///   `schema_migrations` (PRAGMA user_version is the current version).
/// - WAL journal, a busy timeout, foreign keys on.
/// - Only a corrupt file (PRAGMA quick_check/integrity_check fails, "file is not a
///   database", "malformed", or not a regular file) is moved aside as
///   `<name>.corrupt-<UTC time>` (with its -wal/-shm files) and a fresh database is
///   started; the OpenResult says so in a sentence for the UI.
/// - An I/O error is never corruption: a full disk, a read-only file or file system, no
///   permission, a lock (SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY, SQLITE_CANTOPEN on an
///   existing file, SQLITE_BUSY) moves nothing. A healthy file that cannot be written is opened
///   read-only (ReadOnly: everything it holds can be read, nothing is written); one that cannot
///   even be read leaves the workspace closed (Unavailable). Both say which file and why.
/// - A database written by a newer FotaDesk is left untouched. When no file can be used at
///   all (no folder, newer schema, failed migration), the workspace runs in memory (nothing
///   is kept after exit) and says so.
/// - The one rule of the stores: what must be journaled (an audit entry, a pending create, a
///   batch journal) is written only to a workspace that keeps it (writable()); a caller sends
///   nothing whose record was not written.
/// - database() gives the calling thread its own connection (QSqlDatabase
///   connections belong to one thread); every store class calls it per
///   operation and never keeps a QSqlQuery beyond it.
///
/// Not a QObject; the clock is given (not owned) and must outlive it.
class Workspace final
{
public:
    /// One step of the schema: the statements that take version-1 to `version`.
    struct Migration
    {
        int version = 0;
        QString description;
        QStringList statements;
    };

    enum class OpenStatus
    {
        Opened,      ///< an existing workspace, migrated to the latest version if needed
        Created,     ///< no file yet: a new one
        Recovered,   ///< the file was unusable: moved aside, a new one started
        InMemory,    ///< no usable file at all: running in memory only
        ReadOnly,    ///< a healthy file that cannot be written (full disk, read-only): read only
        Unavailable, ///< the file cannot be read (I/O error): left as it is, the workspace is
                     ///< closed
    };

    struct OpenResult
    {
        OpenStatus status = OpenStatus::InMemory;
        /// For people: empty for Opened/Created, otherwise what happened and what to do.
        QString message;
        QString movedAsidePath; ///< Recovered: where the old file is now
        /// ReadOnly, Unavailable: why, in a few words ("the disk is full: 0 bytes free; …").
        QString cause;
        int fromVersion = 0; ///< schema version found (0: new file)
        int toVersion = 0;   ///< schema version now
        /// True when the workspace keeps what is written to it on disk (not in memory, not
        /// read-only, not closed): what must be journaled can be.
        [[nodiscard]] bool persistent() const
        {
            return status == OpenStatus::Opened || status == OpenStatus::Created ||
                   status == OpenStatus::Recovered;
        }
    };

    explicit Workspace(QString path = defaultPath());
    Workspace(QString path, const Clock& clock);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    /// FotaDesk's data directory (its AppDataLocation: ~/.local/share/FotaDesk/FotaDesk on
    /// Linux), shared by fotadesk and fotactl: the workspace and the logs live here.
    static QString dataDirectory();
    /// `dataDirectory()/workspace.sqlite`, or $FOTADESK_WORKSPACE when set (scripts, tests).
    static QString defaultPath();
    /// The schema steps, in order (version 1, 2, ...).
    static const QList<Migration>& migrations();
    static int latestVersion();

    /// Replaces the migration table (tests of the migration machinery). Before open().
    void setMigrations(QList<Migration> steps) { m_migrations = std::move(steps); }

    /// Opens (creating, migrating or recovering as described above) up to `targetVersion`
    /// (default: the last step). Never throws, never crashes on a bad file.
    OpenResult open(int targetVersion = -1);
    /// Closes every connection of this workspace (all threads).
    void close();

    [[nodiscard]] bool isOpen() const { return m_open; }
    /// Open on a file that can be written (openResult().persistent()): the stores write what
    /// must be journaled only then, so that nothing is sent on the strength of a record kept
    /// in memory or refused by a read-only file.
    [[nodiscard]] bool writable() const { return m_open && m_result.persistent(); }
    /// Why writable() is false, for people (e.g. "the workspace … is read-only: the disk is
    /// full"); empty when it is writable.
    [[nodiscard]] QString notWritableReason() const;
    /// A failed read or write in words a person can act on: the disk is full, the file system
    /// is read-only, the file is not writable, … followed by SQLite's own words.
    [[nodiscard]] QString explainError(const QString& sqliteText) const;
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] const OpenResult& openResult() const { return m_result; }
    [[nodiscard]] const Clock& clock() const { return *m_clock; }
    /// PRAGMA user_version of the open database.
    [[nodiscard]] int schemaVersion() const;
    /// The journal mode in use ("wal" for a file).
    [[nodiscard]] QString journalMode() const;

    /// The calling thread's connection (opened on first use in that thread; closed when the
    /// thread finishes or on close()). Invalid when the workspace is not open.
    [[nodiscard]] QSqlDatabase database() const;

    /// Milliseconds since the epoch (UTC) from the clock, as stored in the tables.
    [[nodiscard]] qint64 nowMs() const;

private:
    enum class Probe
    {
        Usable,
        Unusable,    ///< corrupt: integrity check failed, not a database, not a regular file
        Unavailable, ///< an I/O error (full, read-only, no permission, locked): not corrupt
        TooNew,      ///< written by a newer FotaDesk
        NoDirectory,
    };

    QString connectionName() const;
    bool openConnection(QSqlDatabase& db, QString* error) const;
    Probe probe(QString* detail, int* version);
    /// The last step of probe() on a writable connection: one real write, committed.
    Probe probeWrite(QSqlQuery& query, int version, QString* detail);
    /// PRAGMA journal_mode = WAL, waiting while another program holds the file.
    static bool switchToWal(QSqlQuery& query);
    /// probe() after an I/O error: the same checks on a read-only connection.
    Probe probeReadOnly(QString* detail, int* version);
    Probe classify(const QSqlError& error, QString* detail) const;

    bool migrate(int fromVersion, int targetVersion, QString* error);
    QString moveAside(QString* error);
    void startInMemory();
    void removeConnections();

    QString m_path;
    QString m_connectionPrefix;
    const Clock* m_clock;
    QList<Migration> m_migrations;
    OpenResult m_result;
    bool m_open = false;
    bool m_inMemory = false;
    /// Connections open the file read-only (ReadOnly); m_immutable: without locking or a WAL
    /// (a read-only medium or a full disk where no -shm file can be made; only when no WAL
    /// content is left to read).
    bool m_readOnly = false;
    bool m_immutable = false;
    /// The connection names of all threads; shared with the thread-finished handlers, which
    /// may run after the workspace is gone.
    struct Connections
    {
        QMutex mutex;
        QStringList names;
    };
    std::shared_ptr<Connections> m_connections;
};

} // namespace fotadesk
