// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/RolloutStore.h"

#include "store/DeviceIdBlob.h"
#include "store/StoreSql.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

struct Names
{
    const char* name;
    int value;
};

constexpr Names kWaveStates[] = {{"planned", 0}, {"creating", 1}, {"running", 2}, {"ended", 3},
                                 {"passed", 4},  {"failed", 5},   {"approved", 6}};
constexpr Names kRolloutStates[] = {
    {"ready", 0}, {"running", 1}, {"waiting-soak", 2}, {"waiting-approval", 3},
    {"held", 4},  {"done", 5},    {"aborted", 6}};

template <typename E, size_t N> QString nameOf(const Names (&names)[N], E value)
{
    for (const Names& n : names) {
        if (n.value == int(value))
            return QString::fromLatin1(n.name);
    }
    return {};
}

template <typename E, size_t N> E valueOf(const Names (&names)[N], const QString& name)
{
    for (const Names& n : names) {
        if (name == QLatin1String(n.name))
            return E(n.value);
    }
    return E(0);
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() || v.toLongLong() == 0
               ? QDateTime()
               : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const QString kRolloutColumns =
    u"id, profile, account, created_ms, plan, plan_hash, firmware, preflight, state,"
    " state_reason, paused, approved_by, approved_ms, approved_hash, device_zones"_s;

/// Zones as {"Europe/Berlin": [ids…], …}: a zone's name once, not once a device.
QString zonesText(const QHash<QString, QString>& zones)
{
    if (zones.isEmpty())
        return {};
    QMap<QString, QJsonArray> byZone;
    for (auto it = zones.begin(); it != zones.end(); ++it)
        byZone[it.value()].append(it.key());
    QJsonObject o;
    for (auto it = byZone.begin(); it != byZone.end(); ++it)
        o.insert(it.key(), it.value());
    return compact(o);
}

QHash<QString, QString> zonesFrom(const QString& text)
{
    QHash<QString, QString> zones;
    if (text.isEmpty())
        return zones;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        for (const QJsonValue& id : it.value().toArray())
            zones.insert(id.toString(), it.key());
    }
    return zones;
}

RolloutRecord readRollout(const QSqlQuery& q)
{
    RolloutRecord r;
    r.id = q.value(0).toLongLong();
    r.profile = q.value(1).toString();
    r.account = q.value(2).toString();
    r.createdUtc = fromMs(q.value(3));
    if (const auto parsed = RolloutPlan::parse(q.value(4).toString().toUtf8(), u"workspace"_s);
        parsed.plan)
        r.plan = *parsed.plan;
    r.planHash = q.value(5).toString();
    r.firmware = object(q.value(6));
    r.preflight = object(q.value(7));
    r.state = valueOf<RolloutRecord::State>(kRolloutStates, q.value(8).toString());
    r.stateReason = q.value(9).toString();
    r.paused = q.value(10).toBool();
    r.approvedBy = q.value(11).toString();
    r.approvedUtc = fromMs(q.value(12));
    r.approvedHash = q.value(13).toString();
    r.deviceZones = zonesFrom(q.value(14).toString());
    return r;
}

} // namespace

QString RolloutWaveRecord::stateName(State state)
{
    return nameOf(kWaveStates, state);
}

RolloutWaveRecord::State RolloutWaveRecord::stateFromName(const QString& name)
{
    return valueOf<State>(kWaveStates, name);
}

QString RolloutRecord::stateName(State state)
{
    return nameOf(kRolloutStates, state);
}

RolloutRecord::State RolloutRecord::stateFromName(const QString& name)
{
    return valueOf<State>(kRolloutStates, name);
}

const RolloutWaveRecord* RolloutRecord::wave(int number) const
{
    for (const RolloutWaveRecord& w : waves) {
        if (w.number == number)
            return &w;
    }
    return nullptr;
}

