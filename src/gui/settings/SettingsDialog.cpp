// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/settings/SettingsDialog.h"

#include "gui/common/MessageSeam.h"
#include "gui/shell/AppLanguage.h"
#include "store/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

QSpinBox* spinFor(AppSettings::Key key, const QString& suffix, const QString& name, QWidget* parent)
{
    const auto& d = AppSettings::definition(key);
    auto* spin = new QSpinBox(parent);
    spin->setRange(d.minimum, d.maximum);
    spin->setSuffix(suffix);
    spin->setObjectName(name);
    return spin;
}

/// A note below a row: what applies only from the next start.
QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, MessageSeam* messages, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_messages(messages)
    , m_profile(new QComboBox(this))
    , m_demoAccount(new QLineEdit(this))
    , m_productionAccount(new QLineEdit(this))
    , m_productionClientId(new QLineEdit(this))
    , m_productionUsername(new QLineEdit(this))
    , m_customUrl(new QLineEdit(this))
    , m_customAccount(new QLineEdit(this))
    , m_customClientId(new QLineEdit(this))
    , m_customUsername(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the client secret and password in the keychain"), this))
    , m_refresh(new QComboBox(this))
    , m_chunk(spinFor(AppSettings::Key::BatchChunkSize, tr(" devices"), u"chunkSpin"_s, this))
    , m_concurrency(
          spinFor(AppSettings::Key::BatchConcurrency, tr(" requests"), u"concurrencySpin"_s, this))
    , m_timeout(spinFor(AppSettings::Key::RequestTimeoutSeconds, tr(" s"), u"timeoutSpin"_s, this))
    , m_autosave(new QCheckBox(tr("Save drafts of forms automatically"), this))
    , m_staleDays(spinFor(AppSettings::Key::StaleDeviceDays, tr(" days"), u"staleDaysSpin"_s, this))
    , m_logSize(spinFor(AppSettings::Key::LogMaxKilobytes, tr(" KB"), u"logSizeSpin"_s, this))
    , m_logFiles(spinFor(AppSettings::Key::LogFilesKept, QString(), u"logFilesSpin"_s, this))
    , m_siteZone(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    m_profile->addItem(tr("Demo (built-in simulator, no account needed)"),
                       static_cast<int>(Environment::Profile::Demo));
    m_profile->addItem(tr("Production (ThingSpace)"),
                       static_cast<int>(Environment::Profile::Production));
    m_profile->addItem(tr("Custom base URL"), static_cast<int>(Environment::Profile::Custom));
    m_customUrl->setPlaceholderText(QStringLiteral("https://fota.example.com/api"));
    // Long choices (German, Spanish) must not widen the dialog past a 1024-pixel screen: the
    // combo boxes take the room the form gives them and elide the rest.
    for (QComboBox* combo : {m_profile, m_refresh, m_siteZone, m_language}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_profile ? 24 : 18);
    }

    auto* profiles = new QGroupBox(tr("Environment"), this);
    auto* pf = new QFormLayout(profiles);
    pf->addRow(tr("Use:"), m_profile);
    pf->addRow(tr("Demo account:"), m_demoAccount);
    pf->addRow(tr("Production account:"), m_productionAccount);
    pf->addRow(tr("Production client id:"), m_productionClientId);
    pf->addRow(tr("Production user name:"), m_productionUsername);
    pf->addRow(tr("Custom base URL:"), m_customUrl);
    pf->addRow(tr("Custom account:"), m_customAccount);
    pf->addRow(tr("Custom client id:"), m_customClientId);
    pf->addRow(tr("Custom user name:"), m_customUsername);
    auto* caRow = new QHBoxLayout;
    auto* browse = new QPushButton(tr("Browse…"), this);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    pf->addRow(tr("Extra CA certificate:"), caRow);
    pf->addRow(m_remember);
    pf->addRow(QString(), noteLabel(tr("The environment, its account and the CA certificate are "
                                       "used from the next start of FotaDesk."),
                                    this));

    // These apply at once: the overview's timer, the next request, the next batch, the
    // autosaves and the log follow AppSettings::changed.
    m_refresh->setObjectName(u"refreshCombo"_s);
    for (int m : AppSettings::refreshMinutesChoices())
        m_refresh->addItem(m == 0 ? tr("off") : tr("every %Ln min", nullptr, m), m);
    m_autosave->setObjectName(u"autosaveCheck"_s);
    auto* behaviour = new QGroupBox(tr("Behaviour"), this);
    auto* bf = new QFormLayout(behaviour);
    bf->addRow(tr("Overview refresh:"), m_refresh);
    bf->addRow(tr("Devices per request:"), m_chunk);
    bf->addRow(tr("Requests in parallel:"), m_concurrency);
    bf->addRow(tr("Request timeout:"), m_timeout);
    bf->addRow(m_autosave);
    bf->addRow(tr("Warn about silent devices after:"), m_staleDays);
    bf->addRow(tr("Log file size:"), m_logSize);
    bf->addRow(tr("Old log files kept:"), m_logFiles);

    // These apply from the next start (the pages take the zone when they are built).
    m_siteZone->setObjectName(u"siteZoneCombo"_s);
    m_siteZone->addItem(
        tr("System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
        QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_siteZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_language->addItem(tr("System language (%1)")
                            .arg(AppLanguage::nativeName(
                                AppLanguage::resolve(QString(), QLocale::system().uiLanguages()))),
                        QString());
    for (const QString& code : AppLanguage::available())
        m_language->addItem(AppLanguage::nativeName(code), code);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    bf->addRow(tr("Site time zone:"), m_siteZone);
    bf->addRow(tr("Language:"), m_language);
    bf->addRow(QString(),
               noteLabel(tr("Site time zone and language take effect when FotaDesk starts "
                            "again."),
                         this));

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02020"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    // Side by side: one above the other the dialog would be taller than a 768-pixel screen.
    auto* groups = new QHBoxLayout;
    groups->addWidget(profiles, 1);
    groups->addWidget(behaviour, 1);
    layout->addLayout(groups);
    layout->addWidget(noteLabel(tr("Client secrets and passwords are never stored here: they "
                                   "are asked for at sign-in and kept in the keychain (or, "
                                   "without one, in memory for the run)."),
                                this));
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        if (!m_messages)
            return;
        const QString path =
            m_messages->openFileName(this, tr("Extra CA certificate"),
                                     tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    for (QLineEdit* edit : {m_customUrl, m_caFile, m_productionAccount, m_customAccount})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateProblem);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProblem);
    load();
    updateProblem();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_profile->setCurrentIndex(m_profile->findData(static_cast<int>(m_settings.activeProfile())));
    m_demoAccount->setText(m_settings.account(Environment::Profile::Demo));
    m_productionAccount->setText(m_settings.account(Environment::Profile::Production));
    m_productionClientId->setText(m_settings.clientId(Environment::Profile::Production));
    m_productionUsername->setText(m_settings.username(Environment::Profile::Production));
    m_customUrl->setText(m_settings.customBaseUrl().toString());
    m_customAccount->setText(m_settings.account(Environment::Profile::Custom));
    m_customClientId->setText(m_settings.clientId(Environment::Profile::Custom));
    m_customUsername->setText(m_settings.username(Environment::Profile::Custom));
    m_caFile->setText(m_settings.extraCaFile());
    m_remember->setChecked(m_settings.rememberSignIn());
    const int minutes = m_settings.refreshIntervalMinutes();
    if (m_refresh->findData(minutes) < 0) // from an edited settings file
        m_refresh->addItem(tr("every %Ln min", nullptr, minutes), minutes);
    m_refresh->setCurrentIndex(m_refresh->findData(minutes));
    m_chunk->setValue(m_settings.batchChunkSize());
    m_concurrency->setValue(m_settings.batchConcurrency());
    m_timeout->setValue(m_settings.requestTimeoutSeconds());
    m_autosave->setChecked(m_settings.autosaveEnabled());
    m_staleDays->setValue(m_settings.value(AppSettings::Key::StaleDeviceDays).toInt());
    m_logSize->setValue(m_settings.value(AppSettings::Key::LogMaxKilobytes).toInt());
    m_logFiles->setValue(m_settings.logFilesKept());
    const QString zone = m_settings.siteTimeZone();
    if (m_siteZone->findData(zone) < 0) // unknown here: kept as it is
        m_siteZone->addItem(zone, zone);
    m_siteZone->setCurrentIndex(m_siteZone->findData(zone));
    m_loadedLanguage = m_settings.uiLanguage();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_loadedLanguage)));
}

