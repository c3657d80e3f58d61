// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/DraftStore.h"

#include "core/Clock.h"
#include "store/StoreLog.h"
#include "store/StoreSql.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

QJsonObject formJson(const Draft& d)
{
    const CampaignDraft& c = d.campaign;
    QJsonArray windows;
    for (const TimeWindow& w : c.timeWindows)
        windows.append(QJsonArray{w.startTime, w.endTime});
    QJsonObject o{
        {u"campaignName"_s, c.campaignName},
        {u"firmwareName"_s, c.firmwareName},
        {u"firmwareFrom"_s, c.firmwareFrom},
        {u"firmwareTo"_s, c.firmwareTo},
        {u"protocol"_s, c.protocol},
        {u"startDate"_s, c.startDate.isValid() ? c.startDate.toString(Qt::ISODate) : QString()},
        {u"endDate"_s, c.endDate.isValid() ? c.endDate.toString(Qt::ISODate) : QString()},
        {u"timeWindows"_s, windows},
        {u"autoAssignLicenseFlag"_s, c.autoAssignLicenseFlag},
        {u"autoAddDevicesFlag"_s, c.autoAddDevicesFlag},
    };
    if (!d.extra.isEmpty())
        o.insert(u"extra"_s, d.extra);
    return o;
}

void readForm(const QJsonObject& o, Draft* d)
{
    CampaignDraft& c = d->campaign;
    c.campaignName = o.value(u"campaignName"_s).toString();
    c.firmwareName = o.value(u"firmwareName"_s).toString();
    c.firmwareFrom = o.value(u"firmwareFrom"_s).toString();
    c.firmwareTo = o.value(u"firmwareTo"_s).toString();
    c.protocol = o.value(u"protocol"_s).toString();
    c.startDate = QDate::fromString(o.value(u"startDate"_s).toString(), Qt::ISODate);
    c.endDate = QDate::fromString(o.value(u"endDate"_s).toString(), Qt::ISODate);
    c.timeWindows.clear();
    const QJsonArray windows = o.value(u"timeWindows"_s).toArray();
    for (const QJsonValue& w : windows) {
        const QJsonArray pair = w.toArray();
        c.timeWindows.append({pair.at(0).toInt(), pair.at(1).toInt()});
    }
    c.autoAssignLicenseFlag = o.value(u"autoAssignLicenseFlag"_s).toBool();
    c.autoAddDevicesFlag = o.value(u"autoAddDevicesFlag"_s).toBool();
    d->extra = o.value(u"extra"_s).toObject();
}

