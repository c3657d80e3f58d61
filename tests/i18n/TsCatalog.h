// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the translation checks in tests/i18n: reads Qt Linguist .ts files, runs lupdate
// over the sources, and finds what a shipped translation is missing or gets wrong.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

namespace fotadesk::i18ntest {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;  ///< the disambiguation
    QString location; ///< "file:line" of the first location ("" when none)
    bool numerus = false;
    bool unfinished = false;  ///< type "unfinished", "vanished" or "obsolete"
    QStringList translations; ///< one entry, or one per numerus form
};

/// The key a translator looks a string up by.
inline QString messageKey(const TsMessage& m)
{
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment;
}

struct TsCatalog
{
    QString language;
    QList<TsMessage> messages;
    QString error; ///< non-empty when the file could not be read

    /// Reads a .ts file; locations are resolved against the file's folder (lupdate writes them
    /// relative to it, and "line" as a difference to the previous one with -locations relative).
    static TsCatalog read(const QString& path)
    {
        TsCatalog cat;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            cat.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return cat;
        }
        QXmlStreamReader xml(&file);
        QString context;
        TsMessage current;
        QString lastFile;
        int lastLine = 0;
        bool inMessage = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("TS")) {
                    cat.language = xml.attributes().value(QLatin1String("language")).toString();
                } else if (name == QLatin1String("context")) {
                    context.clear();
                } else if (name == QLatin1String("name") && !inMessage) {
                    context = xml.readElementText();
                } else if (name == QLatin1String("message")) {
                    inMessage = true;
                    current = TsMessage{};
                    current.context = context;
                    current.numerus =
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                } else if (name == QLatin1String("location") && inMessage) {
                    const auto attrs = xml.attributes();
                    if (attrs.hasAttribute(QLatin1String("filename")))
                        lastFile = attrs.value(QLatin1String("filename")).toString();
                    const QString line = attrs.value(QLatin1String("line")).toString();
                    lastLine = line.startsWith(u'+') || line.startsWith(u'-')
                                   ? lastLine + line.toInt()
                                   : line.toInt();
                    if (current.location.isEmpty()) {
                        const QString file =
                            QDir::isRelativePath(lastFile)
                                ? QDir::cleanPath(QFileInfo(path).absolutePath() + u'/' + lastFile)
                                : lastFile;
                        current.location = file + u':' + QString::number(lastLine);
                    }
                } else if (name == QLatin1String("source") && inMessage) {
                    current.source = xml.readElementText();
                } else if (name == QLatin1String("comment") && inMessage) {
                    current.comment = xml.readElementText();
                } else if (name == QLatin1String("translation") && inMessage) {
                    const QString type = xml.attributes().value(QLatin1String("type")).toString();
                    current.unfinished = !type.isEmpty();
                    if (!current.numerus) {
                        current.translations = {xml.readElementText()};
                    }
                } else if (name == QLatin1String("numerusform") && inMessage) {
                    current.translations << xml.readElementText();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                inMessage = false;
                cat.messages << current;
            }
        }
        if (xml.hasError())
            cat.error = QStringLiteral("%1: XML error at line %2: %3")
                            .arg(path)
                            .arg(xml.lineNumber())
                            .arg(xml.errorString());
        return cat;
    }
};

/// Runs lupdate over `dirs` (relative to `sourceDir`) into a new .ts at `outTs`, with absolute
/// locations. Returns "" or what went wrong.
inline QString runLupdate(const QString& lupdate, const QString& sourceDir, const QStringList& dirs,
                          const QString& outTs, const QStringList& extraOptions = {})
{
    QProcess p;
    p.setWorkingDirectory(sourceDir);
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                     QStringLiteral("absolute"), QStringLiteral("-I"),
                     sourceDir + QStringLiteral("/src")};
    args << extraOptions << dirs << QStringLiteral("-ts") << outTs;
    p.start(lupdate, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("lupdate failed (%1): %2")
            .arg(p.exitCode())
            .arg(QString::fromLocal8Bit(p.readAllStandardError()));
    return {};
}