QList<RolloutBandCampaign> RolloutRecord::bandsOf(int number) const
{
    QList<RolloutBandCampaign> out;
    for (const RolloutBandCampaign& b : bandCampaigns) {
        if (b.wave == number)
            out << b;
    }
    return out;
}

QStringList RolloutRecord::campaignIdsOf(int number) const
{
    const QList<RolloutBandCampaign> bands = bandsOf(number);
    QStringList ids;
    for (const RolloutBandCampaign& b : bands) {
        if (!b.campaignId.isEmpty())
            ids << b.campaignId;
    }
    if (bands.isEmpty()) {
        if (const RolloutWaveRecord* w = wave(number); w && !w->campaignId.isEmpty())
            ids << w->campaignId;
    }
    return ids;
}

RolloutStore::RolloutStore(Workspace& workspace)
    : m_workspace(workspace)
{}

bool RolloutStore::writable()
{
    // A rollout step journaled in memory or refused by a read-only file would not prevent a
    // second wave after a crash: such a workspace refuses every write here.
    if (m_workspace.writable())
        return true;
    m_lastError = m_workspace.notWritableReason();
    return false;
}

qint64 RolloutStore::create(const RolloutRecord& rollout, const QString& user)
{
    if (!writable())
        return 0;
    QSqlDatabase db = m_workspace.database();
    if (!db.transaction()) {
        m_lastError = m_workspace.explainError(db.lastError().text());
        return 0;
    }
    const qint64 now = m_workspace.nowMs();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO rollouts (name, profile, account, created_ms, updated_ms, plan,"
              " plan_hash, firmware, preflight, state, device_zones)"
              " VALUES (?,?,?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(storesql::text(rollout.plan.name));
    q.addBindValue(storesql::text(rollout.profile));
    q.addBindValue(storesql::text(rollout.account));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(compact(rollout.plan.toJson()));
    q.addBindValue(storesql::text(rollout.planHash));
    q.addBindValue(compact(rollout.firmware));
    q.addBindValue(compact(rollout.preflight));
    q.addBindValue(RolloutRecord::stateName(rollout.state));
    q.addBindValue(storesql::text(zonesText(rollout.deviceZones)));
    bool ok = storesql::exec(q, "storing a rollout");
    const qint64 id = q.lastInsertId().toLongLong();
    for (const RolloutWaveRecord& w : rollout.waves) {
        if (!ok)
            break;
        const auto devices = DeviceIdBlob::encode(w.devices);
        QSqlQuery wq(db);
        wq.prepare(u"INSERT INTO rollout_waves (rollout_id, number, retry_of, devices,"
                   " devices_format, device_count, state) VALUES (?,?,?,?,?,?,'planned')"_s);
        wq.addBindValue(id);
        wq.addBindValue(w.number);
        wq.addBindValue(w.retryOf);
        wq.addBindValue(storesql::blob(devices.bytes));
        wq.addBindValue(devices.format);
        wq.addBindValue(w.devices.size());
        ok = storesql::exec(wq, "storing a rollout wave");
        if (!ok)
            m_lastError = m_workspace.explainError(wq.lastError().text());
    }
    if (ok)
        ok =
            record(id, user, u"created"_s, 0,
                   u"plan %1, %2 waves"_s.arg(rollout.planHash.left(12)).arg(rollout.waves.size()));
    if (!ok || !db.commit()) {
        if (m_lastError.isEmpty())
            m_lastError = m_workspace.explainError(q.lastError().isValid() ? q.lastError().text()
                                                                           : db.lastError().text());
        db.rollback();
        return 0;
    }
    return id;
}

std::optional<RolloutRecord> RolloutStore::find(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT "_s + kRolloutColumns + u" FROM rollouts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!storesql::exec(q, "reading a rollout") || !q.next())
        return std::nullopt;
    RolloutRecord r = readRollout(q);
    QSqlQuery wq(m_workspace.database());
    wq.setForwardOnly(true);
    wq.prepare(u"SELECT number, retry_of, devices, devices_format, state, request, campaign_id,"
               " ended_ms, gate FROM rollout_waves WHERE rollout_id = ? ORDER BY number"_s);
    wq.addBindValue(id);
    if (!storesql::exec(wq, "reading rollout waves"))
        return std::nullopt;
    while (wq.next()) {
        RolloutWaveRecord w;
        w.number = wq.value(0).toInt();
        w.retryOf = wq.value(1).toInt();
        const auto devices =
            DeviceIdBlob::decode(wq.value(2).toByteArray(), wq.value(3).toString());
        if (!devices)
            return std::nullopt; // a wave whose devices cannot be read must not be sent
        w.devices = *devices;
        w.state = RolloutWaveRecord::stateFromName(wq.value(4).toString());
        w.request = object(wq.value(5));
        w.campaignId = wq.value(6).toString();
        w.endedUtc = fromMs(wq.value(7));
        if (!wq.value(8).toString().isEmpty())
            w.gate = RolloutGateCheck::fromJson(object(wq.value(8)));
        r.waves << w;
    }
    QSqlQuery bq(m_workspace.database());
    bq.setForwardOnly(true);
    bq.prepare(u"SELECT wave, band, label, devices, devices_format, request, campaign_id"
               " FROM rollout_wave_campaigns WHERE rollout_id = ? ORDER BY wave, band"_s);
    bq.addBindValue(id);
    if (!storesql::exec(bq, "reading rollout band campaigns"))
        return std::nullopt;
    while (bq.next()) {
        RolloutBandCampaign b;
        b.wave = bq.value(0).toInt();
        b.band = bq.value(1).toInt();
        b.label = bq.value(2).toString();
        const auto devices =
            DeviceIdBlob::decode(bq.value(3).toByteArray(), bq.value(4).toString());
        if (!devices)
            return std::nullopt;
        b.devices = *devices;
        b.request = object(bq.value(5));
        b.campaignId = bq.value(6).toString();
        r.bandCampaigns << b;
    }
    return r;
}

