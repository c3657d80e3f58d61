// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of fotactl's workspace on a full disk and a read-only file system (issue 23,
// items 4 and 5): the built fotactl against a real fotasim, the workspace on a real small tmpfs
// (TmpfsMount) or behind a read-only bind mount (as root, chmod does not stop a write; a
// read-only mount does). What fotasim holds (its admin stats, the campaign report) proves what
// was sent. The one rule: what must be journaled is not sent unless the journal write
// succeeded; an I/O error is never taken for a damaged file.

#include "support/FotaSimProcess.h"
#include "support/FotactlProcess.h"
#include "support/HttpTestClient.h"
#include "support/TestFiles.h"
#include "support/TmpfsMount.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/mount.h>

using namespace fotadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString Account = u"0000123456-00001"_s;
const QString AddRoute = u"PUT /api/fota/v3/campaigns/firmware/{}/{}"_s;
const QString CreateRoute = u"POST /api/fota/v3/campaigns/firmware/{}"_s;

using Run = FotactlRun;

/// A read-only view of a directory: `mount --bind source view` then `remount,bind,ro`.
class ReadOnlyView final
{
public:
    explicit ReadOnlyView(const QString& source)
    {
        const QByteArray from = QFile::encodeName(source);
        const QByteArray to = QFile::encodeName(m_dir.path());
        if (::mount(from.constData(), to.constData(), nullptr, MS_BIND, nullptr) != 0) {
            m_error =
                u"bind mount of %1: %2"_s.arg(source, QString::fromLocal8Bit(strerror(errno)));
            return;
        }
        m_mounted = true;
        if (::mount(nullptr, to.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) !=
            0)
            m_error = u"read-only remount: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
        else
            m_ok = true;
    }
    ~ReadOnlyView()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    ReadOnlyView(const ReadOnlyView&) = delete;
    ReadOnlyView& operator=(const ReadOnlyView&) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_error;
    bool m_mounted = false;
    bool m_ok = false;
};

/// PRAGMA integrity_check of a file, read-only, from this process.
QString integrityOf(const QString& path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return u"cannot open: "_s + path;
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA integrity_check"_s))
            result = u"check failed"_s;
        while (q.next())
            result += q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return result;
}

QStringList movedAside(const QString& dir)
{
    return QDir(dir).entryList({u"*.corrupt-*"_s}, QDir::Files | QDir::Dirs | QDir::Hidden);
}

} // namespace

class FotactlWorkspaceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fullDiskReadOnlyCommandMovesNothing();
    void readOnlyFileSystemRefusesCreate();
    void readOnlyFileSystemRefusesBatch();
    void auditReadsReadOnlyWorkspace();
    void readOnlyFileSystemRefusesSingleChange();
    void diskFullMidBatchStopsAndResumes();

private:
    [[nodiscard]] std::unique_ptr<QProcess> start(const QStringList& args,
                                                  const QString& workspace) const;
    [[nodiscard]] Run run(const QStringList& args, const QString& workspace) const;
    [[nodiscard]] QJsonArray journals(const QString& workspace) const;
    /// A healthy workspace at `dir`/ws.sqlite holding audit entries and one interrupted
    /// (resumable) batch journal: an add whose every request got a 503.
    QString workspaceWithOpenJournal(const QString& dir);
    QStringList freshDevices(int n, QJsonObject* source);
    /// A campaign (created through the API) holding one device, and `n` more devices of its
    /// model to add to it.
    [[nodiscard]] QString campaignWithCandidates(int n, QStringList* candidates);
    [[nodiscard]] QStringList campaignDevices(const QString& campaignId);
    [[nodiscard]] int requestsTo(const QString& route);
    [[nodiscard]] int campaignsHeld();
    void setFaults(const QString& spec);

    std::unique_ptr<FotaSimProcess> m_sim;
    std::unique_ptr<HttpTestClient> m_admin;
    TestFiles m_files;
    int m_run = 0;
};

void FotactlWorkspaceTest::initTestCase()
{
    m_sim = std::make_unique<FotaSimProcess>(QStringList{u"--seed"_s, u"41"_s});
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
    m_admin = std::make_unique<HttpTestClient>(m_sim->baseUrl());
    QVERIFY(m_admin->authenticate());
}

