// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/FotaClient.h"

#include "api/Authenticator.h"
#include "api/ReconcileCreateJob.h"
#include "api/TlsSetup.h"
#include "api/wire/DevicePageDecoder.h"
#include "core/Clock.h"

#include <QUrlQuery>

#include <algorithm>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

QString segment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

/// For answers the contract leaves unspecified: any JSON, or nothing.
wire::Decoded<QJsonValue> anyJson(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    return wire::parseJson(body);
}

QByteArray json(const QJsonObject& object)
{
    return wire::toBytes(object);
}

} // namespace

FotaClient::FotaClient(QNetworkAccessManager* network, Environment environment,
                       const CredentialSource* credentials, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_environment(std::move(environment))
{
    m_context.network = network;
    m_context.clock = &clock;
    if (const QString problem = m_environment.validationError(); !problem.isEmpty()) {
        m_context.setupError = ApiError::auth(problem, QString());
    } else if (m_environment.baseUrl.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ||
               !m_environment.extraCaFile.isEmpty()) {
        auto tls = TlsSetup::configuration(m_environment.extraCaFile);
        if (auto* error = std::get_if<ApiError>(&tls))
            m_context.setupError = *error;
        else
            m_context.tls = std::get<QSslConfiguration>(tls);
    }
    m_authenticator = new Authenticator(m_context, m_environment, credentials, this);
}

FotaClient::~FotaClient() = default;

void FotaClient::setRetryPolicy(const RetryPolicy& policy)
{
    m_context.retryPolicy = policy;
    m_authenticator->setContext(m_context);
}

void FotaClient::setRequestTimeoutMs(int ms)
{
    m_context.timeoutMs = ms;
    m_authenticator->setContext(m_context);
}

void FotaClient::setRequestDeadlineMs(int ms)
{
    m_context.deadlineMs = std::max(0, ms);
    m_authenticator->setContext(m_context);
}

void FotaClient::setMaxRedirects(int count)
{
    m_context.maxRedirects = count;
    m_authenticator->setContext(m_context);
}

JobContext FotaClient::jobContext() const
{
    JobContext context = m_context;
    context.authenticator = m_authenticator;
    return context;
}

QString FotaClient::accountSegment() const
{
    return segment(m_environment.accountName);
}

namespace {

/// The size limit of an answer, by what it decodes into: pages and answers listing devices get
/// BodyLimit::page(), the (unpaged) firmware list its own, single objects BodyLimit::object().
template <typename T> BodyLimit bodyLimitOf()
{
    if constexpr (std::is_same_v<T, QList<wire::FirmwarePackage>>)
        return BodyLimit::firmwareList();
    else if constexpr (std::is_same_v<T, wire::CampaignDevicePage> ||
                       std::is_same_v<T, wire::CampaignHistoryPage> ||
                       std::is_same_v<T, wire::AccountDeviceList> ||
                       std::is_same_v<T, wire::LicenseSummary> ||
                       std::is_same_v<T, wire::DeviceListResult> ||
                       std::is_same_v<T, wire::DeviceListChangeResult> ||
                       std::is_same_v<T, wire::LicenseChangeResult> ||
                       std::is_same_v<T, wire::FirmwareSyncResult> ||
                       std::is_same_v<T, QList<wire::DeviceHistoryEntry>>)
        return BodyLimit::page();
    else
        return BodyLimit::object();
}

} // namespace

template <typename T>
RequestJob<T>* FotaClient::makeJob(QByteArray method, const QString& path,
                                   const QList<QPair<QString, QString>>& query, QByteArray body,
                                   Idempotency idempotency,
                                   typename RequestJob<T>::BodyDecoder decoder)
{
    ApiRequest request;
    request.method = std::move(method);
    request.url = m_environment.fotaUrl(path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto& [key, value] : query)
            q.addQueryItem(key, value);
        request.url.setQuery(q);
    }
    if (!body.isEmpty())
        request.contentType = "application/json";
    request.body = std::move(body);
    request.idempotency = idempotency;
    request.bodyLimit = bodyLimitOf<T>();
    auto* job = new RequestJob<T>(jobContext(), std::move(request), std::move(decoder), this);
    // Connected first: the connection state is current when the caller's slot looks.
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->succeeded())
            Q_EMIT requestAnswered();
        else
            Q_EMIT requestFailed(job->error());
    });
    return job;
}

