// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace fotadesk {

/// The user-interface language: picks it (a code given on the command line, else the one chosen
/// in the settings, else the first of the system's UI languages FotaDesk ships), installs the
/// translators — FotaDesk's own from the embedded ":/i18n/fotadesk_<code>.qm" and Qt's
/// "qtbase_<code>.qm" from QLibraryInfo::TranslationsPath when installed — and makes the locale
/// the default (QLocale::setDefault) so that dates, times and numbers follow it.
///
/// Takes effect for widgets created afterwards: install() right after QApplication is made.
/// Changing the language in the settings applies at the next start.
class AppLanguage final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppLanguage)

public:
    explicit AppLanguage(QObject* parent = nullptr);
    ~AppLanguage() override;

    /// The languages FotaDesk ships ("en", "de", "es"); English is the source language.
    static QStringList available();
    /// The language's own name ("Deutsch"), for the settings' chooser.
    static QString nativeName(const QString& code);
    /// True when `code` is "" (the system's) or one of available().
    static bool isValidChoice(const QString& code);
    /// The shipped language for `choice` ("" = the first match of `uiLanguages`, a list such as
    /// QLocale::uiLanguages() gives: "de-AT", "de", "en-US"); "en" when nothing matches.
    static QString resolve(const QString& choice, const QStringList& uiLanguages);
    /// The code given on the command line ("--language de" or "--language=de"), else
    /// `settingsChoice` (AppSettings::uiLanguage()). Read before QCommandLineParser runs, so that
    /// its --help is translated too.
    static QString requested(const QStringList& arguments, const QString& settingsChoice);

    /// Chooses the language (see resolve(); `choice` "" follows QLocale::system()), installs the
    /// translators into the application and sets the default locale. Returns the code installed.
    /// Calling it again replaces the translators installed before.
    QString install(const QString& choice);

    /// The code install() chose ("" before).
    [[nodiscard]] QString language() const { return m_language; }
    /// The resource or file of each translator install() loaded (for tests and the log).
    [[nodiscard]] QStringList loadedFiles() const { return m_loaded; }

private:
    void removeTranslators();

    QString m_language;
    QStringList m_loaded;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace fotadesk
