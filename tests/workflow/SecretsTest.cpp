// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// THE SECRETS TEST: a full session with known credentials through the real code paths —
// settings, the keychain credential source (QtKeychain; on a machine without a keychain it
// asks once and keeps them in memory), the client with token renewal, the workspace (audit,
// journal, drafts, snapshots), the log file with every category on, and fotactl as a process —
// then every file under the data, config and cache directories and the logs is scanned for
// the client secret, the password (and a wrong one that was tried), the Basic credentials and
// every bearer and session token the server issued. None may be found.

#include "api/DeviceStatusPager.h"
#include "api/FotaClient.h"
#include "core/Clock.h"
#include "core/SecretRedactor.h"
#include "store/AppSettings.h"
#include "store/DeviceStatusMap.h"
#include "store/KeychainCredentialSource.h"
#include "store/KeychainSecretStore.h"
#include "store/LocalStore.h"
#include "store/LogFile.h"
#include "store/StatusSnapshot.h"
#include "support/FotaSimProcess.h"
#include "support/HttpTestClient.h"
#include "workflow/AuditHook.h"
#include "workflow/BatchRunner.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecretsTest, "fotadesk.secretstest")

namespace {

const QString kAccount = u"0000123456-00001"_s;
const QString kClientId = u"secrets-test-client-4711"_s;
const QString kSecret = u"Cl1ent-S3cret-9f8e7d6c5b"_s;
const QString kUser = u"secrets.tester"_s;
const QString kPassword = u"Pa55w0rd-1a2b3c4d5e"_s;
const QString kWrongPassword = u"Wr0ng-Passw0rd-5e6f7a8b"_s;

struct Needle
{
    QString what;
    QString value;
};

struct Finding
{
    QString file;
    QString what;
};

/// Every regular file below `roots`; each needle is looked for as UTF-8 and as UTF-16.
QList<Finding> scan(const QStringList& roots, const QList<Needle>& needles, int* files)
{
    QList<Finding> found;
    QSet<QString> seen;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (seen.contains(path))
                continue;
            seen.insert(path);
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            ++*files;
            for (const Needle& n : needles) {
                const QByteArray utf16(reinterpret_cast<const char*>(n.value.utf16()),
                                       n.value.size() * 2);
                if (bytes.contains(n.value.toUtf8()) || bytes.contains(utf16))
                    found.append({path, n.what});
            }
        }
    }
    return found;
}

template <typename Job> Job* wait(Job* job)
{
    job->setAutoDelete(false);
    if (!job->isFinished()) {
        QSignalSpy spy(job, &ApiJob::finished);
        spy.wait(60000);
    }
    return job;
}

} // namespace

class SecretsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scannerFindsWhatItLooksFor();
    void fullSessionLeavesNoSecret();
    void cleanupTestCase();

private:
    QStringList roots() const;
    QString simDir() const { return m_simDir.path(); }

    QTemporaryDir m_simDir; ///< the server's own state: outside the scanned directories
    std::unique_ptr<FotaSimProcess> m_sim;
};

QStringList SecretsTest::roots() const
{
    QStringList dirs;
    for (const char* var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "HOME"}) {
        const QString dir = qEnvironmentVariable(var);
        if (!dir.isEmpty())
            dirs << dir;
    }
    dirs << QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
         << QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
         << QFileInfo(LogFile::defaultPath()).absolutePath();
    return dirs;
}

void SecretsTest::initTestCase()
{
    QCoreApplication::setOrganizationName(u"FotaDesk"_s);
    QCoreApplication::setApplicationName(u"FotaDesk"_s);
    // A private home for this test only (set by the test runner): start it empty.
    const QString home = qEnvironmentVariable("HOME");
    QVERIFY2(home.contains(u"test-home"_s), "run through ctest: HOME must be the test's own");
    for (const char* var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = qEnvironmentVariable(var);
        QVERIFY2(dir.startsWith(home), var);
        QDir(dir).removeRecursively();
    }
    m_sim = std::make_unique<FotaSimProcess>(
        QStringList{u"--client-id"_s, kClientId, u"--client-secret"_s, kSecret, u"--username"_s,
                    kUser, u"--password"_s, kPassword, u"--state"_s,
                    m_simDir.filePath(u"sim-state.json"_s), u"--seed"_s, u"41"_s});
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
}

