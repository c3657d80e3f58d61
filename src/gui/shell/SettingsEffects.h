// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

namespace fotadesk {

class AppSettings;
class FotaClient;

/// Applies the settings that no page owns, now and at every change (AppSettings::changed):
/// the request timeout to the client (its next request), the log's file size and files kept to
/// the installed LogFile (its next line). The pages apply their own (the overview's refresh,
/// the add/remove dialog's batch size and concurrency, the autosaves). DesktopApp owns one.
class SettingsEffects final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsEffects)

public:
    /// `settings` and `client` (may be null) outlive it.
    SettingsEffects(AppSettings& settings, FotaClient* client, QObject* parent = nullptr);
    ~SettingsEffects() override;

private:
    void applyTimeout();
    void applyLogLimits();

    AppSettings& m_settings;
    FotaClient* m_client;
};

} // namespace fotadesk
