// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fotadesk {

/// Text that came from outside (a server's firmware and campaign names, device ids, reasons,
/// error messages) made safe to show: a terminal obeys escape sequences (ESC ] 0 ; title BEL
/// renames the window, ESC [ 2 J clears the screen) and bidirectional controls reorder what
/// follows them (U+202E shows "exe.txt" as "txt.exe"). Every such character is shown as a
/// visible escape instead, so that the user reads what the server sent and nothing happens.
///
///   C0 (U+0000–U+001F), DEL (U+007F), C1 (U+0080–U+009F)   \n \r \t, else \xHH
///   U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069   \uHHHH
///
/// Backslashes are left alone: this is for reading, not a reversible encoding. JSON output does
/// not need it (the JSON writer escapes C0 and DEL; bidi marks inside a JSON string are data).
class DisplayText final
{
public:
    DisplayText() = delete;

    enum class LineBreaks
    {
        Escape, ///< a table cell, a name: one line, \n shown as "\n"
        Keep    ///< a message of ours that embeds server text: its own line breaks stay
    };

    /// C0, DEL or C1.
    [[nodiscard]] static bool isControl(char32_t c);
    /// A bidirectional formatting control: embeddings, overrides, isolates and marks.
    [[nodiscard]] static bool isBidiControl(char32_t c);
    [[nodiscard]] static bool containsControl(const QString& text);
    [[nodiscard]] static bool containsBidiControl(const QString& text);

    /// `text` with every control and bidi control written as a visible escape.
    [[nodiscard]] static QString escapeControls(const QString& text,
                                                LineBreaks lineBreaks = LineBreaks::Escape);
};

} // namespace fotadesk
