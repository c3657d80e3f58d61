// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/CampaignRules.h"

#include "core/CampaignDraft.h"
#include "core/Clock.h"
#include "core/TimeWindowList.h"
#include "sim/SimError.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::CampaignRules", text);
}

} // namespace

QString CampaignRules::errorCodeFor(const QString& ruleCode)
{
    static const QHash<QString, QString> map{
        {u"campaign-name-too-long"_s, errc::InvalidCampaignName},
        {u"campaign-name-control-characters"_s, errc::InvalidCampaignName},
        {u"firmware-name-required"_s, errc::MissingRequiredField},
        {u"firmware-from-required"_s, errc::MissingRequiredField},
        {u"firmware-to-required"_s, errc::MissingRequiredField},
        {u"protocol-required"_s, errc::MissingRequiredField},
        {u"protocol-not-for-campaigns"_s, errc::InvalidProtocol},
        {u"protocol-unknown"_s, errc::InvalidProtocol},
        {u"start-date-required"_s, errc::MissingRequiredField},
        {u"end-date-required"_s, errc::MissingRequiredField},
        {u"start-date-in-past"_s, errc::StartDateInPast},
        {u"end-before-start"_s, errc::EndDateBeforeStartDate},
        {u"window-overlap"_s, errc::OverlappingTimeWindows},
        {u"window-duplicate"_s, errc::OverlappingTimeWindows},
        {u"devices-required"_s, errc::DeviceListEmpty},
        {u"device-invalid"_s, errc::InvalidDeviceId},
        {u"device-not-canonical"_s, errc::InvalidDeviceId},
        {u"devices-more-invalid"_s, errc::InvalidDeviceId},
    };
    if (ruleCode.startsWith(u"window-"_s) && !map.contains(ruleCode))
        return errc::InvalidTimeWindow;
    return map.value(ruleCode, errc::InvalidRequestBody);
}

std::optional<SimResponse> CampaignRules::firstError(const DraftIssues& issues)
{
    for (const DraftIssue& issue : issues) {
        if (!issue.isError())
            continue;
        QJsonObject extra{{u"rule"_s, issue.code}};
        const QString field = draftFieldId(issue.field);
        if (!field.isEmpty())
            extra.insert(u"field"_s, field);
        if (issue.index >= 0)
            extra.insert(u"index"_s, issue.index);
        return SimResponse::error(errorCodeFor(issue.code), issue.toString(), 400, extra);
    }
    return std::nullopt;
}

std::optional<SimResponse> CampaignRules::requireFields(const QJsonObject& body,
                                                        const QStringList& names)
{
    for (const QString& name : names) {
        const QJsonValue v = body.value(name);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
            return SimResponse::error(errc::MissingRequiredField,
                                      tr("The required field '%1' is missing.").arg(name), 400,
                                      QJsonObject{{u"field"_s, name}});
    }
    return std::nullopt;
}

std::optional<SimResponse> CampaignRules::requireDate(const QJsonObject& body, const QString& name)
{
    static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString text = body.value(name).toString();
    if (!body.value(name).isString() || !re.match(text).hasMatch() ||
        !QDate::fromString(text, Qt::ISODate).isValid())
        return SimResponse::error(
            errc::InvalidDate,
            tr("'%1' must be a calendar date YYYY-MM-DD, got '%2'.")
                .arg(name, body.value(name).isString() ? text : tr("a non-string value")),
            400, QJsonObject{{u"field"_s, name}});
    return std::nullopt;
}

std::optional<Imei> CampaignRules::parseImei(const QString& text)
{
    if (text.size() != 15)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return Imei::fromString(text);
}

std::optional<SimResponse> CampaignRules::checkDeviceIds(const QStringList& ids, int maxDevices,
                                                         std::vector<Imei>* out)
{
    if (ids.size() > maxDevices)
        return SimResponse::error(errc::DeviceListTooLarge,
                                  tr("deviceList has %1 devices; at most %2 are allowed in one "
                                     "request. Split the list.")
                                      .arg(ids.size())
                                      .arg(maxDevices),
                                  400, QJsonObject{{u"field"_s, u"deviceList"_s}});
    const DeviceIdCheck check = CampaignDraft::checkDeviceIds(ids, DeviceIdMode::Wire);
    if (auto e = firstError(check.issues))
        return e;
    if (check.devices.isEmpty())
        return SimResponse::error(errc::DeviceListEmpty,
                                  tr("deviceList is empty: give at least one IMEI."), 400,
                                  QJsonObject{{u"field"_s, u"deviceList"_s}});
    out->assign(check.devices.cbegin(), check.devices.cend());
    return std::nullopt;
}

std::optional<SimResponse> CampaignRules::checkDates(const QDate& start, const QDate& end,
                                                     const Clock& clock)
{
    return firstError(CampaignDraft::validateDates(start, end, clock));
}

std::optional<SimResponse> CampaignRules::checkTimeWindows(const QList<TimeWindow>& windows)
{
    return firstError(TimeWindowList::validate(windows));
}

bool CampaignRules::protocolMatches(const QString& requested, const QString& packageProtocol)
{
    return CampaignDraft::campaignProtocolFor(packageProtocol) == requested;
}

} // namespace fotadesk::sim
