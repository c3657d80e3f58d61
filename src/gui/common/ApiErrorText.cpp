// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/ApiErrorText.h"

#include "api/ApiError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {
// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrorText)
};
} // namespace

QString ApiErrorText::plain(const QString& what, const ApiError& error)
{
    QStringList lines;
    lines << what;
    if (!error.errorCode().isEmpty() || !error.errorMessage().isEmpty()) {
        lines << Tr::tr("The server refused it: %1 — %2")
                     .arg(error.errorCode().isEmpty() ? Tr::tr("(no error code)")
                                                      : error.errorCode(),
                          error.errorMessage().isEmpty() ? Tr::tr("(no message)")
                                                         : error.errorMessage());
    }
    if (!error.message().isEmpty())
        lines << error.message();
    return lines.join(u'\n');
}

QString ApiErrorText::html(const QString& what, const ApiError& error)
{
    QString out = u"<b>"_s + what.toHtmlEscaped() + u"</b>"_s;
    if (!error.errorCode().isEmpty() || !error.errorMessage().isEmpty()) {
        out += u"<br>"_s + Tr::tr("The server refused it:").toHtmlEscaped() + u" <code>"_s +
               error.errorCode().toHtmlEscaped() + u"</code> — "_s +
               error.errorMessage().toHtmlEscaped();
    }
    if (!error.message().isEmpty())
        out += u"<br>"_s + error.message().toHtmlEscaped();
    return out;
}

} // namespace fotadesk
