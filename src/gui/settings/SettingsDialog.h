// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fotadesk {

class AppSettings;
class MessageSeam;

/// The settings dialog: environment profiles (Demo, Production, Custom base URL), accounts,
/// client ids and user names, an extra CA file, and the behaviour rows of the settings table
/// (overview refresh, batch size and concurrency, request timeout, autosave, log size) with the
/// ranges AppSettings::definitions() gives, the site time zone and the user-interface language.
/// Secrets are not edited here: they go to the keychain at sign-in. OK writes to
/// AppSettings; Cancel leaves it as it was.
///
/// What applies when: behaviour rows at once (AppSettings::changed: the overview's timer, the
/// client's next request, the next batch, the autosaves, the log); the environment (the client
/// is built at start), the site time zone and the language from the next start, and the dialog
/// says so beside them.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// `messages` (may be null) is used to pick the CA file.
    SettingsDialog(AppSettings& settings, MessageSeam* messages, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// Empty when the input can be saved, else what to fix.
    [[nodiscard]] QString problem() const;

    void accept() override;

private:
    void load();
    void save();
    void updateProblem();

    AppSettings& m_settings;
    MessageSeam* m_messages;
    QComboBox* m_profile;
    QLineEdit* m_demoAccount;
    QLineEdit* m_productionAccount;
    QLineEdit* m_productionClientId;
    QLineEdit* m_productionUsername;
    QLineEdit* m_customUrl;
    QLineEdit* m_customAccount;
    QLineEdit* m_customClientId;
    QLineEdit* m_customUsername;
    QLineEdit* m_caFile;
    QCheckBox* m_remember;
    QComboBox* m_refresh;
    QSpinBox* m_chunk;
    QSpinBox* m_concurrency;
    QSpinBox* m_timeout;
    QCheckBox* m_autosave;
    QSpinBox* m_staleDays;
    QSpinBox* m_logSize;
    QSpinBox* m_logFiles;
    QComboBox* m_siteZone;
    QComboBox* m_language;
    QString m_loadedLanguage;
    QLabel* m_problem;
};

} // namespace fotadesk
