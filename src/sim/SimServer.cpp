// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/SimServer.h"

#include "sim/AccountEndpoints.h"
#include "sim/AdminEndpoints.h"
#include "sim/CallbackNotifier.h"
#include "sim/CampaignEndpoints.h"
#include "sim/DemoData.h"
#include "sim/DeviceEndpoints.h"
#include "sim/FirmwareEndpoints.h"
#include "sim/LicenseEndpoints.h"
#include "sim/ReportEndpoints.h"
#include "sim/SimError.h"
#include "sim/SimLogging.h"
#include "sim/StateFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

SimResponse faultResponse(FaultDecision::Kind kind, int retryAfter)
{
    using K = FaultDecision::Kind;
    switch (kind) {
    case K::Error500:
        return SimResponse::error(errc::InjectedFault, u"Internal server error (injected)"_s, 500);
    case K::Error502:
        return SimResponse::raw("<html><body><h1>502 Bad Gateway</h1></body></html>\n", 502,
                                "text/html");
    case K::Error503:
        return SimResponse::raw("Service Unavailable\n", 503, "text/plain");
    case K::TooManyRequests: {
        SimResponse r =
            SimResponse::error(errc::TooManyRequests, u"Rate limit exceeded, retry later"_s, 429);
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(retryAfter)));
        return r;
    }
    default:
        return {};
    }
}

QString faultName(FaultDecision::Kind kind)
{
    using K = FaultDecision::Kind;
    switch (kind) {
    case K::Error500:
        return u"error500"_s;
    case K::Error502:
        return u"error502"_s;
    case K::Error503:
        return u"error503"_s;
    case K::TooManyRequests:
        return u"429"_s;
    case K::Drop:
        return u"drop"_s;
    case K::ExpireToken:
        return u"tokenExpiry"_s;
    case K::None:
        break;
    }
    return {};
}

} // namespace

SimServer::SimServer(const SimOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_faults(options.faults, options.seed)
{
    const QDateTime start =
        options.startTime.isValid() ? options.startTime.toUTC() : QDateTime::currentDateTimeUtc();
    m_clock = std::make_unique<SimClock>(start, options.timeScale);
    m_auth = std::make_unique<SimAuth>(options.credentials, options.tokenLifetimeSeconds,
                                       Clock::system());
    m_context = std::make_unique<SimContext>(m_state, *m_clock, *m_auth, m_faults, m_options);
    m_context->onChange = [this] { scheduleSave(); };

    m_router.add("POST", u"/api/ts/v1/oauth2/token"_s, SimRouter::Access::Public,
                 [this](const SimRequest& r) { return m_auth->issueToken(r); });
    m_router.add("POST", u"/api/m2m/v1/session/login"_s, SimRouter::Access::Public,
                 [this](const SimRequest& r) { return m_auth->login(r); });
    m_router.add("POST", u"/api/m2m/v1/session/logout"_s, SimRouter::Access::Public,
                 [this](const SimRequest& r) { return m_auth->logout(r); });
    m_campaigns = std::make_unique<CampaignEndpoints>(*m_context);
    m_firmware = std::make_unique<FirmwareEndpoints>(*m_context);
    m_reports = std::make_unique<ReportEndpoints>(*m_context);
    m_licenses = std::make_unique<LicenseEndpoints>(*m_context);
    m_accounts = std::make_unique<AccountEndpoints>(*m_context);
    m_devices = std::make_unique<DeviceEndpoints>(*m_context);
    m_admin = std::make_unique<AdminEndpoints>(*m_context, m_stats,
                                               [this](QString* error) { return saveNow(error); });
    m_campaigns->install(m_router);
    m_firmware->install(m_router);
    m_reports->install(m_router);
    m_licenses->install(m_router);
    m_accounts->install(m_router);
    m_devices->install(m_router);
    m_admin->install(m_router);

    m_callbacks =
        std::make_unique<CallbackNotifier>(m_state, *m_clock, m_stats, options.callbackPollMs);
    m_context->onCallbackChanged = [this](int account) { m_callbacks->registered(account); };

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(options.saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveNow(&error))
            qCWarning(lcSim).noquote() << error;
    });
}

SimServer::~SimServer()
{
    if (m_dirty) {
        QString error;
        if (!saveNow(&error))
            qCWarning(lcSim).noquote() << error;
    }
}

bool SimServer::initialize(QString* error)
{
    if (!m_options.statePath.isEmpty()) {
        const StateFile::LoadResult loaded = StateFile::load(m_options.statePath);
        if (loaded.status == StateFile::Status::Corrupt) {
            if (error)
                *error = loaded.error;
            return false;
        }
        if (loaded.status == StateFile::Status::Loaded) {
            QString why;
            auto state = SimState::fromJson(loaded.payload.value(u"state"_s).toObject(), &why);
            if (!state) {
                if (error)
                    *error = tr("the state file %1 is corrupt: %2. Move it away to start from "
                                "fresh demo data.")
                                 .arg(m_options.statePath, why);
                return false;
            }
            m_state = std::move(*state);
            const QJsonObject clock = loaded.payload.value(u"clock"_s).toObject();
            const auto savedMs = static_cast<qint64>(clock.value(u"nowMs"_s).toDouble());
            if (savedMs > 0)
                m_clock->set(QDateTime::fromMSecsSinceEpoch(savedMs, Qt::UTC));
            m_auth->restore(loaded.payload.value(u"auth"_s).toObject());
            qCInfo(lcSim).noquote() << tr("state loaded from %1 (%2 devices, %3 campaigns)")
                                           .arg(m_options.statePath)
                                           .arg(m_state.devices().size())
                                           .arg(m_state.campaigns().size());
            m_initialized = true;
            return true;
        }
    }
    m_state = DemoData::create(m_options.seed, m_clock->nowMs());
    m_initialized = true;
    if (!m_options.statePath.isEmpty()) {
        m_dirty = true;
        return saveNow(error);
    }
    return true;
}

