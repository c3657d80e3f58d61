// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/PendingCreateStore.h"

#include "api/wire/JsonCodec.h"
#include "store/DeviceIdBlob.h"
#include "store/ProcessLiveness.h"
#include "store/StoreLog.h"
#include "store/StoreSql.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

const QString kColumns = u"id, audit_id, created_ms, pid, profile, account, request, devices,"
                         " devices_format, state, campaign_id, later_devices, later_format,"
                         " later_chunk_size, later_path"_s;

std::optional<PendingCreate> readRow(const QSqlQuery& q)
{
    PendingCreate p;
    p.id = q.value(0).toLongLong();
    p.auditId = q.value(1).toLongLong();
    p.createdUtc = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    p.pid = q.value(3).toLongLong();
    p.profile = q.value(4).toString();
    p.account = q.value(5).toString();
    const auto json = wire::parseJson(q.value(6).toString().toUtf8());
    if (!json.ok())
        return std::nullopt;
    auto request = wire::decodeCampaignRequest(json.value());
    if (!request.ok()) {
        qCWarning(lcStore).noquote()
            << "pending create" << p.id << "cannot be read:" << request.error().message;
        return std::nullopt;
    }
    p.request = std::move(request).value();
    const auto devices = DeviceIdBlob::decode(q.value(7).toByteArray(), q.value(8).toString());
    if (!devices)
        return std::nullopt;
    p.request.deviceList = *devices;
    const QString state = q.value(9).toString();
    p.state = state == u"unknown"   ? PendingCreate::State::Unknown
              : state == u"created" ? PendingCreate::State::Created
                                    : PendingCreate::State::Sent;
    p.campaignId = q.value(10).toString();
    if (!q.value(12).toString().isEmpty()) {
        const auto later = DeviceIdBlob::decode(q.value(11).toByteArray(), q.value(12).toString());
        if (!later)
            return std::nullopt;
        p.followUp = CreateFollowUp{*later, q.value(13).toInt(), q.value(14).toString()};
    }
    return p;
}

} // namespace

PendingCreateStore::PendingCreateStore(Workspace& workspace)
    : m_workspace(workspace)
{}

qint64 PendingCreateStore::recordSent(qint64 auditId, const QString& profile,
                                      const QString& account, const wire::CampaignRequest& request,
                                      const std::optional<CreateFollowUp>& followUp)
{
    // Only a workspace that keeps it: a record in memory cannot prevent a duplicate create
    // after a crash.
    if (!m_workspace.writable()) {
        m_lastError = m_workspace.notWritableReason();
        return 0;
    }
    wire::CampaignRequest withoutDevices = request;
    withoutDevices.deviceList.clear();
    QJsonObject json = wire::toJson(withoutDevices);
    json.insert(u"deviceList"_s, QJsonArray());
    const auto devices = DeviceIdBlob::encode(request.deviceList);
    const qint64 now = m_workspace.nowMs();
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO pending_creates (audit_id, created_ms, updated_ms, pid, profile,"
              " account, request, devices, devices_format, state, later_devices, later_format,"
              " later_chunk_size, later_path)"
              " VALUES (?,?,?,?,?,?,?,?,?, 'sent', ?,?,?,?)"_s);
    q.addBindValue(auditId);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(ProcessLiveness::currentPid());
    q.addBindValue(storesql::text(profile));
    q.addBindValue(storesql::text(account));
    q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    q.addBindValue(storesql::blob(devices.bytes));
    q.addBindValue(devices.format);
    if (followUp) {
        const auto later = DeviceIdBlob::encode(followUp->devices);
        q.addBindValue(storesql::blob(later.bytes));
        q.addBindValue(later.format);
        q.addBindValue(followUp->chunkSize);
        q.addBindValue(storesql::text(followUp->devicePath));
    } else {
        q.addBindValue(storesql::blob({}));
        q.addBindValue(storesql::text(QString()));
        q.addBindValue(0);
        q.addBindValue(storesql::text(QString()));
    }
    if (!storesql::exec(q, "recording a pending create")) {
        m_lastError = m_workspace.explainError(q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool PendingCreateStore::settle(qint64 id)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM pending_creates WHERE id = ?"_s);
    q.addBindValue(id);
    return storesql::exec(q, "settling a pending create") && q.numRowsAffected() == 1;
}

bool PendingCreateStore::markUnknown(qint64 id)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE pending_creates SET state = 'unknown', updated_ms = ? WHERE id = ?"_s);
    q.addBindValue(m_workspace.nowMs());
    q.addBindValue(id);
    return storesql::exec(q, "marking a pending create unknown") && q.numRowsAffected() == 1;
}

bool PendingCreateStore::markCreated(qint64 id, const QString& campaignId)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE pending_creates SET state = 'created', campaign_id = ?, updated_ms = ?"
              " WHERE id = ?"_s);
    q.addBindValue(storesql::text(campaignId));
    q.addBindValue(m_workspace.nowMs());
    q.addBindValue(id);
    return storesql::exec(q, "marking a pending create created") && q.numRowsAffected() == 1;
}

std::optional<PendingCreate> PendingCreateStore::newestOfThisProgram() const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT "_s + kColumns + u" FROM pending_creates WHERE pid = ? ORDER BY id DESC"_s);
    q.addBindValue(ProcessLiveness::currentPid());
    if (!storesql::exec(q, "reading a pending create") || !q.next())
        return std::nullopt;
    return readRow(q);
}

QList<PendingCreate> PendingCreateStore::unresolved(const QString& profile,
                                                    const QString& account) const
{
    QList<PendingCreate> list;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns +
              u" FROM pending_creates WHERE profile = ? AND account = ? ORDER BY id"_s);
    q.addBindValue(storesql::text(profile));
    q.addBindValue(storesql::text(account));
    if (!storesql::exec(q, "reading pending creates"))
        return list;
    while (q.next()) {
        auto p = readRow(q);
        if (!p)
            continue;
        // A create still in flight, or adding its devices, in a running program is not ours.
        if (p->state != PendingCreate::State::Unknown && ProcessLiveness::isRunning(p->pid))
            continue;
        list.append(*p);
    }
    return list;
}

std::optional<PendingCreate> PendingCreateStore::find(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT "_s + kColumns + u" FROM pending_creates WHERE id = ?"_s);
    q.addBindValue(id);
    if (!storesql::exec(q, "reading a pending create") || !q.next())
        return std::nullopt;
    return readRow(q);
}

} // namespace fotadesk
