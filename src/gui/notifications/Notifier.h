// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/notifications/ActivityModel.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QSystemTrayIcon>

namespace fotadesk {

class AppSettings;
class Clock;

/// Change notifications: the user watches campaigns (the "Watch" box of a
/// campaign's device status tab, or the overview's context menu); when a watched
/// campaign changes status (OverviewLoader::campaignStatusChanged), the notifier
/// shows a desktop notification through the system tray — when a tray exists —
/// and adds an entry to the activity model (the Activity page). Other events
/// (device changes since the last look, stale data, exports) only go to the
/// activity model, through note().
///
/// The watched campaigns are kept in AppSettings per account (WatchedCampaigns); without
/// settings, for the run only.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    /// `settings` (may be null) outlives the notifier.
    Notifier(ActivityModel* activity, const Clock& clock, QString account, AppSettings* settings,
             QObject* parent = nullptr);
    ~Notifier() override;

    /// The tray icon to show messages with (not owned; may be null: activity only).
    void setTrayIcon(QSystemTrayIcon* tray) { m_tray = tray; }
    [[nodiscard]] QSystemTrayIcon* trayIcon() const { return m_tray; }
    /// Creates a tray icon owned by the notifier when the desktop has a system tray.
    /// Returns it (null when there is no tray).
    QSystemTrayIcon* createTrayIconIfAvailable(const QIcon& icon);

    [[nodiscard]] bool isWatched(const QString& campaignId) const;
    [[nodiscard]] QStringList watchedIds() const;
    void setWatched(const QString& campaignId, bool watched);

    [[nodiscard]] ActivityModel* activity() const { return m_activity; }
    /// Desktop notifications shown so far (also counted when there is no tray: then they went
    /// to the activity panel only).
    [[nodiscard]] int notificationCount() const { return m_notifications; }

public Q_SLOTS:
    /// A campaign's status changed (from OverviewLoader); notifies when it is watched.
    void campaignStatusChanged(const QString& campaignId, const QString& oldStatus,
                               const QString& newStatus, const QString& campaignName = {});
    /// An activity entry without a desktop notification.
    void note(fotadesk::ActivityModel::Kind kind, const QString& campaignId,
              const QString& campaignName, const QString& text);

Q_SIGNALS:
    void watchedChanged(const QString& campaignId, bool watched);
    /// A desktop notification was raised (title, text).
    void notified(const QString& title, const QString& text);

private:
    void save() const;
    [[nodiscard]] QString settingsItem() const;

    ActivityModel* m_activity;
    const Clock& m_clock;
    QString m_account;
    AppSettings* m_settings;
    QPointer<QSystemTrayIcon> m_tray;
    QSet<QString> m_watched;
    int m_notifications = 0;
};

} // namespace fotadesk
