// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/AppLanguage.h"

#include "gui/common/GuiLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace fotadesk {

AppLanguage::AppLanguage(QObject* parent)
    : QObject(parent)
{}

AppLanguage::~AppLanguage()
{
    removeTranslators();
}

QStringList AppLanguage::available()
{
    return {u"en"_s, u"de"_s, u"es"_s};
}

QString AppLanguage::nativeName(const QString& code)
{
    if (code == u"en"_s)
        return u"English"_s;
    if (code == u"de"_s)
        return u"Deutsch"_s;
    if (code == u"es"_s)
        return u"Español"_s;
    return code;
}

bool AppLanguage::isValidChoice(const QString& code)
{
    return code.isEmpty() || available().contains(code);
}

QString AppLanguage::resolve(const QString& choice, const QStringList& uiLanguages)
{
    if (available().contains(choice))
        return choice;
    for (const QString& tag : uiLanguages) {
        // "de-AT" / "de_AT" / "de" -> "de"
        const QString language = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available().contains(language))
            return language;
    }
    return u"en"_s;
}

QString AppLanguage::requested(const QStringList& arguments, const QString& settingsChoice)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if ((a == u"--language"_s || a == u"-language"_s) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--language="_s))
            return a.mid(11);
    }
    return settingsChoice;
}

QString AppLanguage::install(const QString& choice)
{
    removeTranslators();
    if (!isValidChoice(choice))
        qCWarning(lcGui) << "unknown language" << choice << "- following the system's";
    const QLocale system = QLocale::system();
    m_language = resolve(choice, system.uiLanguages());

    // Formats: the system's own locale when it speaks the chosen language (keeps "de-AT" or
    // "es-MX" conventions), else the language's main locale.
    const QLocale locale =
        QLocale(m_language).language() == system.language() ? system : QLocale(m_language);
    QLocale::setDefault(locale);

    const auto load = [this](const QString& name, const QString& directory) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(name, directory)) {
            qCDebug(lcGui) << "no translation" << name << "in" << directory;
            return;
        }
        m_loaded << translator->filePath();
        QCoreApplication::installTranslator(translator.get());
        m_translators.push_back(std::move(translator));
    };
    // Qt's own strings (standard buttons, file dialogs) first, so FotaDesk's take precedence.
    if (m_language != u"en"_s)
        load(u"qtbase_"_s + m_language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English too: its plural forms ("1 device", "2 devices").
    load(u"fotadesk_"_s + m_language, u":/i18n"_s);
    qCDebug(lcGui) << "user-interface language" << m_language << "locale" << locale.name()
                   << "translations" << m_loaded;
    return m_language;
}

void AppLanguage::removeTranslators()
{
    for (const auto& translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
    m_loaded.clear();
}

} // namespace fotadesk
