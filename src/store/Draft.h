// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/CampaignDraft.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fotadesk {

/// A saved, unfinished piece of work: the create-campaign form, or a device
/// list being prepared for add/remove on a campaign. What DraftStore keeps.
struct Draft
{
    enum class Kind
    {
        CreateCampaign, ///< the create-campaign form (campaign holds every field)
        DeviceList,     ///< a device list for add/remove (campaign.devices; campaignId says where)
    };

    qint64 id = 0; ///< 0 until saved
    Kind kind = Kind::CreateCampaign;
    QString title; ///< for the list; empty: derived (campaign name, or "Untitled ...")
    QString profile;
    QString account;
    QString campaignId;       ///< DeviceList drafts: the campaign the list is for (may be empty)
    CampaignDraft campaign;   ///< the form's fields and the devices (IMEIs, in list order)
    QStringList rejectedRows; ///< device-list lines that are not IMEIs, kept verbatim
    QJsonObject extra;        ///< form state beyond CampaignDraft (e.g. the chosen package's make)
    QDateTime createdUtc;
    QDateTime updatedUtc;

    /// The title the list shows: `title`, else the campaign name, else a generic one.
    [[nodiscard]] QString displayTitle() const;
    /// Stable name of a kind: "create-campaign", "device-list".
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString& name);
};

/// One row of DraftStore::list(): what a "reopen or discard" list shows, without the devices.
struct DraftInfo
{
    qint64 id = 0;
    Draft::Kind kind = Draft::Kind::CreateCampaign;
    QString title;
    QString profile;
    QString account;
    QString campaignId;
    qint64 deviceCount = 0;
    QDateTime createdUtc;
    QDateTime updatedUtc;
};

} // namespace fotadesk
