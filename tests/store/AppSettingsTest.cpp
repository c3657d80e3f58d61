#include "store/AppSettings.h"

#include <QRegularExpression>
#include <QSet>
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
    QCOMPARE(keys.size(), AppSettings::definitions().size());       // each key once
    QCOMPARE(names.size(), AppSettings::definitions().size());      // each name once
    QCOMPARE(keys.size(), int(AppSettings::Key::LogFilesKept) + 1); // every enum value
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
        QCOMPARE(s.value(d.key), d.fallback);
        QVERIFY(!s.isSet(d.key));
    }
    QCOMPARE(s.activeProfile(), Environment::Profile::Demo);
    QCOMPARE(s.batchChunkSize(), 1000);
    QCOMPARE(s.refreshIntervalSeconds(), 60);
    QVERIFY(s.autosaveEnabled());
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
    m_qsettings->setValue(u"dashboard/refreshIntervalSeconds"_s, u"soon"_s);
    QCOMPARE(s.refreshIntervalSeconds(), 60);
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

QTEST_GUILESS_MAIN(AppSettingsTest)
#include "AppSettingsTest.moc"
