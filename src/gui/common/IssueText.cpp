#include "gui/common/IssueText.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace fotadesk {

QString IssueText::html(const DraftIssues& issues)
{
    QStringList lines;
    for (const DraftIssue& issue : issues) {
        lines << u"<span style=\"color:%1\">%2 %3</span>"_s.arg(
            issue.isError() ? errorColor() : warningColor(), issue.isError() ? u"✖"_s : u"⚠"_s,
            issue.message.toHtmlEscaped());
    }
    return lines.join(u"<br>"_s);
}

void IssueText::apply(QLabel* label, const DraftIssues& issues)
{
    label->setTextFormat(Qt::RichText);
    label->setText(html(issues));
    label->setVisible(!issues.isEmpty());
}

} // namespace fotadesk
