// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/RolloutWaveText.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::RolloutWaveText)
};

/// The English keyword and its translation, as one regular-expression alternative.
QString keyword(const QString& english, const QString& translated)
{
    QString alternatives = QRegularExpression::escape(english);
    if (translated.compare(english, Qt::CaseInsensitive) != 0)
        alternatives += u'|' + QRegularExpression::escape(translated);
    return u"(?:"_s + alternatives + u')';
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 10);
}

/// One wave of the text; errors named after `label` ("Wave 2 ("pilot 5")").
RolloutWave parseWave(QString item, const QString& label, QStringList* errors)
{
    RolloutWave wave;
    const auto options = QRegularExpression::CaseInsensitiveOption;
    // Own dates first: their numbers are no sizes.
    const QRegularExpression from(
        u"(?:\\b%1\\s+)?\\b(\\d{4}-\\d{1,2}-\\d{1,2})\\b"_s.arg(keyword(
            u"from"_s, Tr::tr("from", "a wave's own start date: pilot 20 from 2026-12-10"))),
        options);
    if (const auto m = from.match(item); m.hasMatch()) {
        const QDate date = QDate::fromString(m.captured(1), u"yyyy-M-d"_s);
        if (!date.isValid())
            *errors << Tr::tr("%1: %2 is not a date; write it as 2026-12-24.")
                           .arg(label, m.captured(1));
        else
            wave.schedule.startDate = date;
        item.remove(m.capturedStart(), m.capturedLength());
    }
    const QRegularExpression days(
        u"\\b(\\d+)\\s*%1\\b"_s.arg(
            keyword(u"days?"_s, Tr::tr("days", "a wave's own duration: pilot 20 3 days"))),
        options);
    if (const auto m = days.match(item); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        if (n < 1 || n > 365)
            *errors << Tr::tr("%1: a wave's campaign runs 1 to 365 days.").arg(label);
        else
            wave.schedule.durationDays = n;
        item.remove(m.capturedStart(), m.capturedLength());
    }
    int sizes = 0;
    const QRegularExpression percent(u"(\\d+(?:\\.\\d+)?)\\s*%"_s);
    for (auto it = percent.globalMatch(item); it.hasNext();) {
        const auto m = it.next();
        const double p = m.captured(1).toDouble();
        if (p <= 0 || p > 100)
            *errors << Tr::tr("%1: a percentage is more than 0 and at most 100.").arg(label);
        wave.percent = p;
        ++sizes;
    }
    item.remove(percent);
    QStringList name;
    const QRegularExpression rest(
        u"^%1$"_s.arg(keyword(u"rest"_s, Tr::tr("rest", "the last wave takes the rest"))), options);
    for (const QString& word : item.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        bool isNumber = false;
        const qint64 n = word.toLongLong(&isNumber);
        if (isNumber) {
            if (n < 1)
                *errors << Tr::tr("%1: a number of devices is at least 1.").arg(label);
            wave.count = n;
            ++sizes;
        } else if (rest.match(word).hasMatch()) {
            wave.rest = true;
            ++sizes;
        } else {
            name << word;
        }
    }
    wave.name = name.join(u' ');
    if (sizes == 0)
        *errors << Tr::tr("%1: give its size: a number of devices (20), a percentage of the "
                          "devices that remain (25 %) or rest.")
                       .arg(label);
    else if (sizes > 1)
        *errors << Tr::tr("%1: give one size only: a number, a percentage or rest.").arg(label);
    return wave;
}

} // namespace

RolloutWaveText RolloutWaveText::parse(const QString& text)
{
    RolloutWaveText result;
    QStringList items = text.split(QRegularExpression(u"[,;\\n]"_s));
    while (!items.isEmpty() && items.last().trimmed().isEmpty())
        items.removeLast(); // "pilot 5, rest," is no empty third wave
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items.at(i).trimmed();
        const QString label = item.isEmpty() ? Tr::tr("Wave %1").arg(i + 1)
                                             : Tr::tr("Wave %1 (\"%2\")").arg(i + 1).arg(item);
        if (item.isEmpty()) {
            result.errors << Tr::tr("%1 is empty: remove the extra comma.").arg(label);
            continue;
        }
        const RolloutWave wave = parseWave(item, label, &result.errors);
        if (wave.rest && i != items.size() - 1)
            result.errors << Tr::tr("%1: only the last wave can take the rest.").arg(label);
        result.waves << wave;
    }
    if (items.isEmpty())
        result.errors << Tr::tr("Give at least one wave, e.g. pilot 20, 25 %, rest.");
    if (!result.errors.isEmpty())
        result.waves.clear();
    return result;
}

QString RolloutWaveText::format(const QList<RolloutWave>& waves)
{
    QStringList items;
    for (const RolloutWave& w : waves) {
        QStringList words;
        if (!w.name.isEmpty())
            words << w.name;
        if (w.count)
            words << QString::number(*w.count);
        else if (w.percent)
            words << number(*w.percent) + u" %"_s;
        else if (w.rest)
            words << u"rest"_s;
        if (w.schedule.startDate)
            words << u"from"_s << w.schedule.startDate->toString(Qt::ISODate);
        if (w.schedule.durationDays)
            words << u"%1 days"_s.arg(*w.schedule.durationDays);
        items << words.join(u' ');
    }
    return items.join(u", "_s);
}

} // namespace fotadesk
