// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/DraftIssue.h"

class QLabel;

namespace fotadesk {

/// Shows the core's DraftIssue messages inline, verbatim: errors red, warnings amber.
class IssueText
{
public:
    IssueText() = delete;
    /// One line per issue, rich text ("" for none).
    static QString html(const DraftIssues& issues);
    /// Sets the label to html(issues) and hides it when there are none.
    static void apply(QLabel* label, const DraftIssues& issues);
    /// The field as the form names it ("Devices", "Time windows"), translated; "" for None.
    /// What people read instead of the wire name (draftFieldId: "deviceList").
    static QString fieldLabel(DraftField field);
    static QString errorColor() { return QStringLiteral("#c62828"); }
    static QString warningColor() { return QStringLiteral("#b26a00"); }
};

} // namespace fotadesk
