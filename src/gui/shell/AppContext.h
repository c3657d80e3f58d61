// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/Environment.h"

#include <QTimeZone>

namespace fotadesk {

class AppSettings;
class AuditLog;
class CampaignModel;
class Clock;
class ConnectionState;
class BatchJournal;
class DraftStore;
class FotaClient;
class MessageSeam;
class Workspace;

/// What every page and dialog of the app is given (dependencies passed in, no
/// singletons). Owned by whoever builds the window (main.cpp, a test); all
/// pointers outlive the window. Pages keep a reference to it.
struct AppContext
{
    FotaClient* client = nullptr;
    Environment environment; ///< the profile the client talks to (also client->environment())
    const Clock* clock = nullptr;
    MessageSeam* messages = nullptr;
    /// Calls report success/failure here; the status bar shows it. May be null (then nobody
    /// shows it).
    ConnectionState* connection = nullptr;
    /// The settings (AppSettings: refresh interval, batch size and concurrency, autosave, the
    /// watched campaigns, ...); pages apply a change when AppSettings::changed says so. May be
    /// null (tests): then the table's defaults hold and nothing is kept.
    AppSettings* settings = nullptr;
    /// The site's time zone: time windows are shown in UTC with this local time beside them.
    QTimeZone siteZone = QTimeZone::systemTimeZone();
    /// The shared list of the account's campaigns (the dashboards fill it); may be null.
    CampaignModel* campaigns = nullptr;
    /// The local workspace (src/store: snapshots, drafts, audit log); may be null (then
    /// nothing is kept locally).
    Workspace* workspace = nullptr;
    /// The workspace's drafts: the add/remove-devices dialog autosaves its list here; may be
    /// null (then no device-list drafts).
    DraftStore* drafts = nullptr;
    /// The workspace's batch journal: the add/remove-devices dialog journals its runs here
    /// chunk by chunk, so that the next start finishes a run a crash or kill cut short; may
    /// be null (then the dialog's runs are not resumable).
    BatchJournal* journal = nullptr;
    /// The workspace's audit log: the create wizard notes there what became of a create's
    /// devices (CreateDeviceAudit: "Partly done"); may be null.
    AuditLog* audit = nullptr;

    /// "Demo", "Production" or "Custom" (translated, for people).
    [[nodiscard]] QString environmentLabel() const;
};

} // namespace fotadesk
