// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The translation completeness check (issue 8): lupdate reads the sources as they are now, and
// every string it finds must have a finished translation in each shipped language (English:
// every %n plural). Fails naming the string, its context and the file.

#include "TsCatalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk::i18ntest;
using namespace Qt::StringLiterals;

namespace {

QString sourceDir()
{
    return QStringLiteral(FOTADESK_SOURCE_DIR);
}

QString shippedTs(const QString& code)
{
    return sourceDir() + QStringLiteral("/translations/fotadesk_%1.ts").arg(code);
}

QStringList lupdateDirs()
{
    return QStringLiteral(FOTADESK_LUPDATE_DIRS).split(u',', Qt::SkipEmptyParts);
}

QString report(const QStringList& problems)
{
    const qsizetype shown = std::min<qsizetype>(problems.size(), 40);
    QString text =
        QStringLiteral("%1 string(s) without a finished translation:\n  ").arg(problems.size()) +
        problems.mid(0, shown).join(QStringLiteral("\n  "));
    if (shown < problems.size())
        text += QStringLiteral("\n  … and %1 more").arg(problems.size() - shown);
    return text + QStringLiteral(
                      "\nRun `cmake --build <build> --target update_translations`, translate the "
                      "new entries in translations/*.ts (see translations/README.md).");
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

} // namespace

class TranslationCompletenessTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString fresh = m_tmp.filePath(QStringLiteral("fresh_de.ts"));
        const QString error =
            runLupdate(QStringLiteral(FOTADESK_LUPDATE), sourceDir(), lupdateDirs(), fresh);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_fresh = TsCatalog::read(fresh);
        QVERIFY2(m_fresh.error.isEmpty(), qPrintable(m_fresh.error));
        // The sources hold a four-digit number of strings: an empty scan is a broken check.
        QVERIFY2(m_fresh.messages.size() > 500,
                 qPrintable(
                     QStringLiteral("lupdate found only %1 strings").arg(m_fresh.messages.size())));
    }

    void everySourceStringIsTranslated_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("pluralsOnly");
        QTest::newRow("de") << QStringLiteral("de") << false;
        QTest::newRow("es") << QStringLiteral("es") << false;
        QTest::newRow("en (plural forms)") << QStringLiteral("en") << true;
    }

    void everySourceStringIsTranslated()
    {
        QFETCH(QString, code);
        QFETCH(bool, pluralsOnly);
        const TsCatalog shipped = TsCatalog::read(shippedTs(code));
        QVERIFY2(shipped.error.isEmpty(), qPrintable(shipped.error));
        const QStringList problems = completenessProblems(m_fresh, shipped, pluralsOnly);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // The check itself can fail: a source string nobody translated, found by running lupdate
    // over a new source file, is reported with its context and file.
    void reportsAnUntranslatedSourceString()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("src-new"));
        QVERIFY(QDir().mkpath(dir));
        writeFile(dir + QStringLiteral("/NewPage.cpp"),
                  "#include <QCoreApplication>\n"
                  "QString label()\n{\n"
                  "    return QCoreApplication::translate(\"NewPage\", \"A string nobody "
                  "translated\");\n}\n");
        const QString fresh = m_tmp.filePath(QStringLiteral("new_de.ts"));
        const QString error = runLupdate(QStringLiteral(FOTADESK_LUPDATE), m_tmp.path(),
                                         {QStringLiteral("src-new")}, fresh);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList problems =
            completenessProblems(TsCatalog::read(fresh), TsCatalog::read(shippedTs(u"de"_s)));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"A string nobody translated"_s),
                 qPrintable(problems.first()));
        QVERIFY(problems.first().contains(u"context NewPage"_s));
        QVERIFY(problems.first().contains(u"NewPage.cpp:4"_s));
        QVERIFY(problems.first().contains(u"missing"_s));
    }

    // ... and so is a shipped file with an unfinished entry, an empty one and an empty plural form.
    void reportsUnfinishedAndEmptyEntries()
    {
        const QString path = m_tmp.filePath(QStringLiteral("broken_de.ts"));
        writeFile(path, R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ctx</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Half done</source>
        <translation type="unfinished">Halb</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
)");
        TsCatalog fresh;
        for (const char* s : {"Done", "Half done", "Empty", "%n device(s)", "Not there"}) {
            TsMessage m;
            m.context = QStringLiteral("Ctx");
            m.source = QString::fromUtf8(s);
            m.location = QStringLiteral("src/gui/Ctx.cpp:1");
            fresh.messages << m;
        }
        const QStringList problems = completenessProblems(fresh, TsCatalog::read(path));
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.at(0).contains(u"unfinished: \"Half done\""_s));
        QVERIFY(problems.at(1).contains(u"empty: \"Empty\""_s));
        QVERIFY(problems.at(2).contains(u"empty: \"%n device(s)\""_s));
        QVERIFY(problems.at(3).contains(
            u"missing: \"Not there\" (context Ctx) at src/gui/Ctx.cpp:1"_s));
    }

private:
    QTemporaryDir m_tmp;
    TsCatalog m_fresh;
};

QTEST_GUILESS_MAIN(TranslationCompletenessTest)
#include "TranslationCompletenessTest.moc"
