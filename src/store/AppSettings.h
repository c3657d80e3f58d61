#pragma once

#include "api/Environment.h"

#include <QList>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace fotadesk {

/// The application's settings (QSettings), with every key, its type and its
/// default in ONE table (definitions()) and typed accessors over it. Holds no
/// secrets: there is no key for a client secret, password or token, and only
/// keys of the table can be written.
///
/// Environment profiles: Demo (the embedded fotasim, no credentials),
/// Production (ThingSpace) and Custom (any base URL); each has its account,
/// client id and user name (not secret), and an extra CA file is shared.
class AppSettings final
{
public:
    enum class Key
    {
        ActiveProfile, ///< "demo" | "production" | "custom"
        DemoAccount,
        ProductionAccount,
        ProductionClientId,
        ProductionUsername,
        CustomBaseUrl,
        CustomAccount,
        CustomClientId,
        CustomUsername,
        ExtraCaFile,    ///< PEM/DER trusted besides the system CAs ("" none)
        RememberSignIn, ///< store secret and password in the keychain
        RefreshIntervalSeconds,
        BatchChunkSize,
        BatchConcurrency,
        RequestTimeoutSeconds,
        AutosaveEnabled,
        SnapshotMapsKept,
        LastImportFolder,
        LastExportFolder,
        SiteTimeZone, ///< IANA id ("" = the system's)
        UiLanguage,   ///< "" = the system's, "en", "de", "es" (takes effect at the next start)
        LogMaxKilobytes,
        LogFilesKept,
    };

    struct Definition
    {
        Key key;
        const char* name;  ///< the QSettings key, e.g. "profiles/production/account"
        QVariant fallback; ///< the default (its type is the key's type)
        int minimum = 0;   ///< ints: clamped to [minimum, maximum]
        int maximum = 0;
    };

    /// The one table of keys, types and defaults.
    static const QList<Definition>& definitions();
    static const Definition& definition(Key key);

    /// Uses `settings` (not owned) — tests pass a QSettings on a temporary file; nullptr: the
    /// application's QSettings (organization/application name).
    explicit AppSettings(QSettings* settings = nullptr);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    /// The stored value converted to the key's type (ints clamped), or the default.
    [[nodiscard]] QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    [[nodiscard]] bool isSet(Key key) const;
    void sync();

    // Typed accessors.
    [[nodiscard]] Environment::Profile activeProfile() const;
    void setActiveProfile(Environment::Profile profile);
    [[nodiscard]] QString account(Environment::Profile profile) const;
    void setAccount(Environment::Profile profile, const QString& account);
    [[nodiscard]] QString clientId(Environment::Profile profile) const;
    [[nodiscard]] QString username(Environment::Profile profile) const;
    void setIdentity(Environment::Profile profile, const QString& clientId,
                     const QString& username);
    [[nodiscard]] QUrl customBaseUrl() const;
    void setCustomBaseUrl(const QUrl& url);
    [[nodiscard]] QString extraCaFile() const;
    void setExtraCaFile(const QString& path);
    [[nodiscard]] bool rememberSignIn() const;
    [[nodiscard]] int refreshIntervalSeconds() const;
    [[nodiscard]] int batchChunkSize() const;
    [[nodiscard]] int batchConcurrency() const;
    [[nodiscard]] int requestTimeoutSeconds() const;
    [[nodiscard]] bool autosaveEnabled() const;
    [[nodiscard]] int snapshotMapsKept() const;
    [[nodiscard]] QString lastImportFolder() const;
    void setLastImportFolder(const QString& folder);
    [[nodiscard]] QString lastExportFolder() const;
    void setLastExportFolder(const QString& folder);
    [[nodiscard]] QString siteTimeZone() const;
    [[nodiscard]] QString uiLanguage() const;
    void setUiLanguage(const QString& code);

    /// The Environment of a profile from the settings (Demo needs the embedded simulator's
    /// base URL, given by the caller).
    [[nodiscard]] Environment environment(Environment::Profile profile,
                                          const QUrl& demoBaseUrl = {}) const;

private:
    QSettings* m_settings;
    std::unique_ptr<QSettings> m_owned;
};

} // namespace fotadesk