void FotactlWorkspaceTest::cleanup()
{
    setFaults(u"none"_s);
}

std::unique_ptr<QProcess> FotactlWorkspaceTest::start(const QStringList& args,
                                                      const QString& workspace) const
{
    auto p = std::make_unique<QProcess>();
    p->setProgram(fotactlPath());
    // `audit` reads the workspace only: it takes no connection options.
    const bool local = args.value(0) == u"audit"_s;
    p->setArguments(
        local ? args
              : args + QStringList{u"--base-url"_s, m_sim->baseUrl(), u"--account"_s, Account});
    QProcessEnvironment env = fotactlEnvironment(workspace);
    // The log file lives beside the data directory, not on the disk under test.
    env.insert(u"XDG_DATA_HOME"_s, m_files.path(u"xdg"_s));
    p->setProcessEnvironment(env);
    p->start();
    return p;
}

Run FotactlWorkspaceTest::run(const QStringList& args, const QString& workspace) const
{
    const auto p = start(args, workspace);
    return finishFotactl(*p);
}

QJsonArray FotactlWorkspaceTest::journals(const QString& workspace) const
{
    const Run r = run({u"campaign"_s, u"resume"_s, u"--list"_s, u"--json"_s}, workspace);
    if (r.exitCode != 0)
        qWarning("resume --list: %s", qPrintable(r.describe()));
    return r.json().value(u"batches"_s).toArray();
}

QStringList FotactlWorkspaceTest::freshDevices(int n, QJsonObject* source)
{
    *source = m_admin->adminPost(u"/admin/campaigns/synthetic"_s, {{u"devices"_s, n}}).object();
    return campaignDevices(source->value(u"id"_s).toString());
}

QString FotactlWorkspaceTest::campaignWithCandidates(int n, QStringList* candidates)
{
    QJsonObject source;
    QStringList ids = freshDevices(n + 1, &source);
    if (ids.size() != n + 1)
        return {};
    const QString now = m_admin->adminGet(u"/admin/clock"_s).object().value(u"now"_s).toString();
    const QDate today = QDateTime::fromString(now, Qt::ISODateWithMs).toUTC().date();
    const QJsonObject body{
        {u"campaignName"_s, u"workspace target %1"_s.arg(++m_run)},
        {u"firmwareName"_s, source.value(u"firmwareName"_s)},
        {u"firmwareFrom"_s, source.value(u"firmwareFrom"_s)},
        {u"firmwareTo"_s, source.value(u"firmwareTo"_s)},
        {u"protocol"_s, source.value(u"protocol"_s)},
        {u"startDate"_s, today.addDays(4).toString(Qt::ISODate)},
        {u"endDate"_s, today.addDays(8).toString(Qt::ISODate)},
        {u"deviceList"_s, QJsonArray{ids.takeFirst()}},
    };
    *candidates = ids;
    return m_admin->post(u"/fota/v3/campaigns/firmware/%1"_s.arg(Account), body)
        .object()
        .value(u"id"_s)
        .toString();
}

QStringList FotactlWorkspaceTest::campaignDevices(const QString& campaignId)
{
    return m_admin->campaignDeviceIds(Account, campaignId);
}

int FotactlWorkspaceTest::requestsTo(const QString& route)
{
    return m_admin->requestCount(route);
}

int FotactlWorkspaceTest::campaignsHeld()
{
    return m_admin->adminGet(u"/admin/health"_s).object().value(u"campaigns"_s).toInt(-1);
}

void FotactlWorkspaceTest::setFaults(const QString& spec)
{
    QCOMPARE(m_admin->adminPost(u"/admin/faults"_s, {{u"faults"_s, spec}}).status, 200);
}