/// What `shipped` lacks for each message of `fresh` (a .ts lupdate just made from the sources):
/// one line per string with no finished, non-empty translation, naming the string, its context
/// and the file.
inline QStringList completenessProblems(const TsCatalog& fresh, const TsCatalog& shipped,
                                        bool pluralsOnly = false)
{
    QHash<QString, const TsMessage*> byKey;
    for (const TsMessage& m : shipped.messages)
        byKey.insert(messageKey(m), &m);
    QStringList problems;
    for (const TsMessage& m : fresh.messages) {
        if (pluralsOnly && !m.numerus)
            continue;
        const TsMessage* t = byKey.value(messageKey(m));
        QString what;
        if (!t)
            what = QStringLiteral("missing");
        else if (t->unfinished)
            what = QStringLiteral("unfinished");
        else if (t->translations.isEmpty() ||
                 std::any_of(t->translations.cbegin(), t->translations.cend(),
                             [](const QString& s) { return s.isEmpty(); }))
            what = QStringLiteral("empty");
        if (!what.isEmpty())
            problems << QStringLiteral("[%1] %2: \"%3\" (context %4%5) at %6")
                            .arg(shipped.language, what, m.source, m.context,
                                 m.comment.isEmpty()
                                     ? QString()
                                     : QStringLiteral(", disambiguation \"%1\"").arg(m.comment),
                                 m.location);
    }
    return problems;
}

inline QStringList placeholdersOf(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    out.removeDuplicates();
    out.sort();
    return out;
}

inline QStringList tagsOf(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("<(/?[a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(1).toLower();
    out.sort();
    return out;
}

inline int acceleratorsOf(QString s)
{
    s.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&(?![\\s&])"));
    return int(s.count(re));
}

/// What is wrong with one translation (`form` of `forms` numerus forms) of `source`: dropped or
/// added placeholders (%1, %L1, %n, %Ln — the count may be left out of all but the last numerus
/// form, e.g.
/// "every minute"), HTML tags, accelerator ampersands, leading/trailing white space, or a
/// trailing ellipsis or colon.
inline QStringList translationProblems(const QString& source, const QString& translation,
                                       int form = 0, int forms = 1)
{
    QStringList problems;
    QStringList a = placeholdersOf(source);
    QStringList b = placeholdersOf(translation);
    if (forms > 1 && form < forms - 1) {
        for (const QString& count : {QStringLiteral("%n"), QStringLiteral("%Ln")}) {
            a.removeAll(count);
            b.removeAll(count);
        }
    }
    if (a != b)
        problems << QStringLiteral("placeholders %1 in the source but %2 in the translation")
                        .arg(a.join(u' '), b.join(u' '));
    if (tagsOf(source) != tagsOf(translation))
        problems << QStringLiteral("HTML tags <%1> in the source but <%2> in the translation")
                        .arg(tagsOf(source).join(u' '), tagsOf(translation).join(u' '));
    if (acceleratorsOf(source) != acceleratorsOf(translation))
        problems << QStringLiteral("%1 accelerator(s) (&) in the source but %2 in the translation")
                        .arg(acceleratorsOf(source))
                        .arg(acceleratorsOf(translation));
    const auto lead = [](const QString& s) {
        qsizetype i = 0;
        while (i < s.size() && s.at(i).isSpace())
            ++i;
        return s.left(i);
    };
    const auto trail = [](const QString& s) {
        qsizetype i = s.size();
        while (i > 0 && s.at(i - 1).isSpace())
            --i;
        return s.mid(i);
    };
    if (lead(source) != lead(translation) || trail(source) != trail(translation))
        problems << QStringLiteral("leading/trailing white space or line breaks differ");
    const QString s = source.trimmed();
    const QString t = translation.trimmed();
    if (s.endsWith(u'…') != t.endsWith(u'…'))
        problems << QStringLiteral("the trailing ellipsis (…) differs");
    if (s.endsWith(u':') != t.endsWith(u':'))
        problems << QStringLiteral("the trailing colon differs");
    return problems;
}

/// translationProblems() for every finished message of a catalog, one line each.
inline QStringList catalogProblems(const TsCatalog& cat)
{
    QStringList problems;
    for (const TsMessage& m : cat.messages) {
        if (m.unfinished)
            continue;
        for (int i = 0; i < m.translations.size(); ++i) {
            const QStringList p =
                translationProblems(m.source, m.translations.at(i), i, int(m.translations.size()));
            for (const QString& what : p)
                problems << QStringLiteral("[%1] \"%2\" → \"%3\" (context %4, %5): %6")
                                .arg(cat.language, m.source, m.translations.at(i), m.context,
                                     m.location, what);
        }
    }
    return problems;
}

} // namespace fotadesk::i18ntest
