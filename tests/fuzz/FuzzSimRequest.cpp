// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz entry point for fotasim's request handling, without sockets:
// bytes -> an HTTP-ish request -> SimRequest (as SimServer builds it) ->
// SimRouter -> authentication -> endpoint handler -> SimResponse.
//
// Input format (what the seeds look like; anything else is tolerated):
//   METHOD SP TARGET [SP HTTP/1.1] LF
//   Name: value LF            (headers, any number)
//   LF
//   body
// Unless the input carries its own Authorization header, valid bearer and
// VZ-M2M-Token credentials are added, so that the fuzzer reaches the handlers.
//
// Every input gets a fresh simulator over a small, fixed world (two accounts,
// three models with their firmware, 40 devices, four campaigns with the ids
// 00000000-0000-4000-8000-00000000000N, N = 0..3), so a crash
// reproduces from its input alone. Checks: a status in 100..599, a JSON
// content type means a body that parses, and every 4xx/5xx JSON answer is a
// contract error body {errorCode, errorMessage} (the OAuth token endpoint's
// are RFC 6749 {error, error_description}). FOTADESK_FUZZ_VERBOSE=1 prints
// each request's status and the start of the answer (to check new seeds).

#include "FuzzSupport.h"
#include "api/wire/JsonCodec.h"
#include "core/Clock.h"
#include "sim/AccountEndpoints.h"
#include "sim/AdminEndpoints.h"
#include "sim/CampaignEndpoints.h"
#include "sim/FaultInjector.h"
#include "sim/FirmwareEndpoints.h"
#include "sim/LicenseEndpoints.h"
#include "sim/ReportEndpoints.h"
#include "sim/SimAuth.h"
#include "sim/SimClock.h"
#include "sim/SimContext.h"
#include "sim/SimRouter.h"
#include "sim/SimState.h"
#include "sim/SimStats.h"

#include <QUrl>

using namespace fotadesk;
using namespace fotadesk::sim;
using namespace Qt::StringLiterals;
using fotadesk::fuzz::check;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
constexpr qint64 kDayMs = 86'400'000;

struct ModelSeed
{
    const char* make;
    const char* model;
    quint32 tac;
    const char* protocol;
    const char* v1;
    const char* v2;
    const char* v3;
};

const ModelSeed kModels[] = {
    {"ACME Modems", "AX100", 49015420, "LWM2M", "R2.1.0", "R2.2.0", "R2.3.0"},
    {"ACME Modems", "AX200", 35693803, "LWM2M", "R3.0.4", "R3.1.0", "R3.2.1"},
    {"Inseego", "MiFi 8800L", 99001161, "OMD-DM", "M1100.18", "M1100.21", "M1100.24"},
};

QString packageName(const ModelSeed& m, const char* from, const char* to)
{
    QString make = QString::fromLatin1(m.make);
    make.remove(u' ');
    QString model = QString::fromLatin1(m.model);
    model.remove(u' ');
    return make + u'_' + model + u'_' + QLatin1String(from) + u'_' + QLatin1String(to);
}

