// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The workspace side of fotactl (the store helper's part): the shared workspace opened for a
// run, every mutating call audited, device batches journaled and resumable.

#include "api/DeviceBatcher.h"
#include "workflow/CreateReconciler.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace fotadesk {
class AuditHook;
class BatchRunner;
class FotaClient;
class LocalStore;
} // namespace fotadesk

namespace fotadesk::ctl {

class CommandOutput;

/// Opens the workspace shared with FotaDesk (Workspace::defaultPath(), $FOTADESK_WORKSPACE
/// overrides it), audits every mutating call of `client` (through `hook`, which the caller keeps
/// while the store lives and drops before it), and looks up create requests whose
/// outcome was never seen (telling the user on stderr; `reconciled` gets what was found). Never
/// fails, with a note on stderr when the workspace is not what it should be: a damaged one is
/// moved aside; a healthy one that cannot be written (full disk, read-only) is opened read-only
/// and one that cannot be read is left closed, both untouched. Then reading commands work and
/// every change is refused before it is sent (AuditHook, BatchRunner, refuseUnlessWritable).
std::unique_ptr<LocalStore> openWorkspace(FotaClient& client, std::unique_ptr<AuditHook>& hook,
                                          QList<CreateReconciler::Result>* reconciled = nullptr);

/// A journaled device batch for `campaign devices add|remove` and the adds after `campaign
/// create`, sent through `path` (journaled with it; when not given, the firmware path for a new
/// batch and the journaled one for a resumed batch). With `resume`, an interrupted journal of the
/// same operation, campaign and devices is taken over (only its remaining chunks are sent);
/// otherwise a new journal is started. nullptr with *error when the batch cannot be journaled
/// (then nothing is sent).
std::unique_ptr<BatchRunner> journaledBatch(LocalStore& store, FotaClient& client,
                                            DeviceBatcher::Operation operation,
                                            const QStringList& devices, const QString& campaignId,
                                            int chunkSize,
                                            std::optional<FotaClient::DevicePath> path, bool resume,
                                            const CommandOutput& out, QString* error);

/// The path a command line asks for: Plain with --plain-path, otherwise none (a new batch takes
/// the firmware path, a resumed one its journaled path).
std::optional<FotaClient::DevicePath> requestedPath(const QCommandLineParser& parser);

/// Starts the runner and returns when it finished; says on stderr when a journal write failure
/// stopped it (BatchRunner::journalError).
void runBatch(BatchRunner& runner);

/// ExitUsage when a journal write failure stopped the batch, otherwise `code`.
int batchExitCode(const BatchRunner& runner, int code);

/// Before a change that must be recorded first (a campaign create): nullopt when the workspace
/// can record it; otherwise says why nothing is sent and gives the exit code (ExitUsage).
std::optional<int> refuseUnlessWritable(LocalStore* store, const CommandOutput& out);

} // namespace fotadesk::ctl
