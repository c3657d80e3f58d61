// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/create/CampaignForm.h"

#include "api/wire/CampaignRequestMapping.h"
#include "api/wire/JsonCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fotadesk {

wire::CampaignRequest CampaignForm::toRequest() const
{
    return wire::toCampaignRequest(draft);
}

QString CampaignForm::requestSummary(int maxDevices) const
{
    wire::CampaignRequest r = toRequest();
    const qsizetype total = r.deviceList.size();
    if (total > maxDevices)
        r.deviceList = r.deviceList.mid(0, maxDevices);
    QString json =
        QString::fromUtf8(QJsonDocument(wire::toJson(r)).toJson(QJsonDocument::Indented));
    if (total > maxDevices) {
        json += QCoreApplication::translate("CampaignForm",
                                            "\n(deviceList shortened here: the request carries "
                                            "all %1 IMEIs; %2 more are not shown)")
                    .arg(QLocale().toString(total), QLocale().toString(total - maxDevices));
    }
    return json;
}

} // namespace fotadesk
