// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/IssueText.h"

#include <QCoreApplication>
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

QString IssueText::fieldLabel(DraftField field)
{
    switch (field) {
    case DraftField::None:
        return {};
    case DraftField::CampaignName:
        return QCoreApplication::translate("fotadesk::IssueText", "Campaign name");
    case DraftField::FirmwareName:
    case DraftField::FirmwareFrom:
    case DraftField::FirmwareTo:
        return QCoreApplication::translate("fotadesk::IssueText", "Firmware");
    case DraftField::Protocol:
        return QCoreApplication::translate("fotadesk::IssueText", "Protocol");
    case DraftField::StartDate:
        return QCoreApplication::translate("fotadesk::IssueText", "Start date");
    case DraftField::EndDate:
        return QCoreApplication::translate("fotadesk::IssueText", "End date");
    case DraftField::TimeWindows:
        return QCoreApplication::translate("fotadesk::IssueText", "Time windows");
    case DraftField::Devices:
        return QCoreApplication::translate("fotadesk::IssueText", "Devices");
    }
    return {};
}

} // namespace fotadesk
