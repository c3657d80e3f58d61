// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/AppSettings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

class AppSettingsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tableIsComplete();
    void noKeyForSecrets();
    void defaultsComeFromTheTable();
    void typedRoundTrip();
    void intsAreClamped_data();
    void intsAreClamped();
    void wrongTypeFallsBack();
    void profilesAndEnvironment();
    void customUrlDropsUserInfo();
    void changedTellsWhatWasWritten();
    void familiesKeepOneValuePerItem();
    void migratesKeysOfEarlierVersions_data();
    void migratesKeysOfEarlierVersions();
    void onlyTheSettingsCodeUsesQSettings();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
};

void AppSettingsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_qsettings =
        std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
}

void AppSettingsTest::cleanup()
{
    m_qsettings.reset();
    m_dir.reset();
}

void AppSettingsTest::tableIsComplete()
{
    QSet<int> keys;
    QSet<QString> names;
    for (const auto& d : AppSettings::definitions()) {
        keys.insert(int(d.key));
        names.insert(QString::fromLatin1(d.name));
        QVERIFY2(d.fallback.isValid(), d.name);
        if (d.fallback.typeId() == QMetaType::Int && d.maximum > d.minimum) {
            QVERIFY2(d.fallback.toInt() >= d.minimum && d.fallback.toInt() <= d.maximum, d.name);
        }
    }
    QCOMPARE(keys.size(), AppSettings::definitions().size());           // each key once
    QCOMPARE(names.size(), AppSettings::definitions().size());          // each name once
    QCOMPARE(keys.size(), int(AppSettings::Key::WatchedCampaigns) + 1); // every enum value
}

void AppSettingsTest::noKeyForSecrets()
{
    const QRegularExpression secret(u"secret|password|token"_s,
                                    QRegularExpression::CaseInsensitiveOption);
    for (const auto& d : AppSettings::definitions())
        QVERIFY2(!secret.match(QString::fromLatin1(d.name)).hasMatch(), d.name);
}

void AppSettingsTest::defaultsComeFromTheTable()
{
    AppSettings s(m_qsettings.get());
    for (const auto& d : AppSettings::definitions()) {
        if (QByteArrayView(d.name).contains("%1")) { // a family
            QCOMPARE(s.itemValue(d.key, u"any"_s), d.fallback);
            QVERIFY(s.items(d.key, u"any"_s).isEmpty());
            continue;
        }
        QCOMPARE(s.value(d.key), d.fallback);
        QVERIFY(!s.isSet(d.key));
    }
    QCOMPARE(s.activeProfile(), Environment::Profile::Demo);
    QCOMPARE(s.batchChunkSize(), 1000);
    QCOMPARE(s.refreshIntervalMinutes(), 5);
    QVERIFY(s.autosaveEnabled());
    QCOMPARE(s.siteZone(), QTimeZone::systemTimeZone());
}