/// The small world every input starts from (deterministic).
SimState smallWorld()
{
    const qint64 now = kNow.toMSecsSinceEpoch();
    SimState s;
    s.addAccount(SimAccount{u"0000123456-00001"_s, u"MRC"_s, 100, {}, now - 90 * kDayMs});
    s.addAccount(SimAccount{u"0000123456-00002"_s, u"MRC"_s, 10, {}, now - 20 * kDayMs});
    int modelIndex = 0;
    for (const ModelSeed& m : kModels) {
        s.addModel(DeviceModel{QLatin1String(m.make), QLatin1String(m.model), m.tac,
                               QLatin1String(m.protocol), QLatin1String(m.v1)});
        s.addFirmware(FirmwareRecord{
            packageName(m, m.v1, m.v2), QLatin1String(m.v1), QLatin1String(m.v2), now - 60 * kDayMs,
            u"Fixes."_s, QLatin1String(m.make), QLatin1String(m.model), QLatin1String(m.protocol)});
        s.addFirmware(FirmwareRecord{
            packageName(m, m.v2, m.v3), QLatin1String(m.v2), QLatin1String(m.v3), now - 5 * kDayMs,
            QString(), QLatin1String(m.make), QLatin1String(m.model), QLatin1String(m.protocol)});
        for (int i = 0; i < 12; ++i) {
            SimDevice d;
            d.imei = Imei::completeFrom14(quint64(m.tac) * 1'000'000ULL + 100 + quint64(i));
            d.model = modelIndex;
            d.account = i < 10 ? 0 : 1;
            d.firmware = QLatin1String(i % 5 == 4 ? m.v2 : m.v1);
            d.licensedAtMs = i % 4 == 3 ? 0 : now - (i + 1) * kDayMs;
            s.addDevice(d);
        }
        ++modelIndex;
    }
    // The contract's example IMEIs (AX100, licensed, base firmware).
    for (const char16_t* id : {u"490154203237518", u"356938035643809"}) {
        SimDevice d;
        d.imei = *Imei::fromString(QStringView(id));
        d.model = 0;
        d.firmware = u"R2.1.0"_s;
        d.licensedAtMs = now - 30 * kDayMs;
        s.addDevice(d);
    }
    // Campaigns: ended, running, future, cancelled.
    const int offsets[] = {-20, -1, 7, 3};
    for (int c = 0; c < 4; ++c) {
        const ModelSeed& m = kModels[c % 3];
        SimCampaign campaign;
        campaign.id = u"00000000-0000-4000-8000-00000000000%1"_s.arg(c);
        campaign.account = c == 3 ? 1 : 0;
        campaign.campaignName = u"Fuzz campaign %1"_s.arg(c);
        campaign.firmwareName = packageName(m, m.v1, m.v2);
        campaign.firmwareFrom = QLatin1String(m.v1);
        campaign.firmwareTo = QLatin1String(m.v2);
        campaign.protocol = QLatin1String(m.protocol);
        campaign.make = QLatin1String(m.make);
        campaign.model = QLatin1String(m.model);
        campaign.startDate = kNow.date().addDays(offsets[c]);
        campaign.endDate = campaign.startDate.addDays(2);
        if (c == 1)
            campaign.timeWindows = {TimeWindow{1, 5}, TimeWindow{20, 23}};
        campaign.createdAtMs = now - 25 * kDayMs + c * kDayMs;
        if (c == 3) {
            campaign.cancelledAtMs = now - kDayMs;
            campaign.cancelStatus = u"CampaignCancelled"_s;
        }
        for (int i = 0; i < 3; ++i)
            campaign.devices.push_back(CampaignDevice{
                Imei::completeFrom14(quint64(m.tac) * 1'000'000ULL + 100 + quint64(c * 3 + i) % 12),
                campaign.createdAtMs, JoinResult::Ok});
        s.addCampaign(std::move(campaign));
    }
    return s;
}

struct ParsedRequest
{
    SimRequest request;
    bool ownAuthorization = false;
};

/// Splits the input like an HTTP/1.1 request and fills a SimRequest the way
/// SimServer::handleRequest does (decoded path, query, lower-case headers).
ParsedRequest parseRequest(const QByteArray& input)
{
    ParsedRequest out;
    qsizetype headerEnd = input.indexOf("\n\n");
    qsizetype bodyStart = headerEnd < 0 ? -1 : headerEnd + 2;
    const qsizetype crlf = input.indexOf("\r\n\r\n");
    if (crlf >= 0 && (headerEnd < 0 || crlf < headerEnd)) {
        headerEnd = crlf;
        bodyStart = crlf + 4;
    }
    const QByteArray head = headerEnd < 0 ? input : input.left(headerEnd);
    if (bodyStart >= 0)
        out.request.body = input.mid(bodyStart);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    out.request.method = requestLine.value(0).toUpper();
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1:1" + requestLine.value(1));
    out.request.path = url.path(QUrl::FullyDecoded);
    out.request.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        out.request.headers.insert(name, line.mid(colon + 1).trimmed());
        if (name == "authorization")
            out.ownAuthorization = true;
    }
    return out;
}

