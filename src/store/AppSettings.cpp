#include "store/AppSettings.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

using K = AppSettings::Key;

QList<AppSettings::Definition> buildTable()
{
    // key, QSettings name, default, [min, max] for ints
    return {
        {K::ActiveProfile, "profiles/active", u"demo"_s},
        {K::DemoAccount, "profiles/demo/account", u"0000123456-00001"_s},
        {K::ProductionAccount, "profiles/production/account", QString()},
        {K::ProductionClientId, "profiles/production/clientId", QString()},
        {K::ProductionUsername, "profiles/production/username", QString()},
        {K::CustomBaseUrl, "profiles/custom/baseUrl", u"http://127.0.0.1:8080/api"_s},
        {K::CustomAccount, "profiles/custom/account", QString()},
        {K::CustomClientId, "profiles/custom/clientId", QString()},
        {K::CustomUsername, "profiles/custom/username", QString()},
        {K::ExtraCaFile, "network/extraCaFile", QString()},
        {K::RememberSignIn, "network/rememberSignIn", true},
        {K::RefreshIntervalSeconds, "dashboard/refreshIntervalSeconds", 60, 10, 3600},
        {K::BatchChunkSize, "batch/chunkSize", 1000, 1, 1000},
        {K::BatchConcurrency, "batch/concurrency", 2, 1, 8},
        {K::RequestTimeoutSeconds, "network/requestTimeoutSeconds", 30, 5, 600},
        {K::AutosaveEnabled, "drafts/autosave", true},
        {K::SnapshotMapsKept, "dashboard/snapshotMapsKept", 3, 1, 50},
        {K::LastImportFolder, "folders/lastImport", QString()},
        {K::LastExportFolder, "folders/lastExport", QString()},
        {K::SiteTimeZone, "display/siteTimeZone", QString()},
        {K::UiLanguage, "ui/language", QString()},
        {K::LogMaxKilobytes, "logging/maxKilobytes", 1024, 16, 102400},
        {K::LogFilesKept, "logging/filesKept", 5, 0, 50},
    };
}

K accountKey(Environment::Profile p)
{
    switch (p) {
    case Environment::Profile::Demo:
        return K::DemoAccount;
    case Environment::Profile::Production:
        return K::ProductionAccount;
    case Environment::Profile::Custom:
        return K::CustomAccount;
    }
    return K::DemoAccount;
}

} // namespace

const QList<AppSettings::Definition>& AppSettings::definitions()
{
    static const QList<Definition> table = buildTable();
    return table;
}

const AppSettings::Definition& AppSettings::definition(Key key)
{
    const auto& table = definitions();
    const auto it = std::find_if(table.cbegin(), table.cend(),
                                 [key](const Definition& d) { return d.key == key; });
    Q_ASSERT(it != table.cend());
    return *it;
}

AppSettings::AppSettings(QSettings* settings)
    : m_settings(settings)
{
    if (!m_settings) {
        m_owned = std::make_unique<QSettings>();
        m_settings = m_owned.get();
    }
}

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(Key key) const
{
    const Definition& d = definition(key);
    const QVariant stored = m_settings->value(QString::fromLatin1(d.name));
    if (!stored.isValid())
        return d.fallback;
    QVariant converted = stored;
    if (!converted.convert(d.fallback.metaType()))
        return d.fallback;
    if (d.fallback.typeId() == QMetaType::Int && d.maximum > d.minimum)
        return std::clamp(converted.toInt(), d.minimum, d.maximum);
    return converted;
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    const Definition& d = definition(key);
    QVariant v = value;
    if (!v.convert(d.fallback.metaType()))
        return;
    if (d.fallback.typeId() == QMetaType::Int && d.maximum > d.minimum)
        v = std::clamp(v.toInt(), d.minimum, d.maximum);
    m_settings->setValue(QString::fromLatin1(d.name), v);
}

void AppSettings::reset(Key key)
{
    m_settings->remove(QString::fromLatin1(definition(key).name));
}

bool AppSettings::isSet(Key key) const
{
    return m_settings->contains(QString::fromLatin1(definition(key).name));
}

void AppSettings::sync()
{
    m_settings->sync();
}

Environment::Profile AppSettings::activeProfile() const
{
    Environment::Profile p = Environment::Profile::Demo;
    if (!Environment::parseProfile(value(Key::ActiveProfile).toString(), &p))
        return Environment::Profile::Demo;
    return p;
}

