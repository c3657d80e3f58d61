// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/notifications/Notifier.h"

#include "core/Clock.h"
#include "core/StatusGroup.h"
#include "gui/common/GuiLogging.h"
#include "store/AppSettings.h"

#include <QSystemTrayIcon>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

Notifier::Notifier(ActivityModel* activity, const Clock& clock, QString account,
                   AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_activity(activity)
    , m_clock(clock)
    , m_account(std::move(account))
    , m_settings(settings)
{
    if (!m_settings)
        return;
    const QStringList saved =
        m_settings->itemValue(AppSettings::Key::WatchedCampaigns, settingsItem()).toStringList();
    m_watched = QSet<QString>(saved.cbegin(), saved.cend());
}

Notifier::~Notifier() = default;

QString Notifier::settingsItem() const
{
    return m_account.isEmpty() ? u"default"_s : m_account;
}

void Notifier::save() const
{
    if (m_settings)
        m_settings->setItemValue(AppSettings::Key::WatchedCampaigns, settingsItem(), watchedIds());
}

QSystemTrayIcon* Notifier::createTrayIconIfAvailable(const QIcon& icon)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return nullptr;
    auto* tray = new QSystemTrayIcon(icon, this);
    tray->setToolTip(tr("FotaDesk — watching %Ln campaign(s)", nullptr, int(m_watched.size())));
    tray->show();
    m_tray = tray;
    return tray;
}

bool Notifier::isWatched(const QString& campaignId) const
{
    return m_watched.contains(campaignId);
}

QStringList Notifier::watchedIds() const
{
    QStringList ids(m_watched.cbegin(), m_watched.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void Notifier::setWatched(const QString& campaignId, bool watched)
{
    if (campaignId.isEmpty() || watched == isWatched(campaignId))
        return;
    if (watched)
        m_watched.insert(campaignId);
    else
        m_watched.remove(campaignId);
    save();
    if (m_tray)
        m_tray->setToolTip(
            tr("FotaDesk — watching %Ln campaign(s)", nullptr, int(m_watched.size())));
    Q_EMIT watchedChanged(campaignId, watched);
}

void Notifier::campaignStatusChanged(const QString& campaignId, const QString& oldStatus,
                                     const QString& newStatus, const QString& campaignName)
{
    if (!isWatched(campaignId))
        return;
    const QString name = campaignName.isEmpty() ? campaignId : campaignName;
    const QString text = tr("Status changed from %1 to %2.")
                             .arg(StatusClassifier::campaignStatusLabel(oldStatus),
                                  StatusClassifier::campaignStatusLabel(newStatus));
    const QString title = tr("Campaign %1").arg(name);
    ++m_notifications;
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        const StatusGroup group = StatusClassifier::campaignStatusGroup(newStatus);
        m_tray->showMessage(title, text,
                            group == StatusGroup::Failed ? QSystemTrayIcon::Warning
                                                         : QSystemTrayIcon::Information);
    }
    qCInfo(lcGui) << "watched campaign" << campaignId << "changed status:" << oldStatus << "->"
                  << newStatus;
    note(ActivityModel::Kind::StatusChange, campaignId, campaignName, text);
    Q_EMIT notified(title, text);
}

void Notifier::note(ActivityModel::Kind kind, const QString& campaignId,
                    const QString& campaignName, const QString& text)
{
    if (!m_activity)
        return;
    m_activity->add({m_clock.nowUtc(), kind, campaignId, campaignName, text});
}

} // namespace fotadesk