void checkResponse(const SimResponse& response, const SimRequest& request, bool oauthRoute)
{
    const QString what = QString::fromLatin1(request.method) + u' ' + request.path;
    check(response.status >= 100 && response.status <= 599, "an impossible HTTP status",
          what + u" -> " + QString::number(response.status));
    if (response.contentType != "application/json" || response.body.isEmpty())
        return;
    const auto json = wire::parseJson(response.body);
    check(json.ok(), "a JSON answer that does not parse",
          what + u": " + QString::fromUtf8(response.body.left(200)));
    if (response.status >= 400 && oauthRoute) {
        // The OAuth 2 token endpoint answers errors as RFC 6749 says: {error, error_description}.
        check(json->toObject().value(u"error"_s).isString(), "an OAuth error without 'error'",
              what + u": " + QString::fromUtf8(response.body.left(200)));
    } else if (response.status >= 400) {
        const auto error = wire::decodeErrorBody(json.value());
        check(error.ok(), "an error answer that is not {errorCode, errorMessage}",
              what + u": " + QString::fromUtf8(response.body.left(200)));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ParsedRequest parsed = parseRequest(fuzz::bytes(data, size));
    SimRequest& request = parsed.request;

    SimOptions options;
    options.startTime = kNow;
    options.timeScale = 0;
    options.admin = true;
    SimState state = smallWorld();
    SimClock clock(kNow, 0);
    const ManualClock wallClock(kNow);
    SimAuth auth(options.credentials, options.tokenLifetimeSeconds, wallClock);
    FaultInjector faults(options.faults, options.seed);
    SimStats stats;
    SimContext context(state, clock, auth, faults, options);
    SimRouter router;
    router.add("POST", u"/api/ts/v1/oauth2/token"_s, SimRouter::Access::Public,
               [&](const SimRequest& r) { return auth.issueToken(r); });
    router.add("POST", u"/api/m2m/v1/session/login"_s, SimRouter::Access::Public,
               [&](const SimRequest& r) { return auth.login(r); });
    router.add("POST", u"/api/m2m/v1/session/logout"_s, SimRouter::Access::Public,
               [&](const SimRequest& r) { return auth.logout(r); });
    CampaignEndpoints campaigns(context);
    FirmwareEndpoints firmware(context);
    ReportEndpoints reports(context);
    LicenseEndpoints licenses(context);
    AccountEndpoints accounts(context);
    AdminEndpoints admin(context, stats, [](QString*) { return true; });
    campaigns.install(router);
    firmware.install(router);
    reports.install(router);
    licenses.install(router);
    accounts.install(router);
    admin.install(router);

    if (!parsed.ownAuthorization) {
        SimRequest tokenRequest;
        tokenRequest.method = "POST";
        tokenRequest.headers.insert("authorization",
                                    "Basic " + QByteArray("demo-client:demo-secret").toBase64());
        tokenRequest.body = "grant_type=client_credentials";
        const auto token =
            wire::decodeTokenResponse(wire::parseJson(auth.issueToken(tokenRequest).body).value());
        check(token.ok(), "the harness could not get a token");
        const QByteArray bearer = "Bearer " + token->accessToken.toLatin1();
        SimRequest login;
        login.method = "POST";
        login.headers.insert("authorization", bearer);
        login.body = R"({"username":"demo","password":"demo"})";
        const auto session =
            wire::decodeSessionResponse(wire::parseJson(auth.login(login).body).value());
        check(session.ok(), "the harness could not log in");
        request.headers.insert("authorization", bearer);
        if (!request.headers.contains("vz-m2m-token"))
            request.headers.insert("vz-m2m-token", session->sessionToken.toLatin1());
    }

    // Route -> authenticate -> handle, as SimServer::dispatch does (no faults:
    // the harness starts without any, and POST /admin/faults only changes them
    // for the requests that follow).
    const SimRouter::Match match = router.match(request.method, request.path);
    SimResponse response;
    if (!match.route) {
        response = SimResponse::error(u"NotFound"_s, u"no route"_s, match.pathKnown ? 405 : 404);
    } else {
        request.args = match.args;
        std::optional<SimResponse> denied;
        if (match.route->access == SimRouter::Access::Fota)
            denied = auth.checkFota(request);
        response = denied ? *denied : match.route->handler(request);
    }
    checkResponse(response, request,
                  match.route && match.route->pattern.startsWith(u"/api/ts/v1/oauth2/"_s));
    static const bool verbose = qEnvironmentVariableIsSet("FOTADESK_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%s %s -> %d %s\n", request.method.constData(),
                     qPrintable(request.path), response.status,
                     response.body.left(160).constData());
    return 0;
}
