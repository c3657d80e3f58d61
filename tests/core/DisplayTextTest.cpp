// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/DisplayText.h"

#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

class DisplayTextTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesTerminalSequences()
    {
        // The hostile firmware name of issue 23: set the window title, clear the screen.
        const QString name = u"FW\x1B]0;pwned\x07\x1B[2J"_s;
        QCOMPARE(DisplayText::escapeControls(name), u"FW\\x1B]0;pwned\\x07\\x1B[2J"_s);
    }

    void escapesDelAndC1()
    {
        QCOMPARE(DisplayText::escapeControls(u"a\x7F"_s + QChar(0x9B) + u"b"_s), u"a\\x7F\\x9Bb"_s);
        QCOMPARE(DisplayText::escapeControls(QString(QChar(0x85))), u"\\x85"_s);
        QCOMPARE(DisplayText::escapeControls(QString(QChar(0))), u"\\x00"_s);
    }

    void escapesEveryBidiControl()
    {
        const QList<char16_t> bidi{0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C,
                                   0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069};
        for (char16_t c : bidi) {
            const QString shown = DisplayText::escapeControls(u"x"_s + QChar(c) + u"y"_s);
            QCOMPARE(shown,
                     u"x\\u%1y"_s.arg(QString::number(c, 16).toUpper().rightJustified(4, u'0')));
            QVERIFY(DisplayText::containsBidiControl(QString(QChar(c))));
        }
        QCOMPARE(DisplayText::escapeControls(u"evil\u202Etxt.exe"_s), u"evil\\u202Etxt.exe"_s);
    }

    void lineBreaksAreEscapedInACellAndKeptInAMessage()
    {
        QCOMPARE(DisplayText::escapeControls(u"a\nb\tc\rd"_s), u"a\\nb\\tc\\rd"_s);
        QCOMPARE(DisplayText::escapeControls(u"a\nb\x1B"_s, DisplayText::LineBreaks::Keep),
                 u"a\nb\\x1B"_s);
    }

    void leavesOrdinaryTextAlone()
    {
        // Letters of every script, a no-break space, an arrow, emoji (surrogate pairs), a
        // zero-width joiner and a backslash are not controls.
        const QString text = u"Größe → 固件 مرحبا \u00A0\\x1B 😀\u200D"_s;
        QCOMPARE(DisplayText::escapeControls(text), text);
        QVERIFY(!DisplayText::containsControl(text));
        QVERIFY(!DisplayText::containsBidiControl(text));
        QVERIFY(DisplayText::containsControl(u"a\x1B"_s));
    }
};

QTEST_GUILESS_MAIN(DisplayTextTest)
#include "DisplayTextTest.moc"
