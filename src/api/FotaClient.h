// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/Environment.h"
#include "api/JobContext.h"
#include "api/MutationObserver.h"
#include "api/RequestJob.h"
#include "api/RetryPolicy.h"
#include "api/wire/WireTypes.h"

#include <QJsonValue>
#include <QObject>

#include <optional>

class QNetworkAccessManager;

namespace fotadesk {

class Authenticator;
class Clock;
class CredentialSource;
class ReconcileCreateJob;

/// The FOTA v3 client: one method per endpoint of the contract, each
/// returning a started-on-return-to-the-event-loop job with one finished()
/// signal carrying the typed result or an ApiError (see ApiJob, RequestJob).
/// Never blocks. The GUI, fotactl, the pagers and the batcher all go through
/// it. Jobs are children of the client and delete themselves after finished().
///
/// Given (not owned): the QNetworkAccessManager, the CredentialSource and the
/// Clock; they must outlive the client.
class FotaClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FotaClient)

public:
    /// Which of the two documented paths add/remove devices uses.
    enum class DevicePath
    {
        Firmware, ///< PUT /campaigns/firmware/{acc}/{id} (the SDK's path)
        Plain     ///< PUT /campaigns/{acc}/{id} (the portal's path)
    };

    FotaClient(QNetworkAccessManager* network, Environment environment,
               const CredentialSource* credentials, const Clock& clock, QObject* parent = nullptr);
    ~FotaClient() override;

    [[nodiscard]] const Environment& environment() const { return m_environment; }
    [[nodiscard]] Authenticator* authenticator() const { return m_authenticator; }
    [[nodiscard]] const Clock& clock() const { return *m_context.clock; }
    /// A set-up problem (bad base URL, unusable CA file): every job fails with it.
    [[nodiscard]] const std::optional<ApiError>& setupError() const { return m_context.setupError; }

    void setRetryPolicy(const RetryPolicy& policy);
    [[nodiscard]] const RetryPolicy& retryPolicy() const { return m_context.retryPolicy; }
    /// Per request: no progress for this long ends it as Timeout (default 30 s).
    void setRequestTimeoutMs(int ms);
    [[nodiscard]] int requestTimeoutMs() const { return m_context.timeoutMs; }
    /// The overall limit of one request (JobContext::deadlineMs; 0: none).
    void setRequestDeadlineMs(int ms);
    [[nodiscard]] int requestDeadlineMs() const { return m_context.deadlineMs; }
    void setMaxRedirects(int count);
    /// The context new jobs get (pagers and batchers build on it).
    [[nodiscard]] JobContext jobContext() const;
    /// Told about every mutating call before it is sent (the store's audit log); not owned,
    /// may be null.
    void setMutationObserver(MutationObserver* observer) { m_mutationObserver = observer; }
    [[nodiscard]] MutationObserver* mutationObserver() const { return m_mutationObserver; }

    // --- Campaigns V3 -----------------------------------------------------------------------
    /// POST /campaigns/firmware/{acc}. Never retried: a lost answer is OutcomeUnknown; then
    /// call reconcileCreate() with the same request instead of sending it again. `followUp`:
    /// the devices the caller adds once the campaign exists (told to the mutation observer, so
    /// they are journaled with the create).
    RequestJob<wire::Campaign>* createCampaign(const wire::CampaignRequest& request,
                                               std::optional<CreateFollowUp> followUp = {});
    /// Looks for campaigns the request may have created (campaign history, all statuses,
    /// same name, firmware and dates).
    ReconcileCreateJob* reconcileCreate(const wire::CampaignRequest& request);
    /// PUT /campaigns[/firmware]/{acc}/{id} {"Type": "append"|"remove", "deviceList"}.
    RequestJob<wire::DeviceListChangeResult>*
    changeCampaignDevices(const QString& campaignId, const wire::DeviceListChange& change,
                          DevicePath path = DevicePath::Firmware);
    /// PUT /campaigns/firmware/{acc}/{id}/dates (send unchanged fields too).
    RequestJob<wire::Campaign>* changeCampaignDates(const QString& campaignId,
                                                    const wire::DatesChange& change);
    /// GET /campaigns/{acc}/{id}.
    RequestJob<wire::Campaign>* campaign(const QString& campaignId);
    /// DELETE /campaigns/{acc}/{id}. Not retried (a lost answer is OutcomeUnknown: look at the
    /// campaign's status).
    RequestJob<wire::SuccessResult>* cancelCampaign(const QString& campaignId);

    // --- Firmware V3 --------------------------------------------------------------------------
    /// GET /firmware/{acc}?protocol=LWM2M|OMD-DM|all.
    RequestJob<QList<wire::FirmwarePackage>>*
    firmwareList(const QString& protocol = QStringLiteral("all"));
    /// PUT /firmware/{acc}/devices, at most 100 devices a call (DeviceBatcher splits more).
    RequestJob<wire::FirmwareSyncResult>* synchronizeFirmware(const QStringList& deviceIds);
    /// PUT /firmware/{acc}/async/{deviceId}: the device is asked to report its firmware later
    /// (callback, account-devices listing); the answer is {accountName, requestId}.
    RequestJob<wire::FirmwareReportRequest>* requestFirmwareReport(const QString& deviceId);

    // --- Software Management Reports V3 -----------------------------------------------------
    /// GET /reports/{acc}/firmware/campaigns?campaignStatus=..[&lastSeenCampaignId=..]
    RequestJob<wire::CampaignHistoryPage>*
    campaignHistoryPage(const QString& status, const QString& lastSeenCampaignId = {});
    /// GET /reports/{acc}/campaigns/{id}/devices[?lastSeenDeviceId=..] (decoded in the background)
    RequestJob<wire::CampaignDevicePage>* campaignDevicePage(const QString& campaignId,
                                                             const QString& lastSeenDeviceId = {});
    /// GET /reports/{acc}/devices/{deviceId}
    RequestJob<QList<wire::DeviceHistoryEntry>>* deviceHistory(const QString& deviceId);

    // --- Account devices V3 (the inventory) ---------------------------------------------------
    /// GET /devices/{acc}[?lastSeenDeviceId=..][&protocol=..] (empty protocol: the server's
    /// default, LWM2M; decoded in the background). AccountDevicePager reads every page.
    RequestJob<wire::AccountDeviceList>* accountDevicePage(const QString& protocol = {},
                                                           const QString& lastSeenDeviceId = {});
    /// POST /devices/{acc} {"deviceList"}: at most 1,000 devices a call (DeviceLookup splits
    /// more). Read-only, so repeat-safe.
    RequestJob<wire::DeviceListResult>* lookupDevices(const QStringList& deviceIds);

    // --- Licenses V3, subscription, callbacks -------------------------------------------------
    /// GET /licenses/{acc}[?lastSeenDeviceId=..] (decoded in the background)
    RequestJob<wire::LicenseSummary>* licensePage(const QString& lastSeenDeviceId = {});
    /// POST /licenses/{acc}/assign (a set operation: repeat-safe).
    RequestJob<wire::LicenseChangeResult>* assignLicenses(const QStringList& deviceIds);
    /// POST /licenses/{acc}/remove (a set operation: repeat-safe).
    RequestJob<wire::LicenseChangeResult>* removeLicenses(const QStringList& deviceIds);
    /// GET /subscriptions/{acc}
    RequestJob<wire::Subscription>* subscription();
    /// GET /callbacks/{acc}
    RequestJob<wire::CallbackInfo>* callback();
    /// PUT /callbacks/{acc} {"url"} — registers or replaces the callback URL.
    RequestJob<wire::CallbackInfo>* setCallback(const QString& url);
    /// DELETE /callbacks/{acc}; the answer is unspecified and kept as JSON.
    RequestJob<QJsonValue>* deleteCallback();
    /// True when a failed callback()/deleteCallback() means "no callback URL is registered": a
    /// state, not a failure. The contract leaves that answer unspecified; fotasim says 400
    /// NoCallbackRegistered, and a 404 is read the same way.
    static bool isNoCallbackRegistered(const ApiError& error);

Q_SIGNALS:
    /// Every request of this client that got its answer (the app's connection state: the
    /// first answer after a loss clears the "offline" banner).
    void requestAnswered();
    /// Every request of this client that failed (refused, lost, cancelled, ...).
    void requestFailed(const fotadesk::ApiError& error);

private:
    template <typename T>
    RequestJob<T>* makeJob(QByteArray method, const QString& path,
                           const QList<QPair<QString, QString>>& query, QByteArray body,
                           Idempotency idempotency, typename RequestJob<T>::BodyDecoder decoder);
    [[nodiscard]] QString accountSegment() const;
    template <typename J> J* observed(J* job, MutationInfo info)
    {
        if (m_mutationObserver)
            m_mutationObserver->mutationStarting(job, info);
        return job;
    }

    Environment m_environment;
    JobContext m_context;
    Authenticator* m_authenticator = nullptr;
    MutationObserver* m_mutationObserver = nullptr;
};

} // namespace fotadesk
