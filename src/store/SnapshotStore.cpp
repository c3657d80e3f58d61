// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/SnapshotStore.h"

#include "core/Clock.h"
#include "store/StoreLog.h"
#include "store/StoreSql.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

constexpr int kGroups = 7;

QString groupCountsJson(const std::array<qint64, 7>& counts)
{
    QJsonObject o;
    for (int g = 0; g < kGroups; ++g)
        o.insert(StatusClassifier::groupCode(static_cast<StatusGroup>(g)),
                 static_cast<double>(counts[static_cast<size_t>(g)]));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::array<qint64, 7> groupCountsFrom(const QString& json)
{
    std::array<qint64, 7> counts{};
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (int g = 0; g < kGroups; ++g)
        counts[static_cast<size_t>(g)] =
            o.value(StatusClassifier::groupCode(static_cast<StatusGroup>(g))).toInteger();
    return counts;
}

QString statusCountsJson(const QHash<QString, qint64>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), static_cast<double>(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QHash<QString, qint64> statusCountsFrom(const QString& json)
{
    QHash<QString, qint64> counts;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        counts.insert(it.key(), it.value().toInteger());
    return counts;
}

const QString kColumns =
    u"id, profile, account, campaign_id, taken_ms, total, group_counts, status_counts, seen"_s;

StatusSnapshot readRow(const QSqlQuery& q)
{
    StatusSnapshot s;
    s.id = q.value(0).toLongLong();
    s.profile = q.value(1).toString();
    s.account = q.value(2).toString();
    s.campaignId = q.value(3).toString();
    s.takenUtc = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    s.total = q.value(5).toLongLong();
    s.groupCounts = groupCountsFrom(q.value(6).toString());
    s.statusCounts = statusCountsFrom(q.value(7).toString());
    s.seen = q.value(8).toBool();
    return s;
}

void logError(const char* what, const QSqlQuery& q)
{
    qCWarning(lcStore).noquote() << what << q.lastError().text();
}

} // namespace

SnapshotStore::SnapshotStore(Workspace& workspace)
    : m_workspace(workspace)
{}

qint64 SnapshotStore::save(const StatusSnapshot& snapshot)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO status_snapshots (profile, account, campaign_id, taken_ms, total,"
              " group_counts, status_counts, device_map, seen) VALUES (?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(storesql::text(snapshot.profile));
    q.addBindValue(storesql::text(snapshot.account));
    q.addBindValue(storesql::text(snapshot.campaignId));
    const QDateTime taken =
        snapshot.takenUtc.isValid() ? snapshot.takenUtc : m_workspace.clock().nowUtc();
    q.addBindValue(taken.toMSecsSinceEpoch());
    q.addBindValue(snapshot.total);
    q.addBindValue(groupCountsJson(snapshot.groupCounts));
    q.addBindValue(statusCountsJson(snapshot.statusCounts));
    q.addBindValue(snapshot.devices ? storesql::blob(snapshot.devices->toBytes())
                                    : storesql::blob({}));
    q.addBindValue(snapshot.seen ? 1 : 0);
    if (!q.exec()) {
        logError("saving a status snapshot failed:", q);
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    pruneMaps(snapshot.account, snapshot.campaignId);
    return id;
}

void SnapshotStore::pruneMaps(const QString& account, const QString& campaignId)
{
    // Keep the maps of the newest m_keepMaps snapshots and of the newest seen one.
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE status_snapshots SET device_map = NULL"
              " WHERE account = ? AND campaign_id = ? AND device_map IS NOT NULL"
              " AND id NOT IN (SELECT id FROM status_snapshots WHERE account = ? AND"
              " campaign_id = ? ORDER BY taken_ms DESC, id DESC LIMIT ?)"
              " AND id NOT IN (SELECT id FROM status_snapshots WHERE account = ? AND"
              " campaign_id = ? AND seen = 1 ORDER BY taken_ms DESC, id DESC LIMIT 1)"_s);
    q.addBindValue(storesql::text(account));
    q.addBindValue(storesql::text(campaignId));
    q.addBindValue(storesql::text(account));
    q.addBindValue(storesql::text(campaignId));
    q.addBindValue(m_keepMaps);
    q.addBindValue(storesql::text(account));
    q.addBindValue(storesql::text(campaignId));
    if (!q.exec())
        logError("pruning status snapshots failed:", q);
}

QList<StatusSnapshot> SnapshotStore::history(const QString& account, const QString& campaignId,
                                             const QDateTime& sinceUtc) const
{
    QList<StatusSnapshot> list;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns +
              u" FROM status_snapshots WHERE account = ? AND campaign_id = ? AND taken_ms >= ?"
              " ORDER BY taken_ms, id"_s);
    q.addBindValue(storesql::text(account));
    q.addBindValue(storesql::text(campaignId));
    q.addBindValue(sinceUtc.isValid() ? sinceUtc.toMSecsSinceEpoch() : qint64(0));
    if (!q.exec()) {
        logError("reading status snapshots failed:", q);
        return list;
    }
    while (q.next())
        list.append(readRow(q));
    return list;
}

