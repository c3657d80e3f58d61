#include "sim/CampaignRules.h"

#include "api/wire/WireTypes.h"
#include "sim/SimError.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::CampaignRules", text);
}

} // namespace

std::optional<SimResponse> CampaignRules::requireFields(const QJsonObject& body,
                                                        const QStringList& names)
{
    for (const QString& name : names) {
        const QJsonValue v = body.value(name);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
            return SimResponse::error(errc::MissingRequiredField,
                                      tr("The required field '%1' is missing.").arg(name));
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
                .arg(name, body.value(name).isString() ? text : tr("a non-string value")));
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
                                                         std::vector<Imei>* out,
                                                         bool allowDuplicates)
{
    if (ids.isEmpty())
        return SimResponse::error(errc::DeviceListEmpty,
                                  tr("deviceList is empty: give at least one IMEI."));
    if (ids.size() > maxDevices)
        return SimResponse::error(errc::DeviceListTooLarge,
                                  tr("deviceList has %1 devices; at most %2 are allowed in one "
                                     "request. Split the list.")
                                      .arg(ids.size())
                                      .arg(maxDevices));
    out->clear();
    out->reserve(static_cast<size_t>(ids.size()));
    QSet<quint64> seen;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString& text = ids.at(i);
        const auto imei = parseImei(text);
        if (!imei) {
            const ImeiParseResult parsed = Imei::parse(QStringView(text));
            const QString why = parsed.isValid() ? tr("send exactly 15 digits without separators")
                                                 : parsed.message();
            return SimResponse::error(
                errc::InvalidDeviceId,
                tr("deviceList[%1] '%2' is not a valid IMEI: %3").arg(i).arg(text, why));
        }
        if (!allowDuplicates) {
            if (seen.contains(imei->value()))
                return SimResponse::error(
                    errc::DuplicateDeviceId,
                    tr("deviceList[%1] %2 appears more than once.").arg(i).arg(text));
            seen.insert(imei->value());
        }
        out->push_back(*imei);
    }
    return std::nullopt;
}

std::optional<SimResponse> CampaignRules::checkDates(const QDate& start, const QDate& end,
                                                     const QDate& today)
{
    if (end < start)
        return SimResponse::error(errc::EndDateBeforeStartDate,
                                  tr("endDate %1 is before startDate %2.")
                                      .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    if (start < today)
        return SimResponse::error(
            errc::StartDateInPast,
            tr("startDate %1 is in the past (today is %2 UTC).")
                .arg(start.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    return std::nullopt;
}

std::optional<SimResponse> CampaignRules::checkTimeWindows(const QList<TimeWindow>& windows)
{
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const TimeWindow& w = windows.at(i);
        if (!w.isValid())
            return SimResponse::error(
                errc::InvalidTimeWindow,
                tr("campaignTimeWindowList[%1]: %2").arg(i).arg(w.validationError()));
    }
    QList<TimeWindow> sorted = windows;
    std::sort(sorted.begin(), sorted.end(),
              [](const TimeWindow& a, const TimeWindow& b) { return a.startTime < b.startTime; });
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        if (sorted.at(i).startTime < sorted.at(i - 1).endTime)
            return SimResponse::error(
                errc::OverlappingTimeWindows,
                tr("The time windows %1–%2 and %3–%4 overlap: merge them or make them disjoint.")
                    .arg(sorted.at(i - 1).startTime)
                    .arg(sorted.at(i - 1).endTime)
                    .arg(sorted.at(i).startTime)
                    .arg(sorted.at(i).endTime));
    }
    return std::nullopt;
}

std::optional<SimResponse> CampaignRules::checkProtocol(const QString& protocol)
{
    if (protocol == wire::protocol::Lwm2m || protocol == wire::protocol::Oma ||
        protocol == wire::protocol::Http || protocol == wire::protocol::OmdDm)
        return std::nullopt;
    return SimResponse::error(errc::InvalidProtocol,
                              tr("protocol '%1' is not one of LWM2M, OMA, HTTP.").arg(protocol));
}

bool CampaignRules::protocolMatches(const QString& requested, const QString& packageProtocol)
{
    const auto normal = [](const QString& p) {
        return p == wire::protocol::Oma ? wire::protocol::OmdDm : p;
    };
    return normal(requested) == normal(packageProtocol);
}

} // namespace fotadesk::sim