// --- Campaigns ------------------------------------------------------------------------------

RequestJob<wire::Campaign>* FotaClient::createCampaign(const wire::CampaignRequest& request,
                                                       std::optional<CreateFollowUp> followUp)
{
    MutationInfo info{MutationInfo::Operation::CreateCampaign,
                      {},
                      request.deviceList,
                      request,
                      {},
                      {},
                      std::move(followUp)};
    return observed(makeJob<wire::Campaign>("POST", u"/campaigns/firmware/"_s + accountSegment(),
                                            {}, json(wire::toJson(request)),
                                            Idempotency::NotRepeatable,
                                            jsonDecoder(&wire::decodeFirmwareCampaign)),
                    std::move(info));
}

ReconcileCreateJob* FotaClient::reconcileCreate(const wire::CampaignRequest& request)
{
    return new ReconcileCreateJob(this, request, this);
}

RequestJob<wire::DeviceListChangeResult>*
FotaClient::changeCampaignDevices(const QString& campaignId, const wire::DeviceListChange& change,
                                  DevicePath path)
{
    const QString prefix =
        path == DevicePath::Firmware ? u"/campaigns/firmware/"_s : u"/campaigns/"_s;
    MutationInfo info{change.type == wire::DeviceListChange::Type::Append
                          ? MutationInfo::Operation::AddDevices
                          : MutationInfo::Operation::RemoveDevices,
                      campaignId,
                      change.deviceList,
                      {},
                      {},
                      {},
                      {}};
    return observed(makeJob<wire::DeviceListChangeResult>(
                        "PUT", prefix + accountSegment() + u'/' + segment(campaignId), {},
                        json(wire::toJson(change)), Idempotency::RepeatSafe,
                        jsonDecoder(&wire::decodeDeviceListChangeResult)),
                    std::move(info));
}

RequestJob<wire::Campaign>* FotaClient::changeCampaignDates(const QString& campaignId,
                                                            const wire::DatesChange& change)
{
    MutationInfo info{MutationInfo::Operation::ChangeDates, campaignId, {}, {}, change, {}, {}};
    return observed(makeJob<wire::Campaign>("PUT",
                                            u"/campaigns/firmware/"_s + accountSegment() + u'/' +
                                                segment(campaignId) + u"/dates"_s,
                                            {}, json(wire::toJson(change)), Idempotency::RepeatSafe,
                                            jsonDecoder(&wire::decodeFirmwareCampaign)),
                    std::move(info));
}

RequestJob<wire::Campaign>* FotaClient::campaign(const QString& campaignId)
{
    return makeJob<wire::Campaign>(
        "GET", u"/campaigns/"_s + accountSegment() + u'/' + segment(campaignId), {}, {},
        Idempotency::RepeatSafe, jsonDecoder(&wire::decodeCampaign));
}

RequestJob<wire::SuccessResult>* FotaClient::cancelCampaign(const QString& campaignId)
{
    MutationInfo info{MutationInfo::Operation::CancelCampaign, campaignId, {}, {}, {}, {}, {}};
    return observed(makeJob<wire::SuccessResult>(
                        "DELETE", u"/campaigns/"_s + accountSegment() + u'/' + segment(campaignId),
                        {}, {}, Idempotency::NotRepeatable,
                        jsonDecoder(&wire::decodeSuccessResult)),
                    std::move(info));
}

// --- Firmware -------------------------------------------------------------------------------

RequestJob<QList<wire::FirmwarePackage>>* FotaClient::firmwareList(const QString& protocol)
{
    QList<QPair<QString, QString>> query;
    if (!protocol.isEmpty())
        query.append({u"protocol"_s, protocol});
    return makeJob<QList<wire::FirmwarePackage>>("GET", u"/firmware/"_s + accountSegment(), query,
                                                 {}, Idempotency::RepeatSafe,
                                                 jsonDecoder(&wire::decodeFirmwarePackageList));
}