QString FotactlWorkspaceTest::workspaceWithOpenJournal(const QString& dir)
{
    const QString workspace = dir + u"/ws.sqlite"_s;
    QStringList devices;
    const QString target = campaignWithCandidates(3, &devices);
    const QString file =
        m_files.write(u"open-%1.txt"_s.arg(++m_run), (devices.join(u'\n') + u'\n').toUtf8());
    // Killed (SIGKILL) while its first chunks are on their way: the journal stays open and
    // resumable, the audit log holds the requests.
    setFaults(u"latency=3000"_s);
    const int before = requestsTo(AddRoute);
    const auto adding = start({u"campaign"_s, u"devices"_s, u"add"_s, target, u"--file"_s, file,
                               u"--chunk-size"_s, u"1"_s},
                              workspace);
    adding->waitForStarted();
    QElapsedTimer waited;
    waited.start();
    while (requestsTo(AddRoute) == before && adding->state() == QProcess::Running &&
           waited.elapsed() < 60000)
        QTest::qWait(20);
    adding->kill();
    adding->waitForFinished();
    setFaults(u"none"_s);
    return workspace;
}

void FotactlWorkspaceTest::fullDiskReadOnlyCommandMovesNothing()
{
    TmpfsMount disk(8 * 1024 * 1024);
    QVERIFY2(disk.ok(), qPrintable(disk.error()));
    const QString workspace = workspaceWithOpenJournal(disk.path());
    const QJsonArray before = journals(workspace);
    QCOMPARE(before.size(), 1);
    QVERIFY(before.first().toObject().value(u"resumable"_s).toBool());

    QVERIFY2(disk.fillLeaving(0), qPrintable(disk.error()));
    // A reading command on a full disk: it works, says the workspace is read-only because the
    // disk is full, and leaves the file where and as it is.
    const Run listed = run({u"firmware"_s, u"list"_s}, workspace);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QVERIFY2(!listed.out.trimmed().isEmpty(), qPrintable(listed.describe()));
    QVERIFY2(listed.err.contains("cannot be written") && listed.err.contains("disk is full") &&
                 listed.err.contains("read-only") &&
                 listed.err.contains(QFile::encodeName(workspace)),
             qPrintable(listed.describe()));
    QVERIFY2(!listed.err.contains("damaged"), qPrintable(listed.describe()));
    QVERIFY2(movedAside(disk.path()).isEmpty(), qPrintable(movedAside(disk.path()).join(u' ')));
    QVERIFY(QFile::exists(workspace));
    // The open journal is still there, read from the full disk ...
    const QJsonArray whileFull = journals(workspace);
    QCOMPARE(whileFull.size(), 1);
    QCOMPARE(whileFull.first().toObject().value(u"journalId"_s),
             before.first().toObject().value(u"journalId"_s));

    // ... and once space is freed the file passes integrity_check and still holds it.
    QVERIFY(QFile::remove(disk.path() + u"/.fill"_s));
    QCOMPARE(integrityOf(workspace), u"ok"_s);
    const QJsonArray after = journals(workspace);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().toObject().value(u"journalId"_s),
             before.first().toObject().value(u"journalId"_s));
    QVERIFY(movedAside(disk.path()).isEmpty());
}

void FotactlWorkspaceTest::readOnlyFileSystemRefusesCreate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString healthy = workspaceWithOpenJournal(dir.path());
    ReadOnlyView view(dir.path());
    QVERIFY2(view.ok(), qPrintable(view.error()));
    const QString workspace = view.path() + u"/ws.sqlite"_s;

    QJsonObject source;
    const QStringList devices = freshDevices(5, &source);
    const QString file = m_files.write(u"create.txt"_s, (devices.join(u'\n') + u'\n').toUtf8());
    const QString now = m_admin->adminGet(u"/admin/clock"_s).object().value(u"now"_s).toString();
    const QDate today = QDateTime::fromString(now, Qt::ISODateWithMs).toUTC().date();
    const QString start = today.addDays(5).toString(Qt::ISODate);
    const int campaignsBefore = campaignsHeld();
    const int createsBefore = requestsTo(CreateRoute);
    QVERIFY(campaignsBefore > 0);

    const Run created =
        run({u"campaign"_s, u"create"_s, u"--name"_s, u"refused on a read-only disk"_s,
             u"--firmware"_s, source.value(u"firmwareName"_s).toString(), u"--from"_s,
             source.value(u"firmwareFrom"_s).toString(), u"--to"_s,
             source.value(u"firmwareTo"_s).toString(), u"--protocol"_s,
             source.value(u"protocol"_s).toString(), u"--start"_s, start, u"--end"_s,
             today.addDays(8).toString(Qt::ISODate), u"--devices"_s, file},
            workspace);
    QVERIFY2(created.exitCode == 2, qPrintable(created.describe()));
    QVERIFY2(created.err.contains("nothing was sent") &&
                 created.err.contains("file system is read-only"),
             qPrintable(created.describe()));
    // fotasim holds no new campaign and never saw the create.
    QCOMPARE(campaignsHeld(), campaignsBefore);
    QCOMPARE(requestsTo(CreateRoute), createsBefore);
    QVERIFY(movedAside(dir.path()).isEmpty());
    QCOMPARE(integrityOf(healthy), u"ok"_s);
}

