// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The workspace's schema: its migration steps, in order (Workspace::migrations()).

#include "store/Workspace.h"

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

QList<Workspace::Migration> buildMigrations()
{
    QList<Workspace::Migration> steps;
    steps.append({1,
                  u"drafts of the create-campaign form and of device lists"_s,
                  {
                      u"CREATE TABLE drafts ("
                      " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                      " kind TEXT NOT NULL,"
                      " title TEXT NOT NULL DEFAULT '',"
                      " profile TEXT NOT NULL DEFAULT '',"
                      " account TEXT NOT NULL DEFAULT '',"
                      " campaign_id TEXT NOT NULL DEFAULT '',"
                      " created_ms INTEGER NOT NULL,"
                      " updated_ms INTEGER NOT NULL,"
                      " form TEXT NOT NULL DEFAULT '{}',"
                      " device_count INTEGER NOT NULL DEFAULT 0,"
                      " devices BLOB,"
                      " devices_hash BLOB,"
                      " rejected TEXT)"_s,
                      u"CREATE INDEX drafts_updated ON drafts(updated_ms)"_s,
                  }});
    steps.append({2,
                  u"audit log of mutating calls, pending campaign creates"_s,
                  {
                      u"CREATE TABLE audit_log ("
                      " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                      " started_ms INTEGER NOT NULL,"
                      " finished_ms INTEGER,"
                      " origin TEXT NOT NULL DEFAULT '',"
                      " pid INTEGER NOT NULL DEFAULT 0,"
                      " profile TEXT NOT NULL DEFAULT '',"
                      " account TEXT NOT NULL DEFAULT '',"
                      " operation TEXT NOT NULL,"
                      " campaign_id TEXT NOT NULL DEFAULT '',"
                      " device_count INTEGER NOT NULL DEFAULT 0,"
                      " summary TEXT NOT NULL DEFAULT '',"
                      " outcome TEXT NOT NULL DEFAULT 'pending',"
                      " http_status INTEGER NOT NULL DEFAULT 0,"
                      " error_kind TEXT NOT NULL DEFAULT '',"
                      " error_code TEXT NOT NULL DEFAULT '',"
                      " error_message TEXT NOT NULL DEFAULT '',"
                      " result TEXT NOT NULL DEFAULT '')"_s,
                      u"CREATE INDEX audit_started ON audit_log(started_ms)"_s,
                      u"CREATE TABLE pending_creates ("
                      " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                      " audit_id INTEGER NOT NULL DEFAULT 0,"
                      " created_ms INTEGER NOT NULL,"
                      " updated_ms INTEGER NOT NULL,"
                      " pid INTEGER NOT NULL DEFAULT 0,"
                      " profile TEXT NOT NULL DEFAULT '',"
                      " account TEXT NOT NULL DEFAULT '',"
                      " request TEXT NOT NULL,"
                      " devices BLOB,"
                      " devices_format TEXT NOT NULL DEFAULT 'u64',"
                      " state TEXT NOT NULL DEFAULT 'sent',"
                      " campaign_id TEXT NOT NULL DEFAULT '',"
                      " note TEXT NOT NULL DEFAULT '')"_s,
                  }});
    steps.append({3,
                  u"journals of batch device operations, chunk by chunk"_s,
                  {
                      u"CREATE TABLE batch_journal ("
                      " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                      " created_ms INTEGER NOT NULL,"
                      " updated_ms INTEGER NOT NULL,"
                      " profile TEXT NOT NULL DEFAULT '',"
                      " account TEXT NOT NULL DEFAULT '',"
                      " operation TEXT NOT NULL,"
                      " campaign_id TEXT NOT NULL DEFAULT '',"
                      " chunk_size INTEGER NOT NULL,"
                      " device_count INTEGER NOT NULL,"
                      " devices BLOB NOT NULL,"
                      " devices_format TEXT NOT NULL,"
                      " state TEXT NOT NULL DEFAULT 'open',"
                      " pid INTEGER NOT NULL DEFAULT 0,"
                      " note TEXT NOT NULL DEFAULT '')"_s,
                      u"CREATE TABLE batch_chunk ("
                      " journal_id INTEGER NOT NULL REFERENCES batch_journal(id) ON DELETE CASCADE,"
                      " chunk_index INTEGER NOT NULL,"
                      " first INTEGER NOT NULL,"
                      " count INTEGER NOT NULL,"
                      " state TEXT NOT NULL DEFAULT 'pending',"
                      " requests INTEGER NOT NULL DEFAULT 0,"
                      " error TEXT NOT NULL DEFAULT '',"
                      " results BLOB,"
                      " updated_ms INTEGER NOT NULL DEFAULT 0,"
                      " PRIMARY KEY (journal_id, chunk_index)) WITHOUT ROWID"_s,
                  }});
    steps.append({4,
                  u"per-campaign device-status snapshots over time"_s,
                  {
                      u"CREATE TABLE status_snapshots ("
                      " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                      " profile TEXT NOT NULL DEFAULT '',"
                      " account TEXT NOT NULL DEFAULT '',"
                      " campaign_id TEXT NOT NULL,"
                      " taken_ms INTEGER NOT NULL,"
                      " total INTEGER NOT NULL,"
                      " group_counts TEXT NOT NULL,"
                      " status_counts TEXT NOT NULL,"
                      " device_map BLOB,"
                      " seen INTEGER NOT NULL DEFAULT 0)"_s,
                      u"CREATE INDEX snapshots_campaign"
                      " ON status_snapshots(account, campaign_id, taken_ms)"_s,
                  }});
    steps.append(
        {5,
         u"the path each device batch is sent through, so resume keeps it"_s,
         {
             // '' = journaled before version 5: the path was not recorded.
             u"ALTER TABLE batch_journal ADD COLUMN device_path TEXT NOT NULL DEFAULT ''"_s,
         }});
    steps.append(
        {6,
         u"a pending create keeps the devices it adds after the create (the whole intent)"_s,
         {
             u"ALTER TABLE pending_creates ADD COLUMN later_devices BLOB"_s,
             // '' = no follow-up devices.
             u"ALTER TABLE pending_creates ADD COLUMN later_format TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE pending_creates ADD COLUMN later_chunk_size INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE pending_creates ADD COLUMN later_path TEXT NOT NULL DEFAULT ''"_s,
         }});
    steps.append({7,
                  u"rollouts in waves: the plan, each wave's devices, create and gate, and "
                  "every step with who and when"_s,
                  {
                      u"CREATE TABLE rollouts ("
                      " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                      " name TEXT NOT NULL UNIQUE,"
                      " profile TEXT NOT NULL DEFAULT '',"
                      " account TEXT NOT NULL DEFAULT '',"
                      " created_ms INTEGER NOT NULL,"
                      " updated_ms INTEGER NOT NULL,"
                      " plan TEXT NOT NULL,"
                      " plan_hash TEXT NOT NULL,"
                      " firmware TEXT NOT NULL DEFAULT '{}',"
                      " preflight TEXT NOT NULL DEFAULT '{}',"
                      " state TEXT NOT NULL DEFAULT 'ready',"
                      " state_reason TEXT NOT NULL DEFAULT '',"
                      " paused INTEGER NOT NULL DEFAULT 0,"
                      " approved_by TEXT NOT NULL DEFAULT '',"
                      " approved_ms INTEGER NOT NULL DEFAULT 0,"
                      " approved_hash TEXT NOT NULL DEFAULT '')"_s,
                      u"CREATE TABLE rollout_waves ("
                      " rollout_id INTEGER NOT NULL REFERENCES rollouts(id) ON DELETE CASCADE,"
                      " number INTEGER NOT NULL,"
                      " retry_of INTEGER NOT NULL DEFAULT 0,"
                      " devices BLOB,"
                      " devices_format TEXT NOT NULL,"
                      " device_count INTEGER NOT NULL,"
                      " state TEXT NOT NULL DEFAULT 'planned',"
                      " request TEXT NOT NULL DEFAULT '',"
                      " campaign_id TEXT NOT NULL DEFAULT '',"
                      " ended_ms INTEGER NOT NULL DEFAULT 0,"
                      " gate TEXT NOT NULL DEFAULT '',"
                      " PRIMARY KEY (rollout_id, number)) WITHOUT ROWID"_s,
                      u"CREATE TABLE rollout_events ("
                      " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                      " rollout_id INTEGER NOT NULL REFERENCES rollouts(id) ON DELETE CASCADE,"
                      " at_ms INTEGER NOT NULL,"
                      " user TEXT NOT NULL DEFAULT '',"
                      " kind TEXT NOT NULL,"
                      " wave INTEGER NOT NULL DEFAULT 0,"
                      " detail TEXT NOT NULL DEFAULT '')"_s,
                  }});
    steps.append(
        {8,
         u"rollouts across time zones: each device's zone, a wave's several band campaigns"_s,
         {
             // '' = no zones (a plan without local windows, or stored before version 8).
             u"ALTER TABLE rollouts ADD COLUMN device_zones TEXT NOT NULL DEFAULT ''"_s,
             u"CREATE TABLE rollout_wave_campaigns ("
             " rollout_id INTEGER NOT NULL REFERENCES rollouts(id) ON DELETE CASCADE,"
             " wave INTEGER NOT NULL,"
             " band INTEGER NOT NULL,"
             " label TEXT NOT NULL,"
             " devices BLOB,"
             " devices_format TEXT NOT NULL,"
             " device_count INTEGER NOT NULL,"
             " request TEXT NOT NULL,"
             " campaign_id TEXT NOT NULL DEFAULT '',"
             " PRIMARY KEY (rollout_id, wave, band)) WITHOUT ROWID"_s,
         }});
    return steps;
}

} // namespace

const QList<Workspace::Migration>& Workspace::migrations()
{
    static const QList<Migration> steps = buildMigrations();
    return steps;
}

} // namespace fotadesk