void SecretsTest::cleanupTestCase()
{
    LogFile::uninstall();
    m_sim.reset();
}

void SecretsTest::scannerFindsWhatItLooksFor()
{
    // A scan that cannot find anything would prove nothing.
    QTemporaryDir dir;
    QFile utf16(dir.filePath(u"sub/utf16.bin"_s));
    QDir().mkpath(dir.filePath(u"sub"_s));
    QVERIFY(utf16.open(QIODevice::WriteOnly));
    utf16.write("xx");
    utf16.write(reinterpret_cast<const char*>(kSecret.utf16()), kSecret.size() * 2);
    utf16.close();
    QFile utf8(dir.filePath(u".hidden"_s));
    QVERIFY(utf8.open(QIODevice::WriteOnly));
    utf8.write("password=" + kPassword.toUtf8());
    utf8.close();
    int files = 0;
    const auto found =
        scan({dir.path()}, {{u"secret"_s, kSecret}, {u"password"_s, kPassword}}, &files);
    QCOMPARE(files, 2);
    QCOMPARE(found.size(), 2);
}

void SecretsTest::fullSessionLeavesNoSecret()
{
    // --- the app's start: log file with every category on, settings, keychain, workspace ---
    QLoggingCategory::setFilterRules(u"fotadesk.*=true"_s);
    QString error;
    QVERIFY2(LogFile::install({}, &error), qPrintable(error));
    const QUrl baseUrl(m_sim->baseUrl());

    AppSettings settings;
    settings.setActiveProfile(Environment::Profile::Custom);
    settings.setCustomBaseUrl(baseUrl);
    settings.setAccount(Environment::Profile::Custom, kAccount);
    settings.setIdentity(Environment::Profile::Custom, kClientId, kUser);
    settings.sync();

    KeychainSecretStore keychain;
    KeychainCredentialSource credentials(keychain, u"custom"_s, kAccount);
    credentials.setIdentity(settings.clientId(Environment::Profile::Custom),
                            settings.username(Environment::Profile::Custom));
    QSignalSpy loaded(&credentials, &KeychainCredentialSource::loaded);
    credentials.load();
    QVERIFY(loaded.size() == 1 || loaded.wait(30000));
    qCInfo(lcSecretsTest).noquote()
        << "keychain:" << keychain.name() << "available:" << credentials.keychainAvailable()
        << credentials.message();
    if (credentials.state() == KeychainCredentialSource::State::Ready) {
        // A real keyring that kept them from an earlier run (the manual check under
        // dbus-run-session with gnome-keyring): they must be the known ones.
        QCOMPARE(credentials.credentials(nullptr)->clientSecret, kSecret);
        QCOMPARE(credentials.credentials(nullptr)->password, kPassword);
    } else {
        // Nothing stored, or no keychain at all: the user types them once.
        credentials.provide({kClientId, kSecret, kUser, kPassword}, settings.rememberSignIn());
    }

    LocalStore store;
    QVERIFY(store.open().persistent());
    QNetworkAccessManager network;
    FotaClient client(&network, settings.environment(Environment::Profile::Custom), &credentials,
                      Clock::system());
    AuditHook auditHook(store.audit(), &client, &store.pendingCreates());

    // --- a working session ---
    auto* firmware = wait(client.firmwareList());
    QVERIFY2(firmware->succeeded(), qPrintable(firmware->error().toString()));
    delete firmware;

    HttpTestClient admin(m_sim->baseUrl());
    const QJsonObject source =
        admin.adminPost(u"/admin/campaigns/synthetic"_s, QJsonObject{{u"devices"_s, 120}}).object();
    QVERIFY(!source.value(u"id"_s).toString().isEmpty());
    auto* sourcePager = new DeviceStatusPager(&client, source.value(u"id"_s).toString());
    sourcePager->setCollect(true);
    wait(sourcePager);
    QVERIFY(sourcePager->succeeded());
    QStringList devices;
    for (const auto& d : sourcePager->devices())
        devices << d.deviceId;
    delete sourcePager;
    QCOMPARE(devices.size(), 120);

    wire::CampaignRequest request;
    request.campaignName = u"secrets session"_s;
    request.firmwareName = source.value(u"firmwareName"_s).toString();
    request.firmwareFrom = source.value(u"firmwareFrom"_s).toString();
    request.firmwareTo = source.value(u"firmwareTo"_s).toString();
    request.protocol = source.value(u"protocol"_s).toString();
    request.startDate = QDate::currentDate().addDays(5);
    request.endDate = QDate::currentDate().addDays(8);
    request.deviceList = devices.mid(0, 1);
    auto* create = wait(client.createCampaign(request));
    QVERIFY2(create->succeeded(), qPrintable(create->error().toString()));
    const QString campaign = create->result().id;
    delete create;

    BatchRunner runner(&client, store.journal());
    QVERIFY(runner.begin(DeviceBatcher::Operation::AddToCampaign, devices.mid(1), campaign, 50,
                         &error));
    QSignalSpy batchDone(&runner, &BatchRunner::finished);
    runner.start();
    QVERIFY(batchDone.size() == 1 || batchDone.wait(60000));
    QVERIFY(runner.batcher()->allSucceeded());

    // Every token expires: the client renews (new bearer and session tokens) and goes on.
    QCOMPARE(admin.adminPost(u"/admin/tokens/expire"_s).status, 200);
    auto* dates = wait(client.changeCampaignDates(
        campaign, {request.startDate, request.endDate.addDays(1), {TimeWindow{1, 5}}}));
    QVERIFY2(dates->succeeded(), qPrintable(dates->error().toString()));
    delete dates;

    auto* report = new DeviceStatusPager(&client, campaign);
    report->setCollect(true);
    wait(report);
    QVERIFY(report->succeeded());
    DeviceStatusMap map;
    for (const auto& d : report->devices())
        map.add(d.deviceId, d.status, d.resultReason);
    delete report;
    QVERIFY(store.snapshots().save(StatusSnapshot::fromDevices(
                kAccount, campaign, QDateTime::currentDateTimeUtc(), map)) > 0);

    delete wait(client.assignLicenses(devices.mid(0, 3)));
    auto* refused = wait(client.cancelCampaign(u"no-such-campaign"_s));
    QVERIFY(!refused->succeeded());
    qCWarning(lcSecretsTest).noquote()
        << "expected refusal:" << refused->error().toString() << refused->error().details();
    delete refused;

    Draft draft;
    draft.campaign.campaignName = u"draft of the session"_s;
    QVERIFY(store.drafts().save(draft));
    QVERIFY(AuditLog::exportCsv(store.audit().query(),
                                Workspace::dataDirectory() + u"/exported-audit.csv"_s, &error));

    // A wrong password is tried once (the sign-in fails; the message must not repeat it).
    {
        KeychainCredentialSource wrong(keychain, u"custom"_s, kAccount);
        wrong.provide({kClientId, kSecret, kUser, kWrongPassword}, false);
        FotaClient other(&network, settings.environment(Environment::Profile::Custom), &wrong,
                         Clock::system());
        AuditHook hook(store.audit(), &other);
        auto* denied = wait(other.cancelCampaign(campaign));
        QVERIFY(!denied->succeeded());
        qCWarning(lcSecretsTest).noquote()
            << "sign-in failed:" << denied->error().toString() << denied->error().message()
            << denied->error().details();
        delete denied;
    }

    auto* cancel = wait(client.cancelCampaign(campaign));
    QVERIFY2(cancel->succeeded(), qPrintable(cancel->error().toString()));
    delete cancel;

    // --- fotactl, with the same credentials in its environment, logging everything ---
    const QString listFile = m_simDir.filePath(u"devices.txt"_s);
    {
        QFile f(listFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(devices.mid(100).join(u'\n').toLatin1());
    }
    auto* create2 = wait(client.createCampaign([&] {
        wire::CampaignRequest r = request;
        r.campaignName = u"secrets session 2"_s;
        return r;
    }()));
    QVERIFY(create2->succeeded());
    const QString campaign2 = create2->result().id;
    delete create2;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FOTA_CLIENT_ID"_s, kClientId);
    env.insert(u"FOTA_CLIENT_SECRET"_s, kSecret);
    env.insert(u"FOTA_USERNAME"_s, kUser);
    env.insert(u"FOTA_PASSWORD"_s, kPassword);
    env.insert(u"QT_LOGGING_RULES"_s, u"fotadesk.*=true"_s);
    const QString fotactl = qEnvironmentVariable("FOTADESK_BIN_DIR") + u"/fotactl"_s;
    const QStringList common{u"--base-url"_s, m_sim->baseUrl(), u"--account"_s, kAccount};
    for (const QStringList& args : {QStringList{u"campaign"_s, u"get"_s, campaign2},
                                    QStringList{u"campaign"_s, u"devices"_s, u"add"_s, campaign2,
                                                u"--file"_s, listFile, u"--chunk-size"_s, u"10"_s},
                                    QStringList{u"report"_s, u"devices"_s, campaign2, u"--json"_s},
                                    QStringList{u"audit"_s, u"--json"_s}}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(fotactl, args + (args.first() == u"audit" ? QStringList{} : common));
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        // Its output is a place secrets must not show up either.
        const QByteArray output = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY(!output.contains(kSecret.toUtf8()));
        QVERIFY(!output.contains(kPassword.toUtf8()));
    }

    // --- the session is over: what did it leave behind? ---
    LogFile::uninstall();
    QVERIFY(admin.adminPost(u"/admin/state/save"_s).status == 200);
    QFile stateFile(m_simDir.filePath(u"sim-state.json"_s));
    QVERIFY(stateFile.open(QIODevice::ReadOnly));
    const QJsonObject auth = QJsonDocument::fromJson(stateFile.readAll())
                                 .object()
                                 .value(u"payload"_s)
                                 .toObject()
                                 .value(u"auth"_s)
                                 .toObject();
    QList<Needle> needles{
        {u"client secret"_s, kSecret},
        {u"password"_s, kPassword},
        {u"wrong password"_s, kWrongPassword},
        {u"Basic credentials"_s,
         QString::fromLatin1((kClientId + u':' + kSecret).toUtf8().toBase64())},
    };
    int tokens = 0;
    for (const QString& group : {u"tokens"_s, u"sessions"_s}) {
        const QJsonObject issued = auth.value(group).toObject();
        for (auto it = issued.begin(); it != issued.end(); ++it) {
            needles.append({group + u" issued by the server"_s, it.key()});
            ++tokens;
        }
    }
    QVERIFY2(tokens >= 4, "the session must have used several bearer and session tokens");

    // The scan is about real artefacts: they exist and hold what they should.
    QVERIFY(QFileInfo(Workspace::defaultPath()).size() > 0);
    QFile log(LogFile::defaultPath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    QVERIFY2(logText.contains("fotadesk.api"), "the client's own log lines are in the file");
    QVERIFY(logText.contains("sign-in failed"));
    QVERIFY(
        QFileInfo::exists(QFileInfo(LogFile::defaultPath()).absolutePath() + u"/fotactl.log"_s));
    QVERIFY(store.audit().query().size() >= 8);
    QFile settingsFile(QSettings().fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(settingsFile.readAll().contains(kClientId.toUtf8())); // not secret: kept

    int files = 0;
    const auto found = scan(roots(), needles, &files);
    qInfo("scanned %d files below %s for %lld secrets and tokens", files,
          qPrintable(roots().join(u", "_s)), qlonglong(needles.size()));
    QVERIFY(files >= 4);
    for (const Finding& f : found)
        qWarning("LEAK: %s in %s", qPrintable(f.what), qPrintable(f.file));
    QCOMPARE(found.size(), 0);
}

QTEST_GUILESS_MAIN(SecretsTest)
#include "SecretsTest.moc"