void FotactlWorkspaceTest::readOnlyFileSystemRefusesBatch()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    workspaceWithOpenJournal(dir.path());
    ReadOnlyView view(dir.path());
    QVERIFY2(view.ok(), qPrintable(view.error()));
    const QString workspace = view.path() + u"/ws.sqlite"_s;

    QStringList devices;
    const QString target = campaignWithCandidates(4, &devices);
    QVERIFY(!target.isEmpty());
    const QString file = m_files.write(u"batch.txt"_s, (devices.join(u'\n') + u'\n').toUtf8());
    const int addsBefore = requestsTo(AddRoute);

    const Run added = run({u"campaign"_s, u"devices"_s, u"add"_s, target, u"--file"_s, file,
                           u"--chunk-size"_s, u"2"_s},
                          workspace);
    QVERIFY2(added.exitCode == 2, qPrintable(added.describe()));
    QVERIFY2(added.err.contains("nothing was") && added.err.contains("read-only"),
             qPrintable(added.describe()));
    // Nothing was sent: no add request, the campaign still holds its one device.
    QCOMPARE(requestsTo(AddRoute), addsBefore);
    QCOMPARE(campaignDevices(target).size(), 1);

    // Resuming the interrupted batch it holds is refused the same way; it stays resumable.
    QCOMPARE(journals(workspace).size(), 1);
    const Run resumed = run({u"campaign"_s, u"resume"_s}, workspace);
    QVERIFY2(resumed.exitCode == 2, qPrintable(resumed.describe()));
    QVERIFY2(resumed.err.contains("nothing was sent") && resumed.err.contains("read-only"),
             qPrintable(resumed.describe()));
    QCOMPARE(requestsTo(AddRoute), addsBefore);
    QCOMPARE(journals(workspace).size(), 1);
}

void FotactlWorkspaceTest::readOnlyFileSystemRefusesSingleChange()
{
    // A change that is neither a create nor a batch (here the callback URL) is refused the same
    // way: exit 2, one JSON document of kind "workspace", and fotasim never sees the request.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString healthy = workspaceWithOpenJournal(dir.path());
    ReadOnlyView view(dir.path());
    QVERIFY2(view.ok(), qPrintable(view.error()));
    const QString route = u"PUT /api/fota/v3/callbacks/{}"_s;
    const int before = requestsTo(route);

    const Run set =
        run({u"callbacks"_s, u"set"_s, u"https://hooks.example.com/fota"_s, u"--json"_s},
            view.path() + u"/ws.sqlite"_s);
    QVERIFY2(set.exitCode == 2, qPrintable(set.describe()));
    const QJsonObject error = set.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), u"workspace"_s);
    QVERIFY2(error.value(u"message"_s).toString().contains(u"read-only"_s),
             qPrintable(set.describe()));
    QCOMPARE(set.json().value(u"exitCode"_s).toInt(), 2);
    QCOMPARE(requestsTo(route), before);
    QVERIFY(m_admin->authenticate());
    QVERIFY(m_admin->get(u"/fota/v3/callbacks/0000123456-00001"_s).status != 200);
    QCOMPARE(integrityOf(healthy), u"ok"_s);
}