quint16 SimServer::start(const QHostAddress& address, quint16 port, QString* error)
{
    if (!m_initialized) {
        QString why;
        if (!initialize(&why)) {
            if (error)
                *error = why;
            return 0;
        }
    }
    return listen(address, port, error);
}

quint16 SimServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    m_listener = std::make_unique<HttpListener>(
        m_options.http, [this](HttpConnection& connection, SimRequest request) {
            handle(connection, std::move(request));
        });
    m_port = m_listener->listen(address, port);
    if (m_port == 0)
        m_listener.reset();
    m_address = address;
    if (m_port == 0 && error)
        *error = tr("cannot listen on %1:%2 (address in use or not available).")
                     .arg(address.toString())
                     .arg(port);
    return m_port;
}

QString SimServer::baseUrl() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u"[%1]"_s.arg(m_address.toString())
                             : m_address.toString();
    return u"http://%1:%2/api"_s.arg(host).arg(m_port);
}

void SimServer::scheduleSave()
{
    if (m_options.statePath.isEmpty())
        return;
    m_dirty = true;
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

bool SimServer::saveNow(QString* error)
{
    if (m_options.statePath.isEmpty())
        return true;
    const QJsonObject payload{
        {u"state"_s, m_state.toJson()},
        {u"auth"_s, m_auth->toJson()},
        {u"clock"_s, QJsonObject{{u"nowMs"_s, static_cast<double>(m_clock->nowMs())}}},
    };
    if (!StateFile::save(m_options.statePath, payload, error))
        return false;
    m_dirty = false;
    return true;
}

SimResponse SimServer::dispatch(const SimRouter::Match& match, SimRequest& request,
                                FaultDecision& fault)
{
    if (!match.route) {
        if (match.pathKnown)
            return SimResponse::error(errc::MethodNotAllowed,
                                      tr("%1 is not allowed on %2.")
                                          .arg(QString::fromLatin1(request.method), request.path),
                                      405);
        return SimResponse::error(errc::NotFound, tr("No such endpoint: %1").arg(request.path),
                                  404);
    }
    const SimRouter::Route& route = *match.route;
    if (route.access == SimRouter::Access::Admin && !m_options.admin)
        return SimResponse::error(errc::NotFound,
                                  tr("No such endpoint: %1 (admin endpoints are off; start "
                                     "fotasim with --admin)")
                                      .arg(request.path),
                                  404);
    request.args = match.args;
    if (route.access != SimRouter::Access::Admin) {
        fault = m_faults.decide(route.access == SimRouter::Access::Fota);
        if (fault.kind != FaultDecision::Kind::None)
            m_stats.recordFault(faultName(fault.kind));
        using K = FaultDecision::Kind;
        if (fault.kind == K::Error500 || fault.kind == K::Error502 || fault.kind == K::Error503 ||
            fault.kind == K::TooManyRequests)
            return faultResponse(fault.kind, fault.retryAfterSeconds);
        if (fault.kind == K::ExpireToken)
            m_auth->expireBearerOf(request);
    }
    if (route.access == SimRouter::Access::Fota) {
        if (auto denied = m_auth->checkFota(request))
            return *denied;
    }
    return route.handler(request);
}

void SimServer::handle(HttpConnection& connection, SimRequest request)
{
    QElapsedTimer timer;
    timer.start();
    if (!m_initialized) {
        // listen() came first: the data is made now, before anything is answered.
        QString why;
        if (!initialize(&why)) {
            qCWarning(lcSim).noquote() << why;
            connection.respond(SimResponse::error(u"ServiceUnavailable"_s, why, 503));
            return;
        }
    }
    const SimRouter::Match match = m_router.match(request.method, request.path);
    FaultDecision fault;
    const SimResponse response = dispatch(match, request, fault);
    m_stats.record(match.route
                       ? QString::fromLatin1(match.route->method) + u' ' + match.route->pattern
                       : u"unmatched"_s,
                   response.status);

    const bool drop = fault.kind == FaultDecision::Kind::Drop;
    QString logPath = request.path;
    if (!request.query.isEmpty())
        logPath += u'?' + request.query.toString(QUrl::FullyEncoded);
    auto deliver = [response, drop, timer, method = request.method, logPath](HttpConnection& to) {
        to.respond(response, drop);
        qCInfo(lcSim).noquote() << QString::fromLatin1(method) << logPath
                                << (drop ? u"%1 (dropped)"_s.arg(response.status)
                                         : QString::number(response.status))
                                << timer.elapsed() << "ms";
    };

    if (fault.latencyMs <= 0) {
        deliver(connection);
        return;
    }
    QPointer<HttpConnection> guard(&connection);
    m_stats.enterDelayed();
    QTimer::singleShot(fault.latencyMs, this, [this, guard, deliver] {
        m_stats.leaveDelayed();
        if (!guard) {
            qCDebug(lcSim) << "client went away before the delayed answer";
            return;
        }
        deliver(*guard);
    });
}

} // namespace fotadesk::sim
