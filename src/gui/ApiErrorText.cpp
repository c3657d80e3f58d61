#include "gui/ApiErrorText.h"

#include "api/ApiError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ApiErrorText", text);
}
} // namespace

QString ApiErrorText::plain(const QString& what, const ApiError& error)
{
    QStringList lines;
    lines << what;
    if (!error.errorCode().isEmpty() || !error.errorMessage().isEmpty()) {
        lines << tr("The server refused it: %1 — %2")
                     .arg(error.errorCode().isEmpty() ? tr("(no errorCode)") : error.errorCode(),
                          error.errorMessage().isEmpty() ? tr("(no errorMessage)")
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
        out += u"<br>"_s + tr("The server refused it:").toHtmlEscaped() + u" <code>"_s +
               error.errorCode().toHtmlEscaped() + u"</code> — "_s +
               error.errorMessage().toHtmlEscaped();
    }
    if (!error.message().isEmpty())
        out += u"<br>"_s + error.message().toHtmlEscaped();
    return out;
}

} // namespace fotadesk
