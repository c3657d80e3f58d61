// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/FaultInjector.h"
#include "sim/HttpConnection.h"
#include "sim/HttpListener.h"
#include "sim/SimAuth.h"
#include "sim/SimClock.h"
#include "sim/SimContext.h"
#include "sim/SimOptions.h"
#include "sim/SimRouter.h"
#include "sim/SimState.h"
#include "sim/SimStats.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

namespace fotadesk::sim {

class AccountEndpoints;
class CallbackNotifier;
class AdminEndpoints;
class CampaignEndpoints;
class DeviceEndpoints;
class FirmwareEndpoints;
class LicenseEndpoints;
class ReportEndpoints;
struct FaultDecision;

/// The FOTA v3 simulator. Every request goes through one place: route →
/// injected fault → authentication → handler → delivery, the delivery delayed
/// by a timer when latency is injected (never a blocking sleep, so concurrent
/// requests overlap). Each request is logged (method, path, status, duration)
/// to fotadesk.sim at info level; no header or body is logged, so no secret
/// reaches the log.
///
/// HTTP itself is fotasim's own small layer (HttpListener, HttpConnection,
/// HttpRequestParser), not QAbstractHttpServer: Qt 6.4's server reads and
/// keeps a whole request body before any hook sees it, has no size limits
/// and no deadlines, and keeps every connection open whatever the request's
/// HTTP version or Connection header says (ApacheBench waited for ever). The
/// layer hands complete, bounded requests (SimOptions::http) to handle().
class SimServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    explicit SimServer(const SimOptions& options, QObject* parent = nullptr);
    ~SimServer() override;

    /// Loads the --state file, or creates the demo data. False (with *error)
    /// when the state file is corrupt: it is then left untouched.
    bool initialize(QString* error);
    /// Listens; returns the port (0 and *error on failure).
    quint16 start(const QHostAddress& address, quint16 port, QString* error);
    /// Listens before the data exists (fotadesk's window maps first, bench/cold_start): the
    /// demo data or the --state file is loaded by initialize() or, at the latest, before the
    /// first request is answered. Returns the port (0 and *error on failure).
    quint16 listen(const QHostAddress& address, quint16 port, QString* error);
    [[nodiscard]] bool isInitialized() const { return m_initialized; }
    /// "http://HOST:PORT/api"
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] quint16 port() const { return m_port; }

    /// Writes the --state file now (no-op without one).
    bool saveNow(QString* error);

    [[nodiscard]] SimState& state() { return m_state; }
    [[nodiscard]] SimClock& clock() { return *m_clock; }
    [[nodiscard]] SimAuth& auth() { return *m_auth; }
    [[nodiscard]] SimStats& stats() { return m_stats; }
    [[nodiscard]] const SimOptions& options() const { return m_options; }

private:
    void handle(HttpConnection& connection, SimRequest request);
    SimResponse dispatch(const SimRouter::Match& match, SimRequest& request, FaultDecision& fault);
    void scheduleSave();

    SimOptions m_options;
    SimState m_state;
    std::unique_ptr<SimClock> m_clock;
    std::unique_ptr<SimAuth> m_auth;
    FaultInjector m_faults;
    SimStats m_stats;
    std::unique_ptr<SimContext> m_context;
    SimRouter m_router;
    std::unique_ptr<CampaignEndpoints> m_campaigns;
    std::unique_ptr<FirmwareEndpoints> m_firmware;
    std::unique_ptr<ReportEndpoints> m_reports;
    std::unique_ptr<LicenseEndpoints> m_licenses;
    std::unique_ptr<AccountEndpoints> m_accounts;
    std::unique_ptr<DeviceEndpoints> m_devices;
    std::unique_ptr<AdminEndpoints> m_admin;
    std::unique_ptr<HttpListener> m_listener;
    std::unique_ptr<CallbackNotifier> m_callbacks;
    QTimer m_saveTimer;
    bool m_dirty = false;
    bool m_initialized = false;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace fotadesk::sim