void AppSettingsTest::typedRoundTrip()
{
    {
        AppSettings s(m_qsettings.get());
        s.setActiveProfile(Environment::Profile::Production);
        s.setAccount(Environment::Profile::Production, u" 0000999999-00001 "_s);
        s.setIdentity(Environment::Profile::Production, u"cid"_s, u"engineer"_s);
        s.setExtraCaFile(u"/etc/ssl/extra.pem"_s);
        s.setLastImportFolder(u"/home/me/imports"_s);
        s.setValue(AppSettings::Key::BatchChunkSize, 250);
        s.sync();
    }
    QSettings reread(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    AppSettings s(&reread);
    QCOMPARE(s.activeProfile(), Environment::Profile::Production);
    QCOMPARE(s.account(Environment::Profile::Production), u"0000999999-00001"_s);
    QCOMPARE(s.clientId(Environment::Profile::Production), u"cid"_s);
    QCOMPARE(s.username(Environment::Profile::Production), u"engineer"_s);
    QCOMPARE(s.extraCaFile(), u"/etc/ssl/extra.pem"_s);
    QCOMPARE(s.lastImportFolder(), u"/home/me/imports"_s);
    QCOMPARE(s.batchChunkSize(), 250);
    s.reset(AppSettings::Key::BatchChunkSize);
    QCOMPARE(s.batchChunkSize(), 1000);
}

void AppSettingsTest::intsAreClamped_data()
{
    QTest::addColumn<int>("given");
    QTest::addColumn<int>("stored");
    QTest::newRow("below") << 0 << 1;
    QTest::newRow("inside") << 500 << 500;
    QTest::newRow("above the contract's chunk limit") << 5000 << 1000;
}

void AppSettingsTest::intsAreClamped()
{
    QFETCH(int, given);
    QFETCH(int, stored);
    AppSettings s(m_qsettings.get());
    s.setValue(AppSettings::Key::BatchChunkSize, given);
    QCOMPARE(s.batchChunkSize(), stored);
    // A hand-edited file is clamped on read too.
    m_qsettings->setValue(u"batch/chunkSize"_s, given);
    QCOMPARE(s.batchChunkSize(), stored);
}

void AppSettingsTest::wrongTypeFallsBack()
{
    AppSettings s(m_qsettings.get());
    m_qsettings->setValue(u"dashboard/refreshMinutes"_s, u"soon"_s);
    QCOMPARE(s.refreshIntervalMinutes(), 5);
    m_qsettings->setValue(u"display/siteTimeZone"_s, u"Mars/Olympus_Mons"_s);
    QCOMPARE(s.siteZone(), QTimeZone::systemTimeZone());
    m_qsettings->setValue(u"profiles/active"_s, u"staging"_s);
    QCOMPARE(s.activeProfile(), Environment::Profile::Demo);
}

void AppSettingsTest::profilesAndEnvironment()
{
    AppSettings s(m_qsettings.get());
    s.setAccount(Environment::Profile::Custom, u"acc-1"_s);
    s.setCustomBaseUrl(QUrl(u"http://127.0.0.1:9999/api"_s));
    s.setExtraCaFile(u"/tmp/ca.pem"_s);
    const Environment custom = s.environment(Environment::Profile::Custom);
    QCOMPARE(custom.profile, Environment::Profile::Custom);
    QCOMPARE(custom.baseUrl, QUrl(u"http://127.0.0.1:9999/api"_s));
    QCOMPARE(custom.accountName, u"acc-1"_s);
    QCOMPARE(custom.extraCaFile, u"/tmp/ca.pem"_s);
    const Environment demo =
        s.environment(Environment::Profile::Demo, QUrl(u"http://127.0.0.1:1234/api"_s));
    QCOMPARE(demo.profile, Environment::Profile::Demo);
    QCOMPARE(demo.accountName, u"0000123456-00001"_s);
    QVERIFY(s.clientId(Environment::Profile::Demo).isEmpty()); // the demo needs none
    const Environment prod = s.environment(Environment::Profile::Production);
    QCOMPARE(prod.baseUrl, Environment::productionBaseUrl());
}

void AppSettingsTest::customUrlDropsUserInfo()
{
    AppSettings s(m_qsettings.get());
    s.setCustomBaseUrl(QUrl(u"https://bob:hunter2@fota.example.invalid/api"_s));
    QCOMPARE(s.customBaseUrl(), QUrl(u"https://fota.example.invalid/api"_s));
    s.sync();
    QFile f(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("hunter2"));
}

// Who applies a setting hears of it once per real change, not for a write of the same value.
void AppSettingsTest::changedTellsWhatWasWritten()
{
    AppSettings s(m_qsettings.get());
    QSignalSpy changed(&s, &AppSettings::changed);
    s.setValue(AppSettings::Key::RequestTimeoutSeconds, 12);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<AppSettings::Key>(),
             AppSettings::Key::RequestTimeoutSeconds);
    s.setValue(AppSettings::Key::RequestTimeoutSeconds, 12);
    QCOMPARE(changed.count(), 1);
    s.setValue(AppSettings::Key::RequestTimeoutSeconds, 9000); // clamped to 600: a change
    QCOMPARE(changed.count(), 2);
    QCOMPARE(s.requestTimeoutSeconds(), 600);
    s.reset(AppSettings::Key::RequestTimeoutSeconds);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(s.requestTimeoutSeconds(), 30);
    s.setItemValue(AppSettings::Key::RecentFiles, u"deviceLists"_s, QStringList{u"/a.csv"_s});
    QCOMPARE(changed.count(), 4);
    QCOMPARE(changed.last().first().value<AppSettings::Key>(), AppSettings::Key::RecentFiles);
}

