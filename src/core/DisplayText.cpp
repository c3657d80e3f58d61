// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/DisplayText.h"

#include <algorithm>

namespace fotadesk {

bool DisplayText::isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool DisplayText::isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

bool DisplayText::containsControl(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return isControl(c.unicode()); });
}

bool DisplayText::containsBidiControl(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return isBidiControl(c.unicode()); });
}

QString DisplayText::escapeControls(const QString& text, LineBreaks lineBreaks)
{
    const auto unsafe = [lineBreaks](QChar c) {
        if (c == u'\n' && lineBreaks == LineBreaks::Keep)
            return false;
        return isControl(c.unicode()) || isBidiControl(c.unicode());
    };
    // Almost every text is clean: no copy then.
    if (std::none_of(text.cbegin(), text.cend(), unsafe))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        if (!unsafe(c)) {
            out += c;
            continue;
        }
        switch (c.unicode()) {
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            const bool latin1 = c.unicode() <= 0xFF;
            out += (latin1 ? QLatin1String("\\x") : QLatin1String("\\u")) +
                   QString::number(c.unicode(), 16)
                       .toUpper()
                       .rightJustified(latin1 ? 2 : 4, QLatin1Char('0'));
        }
    }
    return out;
}

} // namespace fotadesk
