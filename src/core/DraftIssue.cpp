// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/DraftIssue.h"

#include <QStringList>

#include <algorithm>

namespace fotadesk {

QString draftFieldId(DraftField field)
{
    switch (field) {
    case DraftField::None:
        return {};
    case DraftField::CampaignName:
        return QStringLiteral("campaignName");
    case DraftField::FirmwareName:
        return QStringLiteral("firmwareName");
    case DraftField::FirmwareFrom:
        return QStringLiteral("firmwareFrom");
    case DraftField::FirmwareTo:
        return QStringLiteral("firmwareTo");
    case DraftField::Protocol:
        return QStringLiteral("protocol");
    case DraftField::StartDate:
        return QStringLiteral("startDate");
    case DraftField::EndDate:
        return QStringLiteral("endDate");
    case DraftField::TimeWindows:
        return QStringLiteral("campaignTimeWindowList");
    case DraftField::Devices:
        return QStringLiteral("deviceList");
    }
    return {};
}

QString DraftIssue::toString() const
{
    const QString id = draftFieldId(field);
    return id.isEmpty() ? message : id + QStringLiteral(": ") + message;
}

bool hasErrors(const DraftIssues& issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const DraftIssue& i) { return i.isError(); });
}

DraftIssues issuesFor(const DraftIssues& issues, DraftField field)
{
    DraftIssues out;
    for (const DraftIssue& i : issues) {
        if (i.field == field)
            out.append(i);
    }
    return out;
}

QStringList issueCodes(const DraftIssues& issues)
{
    QStringList out;
    out.reserve(issues.size());
    for (const DraftIssue& i : issues)
        out.append(i.code);
    return out;
}

} // namespace fotadesk