QString SettingsDialog::problem() const
{
    const auto profile = static_cast<Environment::Profile>(m_profile->currentData().toInt());
    const QUrl url = QUrl::fromUserInput(m_customUrl->text().trimmed());
    if (profile == Environment::Profile::Custom) {
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty())
            return tr("The custom base URL must be an http(s) URL, e.g. "
                      "https://fota.example.com/api.");
        if (m_customAccount->text().trimmed().isEmpty())
            return tr("Enter the account of the custom environment.");
    }
    if (profile == Environment::Profile::Production &&
        m_productionAccount->text().trimmed().isEmpty())
        return tr("Enter the production account, e.g. 0000123456-00001.");
    const QString ca = m_caFile->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable())
        return tr("The CA certificate %1 cannot be read: choose a readable PEM or DER file, or "
                  "leave it empty.")
            .arg(ca);
    return {};
}

void SettingsDialog::updateProblem()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void SettingsDialog::save()
{
    m_settings.setActiveProfile(
        static_cast<Environment::Profile>(m_profile->currentData().toInt()));
    m_settings.setAccount(Environment::Profile::Demo, m_demoAccount->text());
    m_settings.setAccount(Environment::Profile::Production, m_productionAccount->text());
    m_settings.setIdentity(Environment::Profile::Production, m_productionClientId->text(),
                           m_productionUsername->text());
    if (!m_customUrl->text().trimmed().isEmpty())
        m_settings.setCustomBaseUrl(QUrl::fromUserInput(m_customUrl->text().trimmed()));
    m_settings.setAccount(Environment::Profile::Custom, m_customAccount->text());
    m_settings.setIdentity(Environment::Profile::Custom, m_customClientId->text(),
                           m_customUsername->text());
    m_settings.setExtraCaFile(m_caFile->text().trimmed());
    m_settings.setValue(AppSettings::Key::RememberSignIn, m_remember->isChecked());
    m_settings.setValue(AppSettings::Key::RefreshIntervalMinutes, m_refresh->currentData());
    m_settings.setValue(AppSettings::Key::BatchChunkSize, m_chunk->value());
    m_settings.setValue(AppSettings::Key::BatchConcurrency, m_concurrency->value());
    m_settings.setValue(AppSettings::Key::RequestTimeoutSeconds, m_timeout->value());
    m_settings.setValue(AppSettings::Key::AutosaveEnabled, m_autosave->isChecked());
    m_settings.setValue(AppSettings::Key::StaleDeviceDays, m_staleDays->value());
    m_settings.setValue(AppSettings::Key::LogMaxKilobytes, m_logSize->value());
    m_settings.setValue(AppSettings::Key::LogFilesKept, m_logFiles->value());
    m_settings.setValue(AppSettings::Key::SiteTimeZone, m_siteZone->currentData());
    m_settings.setUiLanguage(m_language->currentData().toString());
    m_settings.sync();
}

void SettingsDialog::accept()
{
    updateProblem();
    if (!problem().isEmpty())
        return;
    save();
    const QString language = m_language->currentData().toString();
    if (language != m_loadedLanguage && m_messages)
        m_messages->message(this, MessageSeam::Severity::Information, tr("Language"),
                            tr("FotaDesk will use %1 from its next start. Close and start it "
                               "again to switch now.")
                                .arg(m_language->currentText()));
    m_loadedLanguage = language;
    QDialog::accept();
}

} // namespace fotadesk