void AppSettings::setActiveProfile(Environment::Profile profile)
{
    setValue(Key::ActiveProfile, Environment::profileName(profile));
}

QString AppSettings::account(Environment::Profile profile) const
{
    return value(accountKey(profile)).toString();
}

void AppSettings::setAccount(Environment::Profile profile, const QString& account)
{
    setValue(accountKey(profile), account.trimmed());
}

QString AppSettings::clientId(Environment::Profile profile) const
{
    switch (profile) {
    case Environment::Profile::Production:
        return value(Key::ProductionClientId).toString();
    case Environment::Profile::Custom:
        return value(Key::CustomClientId).toString();
    case Environment::Profile::Demo:
        break;
    }
    return {};
}

QString AppSettings::username(Environment::Profile profile) const
{
    switch (profile) {
    case Environment::Profile::Production:
        return value(Key::ProductionUsername).toString();
    case Environment::Profile::Custom:
        return value(Key::CustomUsername).toString();
    case Environment::Profile::Demo:
        break;
    }
    return {};
}

void AppSettings::setIdentity(Environment::Profile profile, const QString& clientId,
                              const QString& username)
{
    switch (profile) {
    case Environment::Profile::Production:
        setValue(Key::ProductionClientId, clientId.trimmed());
        setValue(Key::ProductionUsername, username.trimmed());
        break;
    case Environment::Profile::Custom:
        setValue(Key::CustomClientId, clientId.trimmed());
        setValue(Key::CustomUsername, username.trimmed());
        break;
    case Environment::Profile::Demo:
        break; // the demo needs no credentials
    }
}

QUrl AppSettings::customBaseUrl() const
{
    return QUrl(value(Key::CustomBaseUrl).toString());
}

void AppSettings::setCustomBaseUrl(const QUrl& url)
{
    // Never keep user info (a password) from a pasted URL.
    setValue(Key::CustomBaseUrl, url.adjusted(QUrl::RemoveUserInfo).toString());
}

QString AppSettings::extraCaFile() const
{
    return value(Key::ExtraCaFile).toString();
}

void AppSettings::setExtraCaFile(const QString& path)
{
    setValue(Key::ExtraCaFile, path);
}

bool AppSettings::rememberSignIn() const
{
    return value(Key::RememberSignIn).toBool();
}

int AppSettings::refreshIntervalSeconds() const
{
    return value(Key::RefreshIntervalSeconds).toInt();
}

int AppSettings::batchChunkSize() const
{
    return value(Key::BatchChunkSize).toInt();
}

int AppSettings::batchConcurrency() const
{
    return value(Key::BatchConcurrency).toInt();
}

int AppSettings::requestTimeoutSeconds() const
{
    return value(Key::RequestTimeoutSeconds).toInt();
}

bool AppSettings::autosaveEnabled() const
{
    return value(Key::AutosaveEnabled).toBool();
}

int AppSettings::snapshotMapsKept() const
{
    return value(Key::SnapshotMapsKept).toInt();
}

QString AppSettings::lastImportFolder() const
{
    return value(Key::LastImportFolder).toString();
}

void AppSettings::setLastImportFolder(const QString& folder)
{
    setValue(Key::LastImportFolder, folder);
}

QString AppSettings::lastExportFolder() const
{
    return value(Key::LastExportFolder).toString();
}

void AppSettings::setLastExportFolder(const QString& folder)
{
    setValue(Key::LastExportFolder, folder);
}

QString AppSettings::siteTimeZone() const
{
    return value(Key::SiteTimeZone).toString();
}

QString AppSettings::uiLanguage() const
{
    return value(Key::UiLanguage).toString();
}

void AppSettings::setUiLanguage(const QString& code)
{
    setValue(Key::UiLanguage, code.trimmed());
}

Environment AppSettings::environment(Environment::Profile profile, const QUrl& demoBaseUrl) const
{
    Environment env;
    switch (profile) {
    case Environment::Profile::Demo:
        env = Environment::demo(demoBaseUrl, account(profile));
        break;
    case Environment::Profile::Production:
        env = Environment::production(account(profile));
        break;
    case Environment::Profile::Custom:
        env = Environment::custom(customBaseUrl(), account(profile));
        break;
    }
    env.extraCaFile = extraCaFile();
    return env;
}

} // namespace fotadesk
