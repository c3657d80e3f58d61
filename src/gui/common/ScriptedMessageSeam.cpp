// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/ScriptedMessageSeam.h"

using namespace Qt::StringLiterals;

namespace fotadesk {

QStringList ScriptedMessageSeam::kinds() const
{
    QStringList out;
    for (const auto& r : m_records)
        out << r.kind;
    return out;
}

bool ScriptedMessageSeam::confirm(QWidget*, const QString& title, const QString& text,
                                  const QString& confirmLabel)
{
    m_records.append({u"confirm"_s, title, text, confirmLabel});
    return confirmAnswers.isEmpty() ? defaultConfirm : confirmAnswers.dequeue();
}

int ScriptedMessageSeam::choose(QWidget*, const QString& title, const QString& text,
                                const QStringList& choices)
{
    m_records.append({u"choose"_s, title, text, choices.join(u" | "_s)});
    return chooseAnswers.isEmpty() ? defaultChoice : chooseAnswers.dequeue();
}

void ScriptedMessageSeam::message(QWidget*, Severity severity, const QString& title,
                                  const QString& text, const QString& details)
{
    const QString kind = severity == Severity::Error     ? u"error"_s
                         : severity == Severity::Warning ? u"warning"_s
                                                         : u"information"_s;
    m_records.append({kind, title, text, details});
}

QString ScriptedMessageSeam::openFileName(QWidget*, const QString& title, const QString& filter)
{
    m_records.append({u"open"_s, title, filter, {}});
    return openAnswers.isEmpty() ? QString() : openAnswers.dequeue();
}

QString ScriptedMessageSeam::saveFileName(QWidget*, const QString& title,
                                          const QString& suggestedName, const QString& filter)
{
    m_records.append({u"save"_s, title, suggestedName, filter});
    return saveAnswers.isEmpty() ? QString() : saveAnswers.dequeue();
}

QString ScriptedMessageSeam::text(QWidget*, const QString& title, const QString& label,
                                  const QString& initial, bool* ok)
{
    m_records.append({u"text"_s, title, label, initial});
    const bool have = !textAnswers.isEmpty();
    if (ok)
        *ok = have;
    return have ? textAnswers.dequeue() : QString();
}

} // namespace fotadesk
