// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workflow/InventoryCheckRun.h"

#include "api/DeviceLookup.h"
#include "api/FotaClient.h"
#include "api/wire/InventoryRecordMapping.h"

#include <QTimer>

#include <algorithm>

namespace fotadesk {

InventoryCheckRun::InventoryCheckRun(FotaClient* client, QStringList deviceIds, Options options,
                                     QObject* parent)
    : ApiJob(parent)
    , m_client(client)
    , m_deviceIds(std::move(deviceIds))
    , m_options(std::move(options))
{}

InventoryCheckRun::~InventoryCheckRun()
{
    abort();
}

void InventoryCheckRun::run()
{
    const auto n = static_cast<size_t>(m_deviceIds.size());
    m_checks.assign(n, DeviceCheck{});
    m_onlyLicense.assign(n, 0);
    m_ifLicensed.assign(n, DeviceCheck{});
    m_report.reserve(m_deviceIds.size());

    auto* subscription = m_client->subscription();
    m_subscriptionJob = subscription;
    connect(subscription, &ApiJob::finished, this, [this, subscription] {
        if (subscription->succeeded()) {
            const wire::Subscription& s = subscription->result();
            m_licensesLeft = std::max<qint64>(0, s.licenseCount - s.licenseUsedCount);
        } else {
            m_licensesError = subscription->error().message();
        }
        m_subscriptionDone = true;
        finishIfDone();
    });

    auto* lookup = new DeviceLookup(m_client, m_deviceIds, this);
    if (m_maxConcurrent > 0)
        lookup->setMaxConcurrent(m_maxConcurrent);
    m_lookup = lookup;
    connect(lookup, &DeviceLookup::chunkDone, this, &InventoryCheckRun::classify);
    connect(lookup, &DeviceLookup::progress, this, &InventoryCheckRun::progress);
    connect(lookup, &ApiJob::finished, this, [this, lookup] {
        if (isFinished())
            return;
        if (!lookup->succeeded()) {
            const ApiError error = lookup->error();
            abort();
            finishError(error);
            return;
        }
        m_lookupDone = true;
        finishIfDone();
    });
    lookup->start();
}

void InventoryCheckRun::classify(qsizetype first, qsizetype count)
{
    // Each answer is taken out of the lookup once classified: the lookup never holds the whole
    // list's answers (freeing 100,000 of them at once stalled the event loop).
    for (qsizetype i = first; i < first + count; ++i) {
        const auto index = static_cast<size_t>(i);
        const std::optional<wire::InventoryDevice> device = m_lookup->takeFound(m_deviceIds.at(i));
        if (!device) {
            m_checks[index] = DeviceInventoryCheck::classify(m_options.package, nullptr,
                                                             m_options.now, m_options.staleDays);
            continue;
        }
        InventoryRecord record = wire::toInventoryRecord(*device);
        m_checks[index] = DeviceInventoryCheck::classify(m_options.package, &record, m_options.now,
                                                         m_options.staleDays);
        if (m_checks[index].verdict == DeviceVerdict::NoLicense) {
            record.licenseAssigned = true;
            const DeviceCheck licensed = DeviceInventoryCheck::classify(
                m_options.package, &record, m_options.now, m_options.staleDays);
            if (licensed.accepted()) {
                m_onlyLicense[index] = 1;
                m_ifLicensed[index] = licensed;
            }
        }
    }
}

void InventoryCheckRun::finishIfDone()
{
    if (isFinished() || !m_lookupDone || !m_subscriptionDone)
        return;
    // The report is put together in list order, a slice per event-loop turn, so that a
    // 100,000-device list does not hold the event loop for tens of milliseconds at once.
    const qsizetype end = std::min<qsizetype>(m_deviceIds.size(), m_reported + ReportSlice);
    for (; m_reported < end; ++m_reported) {
        const auto index = static_cast<size_t>(m_reported);
        m_report.add(m_deviceIds.at(m_reported), m_checks[index],
                     m_onlyLicense[index] ? std::optional(m_ifLicensed[index]) : std::nullopt);
    }
    if (m_reported < m_deviceIds.size()) {
        QTimer::singleShot(0, this, &InventoryCheckRun::finishIfDone);
        return;
    }
    // The figures in the next turn, the answer (which the panel shows) in the one after.
    QTimer::singleShot(0, this, &InventoryCheckRun::finishReport);
}

void InventoryCheckRun::finishReport()
{
    if (isFinished())
        return;
    m_report.finish(m_options.autoAssign, m_licensesLeft);
    m_checks = {};
    m_onlyLicense = {};
    m_ifLicensed = {};
    QTimer::singleShot(0, this, [this] {
        if (!isFinished())
            finishSuccess();
    });
}

void InventoryCheckRun::abort()
{
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->cancel();
    }
    if (m_subscriptionJob) {
        m_subscriptionJob->disconnect(this);
        m_subscriptionJob->cancel();
    }
}

} // namespace fotadesk