QList<RolloutRecord> RolloutStore::list(const QString& profile, const QString& account) const
{
    QList<RolloutRecord> out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kRolloutColumns +
              u" FROM rollouts WHERE profile = ? AND account = ? ORDER BY id DESC"_s);
    q.addBindValue(storesql::text(profile));
    q.addBindValue(storesql::text(account));
    if (!storesql::exec(q, "listing rollouts"))
        return out;
    while (q.next())
        out << readRollout(q);
    return out;
}

bool RolloutStore::nameTaken(const QString& name) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT 1 FROM rollouts WHERE name = ?"_s);
    q.addBindValue(storesql::text(name));
    return storesql::exec(q, "looking up a rollout name") && q.next();
}

bool RolloutStore::setState(qint64 id, RolloutRecord::State state, const QString& reason)
{
    if (!writable())
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE rollouts SET state = ?, state_reason = ?, updated_ms = ? WHERE id = ?"_s);
    q.addBindValue(RolloutRecord::stateName(state));
    q.addBindValue(storesql::text(reason));
    q.addBindValue(m_workspace.nowMs());
    q.addBindValue(id);
    if (!storesql::exec(q, "setting a rollout's state")) {
        m_lastError = m_workspace.explainError(q.lastError().text());
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool RolloutStore::setPaused(qint64 id, bool paused, const QString& user)
{
    if (!writable())
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE rollouts SET paused = ?, updated_ms = ? WHERE id = ?"_s);
    q.addBindValue(paused ? 1 : 0);
    q.addBindValue(m_workspace.nowMs());
    q.addBindValue(id);
    if (!storesql::exec(q, "pausing a rollout") || q.numRowsAffected() != 1)
        return false;
    return record(id, user, paused ? u"paused"_s : u"resumed"_s);
}

bool RolloutStore::setApproval(qint64 id, const QString& user, const QString& hash)
{
    if (!writable())
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE rollouts SET approved_by = ?, approved_ms = ?, approved_hash = ?,"
              " updated_ms = ? WHERE id = ?"_s);
    q.addBindValue(storesql::text(user));
    q.addBindValue(m_workspace.nowMs());
    q.addBindValue(storesql::text(hash));
    q.addBindValue(m_workspace.nowMs());
    q.addBindValue(id);
    if (!storesql::exec(q, "recording a rollout approval") || q.numRowsAffected() != 1)
        return false;
    return record(id, user, u"plan-approved"_s, 0, hash);
}

bool RolloutStore::updateWave(qint64 id, int number, const QString& assignments,
                              const QVariantList& values, const char* what)
{
    if (!writable())
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE rollout_waves SET "_s + assignments +
              u" WHERE rollout_id = ? AND number = ?"_s);
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    q.addBindValue(number);
    if (!storesql::exec(q, what)) {
        m_lastError = m_workspace.explainError(q.lastError().text());
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool RolloutStore::journalCreate(qint64 id, int number, const QJsonObject& request,
                                 const QString& user)
{
    return updateWave(id, number, u"state = 'creating', request = ?"_s, {compact(request)},
                      "journaling a wave's create") &&
           record(id, user, u"wave-journaled"_s, number,
                  request.value(u"campaignName"_s).toString());
}

bool RolloutStore::journalBands(qint64 id, int number, const QList<RolloutBandCampaign>& bands,
                                const QJsonObject& request, const QString& user)
{
    if (!writable())
        return false;
    QSqlDatabase db = m_workspace.database();
    if (!db.transaction()) {
        m_lastError = m_workspace.explainError(db.lastError().text());
        return false;
    }
    QSqlQuery d(db);
    d.prepare(u"DELETE FROM rollout_wave_campaigns WHERE rollout_id = ? AND wave = ?"_s);
    d.addBindValue(id);
    d.addBindValue(number);
    bool ok = storesql::exec(d, "clearing a wave's bands");
    QStringList names;
    for (const RolloutBandCampaign& b : bands) {
        if (!ok)
            break;
        const auto devices = DeviceIdBlob::encode(b.devices);
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO rollout_wave_campaigns (rollout_id, wave, band, label, devices,"
                  " devices_format, device_count, request) VALUES (?,?,?,?,?,?,?,?)"_s);
        q.addBindValue(id);
        q.addBindValue(number);
        q.addBindValue(b.band);
        q.addBindValue(storesql::text(b.label));
        q.addBindValue(storesql::blob(devices.bytes));
        q.addBindValue(devices.format);
        q.addBindValue(b.devices.size());
        q.addBindValue(compact(b.request));
        ok = storesql::exec(q, "journaling a band's create");
        if (!ok)
            m_lastError = m_workspace.explainError(q.lastError().text());
        names << b.request.value(u"campaignName"_s).toString();
    }
    ok = ok && updateWave(id, number, u"state = 'creating', request = ?"_s, {compact(request)},
                          "journaling a wave's create");
    ok = ok && record(id, user, u"wave-journaled"_s, number, names.join(u"; "_s));
    if (!ok || !db.commit()) {
        if (m_lastError.isEmpty())
            m_lastError = m_workspace.explainError(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool RolloutStore::setBandCampaign(qint64 id, int number, int band, const QString& campaignId)
{
    if (!writable())
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE rollout_wave_campaigns SET campaign_id = ?"
              " WHERE rollout_id = ? AND wave = ? AND band = ?"_s);
    q.addBindValue(campaignId);
    q.addBindValue(id);
    q.addBindValue(number);
    q.addBindValue(band);
    if (!storesql::exec(q, "recording a band's campaign")) {
        m_lastError = m_workspace.explainError(q.lastError().text());
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool RolloutStore::setCampaign(qint64 id, int number, const QString& campaignId)
{
    return updateWave(id, number, u"state = 'running', campaign_id = ?"_s, {campaignId},
                      "recording a wave's campaign");
}

bool RolloutStore::unjournalCreate(qint64 id, int number)
{
    if (!writable())
        return false;
    QSqlQuery d(m_workspace.database());
    d.prepare(u"DELETE FROM rollout_wave_campaigns WHERE rollout_id = ? AND wave = ?"_s);
    d.addBindValue(id);
    d.addBindValue(number);
    if (!storesql::exec(d, "clearing a wave's bands"))
        return false;
    return updateWave(id, number, u"state = 'planned'"_s, {}, "clearing a wave's create");
}

bool RolloutStore::setWaveEnded(qint64 id, int number, const QDateTime& endedUtc)
{
    return updateWave(id, number, u"state = 'ended', ended_ms = ?"_s,
                      {endedUtc.toMSecsSinceEpoch()}, "recording a wave's end");
}

bool RolloutStore::setGate(qint64 id, int number, const RolloutGateCheck& check,
                           const QString& user)
{
    const QString state = check.passed ? u"passed"_s : u"failed"_s;
    QStringList figures;
    for (const auto& f : check.figures)
        figures << RolloutGateCheck::describe(f);
    return updateWave(id, number, u"state = ?, gate = ?"_s, {state, compact(check.toJson())},
                      "recording a gate") &&
           record(id, user, check.passed ? u"gate-passed"_s : u"gate-failed"_s, number,
                  figures.join(u"; "_s));
}

bool RolloutStore::setWaveState(qint64 id, int number, RolloutWaveRecord::State state)
{
    return updateWave(id, number, u"state = ?"_s, {RolloutWaveRecord::stateName(state)},
                      "setting a wave's state");
}

int RolloutStore::addWave(qint64 id, const QStringList& devices, int retryOf, const QString& user)
{
    if (!writable())
        return 0;
    QSqlQuery n(m_workspace.database());
    n.prepare(u"SELECT COALESCE(MAX(number), 0) + 1 FROM rollout_waves WHERE rollout_id = ?"_s);
    n.addBindValue(id);
    if (!storesql::exec(n, "numbering a wave") || !n.next())
        return 0;
    const int number = n.value(0).toInt();
    const auto encoded = DeviceIdBlob::encode(devices);
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO rollout_waves (rollout_id, number, retry_of, devices, devices_format,"
              " device_count, state) VALUES (?,?,?,?,?,?,'planned')"_s);
    q.addBindValue(id);
    q.addBindValue(number);
    q.addBindValue(retryOf);
    q.addBindValue(storesql::blob(encoded.bytes));
    q.addBindValue(encoded.format);
    q.addBindValue(devices.size());
    if (!storesql::exec(q, "adding a retry wave")) {
        m_lastError = m_workspace.explainError(q.lastError().text());
        return 0;
    }
    record(id, user, u"retry-wave-added"_s, number,
           u"%1 failed devices of wave %2"_s.arg(devices.size()).arg(retryOf));
    return number;
}

bool RolloutStore::record(qint64 id, const QString& user, const QString& kind, int wave,
                          const QString& detail)
{
    if (!writable())
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO rollout_events (rollout_id, at_ms, user, kind, wave, detail)"
              " VALUES (?,?,?,?,?,?)"_s);
    q.addBindValue(id);
    q.addBindValue(m_workspace.nowMs());
    q.addBindValue(storesql::text(user));
    q.addBindValue(kind);
    q.addBindValue(wave);
    q.addBindValue(storesql::text(detail));
    if (!storesql::exec(q, "recording a rollout event")) {
        m_lastError = m_workspace.explainError(q.lastError().text());
        return false;
    }
    return true;
}

QList<RolloutEvent> RolloutStore::events(qint64 id) const
{
    QList<RolloutEvent> out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT at_ms, user, kind, wave, detail FROM rollout_events WHERE rollout_id = ?"
              " ORDER BY id"_s);
    q.addBindValue(id);
    if (!storesql::exec(q, "reading rollout events"))
        return out;
    while (q.next())
        out << RolloutEvent{fromMs(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toInt(), q.value(4).toString()};
    return out;
}

} // namespace fotadesk
