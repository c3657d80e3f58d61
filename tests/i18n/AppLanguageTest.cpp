// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// AppLanguage: the embedded .qm files load and translate, the language follows the choice or the
// system's UI languages, and the default locale follows the language.

#include "gui/shell/AppLanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>

using fotadesk::AppLanguage;
using namespace Qt::StringLiterals;

class AppLanguageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("chosen de") << u"de"_s << QStringList{u"es-ES"_s} << u"de"_s;
        QTest::newRow("chosen en beats the system")
            << u"en"_s << QStringList{u"de-DE"_s} << u"en"_s;
        QTest::newRow("system de-AT") << QString() << QStringList{u"de-AT"_s, u"de"_s} << u"de"_s;
        QTest::newRow("system es_MX") << QString() << QStringList{u"es_MX"_s} << u"es"_s;
        QTest::newRow("first shipped one")
            << QString() << QStringList{u"fr-FR"_s, u"es-ES"_s} << u"es"_s;
        QTest::newRow("none shipped") << QString() << QStringList{u"fr-FR"_s, u"it"_s} << u"en"_s;
        QTest::newRow("C locale") << QString() << QStringList{u"C"_s} << u"en"_s;
        QTest::newRow("unknown choice follows the system")
            << u"xx"_s << QStringList{u"de"_s} << u"de"_s;
    }

    void resolve()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(AppLanguage::resolve(choice, uiLanguages), expected);
    }

    void requested_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("settings") << QStringList{u"fotadesk"_s, u"--demo"_s} << u"es"_s;
        QTest::newRow("option") << QStringList{u"fotadesk"_s, u"--language"_s, u"de"_s} << u"de"_s;
        QTest::newRow("option=") << QStringList{u"fotadesk"_s, u"--language=en"_s} << u"en"_s;
        QTest::newRow("option without value")
            << QStringList{u"fotadesk"_s, u"--language"_s} << u"es"_s;
    }

    void requested()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(AppLanguage::requested(arguments, u"es"_s), expected);
    }

    void validChoices()
    {
        QVERIFY(AppLanguage::isValidChoice(QString()));
        for (const QString& code : AppLanguage::available())
            QVERIFY(AppLanguage::isValidChoice(code));
        QVERIFY(!AppLanguage::isValidChoice(u"fr"_s));
        QCOMPARE(AppLanguage::nativeName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(AppLanguage::nativeName(u"es"_s), u"Español"_s);
    }

    void embedded_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString& code : AppLanguage::available())
            QTest::newRow(qPrintable(code)) << code;
    }

    void embedded()
    {
        QFETCH(QString, code);
        QVERIFY2(QFile::exists(u":/i18n/fotadesk_%1.qm"_s.arg(code)),
                 "the translations are not embedded in fotadesk_gui");
    }

    void translates_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de label") << u"de"_s << QByteArray("fotadesk::StatusGroup")
                                  << QByteArray("Pending") << -1 << u"Ausstehend"_s;
        QTest::newRow("es label") << u"es"_s << QByteArray("fotadesk::StatusGroup")
                                  << QByteArray("Pending") << -1 << u"Pendiente"_s;
        QTest::newRow("de form (uic)")
            << u"de"_s << QByteArray("MainWindow") << QByteArray("&File") << -1 << u"&Datei"_s;
        QTest::newRow("es core message") << u"es"_s << QByteArray("fotadesk::Imei")
                                         << QByteArray("Valid IMEI.") << -1 << u"IMEI válido."_s;
        QTest::newRow("de plural 1") << u"de"_s << QByteArray("fotadesk::ActivityLogPage")
                                     << QByteArray("%Ln entries") << 1 << u"1 Eintrag"_s;
        QTest::newRow("de plural 3") << u"de"_s << QByteArray("fotadesk::ActivityLogPage")
                                     << QByteArray("%Ln entries") << 3 << u"3 Einträge"_s;
        QTest::newRow("en plural 1") << u"en"_s << QByteArray("fotadesk::ActivityLogPage")
                                     << QByteArray("%Ln entries") << 1 << u"1 entry"_s;
        QTest::newRow("en plural 2") << u"en"_s << QByteArray("fotadesk::ActivityLogPage")
                                     << QByteArray("%Ln entries") << 2 << u"2 entries"_s;
        QTest::newRow("en source") << u"en"_s << QByteArray("fotadesk::StatusGroup")
                                   << QByteArray("Pending") << -1 << u"Pending"_s;
    }

    void translates()
    {
        QFETCH(QString, code);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        AppLanguage language;
        QCOMPARE(language.install(code), code);
        QVERIFY2(language.loadedFiles().contains(u":/i18n/fotadesk_%1.qm"_s.arg(code)),
                 qPrintable(language.loadedFiles().join(u", "_s)));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n),
                 expected);
    }

    void uninstallsOnDestruction()
    {
        {
            AppLanguage language;
            language.install(u"de"_s);
            QCOMPARE(QCoreApplication::translate("fotadesk::StatusGroup", "Pending"),
                     u"Ausstehend"_s);
        }
        QCOMPARE(QCoreApplication::translate("fotadesk::StatusGroup", "Pending"), u"Pending"_s);
    }

    void replacesTheLanguage()
    {
        AppLanguage language;
        language.install(u"de"_s);
        language.install(u"es"_s);
        QCOMPARE(language.language(), u"es"_s);
        QCOMPARE(QCoreApplication::translate("fotadesk::StatusGroup", "Pending"), u"Pendiente"_s);
    }

    void localeFollowsTheLanguage()
    {
        AppLanguage language;
        language.install(u"de"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
        language.install(u"es"_s);
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        language.install(u"en"_s);
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1,234.5"_s);
    }

    // Qt's own strings (standard buttons) come from qtbase_de.qm when the system has it
    // (Debian: qt6-translations-l10n, listed in scripts/packages.txt).
    void qtOwnStrings()
    {
        const QString qtbase =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
        if (!QFile::exists(qtbase))
            QSKIP("qtbase_de.qm is not installed (package qt6-translations-l10n)");
        AppLanguage language;
        language.install(u"de"_s);
        QVERIFY2(language.loadedFiles().contains(qtbase),
                 qPrintable(language.loadedFiles().join(u", "_s)));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    }
};

QTEST_GUILESS_MAIN(AppLanguageTest)
#include "AppLanguageTest.moc"
