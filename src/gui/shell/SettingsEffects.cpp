// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/SettingsEffects.h"

#include "api/FotaClient.h"
#include "store/AppSettings.h"
#include "store/LogFile.h"

namespace fotadesk {

SettingsEffects::SettingsEffects(AppSettings& settings, FotaClient* client, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(client)
{
    applyTimeout();
    applyLogLimits();
    connect(&settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        switch (key) {
        case AppSettings::Key::RequestTimeoutSeconds:
            applyTimeout();
            break;
        case AppSettings::Key::LogMaxKilobytes:
        case AppSettings::Key::LogFilesKept:
            applyLogLimits();
            break;
        default:
            break;
        }
    });
}

SettingsEffects::~SettingsEffects() = default;

void SettingsEffects::applyTimeout()
{
    if (m_client)
        m_client->setRequestTimeoutMs(m_settings.requestTimeoutSeconds() * 1000);
}

void SettingsEffects::applyLogLimits()
{
    if (LogFile::isInstalled())
        LogFile::setLimits(m_settings.logMaxBytes(), m_settings.logFilesKept());
}

} // namespace fotadesk
