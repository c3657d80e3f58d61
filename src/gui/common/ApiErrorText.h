// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fotadesk {

class ApiError;

/// How the GUI words an ApiError: the server's errorCode/errorMessage verbatim
/// when present, then what happened and what to do.
class ApiErrorText
{
public:
    ApiErrorText() = delete;
    /// Plain text, several lines: "Refused by the server: [EC] message\n<what to do>".
    static QString plain(const QString& what, const ApiError& error);
    /// The same as escaped rich text for a QLabel.
    static QString html(const QString& what, const ApiError& error);
};

} // namespace fotadesk