void FotactlWorkspaceTest::auditReadsReadOnlyWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString healthy = workspaceWithOpenJournal(dir.path());
    const Run written = run({u"audit"_s, u"--json"_s}, healthy);
    QVERIFY2(written.exitCode == 0, qPrintable(written.describe()));
    const QJsonArray entries = written.json().value(u"entries"_s).toArray();
    QVERIFY2(!entries.isEmpty(), qPrintable(written.describe()));

    ReadOnlyView view(dir.path());
    QVERIFY2(view.ok(), qPrintable(view.error()));
    const QString workspace = view.path() + u"/ws.sqlite"_s;
    const Run read = run({u"audit"_s, u"--json"_s}, workspace);
    QVERIFY2(read.exitCode == 0, qPrintable(read.describe()));
    QCOMPARE(read.json().value(u"entries"_s).toArray(), entries);
    const Run text = run({u"audit"_s}, workspace);
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(!text.out.contains("No audit entries"), qPrintable(text.describe()));
    QVERIFY2(text.err.contains("read-only"), qPrintable(text.describe()));
}

void FotactlWorkspaceTest::diskFullMidBatchStopsAndResumes()
{
    TmpfsMount disk(8 * 1024 * 1024);
    QVERIFY2(disk.ok(), qPrintable(disk.error()));
    const QString workspace = disk.path() + u"/ws.sqlite"_s;
    QVERIFY2(run({u"firmware"_s, u"list"_s}, workspace).exitCode == 0, "workspace not created");

    QStringList devices;
    const QString target = campaignWithCandidates(40, &devices);
    QVERIFY(!target.isEmpty());
    QCOMPARE(devices.size(), 40);
    const QStringList targetBefore = campaignDevices(target);
    const QString file = m_files.write(u"mid.txt"_s, (devices.join(u'\n') + u'\n').toUtf8());
    QCOMPARE(m_admin->adminPost(u"/admin/stats/reset"_s).status, 200);

    // Slow answers: the disk fills while the first chunks are on their way.
    setFaults(u"latency=1500"_s);
    const auto adding = start({u"campaign"_s, u"devices"_s, u"add"_s, target, u"--file"_s, file,
                               u"--chunk-size"_s, u"10"_s},
                              workspace);
    QVERIFY2(adding->waitForStarted(), qPrintable(adding->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(requestsTo(AddRoute) >= 1 || adding->state() != QProcess::Running,
                             60000);
    QVERIFY2(disk.fillLeaving(0), qPrintable(disk.error()));
    QVERIFY(adding->waitForFinished(120000));
    const Run stopped{adding->exitCode(), adding->readAllStandardOutput(),
                      adding->readAllStandardError()};
    QVERIFY2(stopped.exitCode == 2, qPrintable(stopped.describe()));
    QVERIFY2(stopped.err.contains("batch was stopped") && stopped.err.contains("were not") &&
                 stopped.err.contains("disk is full") &&
                 stopped.err.contains("fotactl campaign resume"),
             qPrintable(stopped.describe()));
    // fotasim got at most the chunks on their way when the disk filled (2 run at once), not
    // the rest of the batch.
    const int sent = requestsTo(AddRoute);
    QVERIFY2(sent >= 1 && sent <= 2, qPrintable(QString::number(sent)));
    QVERIFY(campaignDevices(target).size() <= targetBefore.size() + 20);
    QVERIFY(movedAside(disk.path()).isEmpty());

    // Space freed: the journal is there and resume completes the batch.
    setFaults(u"none"_s);
    QVERIFY(QFile::remove(disk.path() + u"/.fill"_s));
    const QJsonArray open = journals(workspace);
    QCOMPARE(open.size(), 1);
    const Run resumed = run({u"campaign"_s, u"resume"_s}, workspace);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
    QVERIFY(journals(workspace).isEmpty());
    QStringList held = campaignDevices(target);
    QCOMPARE(QSet<QString>(held.cbegin(), held.cend()).size(), held.size());
    QStringList intended = devices + targetBefore;
    held.sort();
    intended.sort();
    QCOMPARE(held, intended);
}

QTEST_GUILESS_MAIN(FotactlWorkspaceTest)
#include "FotactlWorkspaceTest.moc"
