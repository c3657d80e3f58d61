// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workflow/RolloutCreate.h"

#include "api/FotaClient.h"
#include "core/CampaignDraft.h"
#include "core/Clock.h"
#include "store/LocalStore.h"
#include "store/RolloutStore.h"
#include "workflow/InventoryCheckRun.h"
#include "workflow/RolloutAdvance.h"
#include "workflow/RolloutClientService.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

using Error = RolloutCreate::Error;

/// Runs the job until it finished (it stays alive: the caller deletes it).
void wait(ApiJob* job)
{
    job->setAutoDelete(false);
    if (job->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

Error errorOf(Error::Kind kind, const QString& message)
{
    Error e;
    e.kind = kind;
    e.message = message;
    return e;
}

Error serviceError(const ApiError& error)
{
    Error e;
    e.kind = Error::Kind::Service;
    e.apiError = error;
    e.message = error.toString();
    return e;
}

/// The account's firmware package of the plan's name; nullopt with *error.
std::optional<wire::FirmwarePackage> package(FotaClient& client, const QString& name,
                                             std::optional<Error>* error)
{
    std::unique_ptr<RequestJob<QList<wire::FirmwarePackage>>> list(client.firmwareList());
    wait(list.get());
    if (!list->succeeded()) {
        *error = serviceError(list->error());
        return std::nullopt;
    }
    for (const auto& fw : list->result()) {
        if (fw.firmwareName == name)
            return fw;
    }
    *error = errorOf(
        Error::Kind::NoFirmware,
        u"the account has no firmware package named '%1' (see 'fotactl firmware list')."_s.arg(
            name));
    return std::nullopt;
}

/// A plan with local windows needs a zone for every device (before anything is asked of the
/// service); nullopt: it has them, or needs none.
std::optional<RolloutCreate::Error> missingZones(const RolloutPlan& plan,
                                                 const QStringList& devices,
                                                 const QHash<QString, QString>& zones)
{
    if (!plan.usesLocalWindows())
        return std::nullopt;
    QStringList missing;
    for (const QString& d : devices) {
        if (!zones.contains(d))
            missing << d;
    }
    if (missing.isEmpty())
        return std::nullopt;
    const QString why =
        u"%1 devices have no time zone (%2), but the plan's \"localWindows\" are in each "
        "device's local time: give each a timezone or site column value, or set the plan's "
        "\"defaultZone\"."_s.arg(missing.size())
            .arg(missing.mid(0, 5).join(u", "_s) + (missing.size() > 5 ? u", …"_s : QString()));
    RolloutCreate::Error error =
        errorOf(RolloutCreate::Error::Kind::Split, u"the waves cannot be formed:\n  "_s + why);
    error.splitErrors = {why};
    return error;
}

} // namespace

RolloutCreate::RolloutCreate(FotaClient& client, LocalStore& store, QString user)
    : m_client(client)
    , m_store(store)
    , m_user(std::move(user))
{}

bool RolloutCreate::nameTaken(const QString& name) const
{
    return RolloutStore(m_store.workspace()).nameTaken(name);
}

RolloutCreate::Error RolloutCreate::nameTakenError(const QString& name)
{
    return errorOf(Error::Kind::NameTaken,
                   u"a rollout named \"%1\" exists already; its waves' campaigns are "
                   "named after it: give this plan another name."_s.arg(name));
}

RolloutCreate::Result RolloutCreate::create(const RolloutPlan& plan, const QStringList& devices,
                                            const QHash<QString, QString>& zones)
{
    Result result;
    RolloutStore rollouts(m_store.workspace());
    if (rollouts.nameTaken(plan.name)) {
        result.error = nameTakenError(plan.name);
        return result;
    }
    if (auto zoneError = missingZones(plan, devices, zones)) {
        result.error = std::move(zoneError);
        return result;
    }
    const auto fw = package(m_client, plan.firmwareName, &result.error);
    if (!fw)
        return result;
    const QString protocol =
        plan.protocol.isEmpty() ? CampaignDraft::campaignProtocolFor(fw->protocol) : plan.protocol;
    for (const DraftIssue& issue :
         CampaignDraft::validatePackageProtocol(plan.firmwareName, fw->protocol, protocol)) {
        if (issue.isError()) {
            result.error = errorOf(Error::Kind::Protocol, issue.toString());
            return result;
        }
    }
    const QJsonObject firmware{
        {u"firmwareName"_s, plan.firmwareName},
        {u"firmwareFrom"_s, plan.firmwareFrom.isEmpty() ? fw->firmwareFrom : plan.firmwareFrom},
        {u"firmwareTo"_s, plan.firmwareTo.isEmpty() ? fw->firmwareTo : plan.firmwareTo},
        {u"protocol"_s, protocol},
        {u"packageProtocol"_s, fw->protocol},
        {u"make"_s, fw->make},
        {u"model"_s, fw->model},
        {u"autoAssignLicense"_s, plan.autoAssignLicense}};

    // The pre-flight check: refused devices never enter a wave.
    if (m_checkStarting)
        m_checkStarting(devices.size());
    InventoryCheckRun::Options options;
    options.package = {fw->make, fw->model, firmware.value(u"firmwareFrom"_s).toString(),
                       firmware.value(u"firmwareTo"_s).toString(), fw->protocol};
    options.now = QDateTime::currentDateTimeUtc();
    options.autoAssign = plan.autoAssignLicense;
    InventoryCheckRun check(&m_client, devices, options);
    check.setAutoDelete(false);
    check.start();
    wait(&check);
    if (!check.succeeded()) {
        result.error = serviceError(check.error());
        return result;
    }
    Preflight& preflight = result.preflight;
    preflight.checked = devices.size();
    preflight.refused = check.report().refusedDevices();
    QSet<QString> refused;
    QJsonArray refusedJson;
    for (const CheckedDevice& d : preflight.refused) {
        refused.insert(d.deviceId);
        refusedJson.append(QJsonObject{{u"deviceId"_s, d.deviceId},
                                       {u"reason"_s, DeviceInventoryCheck::code(d.check.verdict)}});
    }
    preflight.split = RolloutSplit::split(plan, devices, refused);
    const RolloutSplit& split = preflight.split;
    if (!split.errors.isEmpty()) {
        result.error = errorOf(Error::Kind::Split,
                               u"the waves cannot be formed:\n  "_s + split.errors.join(u"\n  "_s));
        result.error->splitErrors = split.errors;
        return result;
    }

    RolloutRecord record;
    record.plan = plan;
    record.profile = Environment::profileName(m_client.environment().profile);
    record.account = m_client.environment().accountName;
    record.firmware = firmware;
    QStringList accepted;
    for (qsizetype i = 0; i < split.waves.size(); ++i) {
        record.waves << RolloutWaveRecord{int(i + 1), 0, split.waves.at(i), {}, {}, {}, {}, {}};
        accepted += split.waves.at(i);
    }
    record.preflight = {{u"checked"_s, devices.size()},
                        {u"accepted"_s, accepted.size()},
                        {u"refused"_s, refusedJson}};
    // The zones of the devices that go out decide the bands: stored and hashed with them.
    for (const QString& d : std::as_const(accepted)) {
        if (zones.contains(d))
            record.deviceZones.insert(d, zones.value(d));
    }
    record.planHash = plan.hash(accepted, record.deviceZones);
    const qint64 id = rollouts.create(record, m_user);
    if (id == 0) {
        result.error = errorOf(Error::Kind::Store,
                               u"the rollout could not be stored: %1"_s.arg(rollouts.lastError()));
        return result;
    }
    // The 'created' event is stored with the rollout; the audit log gets the step too.
    RolloutClientService service(m_client, m_store, {}, firmware);
    RolloutAdvance steps(rollouts, &m_store.audit(), service, Clock::system(), m_user);
    result.record = rollouts.find(id);
    steps.recordStep(
        *result.record, u"created"_s, 0,
        u"%1 waves, %2 devices, %3 refused by the pre-flight check"_s.arg(split.waves.size())
            .arg(accepted.size())
            .arg(refused.size()),
        true);
    return result;
}

} // namespace fotadesk
