// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/AppSettings.h"

#include <QSettings>
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
        {K::RefreshIntervalMinutes, "dashboard/refreshMinutes", 5, 0, 60},
        {K::BatchChunkSize, "batch/chunkSize", 1000, 1, 1000},
        {K::BatchConcurrency, "batch/concurrency", 2, 1, 8},
        {K::RequestTimeoutSeconds, "network/requestTimeoutSeconds", 30, 5, 600},
        {K::AutosaveEnabled, "drafts/autosave", true},
        {K::LastImportFolder, "folders/lastImport", QString()},
        {K::LastExportFolder, "folders/lastExport", QString()},
        {K::SiteTimeZone, "display/siteTimeZone", QString()},
        {K::UiLanguage, "ui/language", QString()},
        {K::LogMaxKilobytes, "logging/maxKilobytes", 1024, 16, 102400},
        {K::LogFilesKept, "logging/filesKept", 5, 0, 50},
        {K::StaleDeviceDays, "checks/staleDeviceDays", 30, 1, 3650},
        {K::RecentFiles, "recentFiles/%1", QStringList()},
        {K::WindowState, "window/%1", QByteArray()},
        {K::WatchedCampaigns, "dashboards/watchedCampaigns/%1", QStringList()},
    };
}

// Keys of earlier versions (migrate()).
constexpr auto kOverviewRefreshMinutes = "dashboards/overviewRefreshMinutes";
constexpr auto kRefreshIntervalSeconds = "dashboard/refreshIntervalSeconds";
constexpr auto kSnapshotMapsKept = "dashboard/snapshotMapsKept";

bool isFamily(const AppSettings::Definition& d)
{
    return QByteArrayView(d.name).contains("%1");
}

/// `value` in the definition's type (ints clamped); invalid when it does not convert.
QVariant converted(const AppSettings::Definition& d, const QVariant& value)
{
    QVariant v = value;
    if (!v.convert(d.fallback.metaType()))
        return {};
    if (d.fallback.typeId() == QMetaType::Int && d.maximum > d.minimum)
        v = std::clamp(v.toInt(), d.minimum, d.maximum);
    return v;
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

QList<int> AppSettings::refreshMinutesChoices()
{
    return {0, 1, 2, 5, 10, 15, 30, 60};
}

const QStringList& AppSettings::retiredKeys()
{
    static const QStringList keys{QString::fromLatin1(kOverviewRefreshMinutes),
                                  QString::fromLatin1(kRefreshIntervalSeconds),
                                  QString::fromLatin1(kSnapshotMapsKept)};
    return keys;
}

AppSettings::AppSettings(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_owned = std::make_unique<QSettings>();
        m_settings = m_owned.get();
    }
    migrate();
}

AppSettings::AppSettings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_owned(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    m_settings = m_owned.get();
    migrate();
}

AppSettings::~AppSettings() = default;

void AppSettings::migrate()
{
    const QString overview = QString::fromLatin1(kOverviewRefreshMinutes);
    const QString seconds = QString::fromLatin1(kRefreshIntervalSeconds);
    const QString current = QString::fromLatin1(definition(Key::RefreshIntervalMinutes).name);
    // The overview's combo wrote its own key and was what took effect; the Settings dialog's
    // seconds were never applied, but were what the user asked for when the overview had none.
    if (!m_settings->contains(current)) {
        bool ok = false;
        if (const int m = m_settings->value(overview).toInt(&ok); ok)
            m_settings->setValue(current, converted(definition(Key::RefreshIntervalMinutes), m));
        else if (const int s = m_settings->value(seconds).toInt(&ok); ok)
            m_settings->setValue(current, std::clamp((s + 30) / 60, 1, 60));
    }
    for (const QString& key : retiredKeys())
        m_settings->remove(key);
}

QVariant AppSettings::value(Key key) const
{
    const Definition& d = definition(key);
    Q_ASSERT(!isFamily(d));
    const QVariant stored = m_settings->value(QString::fromLatin1(d.name));
    if (!stored.isValid())
        return d.fallback;
    const QVariant v = converted(d, stored);
    return v.isValid() ? v : d.fallback;
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    const Definition& d = definition(key);
    Q_ASSERT(!isFamily(d));
    const QVariant v = converted(d, value);
    if (!v.isValid())
        return;
    const QVariant before = this->value(key);
    m_settings->setValue(QString::fromLatin1(d.name), v);
    if (before != v)
        Q_EMIT changed(key);
}

void AppSettings::reset(Key key)
{
    const QVariant before = value(key);
    m_settings->remove(QString::fromLatin1(definition(key).name));
    if (before != value(key))
        Q_EMIT changed(key);
}

QVariant AppSettings::itemValue(Key family, const QString& item) const
{
    const Definition& d = definition(family);
    Q_ASSERT(isFamily(d));
    const QVariant stored = m_settings->value(QString::fromLatin1(d.name).arg(item));
    if (!stored.isValid())
        return d.fallback;
    const QVariant v = converted(d, stored);
    return v.isValid() ? v : d.fallback;
}

void AppSettings::setItemValue(Key family, const QString& item, const QVariant& value)
{
    const Definition& d = definition(family);
    Q_ASSERT(isFamily(d));
    const QVariant v = converted(d, value);
    if (!v.isValid())
        return;
    const QVariant before = itemValue(family, item);
    m_settings->setValue(QString::fromLatin1(d.name).arg(item), v);
    if (before != v)
        Q_EMIT changed(family);
}

QStringList AppSettings::items(Key family, const QString& prefix) const
{
    const Definition& d = definition(family);
    Q_ASSERT(isFamily(d));
    m_settings->beginGroup(QString::fromLatin1(d.name).arg(prefix));
    QStringList out = m_settings->allKeys();
    m_settings->endGroup();
    out.sort();
    return out;
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

int AppSettings::refreshIntervalMinutes() const
{
    return value(Key::RefreshIntervalMinutes).toInt();
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

qint64 AppSettings::logMaxBytes() const
{
    return qint64(value(Key::LogMaxKilobytes).toInt()) * 1024;
}

int AppSettings::logFilesKept() const
{
    return value(Key::LogFilesKept).toInt();
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

QTimeZone AppSettings::siteZone() const
{
    const QByteArray id = siteTimeZone().trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone::systemTimeZone();
    return QTimeZone(id);
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
