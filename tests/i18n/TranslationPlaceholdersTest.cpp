// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The translation placeholder check (issue 8): every shipped translation keeps the source's
// placeholders (%1, %L1, %n), HTML tags, accelerator ampersand, leading/trailing white space and
// trailing ellipsis or colon.

#include "TsCatalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk::i18ntest;
using namespace Qt::StringLiterals;

class TranslationPlaceholdersTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedTranslationsKeepPlaceholders_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("es") << u"es"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void shippedTranslationsKeepPlaceholders()
    {
        QFETCH(QString, code);
        const TsCatalog cat = TsCatalog::read(QStringLiteral(FOTADESK_SOURCE_DIR) +
                                              u"/translations/fotadesk_%1.ts"_s.arg(code));
        QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
        QVERIFY(!cat.messages.isEmpty());
        const QStringList problems = catalogProblems(cat);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 translation(s) to fix:\n  "_s.arg(problems.size()) +
                            problems.join(u"\n  "_s)));
    }

    // The rules themselves, each shown to fail.
    void rules_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("translation");
        QTest::addColumn<int>("form");
        QTest::addColumn<int>("forms");
        QTest::addColumn<QString>("problem"); // "" = none expected

        QTest::newRow("all kept") << u"Loading… %1 of %2 devices"_s << u"Lade… %1 von %2 Geräten"_s
                                  << 0 << 1 << QString();
        QTest::newRow("placeholder dropped")
            << u"The server refused it: %1 — %2"_s << u"Der Server hat abgelehnt: %1"_s << 0 << 1
            << u"placeholders %1 %2 in the source but %1"_s;
        QTest::newRow("placeholder added")
            << u"Campaign %1"_s << u"Kampagne %1 %2"_s << 0 << 1 << u"placeholders"_s;
        QTest::newRow("%L1 became %1")
            << u"%L1 devices"_s << u"%1 Geräte"_s << 0 << 1 << u"placeholders %L1"_s;
        QTest::newRow("%n dropped from the plural")
            << u"%n device(s)"_s << u"Geräte"_s << 1 << 2 << u"placeholders %n"_s;
        QTest::newRow("%n may go from the singular")
            << u"every %n min"_s << u"jede Minute"_s << 0 << 2 << QString();
        QTest::newRow("%Ln may go from the singular")
            << u"every %Ln min"_s << u"jede Minute"_s << 0 << 2 << QString();
        QTest::newRow("%Ln dropped from the plural")
            << u"%Ln device(s)"_s << u"Geräte"_s << 1 << 2 << u"placeholders %Ln"_s;
        QTest::newRow("tag dropped")
            << u"<b>%1</b> (id %2)"_s << u"%1 (ID %2)"_s << 0 << 1 << u"HTML tags"_s;
        QTest::newRow("accelerator dropped")
            << u"&Open"_s << u"Öffnen"_s << 0 << 1 << u"accelerator"_s;
        QTest::newRow("ampersand escape is no accelerator")
            << u"Make && model"_s << u"Hersteller und Modell"_s << 0 << 1 << QString();
        QTest::newRow("ellipsis dropped")
            << u"Browse…"_s << u"Durchsuchen"_s << 0 << 1 << u"ellipsis"_s;
        QTest::newRow("colon dropped") << u"Account:"_s << u"Konto"_s << 0 << 1 << u"colon"_s;
        QTest::newRow("line break dropped")
            << u"Wrote %1 IMEI(s)\n"_s << u"%1 geschrieben"_s << 0 << 1 << u"white space"_s;
        QTest::newRow("leading space dropped")
            << u" (nothing changed)"_s << u"(nichts geändert)"_s << 0 << 1 << u"white space"_s;
    }

    void rules()
    {
        QFETCH(QString, source);
        QFETCH(QString, translation);
        QFETCH(int, form);
        QFETCH(int, forms);
        QFETCH(QString, problem);
        const QStringList problems = translationProblems(source, translation, form, forms);
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        } else {
            QVERIFY2(!problems.isEmpty(), "the broken translation was not reported");
            QVERIFY2(problems.join(u"; "_s).contains(problem), qPrintable(problems.join(u"; "_s)));
        }
    }

    // A broken .ts file is reported with the string, the context and the translation.
    void reportsBrokenFile()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"broken_es.ts"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>fotadesk::OverviewPage</name>
    <message>
        <location filename="../src/gui/OverviewPage.cpp" line="+12"/>
        <source>Updated at %1</source>
        <translation>Actualizado</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>every %n min</source>
        <translation>
            <numerusform>cada minuto</numerusform>
            <numerusform>cada %n minutos</numerusform>
        </translation>
    </message>
</context>
</TS>
)");
        f.close();
        const QStringList problems = catalogProblems(TsCatalog::read(path));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"\"Updated at %1\" → \"Actualizado\""_s),
                 qPrintable(problems.first()));
        QVERIFY(problems.first().contains(u"context fotadesk::OverviewPage"_s));
        QVERIFY(problems.first().contains(u"src/gui/OverviewPage.cpp:12"_s));
    }
};

QTEST_GUILESS_MAIN(TranslationPlaceholdersTest)
#include "TranslationPlaceholdersTest.moc"
