// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/Environment.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

#include <memory>

class QSettings;

namespace fotadesk {

/// The application's settings (QSettings), with every key, its type and its
/// default in ONE table (definitions()) and typed accessors over it. Holds no
/// secrets: there is no key for a client secret, password or token, and only
/// keys of the table can be written. Nothing else in src/ touches QSettings.
///
/// Environment profiles: Demo (the embedded fotasim, no credentials),
/// Production (ThingSpace) and Custom (any base URL); each has its account,
/// client id and user name (not secret), and an extra CA file is shared.
///
/// Families: a few keys stand for one value per name (the recent-file list "deviceLists",
/// the window "MainWindow/geometry", the account whose watched campaigns are kept); their
/// table name holds "%1" and they are read and written with itemValue()/setItemValue().
///
/// changed() tells who applies a setting (the overview's timer, the client's timeout, the
/// autosaves, the log) that it was written, so that it takes effect at once. The constructor
/// migrates keys of earlier versions (migrate()).
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

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
        ExtraCaFile,            ///< PEM/DER trusted besides the system CAs ("" none)
        RememberSignIn,         ///< store secret and password in the keychain
        RefreshIntervalMinutes, ///< the overview's auto-refresh (0: off)
        BatchChunkSize,         ///< devices a request of an add/remove batch
        BatchConcurrency,       ///< requests of a batch in flight at once
        RequestTimeoutSeconds,  ///< no progress for this long ends a request
        AutosaveEnabled,        ///< forms and device lists are saved as drafts
        LastImportFolder,
        LastExportFolder,
        SiteTimeZone, ///< IANA id ("" = the system's; takes effect at the next start)
        UiLanguage,   ///< "" = the system's, "en", "de", "es" (takes effect at the next start)
        LogMaxKilobytes,
        LogFilesKept,
        StaleDeviceDays, ///< the pre-flight check warns about devices silent for longer
        // Families ("%1" in the name): itemValue()/setItemValue().
        RecentFiles,      ///< "recentFiles/%1": a list's paths, newest first (RecentFiles)
        WindowState,      ///< "window/%1": geometry, splitters, headers (WindowStateStore)
        WatchedCampaigns, ///< "dashboards/watchedCampaigns/%1": per account (Notifier)
    };
    Q_ENUM(Key)

    struct Definition
    {
        Key key;
        const char*
            name; ///< the QSettings key, e.g. "profiles/production/account" ("%1": a family)
        QVariant fallback; ///< the default (its type is the key's type)
        int minimum = 0;   ///< ints: clamped to [minimum, maximum]
        int maximum = 0;
    };

    /// The one table of keys, types and defaults.
    static const QList<Definition>& definitions();
    static const Definition& definition(Key key);

    /// The auto-refresh intervals (minutes, 0: off) the overview and the Settings dialog offer.
    static QList<int> refreshMinutesChoices();

    /// Keys of earlier versions that migrate() renames or removes, for tests and docs.
    static const QStringList& retiredKeys();

    /// Uses `settings` (not owned) — tests pass a QSettings on a temporary file; nullptr: the
    /// application's QSettings (organization/application name).
    explicit AppSettings(QSettings* settings = nullptr, QObject* parent = nullptr);
    /// Its own INI file at `iniPath` (the screenshot driver's throw-away settings).
    explicit AppSettings(const QString& iniPath, QObject* parent = nullptr);
    ~AppSettings() override;

    /// The stored value converted to the key's type (ints clamped), or the default.
    [[nodiscard]] QVariant value(Key key) const;
    /// Writes `value` (converted, clamped); changed(key) when the stored value changed.
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    [[nodiscard]] bool isSet(Key key) const;
    void sync();

    /// A family's value for `item` (the "%1" of its name), or the default.
    [[nodiscard]] QVariant itemValue(Key family, const QString& item) const;
    void setItemValue(Key family, const QString& item, const QVariant& value);
    /// The items stored below `prefix` in a family, relative to it ("geometry",
    /// "splitter/a/b" for prefix "MainWindow"), sorted.
    [[nodiscard]] QStringList items(Key family, const QString& prefix) const;

    /// Renames and removes the keys of earlier versions (idempotent; the constructor calls it):
    /// "dashboards/overviewRefreshMinutes" (the overview's own key) becomes
    /// "dashboard/refreshMinutes"; "dashboard/refreshIntervalSeconds" (never applied) becomes it
    /// only when the overview had none; "dashboard/snapshotMapsKept" (nothing reads older
    /// device maps) goes.
    void migrate();

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
    [[nodiscard]] int refreshIntervalMinutes() const;
    [[nodiscard]] int batchChunkSize() const;
    [[nodiscard]] int batchConcurrency() const;
    [[nodiscard]] int requestTimeoutSeconds() const;
    [[nodiscard]] bool autosaveEnabled() const;
    [[nodiscard]] qint64 logMaxBytes() const;
    [[nodiscard]] int logFilesKept() const;
    [[nodiscard]] QString lastImportFolder() const;
    void setLastImportFolder(const QString& folder);
    [[nodiscard]] QString lastExportFolder() const;
    void setLastExportFolder(const QString& folder);
    [[nodiscard]] QString siteTimeZone() const;
    /// The site time zone setting as a zone: the system's when unset or unknown.
    [[nodiscard]] QTimeZone siteZone() const;
    [[nodiscard]] QString uiLanguage() const;
    void setUiLanguage(const QString& code);

    /// The Environment of a profile from the settings (Demo needs the embedded simulator's
    /// base URL, given by the caller).
    [[nodiscard]] Environment environment(Environment::Profile profile,
                                          const QUrl& demoBaseUrl = {}) const;

Q_SIGNALS:
    /// `key` was written with another value (a family: any of its items).
    void changed(fotadesk::AppSettings::Key key);

private:
    QSettings* m_settings;
    std::unique_ptr<QSettings> m_owned;
};

} // namespace fotadesk