// The desktop state (recent files, window layout, watched campaigns) goes through the table
// too: one row per family, one key per item.
void AppSettingsTest::familiesKeepOneValuePerItem()
{
    {
        AppSettings s(m_qsettings.get());
        s.setItemValue(AppSettings::Key::RecentFiles, u"deviceLists"_s,
                       QStringList{u"/b.csv"_s, u"/a.csv"_s});
        s.setItemValue(AppSettings::Key::WindowState, u"MainWindow/geometry"_s, QByteArray("g"));
        s.setItemValue(AppSettings::Key::WindowState, u"MainWindow/splitter/a/b"_s,
                       QByteArray("s"));
        s.setItemValue(AppSettings::Key::WindowState, u"guide/geometry"_s, QByteArray("x"));
        s.setItemValue(AppSettings::Key::WatchedCampaigns, u"acc-1"_s, QStringList{u"c1"_s});
        s.sync();
    }
    QCOMPARE(m_qsettings->value(u"recentFiles/deviceLists"_s).toStringList(),
             (QStringList{u"/b.csv"_s, u"/a.csv"_s}));
    QCOMPARE(m_qsettings->value(u"window/MainWindow/geometry"_s).toByteArray(), "g");
    QCOMPARE(m_qsettings->value(u"dashboards/watchedCampaigns/acc-1"_s).toStringList(),
             QStringList{u"c1"_s});
    AppSettings s(m_qsettings.get());
    QCOMPARE(s.items(AppSettings::Key::WindowState, u"MainWindow"_s),
             (QStringList{u"geometry"_s, u"splitter/a/b"_s}));
    QCOMPARE(s.itemValue(AppSettings::Key::WindowState, u"guide/geometry"_s).toByteArray(), "x");
    QCOMPARE(s.itemValue(AppSettings::Key::WatchedCampaigns, u"acc-2"_s), QVariant(QStringList()));
}

// Keys of earlier versions: the overview's own refresh key (minutes, what took effect) becomes
// the table's; the dialog's seconds (never applied) only when the overview had none; the
// snapshot-maps key goes. Nothing retired is left, and a second start changes nothing.
void AppSettingsTest::migratesKeysOfEarlierVersions_data()
{
    QTest::addColumn<QVariant>("overviewMinutes");
    QTest::addColumn<QVariant>("dialogSeconds");
    QTest::addColumn<int>("minutes");
    QTest::newRow("nothing stored") << QVariant() << QVariant() << 5;
    QTest::newRow("overview's combo") << QVariant(15) << QVariant() << 15;
    QTest::newRow("overview off") << QVariant(0) << QVariant(120) << 0;
    QTest::newRow("dialog's seconds only") << QVariant() << QVariant(120) << 2;
    QTest::newRow("dialog's 10 s") << QVariant() << QVariant(10) << 1;
}

void AppSettingsTest::migratesKeysOfEarlierVersions()
{
    QFETCH(QVariant, overviewMinutes);
    QFETCH(QVariant, dialogSeconds);
    QFETCH(int, minutes);
    if (overviewMinutes.isValid())
        m_qsettings->setValue(u"dashboards/overviewRefreshMinutes"_s, overviewMinutes);
    if (dialogSeconds.isValid())
        m_qsettings->setValue(u"dashboard/refreshIntervalSeconds"_s, dialogSeconds);
    m_qsettings->setValue(u"dashboard/snapshotMapsKept"_s, 7);
    m_qsettings->setValue(u"batch/chunkSize"_s, 250); // a current key stays as it is
    {
        AppSettings s(m_qsettings.get());
        QCOMPARE(s.refreshIntervalMinutes(), minutes);
        QCOMPARE(s.batchChunkSize(), 250);
    }
    for (const QString& key : AppSettings::retiredKeys())
        QVERIFY2(!m_qsettings->contains(key), qPrintable(key));
    QVERIFY(!m_qsettings->contains(u"dashboard/snapshotMapsKept"_s));
    // Every stored key is one of the table's.
    for (const QString& key : m_qsettings->allKeys()) {
        bool known = false;
        for (const auto& d : AppSettings::definitions())
            known = known || key == QLatin1String(d.name);
        QVERIFY2(known, qPrintable(key));
    }
    AppSettings again(m_qsettings.get());
    QCOMPARE(again.refreshIntervalMinutes(), minutes);
}

// Every setting is read through the table: no other file of src/ includes or declares
// QSettings (a file that does not, cannot use it: AppSettings.h does not include it).
void AppSettingsTest::onlyTheSettingsCodeUsesQSettings()
{
    const QDir src(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../src"));
    QVERIFY(src.exists(u"store/AppSettings.cpp"_s));
    QStringList users;
    QDirIterator it(src.path(), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = src.relativeFilePath(path);
        if (relative.startsWith(u"store/AppSettings."_s))
            continue;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        if (text.contains("#include <QSettings>") || text.contains("class QSettings;"))
            users << relative;
    }
    QVERIFY2(users.isEmpty(), qPrintable(users.join(u", "_s)));
}

QTEST_GUILESS_MAIN(AppSettingsTest)
#include "AppSettingsTest.moc"