std::optional<StatusSnapshot> SnapshotStore::snapshot(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT "_s + kColumns + u", device_map FROM status_snapshots WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StatusSnapshot s = readRow(q);
    const QByteArray bytes = q.value(9).toByteArray();
    if (!bytes.isEmpty()) {
        s.devices = DeviceStatusMap::fromBytes(bytes);
        if (!s.devices)
            qCWarning(lcStore) << "status snapshot" << id << "has an unreadable device map";
    }
    return s;
}

std::optional<StatusSnapshot> SnapshotStore::latest(const QString& account,
                                                    const QString& campaignId) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT id FROM status_snapshots WHERE account = ? AND campaign_id = ?"
              " ORDER BY taken_ms DESC, id DESC LIMIT 1"_s);
    q.addBindValue(storesql::text(account));
    q.addBindValue(storesql::text(campaignId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return snapshot(q.value(0).toLongLong());
}

std::optional<StatusSnapshot> SnapshotStore::lastSeen(const QString& account,
                                                      const QString& campaignId) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT id FROM status_snapshots WHERE account = ? AND campaign_id = ?"
              " AND seen = 1 ORDER BY taken_ms DESC, id DESC LIMIT 1"_s);
    q.addBindValue(storesql::text(account));
    q.addBindValue(storesql::text(campaignId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return snapshot(q.value(0).toLongLong());
}

bool SnapshotStore::markSeen(qint64 snapshotId)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE status_snapshots SET seen = 1 WHERE id = ?"_s);
    q.addBindValue(snapshotId);
    if (!q.exec()) {
        logError("marking a status snapshot seen failed:", q);
        return false;
    }
    return q.numRowsAffected() == 1;
}

StatusChanges SnapshotStore::changesSinceLastLook(const QString& account,
                                                  const QString& campaignId) const
{
    const auto newest = latest(account, campaignId);
    if (!newest || !newest->devices)
        return {};
    std::optional<StatusSnapshot> before = lastSeen(account, campaignId);
    if (before && before->id == newest->id)
        return {}; // the newest one is what the user saw
    if (!before) {
        QSqlQuery q(m_workspace.database());
        q.prepare(u"SELECT id FROM status_snapshots WHERE account = ? AND campaign_id = ?"
                  " AND id <> ? AND device_map IS NOT NULL ORDER BY taken_ms DESC, id DESC"
                  " LIMIT 1"_s);
        q.addBindValue(storesql::text(account));
        q.addBindValue(storesql::text(campaignId));
        q.addBindValue(newest->id);
        if (q.exec() && q.next())
            before = snapshot(q.value(0).toLongLong());
    }
    if (!before || !before->devices)
        return {};
    StatusChanges changes = StatusChanges::between(*before->devices, *newest->devices);
    changes.fromSnapshotId = before->id;
    changes.toSnapshotId = newest->id;
    return changes;
}

QList<QPair<QString, QString>> SnapshotStore::campaigns() const
{
    QList<QPair<QString, QString>> list;
    QSqlQuery q(m_workspace.database());
    if (!q.exec(u"SELECT DISTINCT account, campaign_id FROM status_snapshots"
                " ORDER BY account, campaign_id"_s))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

int SnapshotStore::removeCampaign(const QString& account, const QString& campaignId)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM status_snapshots WHERE account = ? AND campaign_id = ?"_s);
    q.addBindValue(storesql::text(account));
    q.addBindValue(storesql::text(campaignId));
    if (!q.exec()) {
        logError("removing status snapshots failed:", q);
        return 0;
    }
    return q.numRowsAffected();
}

} // namespace fotadesk