RequestJob<wire::FirmwareSyncResult>* FotaClient::synchronizeFirmware(const QStringList& deviceIds)
{
    return makeJob<wire::FirmwareSyncResult>(
        "PUT", u"/firmware/"_s + accountSegment() + u"/devices"_s, {},
        json(wire::toJson(wire::DeviceListRequest{deviceIds})), Idempotency::RepeatSafe,
        jsonDecoder(&wire::decodeFirmwareSyncResult));
}

RequestJob<wire::FirmwareReportRequest>* FotaClient::requestFirmwareReport(const QString& deviceId)
{
    return makeJob<wire::FirmwareReportRequest>(
        "PUT", u"/firmware/"_s + accountSegment() + u"/async/"_s + segment(deviceId), {}, {},
        Idempotency::RepeatSafe, jsonDecoder(&wire::decodeFirmwareReportRequest));
}

// --- Reports --------------------------------------------------------------------------------

RequestJob<wire::CampaignHistoryPage>*
FotaClient::campaignHistoryPage(const QString& status, const QString& lastSeenCampaignId)
{
    QList<QPair<QString, QString>> query{{u"campaignStatus"_s, status}};
    if (!lastSeenCampaignId.isEmpty())
        query.append({u"lastSeenCampaignId"_s, lastSeenCampaignId});
    return makeJob<wire::CampaignHistoryPage>(
        "GET", u"/reports/"_s + accountSegment() + u"/firmware/campaigns"_s, query, {},
        Idempotency::RepeatSafe, jsonDecoder(&wire::decodeCampaignHistoryPage));
}

RequestJob<wire::CampaignDevicePage>*
FotaClient::campaignDevicePage(const QString& campaignId, const QString& lastSeenDeviceId)
{
    QList<QPair<QString, QString>> query;
    if (!lastSeenDeviceId.isEmpty())
        query.append({u"lastSeenDeviceId"_s, lastSeenDeviceId});
    auto* job = makeJob<wire::CampaignDevicePage>(
        "GET",
        u"/reports/"_s + accountSegment() + u"/campaigns/"_s + segment(campaignId) + u"/devices"_s,
        query, {}, Idempotency::RepeatSafe,
        [](const QByteArray& body) { return wire::decodeCampaignDevicePageBody(body); });
    // Up to 1,000 devices: about a millisecond of CPU per page even read straight from the bytes.
    job->setDecodeInBackground(true);
    return job;
}

RequestJob<QList<wire::DeviceHistoryEntry>>* FotaClient::deviceHistory(const QString& deviceId)
{
    return makeJob<QList<wire::DeviceHistoryEntry>>(
        "GET", u"/reports/"_s + accountSegment() + u"/devices/"_s + segment(deviceId), {}, {},
        Idempotency::RepeatSafe, jsonDecoder(&wire::decodeDeviceHistory));
}

// --- Account devices -------------------------------------------------------------------------

RequestJob<wire::AccountDeviceList>* FotaClient::accountDevicePage(const QString& protocol,
                                                                   const QString& lastSeenDeviceId)
{
    QList<QPair<QString, QString>> query;
    if (!lastSeenDeviceId.isEmpty())
        query.append({u"lastSeenDeviceId"_s, lastSeenDeviceId});
    if (!protocol.isEmpty())
        query.append({u"protocol"_s, protocol});
    auto* job = makeJob<wire::AccountDeviceList>("GET", u"/devices/"_s + accountSegment(), query,
                                                 {}, Idempotency::RepeatSafe,
                                                 jsonDecoder(&wire::decodeAccountDeviceList));
    job->setDecodeInBackground(true); // pages of up to 1,000 devices
    return job;
}