QByteArray devicesHash(const QByteArray& blob)
{
    QByteArray h(16, '\0');
    qToLittleEndian<quint64>(qHashBits(blob.constData(), size_t(blob.size()), 0x46445354),
                             h.data());
    qToLittleEndian<quint64>(quint64(blob.size()), h.data() + 8);
    return h;
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

QString Draft::kindName(Kind kind)
{
    return kind == Kind::DeviceList ? u"device-list"_s : u"create-campaign"_s;
}

Draft::Kind Draft::kindFromName(const QString& name)
{
    return name == u"device-list" ? Kind::DeviceList : Kind::CreateCampaign;
}

QString Draft::displayTitle() const
{
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    if (!campaign.campaignName.trimmed().isEmpty())
        return campaign.campaignName.trimmed();
    if (kind == Kind::DeviceList)
        return campaignId.isEmpty()
                   ? QCoreApplication::translate("fotadesk::Draft", "Untitled device list")
                   : QCoreApplication::translate("fotadesk::Draft", "Devices for campaign %1")
                         .arg(campaignId);
    return QCoreApplication::translate("fotadesk::Draft", "Untitled campaign");
}

DraftStore::DraftStore(Workspace& workspace)
    : m_workspace(workspace)
{}

QByteArray DraftStore::encodeDevices(const QList<Imei>& devices)
{
    QByteArray blob(devices.size() * qsizetype(sizeof(quint64)), Qt::Uninitialized);
    char* out = blob.data();
    for (const Imei& imei : devices) {
        qToLittleEndian<quint64>(imei.value(), out);
        out += sizeof(quint64);
    }
    return blob;
}

std::optional<QList<Imei>> DraftStore::decodeDevices(const QByteArray& bytes)
{
    if (bytes.size() % qsizetype(sizeof(quint64)) != 0)
        return std::nullopt;
    QList<Imei> devices;
    devices.reserve(bytes.size() / qsizetype(sizeof(quint64)));
    for (const char* p = bytes.constData(); p < bytes.constData() + bytes.size();
         p += sizeof(quint64)) {
        const auto imei = Imei::fromValue(qFromLittleEndian<quint64>(p));
        if (!imei)
            return std::nullopt;
        devices.append(*imei);
    }
    return devices;
}

bool DraftStore::save(Draft& draft)
{
    QSqlDatabase db = m_workspace.database();
    const qint64 now = m_workspace.nowMs();
    const QByteArray form = QJsonDocument(formJson(draft)).toJson(QJsonDocument::Compact);
    const QByteArray rejected = draft.rejectedRows.isEmpty()
                                    ? QByteArray()
                                    : QJsonDocument(QJsonArray::fromStringList(draft.rejectedRows))
                                          .toJson(QJsonDocument::Compact);
    const QByteArray blob = encodeDevices(draft.campaign.devices);
    const QByteArray hash = devicesHash(blob);

    QSqlQuery q(db);
    if (draft.id > 0) {
        bool sameDevices = false;
        q.prepare(u"SELECT devices_hash FROM drafts WHERE id = ?"_s);
        q.addBindValue(draft.id);
        if (storesql::exec(q, "reading a draft") && q.next())
            sameDevices = q.value(0).toByteArray() == hash;
        else
            draft.id = 0; // discarded meanwhile: save it anew
        q.finish();
        if (draft.id > 0) {
            q.prepare(sameDevices
                          ? u"UPDATE drafts SET kind = ?, title = ?, profile = ?, account = ?,"
                            " campaign_id = ?, updated_ms = ?, form = ?, rejected = ?"
                            " WHERE id = ?"_s
                          : u"UPDATE drafts SET kind = ?, title = ?, profile = ?, account = ?,"
                            " campaign_id = ?, updated_ms = ?, form = ?, rejected = ?,"
                            " device_count = ?, devices = ?, devices_hash = ? WHERE id = ?"_s);
            q.addBindValue(Draft::kindName(draft.kind));
            q.addBindValue(storesql::text(draft.title));
            q.addBindValue(storesql::text(draft.profile));
            q.addBindValue(storesql::text(draft.account));
            q.addBindValue(storesql::text(draft.campaignId));
            q.addBindValue(now);
            q.addBindValue(QString::fromUtf8(form));
            q.addBindValue(rejected.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(QString::fromUtf8(rejected)));
            if (!sameDevices) {
                q.addBindValue(draft.campaign.devices.size());
                q.addBindValue(storesql::blob(blob));
                q.addBindValue(hash);
            }
            q.addBindValue(draft.id);
            if (!storesql::exec(q, "updating a draft"))
                return false;
            draft.updatedUtc = fromMs(now);
            return true;
        }
    }
    q.prepare(u"INSERT INTO drafts (kind, title, profile, account, campaign_id, created_ms,"
              " updated_ms, form, rejected, device_count, devices, devices_hash)"
              " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(Draft::kindName(draft.kind));
    q.addBindValue(storesql::text(draft.title));
    q.addBindValue(storesql::text(draft.profile));
    q.addBindValue(storesql::text(draft.account));
    q.addBindValue(storesql::text(draft.campaignId));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(QString::fromUtf8(form));
    q.addBindValue(rejected.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(QString::fromUtf8(rejected)));
    q.addBindValue(draft.campaign.devices.size());
    q.addBindValue(storesql::blob(blob));
    q.addBindValue(hash);
    if (!storesql::exec(q, "saving a draft"))
        return false;
    draft.id = q.lastInsertId().toLongLong();
    draft.createdUtc = fromMs(now);
    draft.updatedUtc = fromMs(now);
    return true;
}

std::optional<Draft> DraftStore::load(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT kind, title, profile, account, campaign_id, created_ms, updated_ms, form,"
              " rejected, devices FROM drafts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!storesql::exec(q, "loading a draft") || !q.next())
        return std::nullopt;
    Draft d;
    d.id = id;
    d.kind = Draft::kindFromName(q.value(0).toString());
    d.title = q.value(1).toString();
    d.profile = q.value(2).toString();
    d.account = q.value(3).toString();
    d.campaignId = q.value(4).toString();
    d.createdUtc = fromMs(q.value(5).toLongLong());
    d.updatedUtc = fromMs(q.value(6).toLongLong());
    readForm(QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object(), &d);
    const QJsonArray rejected = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
    for (const QJsonValue& v : rejected)
        d.rejectedRows.append(v.toString());
    const auto devices = decodeDevices(q.value(9).toByteArray());
    if (!devices) {
        qCWarning(lcStore) << "draft" << id << "has an unreadable device list";
        return std::nullopt;
    }
    d.campaign.devices = *devices;
    return d;
}

QList<DraftInfo> DraftStore::list(std::optional<Draft::Kind> kind) const
{
    QList<DraftInfo> drafts;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, kind, title, profile, account, campaign_id, device_count, created_ms,"
              " updated_ms, form FROM drafts ORDER BY updated_ms DESC, id DESC"_s);
    if (!storesql::exec(q, "listing drafts"))
        return drafts;
    while (q.next()) {
        DraftInfo info;
        info.id = q.value(0).toLongLong();
        info.kind = Draft::kindFromName(q.value(1).toString());
        if (kind && info.kind != *kind)
            continue;
        Draft d;
        d.kind = info.kind;
        d.title = q.value(2).toString();
        d.campaignId = q.value(5).toString();
        readForm(QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object(), &d);
        info.title = d.displayTitle();
        info.profile = q.value(3).toString();
        info.account = q.value(4).toString();
        info.campaignId = d.campaignId;
        info.deviceCount = q.value(6).toLongLong();
        info.createdUtc = fromMs(q.value(7).toLongLong());
        info.updatedUtc = fromMs(q.value(8).toLongLong());
        drafts.append(info);
    }
    return drafts;
}

bool DraftStore::discard(qint64 id)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM drafts WHERE id = ?"_s);
    q.addBindValue(id);
    return storesql::exec(q, "discarding a draft") && q.numRowsAffected() == 1;
}

} // namespace fotadesk