RequestJob<wire::DeviceListResult>* FotaClient::lookupDevices(const QStringList& deviceIds)
{
    auto* job = makeJob<wire::DeviceListResult>(
        "POST", u"/devices/"_s + accountSegment(), {},
        json(wire::toJson(wire::DeviceListRequest{deviceIds})), Idempotency::RepeatSafe,
        jsonDecoder(&wire::decodeDeviceListResult));
    job->setDecodeInBackground(true);
    return job;
}

// --- Licenses, subscription, callbacks ------------------------------------------------------

RequestJob<wire::LicenseSummary>* FotaClient::licensePage(const QString& lastSeenDeviceId)
{
    QList<QPair<QString, QString>> query;
    if (!lastSeenDeviceId.isEmpty())
        query.append({u"lastSeenDeviceId"_s, lastSeenDeviceId});
    auto* job = makeJob<wire::LicenseSummary>("GET", u"/licenses/"_s + accountSegment(), query, {},
                                              Idempotency::RepeatSafe,
                                              jsonDecoder(&wire::decodeLicenseSummary));
    job->setDecodeInBackground(true); // pages of up to 1,000 licenses
    return job;
}

RequestJob<wire::LicenseChangeResult>* FotaClient::assignLicenses(const QStringList& deviceIds)
{
    MutationInfo info{MutationInfo::Operation::AssignLicenses, {}, deviceIds, {}, {}, {}, {}};
    return observed(makeJob<wire::LicenseChangeResult>(
                        "POST", u"/licenses/"_s + accountSegment() + u"/assign"_s, {},
                        json(wire::toJson(wire::DeviceListRequest{deviceIds})),
                        Idempotency::RepeatSafe, jsonDecoder(&wire::decodeLicenseChangeResult)),
                    std::move(info));
}

RequestJob<wire::LicenseChangeResult>* FotaClient::removeLicenses(const QStringList& deviceIds)
{
    MutationInfo info{MutationInfo::Operation::RemoveLicenses, {}, deviceIds, {}, {}, {}, {}};
    return observed(makeJob<wire::LicenseChangeResult>(
                        "POST", u"/licenses/"_s + accountSegment() + u"/remove"_s, {},
                        json(wire::toJson(wire::DeviceListRequest{deviceIds})),
                        Idempotency::RepeatSafe, jsonDecoder(&wire::decodeLicenseChangeResult)),
                    std::move(info));
}

RequestJob<wire::Subscription>* FotaClient::subscription()
{
    return makeJob<wire::Subscription>("GET", u"/subscriptions/"_s + accountSegment(), {}, {},
                                       Idempotency::RepeatSafe,
                                       jsonDecoder(&wire::decodeSubscription));
}

RequestJob<wire::CallbackInfo>* FotaClient::callback()
{
    return makeJob<wire::CallbackInfo>("GET", u"/callbacks/"_s + accountSegment(), {}, {},
                                       Idempotency::RepeatSafe,
                                       jsonDecoder(&wire::decodeCallbackInfo));
}

RequestJob<wire::CallbackInfo>* FotaClient::setCallback(const QString& url)
{
    wire::CallbackInfo info;
    info.url = url;
    MutationInfo mutation{MutationInfo::Operation::SetCallback, {}, {}, {}, {}, url, {}};
    return observed(makeJob<wire::CallbackInfo>("PUT", u"/callbacks/"_s + accountSegment(), {},
                                                json(wire::toJson(info)), Idempotency::RepeatSafe,
                                                jsonDecoder(&wire::decodeCallbackInfo)),
                    std::move(mutation));
}

RequestJob<QJsonValue>* FotaClient::deleteCallback()
{
    MutationInfo info{MutationInfo::Operation::DeleteCallback, {}, {}, {}, {}, {}, {}};
    return observed(makeJob<QJsonValue>("DELETE", u"/callbacks/"_s + accountSegment(), {}, {},
                                        Idempotency::NotRepeatable, &anyJson),
                    std::move(info));
}

bool FotaClient::isNoCallbackRegistered(const ApiError& error)
{
    return error.kind() == ApiError::Kind::Api &&
           (error.httpStatus() == 404 ||
            error.errorCode().contains(u"NoCallback"_s, Qt::CaseInsensitive));
}

} // namespace fotadesk
